package org.attest.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.Quote;

/**
 * Scores quotes against PolNeAR (brat standoff): a gold attribution is found when one predicted
 * quote covers at least 30% of its Content characters; its source is right when a predicted quote
 * that finds it has a speaker span overlapping the gold Source (or, where the Source is a lone
 * relative pronoun, as the PolNeAR guidelines mark it, the mention it stands for right before it:
 * {@link #antecedentOf}); a prediction is precise when it
 * touches some gold Content. The quoted subset holds the attributions whose content has quotation
 * marks. Where several annotators annotated an article, the first annotation file (by name) is used.
 * A quote whose speaker is inferred from the layout (no speaker mention, FORMAT.md) is judged by
 * the mentions of its speaker entity.
 */
public final class PolnearEval {
  /** One gold attribution: content, source and cue spans as {start, end} pairs. */
  public record Attribution(List<int[]> content, List<int[]> source, List<int[]> cue, boolean quoted) {
    int contentLength() {
      int n = 0;
      for (int[] s : content) n += s[1] - s[0];
      return n;
    }
  }

  /** The scores; counts are over gold attributions or predicted quotes as named. */
  public record Result(
      int articles, int gold, int goldQuoted, int foundAll, int foundQuoted, int withSourceAll, int sourceRightAll,
      int withSourceQuoted, int sourceRightQuoted, int predicted, int precise, Map<String, int[]> byType, Reliability speakers) {
    public double recallAll() {
      return ratio(foundAll, gold);
    }

    public double recallQuoted() {
      return ratio(foundQuoted, goldQuoted);
    }

    public double precision() {
      return ratio(precise, predicted);
    }

    public double sourceAll() {
      return ratio(sourceRightAll, withSourceAll);
    }

    public double sourceQuoted() {
      return ratio(sourceRightQuoted, withSourceQuoted);
    }

    static double ratio(int a, int b) {
      return Measures.ratio(a, b);
    }
  }

  private PolnearEval() {}

  /** One annotated article of a split: its id, text, publication date and gold attributions. */
  public record Annotated(String id, String text, String published, List<Attribution> gold) {}

  /** The annotated articles of a split, in id order (the first annotation file of an article by name). */
  public static List<Annotated> read(Path polnear, String split) throws IOException {
    Path textDir = polnear.resolve(split).resolve("text");
    Path annDir = polnear.resolve(split).resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IOException(polnear + ": no " + split + "/text and " + split + "/attributions folders (is this the PolNeAR data folder?)");
    }
    Map<String, String> dates = publicationDates(polnear.resolve("metadata.tsv"));
    Map<String, Path> annotations = new TreeMap<>();
    try (Stream<Path> files = Files.list(annDir)) {
      files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
        String n = p.getFileName().toString();
        String article = n.substring(0, n.lastIndexOf('_'));
        annotations.putIfAbsent(article, p);
      });
    }
    List<Annotated> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : annotations.entrySet()) {
      Path textFile = textDir.resolve(e.getKey() + ".txt");
      if (!Files.exists(textFile)) continue;
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      out.add(new Annotated(e.getKey(), text, dates.get(e.getKey()), parse(Files.readAllLines(e.getValue(), StandardCharsets.UTF_8), text)));
    }
    return out;
  }

  public static Result run(Path polnear, String split, PrintStream details) throws IOException {
    List<Annotated> corpus = read(polnear, split);
    Attest engine = new Attest();
    int articles = 0, gold = 0, goldQuoted = 0, foundAll = 0, foundQuoted = 0;
    int withSourceAll = 0, sourceRightAll = 0, withSourceQuoted = 0, sourceRightQuoted = 0, predicted = 0, precise = 0;
    Map<String, int[]> byType = new TreeMap<>();
    ErrorsByRule byRule = details == null ? null : new ErrorsByRule("a quote's attribution sieve", "MISSED", "SPURIOUS", "SOURCE");
    Reliability speakers = new Reliability();
    for (Annotated e : corpus) {
      String text = e.text();
      List<Attribution> attributions = e.gold();
      Document doc = ErrorsByRule.extract(engine, new Article(e.id(), text, e.published()), byRule);
      articles++;
      List<Boolean> judged = judgeSpeakers(doc, attributions);
      for (int i = 0; i < judged.size(); i++) if (judged.get(i) != null) speakers.add(doc.quotes().get(i).confidence(), judged.get(i));
      for (Attribution a : attributions) {
        gold++;
        if (a.quoted()) goldQuoted++;
        List<Quote> finders = new ArrayList<>();
        for (Quote q : doc.quotes()) {
          if (covered(a, q.start(), q.end()) * 10 >= a.contentLength() * 3) finders.add(q);
        }
        boolean found = !finders.isEmpty();
        if (found) {
          foundAll++;
          if (a.quoted()) foundQuoted++;
        } else if (details != null && a.quoted()) {
          byRule.error("MISSED", null);
          details.println("MISSED " + e.id() + " " + snippet(text, a.content().get(0)));
        }
        if (found && !a.source().isEmpty()) {
          boolean right = false;
          for (Quote q : finders) right |= speakerMatches(doc, q, a.source());
          withSourceAll++;
          if (right) sourceRightAll++;
          if (a.quoted()) {
            withSourceQuoted++;
            if (right) sourceRightQuoted++;
          }
          if (!right && details != null && a.quoted()) {
            Quote q = finders.get(0);
            byRule.error("SOURCE", byRule.rule(q.id()));
            details.println("SOURCE " + e.id() + " gold=" + snippet(text, a.source().get(0)) + " predicted="
                + (q.speaker() == null ? "null" : q.speaker().text()) + " in " + snippet(text, a.content().get(0))
                + " by " + byRule.rule(q.id()));
          }
        }
      }
      for (Quote q : doc.quotes()) {
        predicted++;
        if (byRule != null) byRule.decided(byRule.rule(q.id()));
        int[] counts = byType.computeIfAbsent(q.type(), k -> new int[2]);
        counts[0]++;
        boolean touches = false;
        for (Attribution a : attributions) {
          for (int[] c : a.content()) if (q.start() < c[1] && c[0] < q.end()) touches = true;
        }
        if (touches) {
          precise++;
          counts[1]++;
        } else if (details != null) {
          byRule.error("SPURIOUS", byRule.rule(q.id()));
          details.println("SPURIOUS " + e.id() + " [" + q.type() + "] " + q.text());
        }
      }
    }
    if (byRule != null) byRule.print(details);
    return new Result(articles, gold, goldQuoted, foundAll, foundQuoted, withSourceAll, sourceRightAll, withSourceQuoted,
        sourceRightQuoted, predicted, precise, byType, speakers);
  }

  /**
   * Whether each predicted quote's speaker is right, for calibration: a quote touching no gold
   * content is wrong (no one said it); else it is judged against the gold attributions it overlaps
   * most, right when its speaker matches one of their sources; null (not judged) when none of them
   * has a source.
   */
  public static List<Boolean> judgeSpeakers(Document doc, List<Attribution> gold) {
    List<Boolean> out = new ArrayList<>(doc.quotes().size());
    for (Quote q : doc.quotes()) {
      int best = 0;
      for (Attribution a : gold) best = Math.max(best, covered(a, q.start(), q.end()));
      if (best == 0) {
        out.add(Boolean.FALSE);
        continue;
      }
      Boolean right = null;
      for (Attribution a : gold) {
        if (covered(a, q.start(), q.end()) < best || a.source().isEmpty()) continue;
        right = right == Boolean.TRUE || speakerMatches(doc, q, a.source());
      }
      out.add(right);
    }
    return out;
  }

  public static void print(Result r, PrintStream out) {
    out.printf("PolNeAR quotes: %d articles, %d gold attributions (%d quoted), %d predicted quotes%n", r.articles(), r.gold(), r.goldQuoted(), r.predicted());
    out.printf("  recall (all attributions)    %.3f  (%d/%d)%n", r.recallAll(), r.foundAll(), r.gold());
    out.printf("  recall (quoted subset)       %.3f  (%d/%d)%n", r.recallQuoted(), r.foundQuoted(), r.goldQuoted());
    out.printf("  precision                    %.3f  (%d/%d)%n", r.precision(), r.precise(), r.predicted());
    out.printf("  source right (quoted subset) %.3f  (%d/%d)%n", r.sourceQuoted(), r.sourceRightQuoted(), r.withSourceQuoted());
    out.printf("  source right (all found)     %.3f  (%d/%d)%n", r.sourceAll(), r.sourceRightAll(), r.withSourceAll());
    for (Map.Entry<String, int[]> e : r.byType().entrySet()) {
      out.printf("  precision %-8s           %.3f  (%d/%d)%n", e.getKey(), Result.ratio(e.getValue()[1], e.getValue()[0]), e.getValue()[1], e.getValue()[0]);
    }
    r.speakers().print("speaker confidence", out);
  }

  /**
   * The predicted speaker mention overlaps a gold Source span. A speaker inferred from the layout
   * has no mention of its own (FORMAT.md: {@code speaker} is null); its entity's mentions stand in
   * for it, as PolNeAR's Source for a continued quote is the mention that introduced it.
   */
  static boolean speakerMatches(Document doc, Quote q, List<int[]> sources) {
    if (q.speaker() != null) {
      for (int[] s : sources) {
        if (q.speaker().start() < s[1] && s[0] < q.speaker().end()) return true;
        if (antecedentOf(doc.text(), q.speaker().end(), s)) return true;
      }
      return false;
    }
    if (q.speakerEntity() == null) return false;
    org.attest.model.Entity e = doc.entity(q.speakerEntity());
    for (org.attest.model.Mention m : e.mentions()) {
      for (int[] s : sources) if (m.start() < s[1] && s[0] < m.end()) return true;
    }
    return false;
  }

  /** The relative pronouns PolNeAR marks as a Source in place of their antecedent (guidelines, "Relative pronouns"). */
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "that", "whom");

  /** The most characters between an antecedent and its relative pronoun: ", " or a party tag ", (D-Mo.), ". */
  private static final int ANTECEDENT_GAP = 16;

  /**
   * Whether a speaker mention ending at {@code end} is the antecedent of a gold Source that is a
   * lone relative pronoun: PolNeAR's guidelines mark "which" in "Bay Financial, which said it may
   * be forced to file ..." and leave "Bay Financial" out only because including it "involves
   * coreference resolution"; the pronoun stands for that mention, which a system that resolves it
   * names. The mention must end right before the pronoun, with at most a comma, spaces or a
   * parenthesis between them.
   */
  static boolean antecedentOf(String text, int end, int[] source) {
    if (source[1] > text.length() || end > source[0] || source[0] - end > ANTECEDENT_GAP) return false;
    if (!RELATIVES.contains(text.substring(source[0], source[1]).toLowerCase(java.util.Locale.ROOT))) return false;
    String gap = text.substring(end, source[0]);
    if (gap.indexOf('(') >= 0) gap = gap.replaceAll("\\([^()]*\\)", "");
    return gap.replace(",", "").isBlank();
  }

  private static int covered(Attribution a, int start, int end) {
    int n = 0;
    for (int[] c : a.content()) n += Math.max(0, Math.min(end, c[1]) - Math.max(start, c[0]));
    return n;
  }

  private static String snippet(String text, int[] span) {
    String s = text.substring(span[0], Math.min(span[1], span[0] + 90)).replace('\n', ' ');
    return "\"" + s + (span[1] - span[0] > 90 ? "..." : "") + "\"";
  }

  /** Parses brat standoff: T lines are spans, E lines tie Content, Source and Cue together. */
  static List<Attribution> parse(List<String> lines, String text) {
    Map<String, List<int[]>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length < 2) continue;
      if (cols[0].startsWith("T")) {
        String[] typeAndSpans = cols[1].split(" ", 2);
        if (typeAndSpans.length < 2) continue;
        List<int[]> list = new ArrayList<>();
        for (String part : typeAndSpans[1].split(";")) {
          String[] se = part.trim().split(" ");
          list.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
        }
        spans.put(cols[0], list);
      } else if (cols[0].startsWith("E")) {
        events.add(cols[1].split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] event : events) {
      List<int[]> content = new ArrayList<>(), source = new ArrayList<>(), cue = new ArrayList<>();
      for (String arg : event) {
        int colon = arg.indexOf(':');
        if (colon < 0) continue;
        String role = arg.substring(0, colon);
        List<int[]> s = spans.get(arg.substring(colon + 1));
        if (s == null) continue;
        if (role.startsWith("Content")) content.addAll(s);
        else if (role.startsWith("Source")) source.addAll(s);
        else if (role.startsWith("Cue")) cue.addAll(s);
      }
      if (content.isEmpty()) continue;
      boolean quoted = false;
      for (int[] c : content) quoted |= hasQuotationMark(text, c[0], c[1]);
      out.add(new Attribution(content, source, cue, quoted));
    }
    return out;
  }

  private static boolean hasQuotationMark(String text, int from, int to) {
    for (int i = from; i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') return true;
    }
    return false;
  }

  private static Map<String, String> publicationDates(Path metadata) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.exists(metadata)) return out;
    List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    if (lines.isEmpty()) return out;
    String[] header = lines.get(0).split("\t");
    int file = -1, date = -1;
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals("filename")) file = i;
      if (header[i].equals("publication_date")) date = i;
    }
    if (file < 0 || date < 0) return out;
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (cols.length > Math.max(file, date)) out.put(cols[file], cols[date]);
    }
    return out;
  }
}
