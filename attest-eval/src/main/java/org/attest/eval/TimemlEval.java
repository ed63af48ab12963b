package org.attest.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.TimeExpression;

/**
 * Scores time expressions against TimeML files (TempEval-3): the text of {@code <TEXT>} with its
 * TIMEX3 tags as gold and the DCT as publication date. Strict match: the same span; relaxed: any
 * overlap (one-to-one). Value F1 = relaxed F1 × value accuracy on relaxed matches (the official
 * ranking metric); type F1 likewise. Values are compared as strings, except that an unpadded ISO
 * week in the gold ("2000-W7", written so in a few TimeBank files) equals its padded form.
 */
public final class TimemlEval {
  /** A gold or predicted expression. */
  record Timex(int start, int end, String text, String type, String value) {}

  /** One document's gold: its text, DCT and expressions. */
  record Gold(String name, String text, String dct, List<Timex> timexes) {}

  /** Counts of one file or of all. */
  public static final class Score {
    int ages;
    int gold;
    int predicted;
    int strict;
    int relaxed;
    int value;
    int type;
    int openFilled; // wrong values where the gold leaves part open ("1989-WXX") and ours is a value within it ("1989-W43")

    void add(Score o) {
      gold += o.gold;
      predicted += o.predicted;
      strict += o.strict;
      relaxed += o.relaxed;
      value += o.value;
      type += o.type;
      openFilled += o.openFilled;
    }

    static double f1(int hit, int pred, int gold) {
      return Measures.f1(hit, pred, gold);
    }

    public double strictF1() {
      return f1(strict, predicted, gold);
    }

    public double relaxedF1() {
      return f1(relaxed, predicted, gold);
    }

    public double valueF1() {
      return relaxed == 0 ? 0 : relaxedF1() * value / relaxed;
    }

    /**
     * Value F1 were the wrong values whose gold leaves a part open ("1989-WXX", "1949-XX", "198X",
     * "1988-QX") and that ours fills in counted as right: a diagnostic of how much of the gap is that
     * annotation habit, which the specification ("last week" is 2013-W11) does not follow. Not the
     * official figure.
     */
    public double valueF1OpenFilled() {
      return relaxed == 0 ? 0 : relaxedF1() * (value + openFilled) / relaxed;
    }

    public double typeF1() {
      return relaxed == 0 ? 0 : relaxedF1() * type / relaxed;
    }

    String line() {
      return String.format("strict P %.3f R %.3f F1 %.3f | relaxed P %.3f R %.3f F1 %.3f | value F1 %.3f (accuracy %.3f) | type F1 %.3f",
          ratio(strict, predicted), ratio(strict, gold), strictF1(), ratio(relaxed, predicted), ratio(relaxed, gold), relaxedF1(),
          valueF1(), ratio(value, relaxed), typeF1());
    }
  }

  private static double ratio(int a, int b) {
    return Measures.ratio(a, b);
  }

  private TimemlEval() {}

  public static Score run(Path dir, PrintStream perFile, PrintStream errors) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) throw new IOException(dir + ": no .tml files");
    Attest engine = new Attest();
    ErrorsByRule byRule = errors == null ? null : new ErrorsByRule("a time's rule family", "MISSED", "SPURIOUS", "VALUE");
    Score all = new Score();
    for (Path f : files) {
      Gold g = parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
      Document doc = ErrorsByRule.extract(engine, new Article(g.name(), g.text(), g.dct()), byRule);
      // ages ("a 63-year-old") are times in attest/1 but no TIMEX3 in TimeML: counted apart, not scored
      List<TimeExpression> times = doc.times().stream().filter(t -> !isAge(t)).toList();
      all.ages += doc.times().size() - times.size();
      Score s = score(g, times, errors, byRule);
      all.add(s);
      if (perFile != null) perFile.printf("%-40s %s%n", g.name(), s.line());
    }
    if (byRule != null) byRule.print(errors);
    return all;
  }

  public static void print(Score s, int files, PrintStream out) {
    out.printf("TimeML: %d gold TIMEX3, %d predicted (and %d ages, which TimeML does not annotate, left out)%n  %s%n", s.gold, s.predicted,
        s.ages, s.line());
    out.printf("  (diagnostic, not the official figure: %d wrong values are gold values left partly open, as 1989-WXX or 1949-XX, where ours"
        + " is a value within them; counted as right, value F1 would be %.3f)%n", s.openFilled, s.valueF1OpenFilled());
  }

  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("(?i).*-old$|.*\\byears? old$");

  static boolean isAge(TimeExpression t) {
    return t.type().equals("DURATION") && AGE.matcher(t.text()).matches();
  }

  static Score score(Gold g, List<TimeExpression> predicted, PrintStream errors) {
    return score(g, predicted, errors, null);
  }

  /** Scores one document; lists its errors on {@code errors} and counts them by rule in {@code byRule}, each when not null. */
  static Score score(Gold g, List<TimeExpression> predicted, PrintStream errors, ErrorsByRule byRule) {
    Score s = new Score();
    if (byRule != null) for (TimeExpression p : predicted) byRule.decided(byRule.rule(p.id()));
    s.gold = g.timexes().size();
    s.predicted = predicted.size();
    boolean[] used = new boolean[predicted.size()];
    for (Timex gold : g.timexes()) {
      int match = -1;
      for (int i = 0; i < predicted.size() && match < 0; i++) {
        TimeExpression p = predicted.get(i);
        if (!used[i] && p.start() < gold.end() && gold.start() < p.end()) match = i;
      }
      if (match < 0) {
        if (byRule != null) byRule.error("MISSED", null);
        if (errors != null) errors.println("MISSED " + g.name() + " \"" + gold.text() + "\" " + gold.type() + " " + gold.value());
        continue;
      }
      used[match] = true;
      TimeExpression p = predicted.get(match);
      s.relaxed++;
      if (p.start() == gold.start() && p.end() == gold.end()) s.strict++;
      if (sameValue(gold.value(), p.value())) s.value++;
      else if (fillsOpen(gold.value(), p.value())) s.openFilled++;
      if (!sameValue(gold.value(), p.value()) && byRule != null) byRule.error("VALUE", byRule.rule(p.id()));
      if (!sameValue(gold.value(), p.value()) && errors != null) errors.println("VALUE " + g.name() + " \"" + gold.text() + "\" gold " + gold.value() + " predicted " + p.value() + " (dct " + g.dct() + ")");
      if (gold.type().equals(p.type())) s.type++;
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (used[i]) continue;
      if (byRule != null) byRule.error("SPURIOUS", byRule.rule(predicted.get(i).id()));
      if (errors != null) errors.println("SPURIOUS " + g.name() + " \"" + predicted.get(i).text() + "\" " + predicted.get(i).value());
    }
    return s;
  }

  private static final java.util.regex.Pattern UNPADDED_WEEK = java.util.regex.Pattern.compile("(\\d{4}-W)(\\d)(?!\\d)");

  private static final java.util.regex.Pattern OPEN_TAIL = java.util.regex.Pattern.compile("(-X+)+$|X+$");

  /**
   * Whether the gold value leaves a part open and the predicted one is a value within it: each X a
   * digit ("1989-WXX" and "1989-W43", "1988-QX" and "1988-Q3"), or the open tail dropped ("1949-XX"
   * and "1949", "198X" and "198", "1994-XX-XX" and "1994").
   */
  static boolean fillsOpen(String gold, String predicted) {
    if (predicted == null) return false; // a date outside the years TIMEX3 writes has no value
    if (gold.indexOf('X') < 0 || gold.startsWith("P") || gold.startsWith("XXXX")) return false;
    if (OPEN_TAIL.matcher(gold).replaceFirst("").equals(predicted)) return true;
    if (gold.length() != predicted.length()) return false;
    for (int i = 0; i < gold.length(); i++) {
      char g = gold.charAt(i), p = predicted.charAt(i);
      if (g == 'X' ? !Character.isDigit(p) : g != p) return false;
    }
    return true;
  }

  /** Exact, with "2000-W7" read as "2000-W07". */
  static boolean sameValue(String gold, String predicted) {
    if (gold.equals(predicted)) return true;
    return UNPADDED_WEEK.matcher(gold).replaceFirst("$10$2").equals(predicted);
  }

  /** The text inside {@code <TEXT>} without tags, the DCT value, and the TIMEX3 spans in that text. */
  static Gold parse(String name, String xml) {
    String dct = null;
    int dctAt = xml.indexOf("<DCT>");
    if (dctAt >= 0) dct = attribute(xml.substring(dctAt, xml.indexOf("</DCT>", dctAt)), "value");
    int from = xml.indexOf("<TEXT>");
    int to = xml.lastIndexOf("</TEXT>");
    if (from < 0 || to < 0) throw new IllegalArgumentException(name + ": no <TEXT> element");
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    int openStart = -1;
    String openType = null, openValue = null;
    for (int i = from + 6; i < to; i++) {
      char c = xml.charAt(i);
      if (c == '<') {
        int close = xml.indexOf('>', i);
        String tag = xml.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          openStart = text.length();
          openType = attribute(tag, "type");
          openValue = attribute(tag, "value");
        } else if (tag.equals("/TIMEX3") && openStart >= 0) {
          timexes.add(new Timex(openStart, text.length(), text.substring(openStart), openType, openValue == null ? "" : openValue));
          openStart = -1;
        }
        i = close;
      } else if (c == '&' && xml.indexOf(';', i) > i && xml.indexOf(';', i) - i < 10) {
        int semi = xml.indexOf(';', i);
        String entity = xml.substring(i + 1, semi);
        text.append(switch (entity) {
          case "amp" -> '&';
          case "lt" -> '<';
          case "gt" -> '>';
          case "quot" -> '"';
          case "apos" -> '\'';
          default -> entity.startsWith("#x") ? (char) Integer.parseInt(entity.substring(2), 16)
              : entity.startsWith("#") ? (char) Integer.parseInt(entity.substring(1)) : '?';
        });
        i = semi;
      } else {
        text.append(c);
      }
    }
    return new Gold(name, text.toString(), dct, timexes);
  }

  private static String attribute(String tag, String name) {
    int at = tag.indexOf(" " + name + "=\"");
    if (at < 0) return null;
    int start = at + name.length() + 3;
    return tag.substring(start, tag.indexOf('"', start));
  }
}
