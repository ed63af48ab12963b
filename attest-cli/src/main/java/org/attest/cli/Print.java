package org.attest.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attest.ledger.Ledger;

/** How the ledger's answers read: on a terminal (text) or for programs (JSON Lines, one result a line, every side traceable by article and span). */
final class Print {
  private Print() {}

  /** JSON for programs reading a terminal's output: every control character escaped, the C1 ones and DEL too. */
  static final JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactoryBuilder().characterEscapes(org.attest.io.JsonEscapes.INSTANCE).build();

  /**
   * The command's standard output as UTF-8 text, every line neutralised ({@link #plain}): article text, names and outlets
   * come from anyone, and a terminal obeys the escape sequences in them (clear the screen, set the window title, hide text).
   */
  static PrintStream stdout(Main main) {
    return new Plain(main.stdout);
  }

  /**
   * Text with its control characters made visible and inert, written as the messages write them ({@code \x1b}, {@link
   * org.attest.io.InputProblem#escape}): the C0 controls, DEL and the C1 controls (CSI, OSC, ...), so an escape sequence prints
   * as the characters it holds and does nothing. Newline and tab stay (they lay the text out), and a carriage return only
   * before a newline: alone it lets a line print over the one before it.
   */
  static String plain(String s) {
    int i = 0;
    while (i < s.length() && !control(s, i)) i++;
    if (i == s.length()) return s;
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      if (control(s, i)) b.append(String.format("\\x%02x", (int) s.charAt(i)));
      else b.append(s.charAt(i));
    }
    return b.toString();
  }

  /** A message for stderr, on one line whatever it quotes: newlines and tabs escaped too, as the input messages do. */
  static String message(String s) {
    return org.attest.io.InputProblem.escape(s);
  }

  private static boolean control(String s, int i) {
    char c = s.charAt(i);
    if (c >= 0x20 && c < 0x7f) return false;
    if (c == '\n' || c == '\t') return false;
    if (c == '\r') return i + 1 >= s.length() || s.charAt(i + 1) != '\n';
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  /** A PrintStream whose text all goes through {@link #plain}: print, println and printf end in print(String). */
  private static final class Plain extends PrintStream {
    Plain(java.io.OutputStream out) {
      super(out, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void print(String s) {
      super.print(plain(String.valueOf(s)));
    }

    @Override
    public void print(Object o) {
      print(String.valueOf(o));
    }

    @Override
    public void print(char c) {
      print(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
      print(new String(s));
    }

    @Override
    public void println(char[] s) {
      println(new String(s));
    }

    @Override
    public void println(char c) {
      println(String.valueOf(c));
    }
  }

  /** A PrintStream keeps its write errors to itself: a full disk or a closed pipe must fail the command. */
  static void done(PrintStream out) throws IOException {
    out.flush();
    if (out.checkError()) throw new IOException("cannot write the output (a full disk or a closed pipe?)");
  }

  /** Figures, grouped by the variable they measure (the first group first), each group in as-of order. */
  static void figures(PrintStream out, String subject, List<Ledger.Figure> figures) {
    if (figures.isEmpty()) {
      out.println("No figures about \"" + subject + "\" in the ledger.");
      return;
    }
    Map<String, List<Ledger.Figure>> groups = new LinkedHashMap<>();
    for (Ledger.Figure f : figures) groups.computeIfAbsent(f.variable(), k -> new java.util.ArrayList<>()).add(f);
    out.println("Figures about \"" + subject + "\", oldest first (" + figures.size() + (groups.size() > 1 ? ", " + groups.size() + " variables" : "") + "):");
    for (Map.Entry<String, List<Ledger.Figure>> g : groups.entrySet()) {
      if (groups.size() > 1) out.println(" " + g.getKey() + " (" + g.getValue().size() + "):");
      for (Ledger.Figure f : g.getValue()) {
        String source = f.source() == null ? "the article itself" : f.source();
        if (!f.via().isEmpty()) source += " via " + String.join(", ", f.via());
        String figure = f.text() + " (" + f.interval() + ")";
        String kind = "state".equals(f.statement()) ? "" : " [" + f.statement() + "]";
        out.printf("  as of %-10s  %-28s %s%s%s%n", f.asOf() == null ? "undated" : f.asOf(), figure, f.subject() == null ? "" : f.subject(),
            f.place() == null ? "" : " in " + f.place(), kind);
        out.printf("  %-10s    source: %s; %s, %s, %s%n", "", source, f.outlet() == null ? "unknown outlet" : f.outlet(), f.published(), f.article());
      }
    }
  }

  static void figuresJson(PrintStream out, List<Ledger.Figure> figures) throws IOException {
    for (Ledger.Figure f : figures) {
      line(out, g -> {
        g.writeStartObject();
        g.writeStringField("article", f.article());
        g.writeNumberField("start", f.start());
        g.writeNumberField("end", f.end());
        g.writeStringField("text", f.text());
        g.writeStringField("interval", f.interval());
        number(g, "low", f.low());
        number(g, "high", f.high());
        g.writeStringField("modifier", f.modifier());
        g.writeStringField("unit", f.unit());
        g.writeStringField("subject", f.subject());
        g.writeStringField("variable", f.variable());
        g.writeStringField("statement", f.statement());
        g.writeStringField("place", f.place());
        g.writeStringField("as_of", f.asOf());
        g.writeStringField("source", f.source());
        g.writeArrayFieldStart("via");
        for (String v : f.via()) g.writeString(v);
        g.writeEndArray();
        g.writeStringField("outlet", f.outlet());
        g.writeStringField("published", f.published());
        g.writeStringField("sentence", f.sentence());
        g.writeEndObject();
      });
    }
  }

  static void conflicts(PrintStream out, List<Ledger.Conflict> conflicts) {
    if (conflicts.isEmpty()) {
      out.println("No conflicts found.");
      return;
    }
    out.println("Conflicts (" + conflicts.size() + "):");
    int i = 0;
    for (Ledger.Conflict c : conflicts) {
      String kind = switch (c.kind()) {
        case "figure" -> "figures that cannot both hold";
        case "office" -> "one person, different offices";
        case "quote" -> "one statement, worded differently";
        case "excerpt" -> "one quote cut from another (no conflict)";
        default -> c.kind();
      };
      out.printf("%n%d. %s: %s  (%s; confidence %.2f)%n", ++i, kind, c.about(), c.reason(), c.confidence());
      if (c.evidence() instanceof Ledger.FigureEvidence f) {
          out.println("   " + figure(f.left()));
          out.println("      in " + where(c.left()));
          out.println("   " + figure(f.right()));
          out.println("      in " + where(c.right()));
          out.println("   " + f.left().interval() + " and " + f.right().interval() + " do not overlap");
      } else if (c.evidence() instanceof Ledger.OfficeEvidence) {
          out.println("   " + c.left().text());
          out.println("      in " + where(c.left()));
          out.println("   " + c.right().text());
          out.println("      in " + where(c.right()));
          out.println("   \"" + c.left().text() + "\" (" + c.left().published() + ") and \"" + c.right().text() + "\" (" + c.right().published() + ") are "
              + (c.reason().startsWith("an office given as current") ? "a past office and the same office given as current" : "different offices"));
      } else if (c.evidence() instanceof Ledger.QuoteEvidence q) {
          out.println("   " + c.left().text());
          out.println("      in " + where(c.left()));
          out.println("   " + c.right().text());
          out.println("      in " + where(c.right()));
          out.println("   " + q.shared() + " of the shorter quote's " + q.shorter() + " words shared; difference: " + q.difference());
      }
    }
  }

  private static String figure(Ledger.Figure f) {
    return f.text() + " (" + (f.source() == null ? "the article" : f.source()) + ", as of " + f.asOf() + ")";
  }

  private static String where(Ledger.Side s) {
    String sentence = s.sentence() == null || s.sentence().isEmpty() ? "" : ": \"" + s.sentence().replaceAll("\\s+", " ").strip() + "\"";
    return (s.outlet() == null ? "" : s.outlet() + ", ") + (s.published() == null ? "undated" : s.published()) + ", " + s.article()
        + " [" + s.start() + "-" + s.end() + "]" + sentence;
  }

  static void conflictsJson(PrintStream out, List<Ledger.Conflict> conflicts) throws IOException {
    for (Ledger.Conflict c : conflicts) {
      line(out, g -> {
        g.writeStartObject();
        g.writeStringField("kind", c.kind());
        g.writeStringField("about", c.about());
        g.writeStringField("reason", c.reason());
        g.writeNumberField("confidence", c.confidence());
        side(g, "left", c.left());
        side(g, "right", c.right());
        g.writeObjectFieldStart("evidence");
        if (c.evidence() instanceof Ledger.FigureEvidence f) {
            g.writeStringField("variable", f.variable());
            g.writeStringField("left_interval", f.left().interval());
            g.writeStringField("right_interval", f.right().interval());
            g.writeStringField("left_as_of", f.left().asOf());
            g.writeStringField("right_as_of", f.right().asOf());
            g.writeStringField("left_source", f.left().source());
            g.writeStringField("right_source", f.right().source());
        } else if (c.evidence() instanceof Ledger.OfficeEvidence o) {
            g.writeStringField("person", o.person());
            g.writeStringField("left_office", o.leftOffice());
            g.writeStringField("right_office", o.rightOffice());
            g.writeNumberField("days", o.days());
        } else if (c.evidence() instanceof Ledger.QuoteEvidence q) {
            g.writeStringField("speaker", q.speaker());
            g.writeNumberField("shared", q.shared());
            g.writeNumberField("shorter", q.shorter());
            g.writeStringField("difference", q.difference());
            g.writeBooleanField("excerpt", q.excerpt());
        }
        g.writeEndObject();
        g.writeEndObject();
      });
    }
  }

  private static void side(JsonGenerator g, String name, Ledger.Side s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("article", s.article());
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeStringField("sentence", s.sentence());
    g.writeStringField("outlet", s.outlet());
    g.writeStringField("published", s.published());
    g.writeEndObject();
  }

  static void saidJson(PrintStream out, List<Ledger.Said> said) throws IOException {
    for (Ledger.Said s : said) {
      line(out, g -> {
        g.writeStartObject();
        g.writeStringField("speaker", s.speaker());
        g.writeStringField("article", s.article());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", s.text());
        g.writeStringField("type", s.type());
        g.writeStringField("outlet", s.outlet());
        g.writeStringField("published", s.published());
        g.writeEndObject();
      });
    }
  }

  static void hitsJson(PrintStream out, List<Ledger.Hit> hits) throws IOException {
    for (Ledger.Hit h : hits) {
      line(out, g -> {
        g.writeStartObject();
        g.writeStringField("kind", h.kind());
        g.writeStringField("article", h.article());
        g.writeNumberField("start", h.start());
        g.writeNumberField("end", h.end());
        g.writeStringField("text", h.text());
        g.writeStringField("who", h.who());
        g.writeStringField("outlet", h.outlet());
        g.writeStringField("published", h.published());
        g.writeNumberField("score", h.score());
        g.writeEndObject();
      });
    }
  }

  private interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  /** One JSON object on one line. */
  private static void line(PrintStream out, Writer w) throws IOException {
    java.io.StringWriter s = new java.io.StringWriter();
    try (JsonGenerator g = JSON.createGenerator(s)) {
      w.write(g);
    }
    out.println(s);
  }

  private static void number(JsonGenerator g, String name, Double v) throws IOException {
    if (v == null) g.writeNullField(name);
    else g.writeNumberField(name, v);
  }

  /** The output formats of the ledger's queries. */
  enum Format { text, jsonl }
}
