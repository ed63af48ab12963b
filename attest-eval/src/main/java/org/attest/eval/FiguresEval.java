package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.Quantity;

/**
 * Scores figures against gold in the quantities-dev format: one article a line with its id,
 * published date, quantities (start, end, value, low, high, modifier, unit, object start/end) and
 * claims (quantity_start, subject, source_name, as_of). Gold lines need hold no article text: the
 * text comes from the development data by id ({@link ArticleTexts}); a span's text, when a line
 * gives it, must be the article's text at its offsets. A gold quantity is found when a predicted one
 * overlaps it; fully right when modifier, low and high match (relative tolerance 1e-6) and the
 * objects overlap (or both are absent); unit right when the units are equal. A gold claim is judged
 * on the claim of the predicted quantity holding its quantity's start: source right when the names
 * agree (equal, or one the other's surname; both null for the article's own authority), as-of right
 * when the values are equal. Several gold files are scored one by one and summed. The confidences
 * of figures and claim sources are judged too: the expected calibration error ({@link
 * FigureCalibration}).
 */
public final class FiguresEval {
  /** The counts. */
  public record Score(int articles, int gold, int predicted, int found, int foundPredicted, int fullyRight, int unitRight, int claims,
      int sourceRight, int asOfRight) {
    static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double precision() {
      return predicted == 0 ? 0 : (double) foundPredicted / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The two counts summed. */
    public Score plus(Score o) {
      return new Score(articles + o.articles, gold + o.gold, predicted + o.predicted, found + o.found, foundPredicted + o.foundPredicted,
          fullyRight + o.fullyRight, unitRight + o.unitRight, claims + o.claims, sourceRight + o.sourceRight, asOfRight + o.asOfRight);
    }
  }

  /** One gold file's score. */
  public record FileScore(Path gold, Score score, FigureCalibration calibration) {}

  private FiguresEval() {}

  /** Each gold file's score, in the order given. */
  public static List<FileScore> run(List<Path> golds, ArticleTexts texts, PrintStream errors) throws IOException {
    Attest engine = new Attest();
    List<FileScore> out = new ArrayList<>();
    for (Path gold : golds) {
      FigureCalibration calibration = new FigureCalibration();
      out.add(new FileScore(gold, run(gold, texts, engine, errors, calibration), calibration));
    }
    return out;
  }

  /** One gold file's score; the texts from {@code texts}. */
  public static Score run(Path gold, ArticleTexts texts, PrintStream errors) throws IOException {
    return run(gold, texts, new Attest(), errors, new FigureCalibration());
  }

  /**
   * Each gold file checked against its articles' texts (offsets, span texts, fields) and counted,
   * with nothing extracted: for annotators, who must not see the extractor's output on their gold.
   * The scores hold articles, gold quantities and claims only.
   */
  public static List<FileScore> check(List<Path> golds, ArticleTexts texts) throws IOException {
    List<FileScore> out = new ArrayList<>();
    for (Path gold : golds) out.add(new FileScore(gold, run(gold, texts, null, null, null), null));
    return out;
  }

  /** The counts {@link #check} gives, one line a file. */
  public static void printChecked(List<FileScore> scores, PrintStream out) {
    for (FileScore f : scores) {
      out.printf("%s: %d articles, %d gold quantities, %d gold claims: every line fits its text%n", f.gold(), f.score().articles(), f.score().gold(),
          f.score().claims());
    }
  }

  /** One gold article: its id, text (from the data) and gold line (checked against the text). */
  public record GoldArticle(String id, String text, JsonNode gold) {
    public String published() {
      return gold.path("published").asText(null);
    }
  }

  /** A gold file's articles, each checked against its text; a bad line fails naming the file and line. */
  public static List<GoldArticle> read(Path gold, ArticleTexts texts) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        String where = gold + ":" + lineNo;
        JsonNode g;
        try {
          g = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(where + ": not JSON: " + e.getOriginalMessage());
        }
        String id = g.path("id").asText("");
        String text = texts.text(id);
        if (text == null) throw new IOException(where + ": no text for gold article \"" + id + "\" (looked in " + texts.where() + ")");
        GoldCheck.article(g, text, where);
        String dct = texts.published(id);
        if (dct != null && !dct.equals(g.path("published").asText(null))) {
          throw new IOException(where + ": published " + g.get("published") + " is not the date of the TimeML document's DCT, " + dct);
        }
        out.add(new GoldArticle(id, text, g));
      }
    }
    return out;
  }

  /** One file scored, its confidences judged into {@code calibration}; with no engine, only checked and counted. */
  private static Score run(Path gold, ArticleTexts texts, Attest engine, PrintStream errors, FigureCalibration calibration) throws IOException {
    Score total = Score.ZERO;
    ErrorsByRule byRule = errors == null || engine == null ? null
        : new ErrorsByRule("a figure's error counts for each reader and step of its chain; a claim's, for its source or as-of rule",
            "MISSED", "SPURIOUS", "WRONG", "SOURCE", "ASOF");
    for (GoldArticle a : read(gold, texts)) {
      JsonNode g = a.gold();
      if (engine == null) {
        total = total.plus(new Score(1, g.get("quantities").size(), 0, 0, 0, 0, 0, g.path("claims").size(), 0, 0));
        continue;
      }
      Document doc = ErrorsByRule.extract(engine, new Article(a.id(), a.text(), a.published()), byRule);
      total = total.plus(article(a.id(), a.text(), g, doc, errors, byRule));
      calibration.add(a, doc);
    }
    if (byRule != null) byRule.print(errors);
    return total;
  }

  /** One article's counts. */
  private static Score article(String id, String text, JsonNode g, Document doc, PrintStream errors, ErrorsByRule byRule) {
    List<Quantity> pred = doc.quantities();
    if (byRule != null) for (Quantity p : pred) for (String r : byRule.rules(p.id())) byRule.decided(r);
    int goldCount = 0, found = 0, foundPredicted = 0, fully = 0, unit = 0;
    boolean[] touched = new boolean[pred.size()];
    for (JsonNode q : g.get("quantities")) {
      goldCount++;
      int s = q.get("start").asInt(), e = q.get("end").asInt();
      Quantity match = null;
      for (int i = 0; i < pred.size(); i++) {
        Quantity p = pred.get(i);
        if (p.start() < e && s < p.end()) {
          touched[i] = true;
          if (match == null) match = p;
        }
      }
      if (match == null) {
        if (byRule != null) byRule.error("MISSED", null);
        if (errors != null) errors.println("MISSED " + id + " \"" + text.substring(s, e) + "\"");
        continue;
      }
      found++;
      boolean right = fullyRight(q, match);
      if (right) fully++;
      else if (byRule != null) for (String r : byRule.rules(match.id())) byRule.error("WRONG", r);
      if (!right && errors != null) errors.println("WRONG " + id + " \"" + text.substring(s, e) + "\" gold " + q.get("modifier").asText() + " "
          + q.get("low") + ".." + q.get("high") + " obj " + GoldCheck.span(q.get("object"), text) + " | predicted " + match.modifier() + " "
          + match.low() + ".." + match.high() + " obj " + (match.object() == null ? null : match.object().text()));
      String gu = q.get("unit").isNull() ? null : q.get("unit").asText();
      if (java.util.Objects.equals(gu, match.unit())) unit++;
      else if (errors != null) errors.println("UNIT " + id + " \"" + text.substring(s, e) + "\" gold " + gu + " | predicted " + match.unit());
    }
    for (int i = 0; i < pred.size(); i++) {
      if (touched[i]) foundPredicted++;
      else if (byRule != null) for (String r : byRule.rules(pred.get(i).id())) byRule.error("SPURIOUS", r);
      if (!touched[i] && errors != null) errors.println("SPURIOUS " + id + " \"" + pred.get(i).text() + "\"");
    }
    int[] claims = claims(id, g, doc, errors, byRule);
    return new Score(1, goldCount, pred.size(), found, foundPredicted, fully, unit, claims[0], claims[1], claims[2]);
  }

  /** Gold claims, sources right, as-ofs right. */
  private static int[] claims(String id, JsonNode g, Document doc, PrintStream errors, ErrorsByRule byRule) {
    List<Quantity> pred = doc.quantities();
    int claims = 0, sourceRight = 0, asOfRight = 0;
    for (JsonNode c : g.path("claims")) {
      claims++;
      int at = c.get("quantity_start").asInt();
      Quantity q = pred.stream().filter(p -> p.start() <= at && at < p.end()).findFirst().orElse(null);
      org.attest.model.Claim claim = q == null ? null : doc.claims().stream().filter(x -> x.quantity().equals(q.id())).findFirst().orElse(null);
      String goldSource = c.get("source_name").isNull() ? null : c.get("source_name").asText();
      String source = claim == null || claim.source() == null ? null : claim.source().name();
      boolean sourceOk = claim != null && sameSource(goldSource, source);
      boolean asOfOk = claim != null && c.get("as_of").asText().equals(claim.asOf());
      if (sourceOk) sourceRight++;
      if (asOfOk) asOfRight++;
      if (byRule != null && claim != null) judged(byRule, claim.id(), sourceOk, asOfOk);
      if (errors != null && claim != null && !sourceOk) errors.println("SOURCE " + id + " @" + at + " gold " + goldSource + " predicted " + source);
      if (errors != null && claim != null && !asOfOk) errors.println("ASOF " + id + " @" + at + " gold " + c.get("as_of").asText() + " predicted " + claim.asOf());
    }
    return new int[] {claims, sourceRight, asOfRight};
  }

  /** Counts a judged claim's source and as-of rules, and their errors. */
  private static void judged(ErrorsByRule byRule, String claim, boolean sourceOk, boolean asOfOk) {
    String source = byRule.rule(claim, "claim."), asOf = byRule.rule(claim, "as-of.");
    byRule.decided(source);
    byRule.decided(asOf);
    if (!sourceOk) byRule.error("SOURCE", source);
    if (!asOfOk) byRule.error("ASOF", asOf);
  }

  /**
   * The same source: equal names, or one the other's surname ("Trump" / "Donald Trump"), case and
   * middle initials aside ("Donald J. Trump" / "Donald Trump").
   */
  static boolean sameSource(String gold, String predicted) {
    if (gold == null || predicted == null) return gold == null && predicted == null;
    String g = withoutInitials(gold.toLowerCase(java.util.Locale.ROOT)), p = withoutInitials(predicted.toLowerCase(java.util.Locale.ROOT));
    return g.equals(p) || g.endsWith(" " + p) || p.endsWith(" " + g);
  }

  private static String withoutInitials(String name) {
    return name.replaceAll("(?<=\\S) (\\p{L}\\. )+", " ");
  }

  /** A predicted figure is fully right against a gold one: modifier, low, high and object. */
  static boolean fullyRight(JsonNode gold, Quantity p) {
    return gold.get("modifier").asText().equals(p.modifier()) && same(gold.get("low"), p.low()) && same(gold.get("high"), p.high())
        && objectsAgree(gold.get("object"), p);
  }

  private static boolean same(JsonNode gold, Double predicted) {
    if (gold == null || gold.isNull()) return predicted == null;
    if (predicted == null) return false;
    double g = gold.asDouble();
    return Math.abs(g - predicted) <= 1e-6 * Math.max(1, Math.abs(g));
  }

  private static boolean objectsAgree(JsonNode gold, Quantity p) {
    if (gold == null || gold.isNull()) return p.object() == null;
    if (p.object() == null) return false;
    int s = gold.get("start").asInt(), e = gold.get("end").asInt();
    return p.object().start() < e && s < p.object().end();
  }

  /**
   * One file: its figures exactly as {@link #print(Score, PrintStream)}; several: each file's under
   * its name, then the total.
   */
  public static void print(List<FileScore> scores, PrintStream out) {
    if (scores.size() == 1) {
      print(scores.get(0).score(), out);
      scores.get(0).calibration().print(out);
      return;
    }
    Score total = Score.ZERO;
    FigureCalibration all = new FigureCalibration();
    for (FileScore f : scores) {
      out.println("== " + f.gold().getFileName());
      print(f.score(), out);
      f.calibration().print(out);
      total = total.plus(f.score());
      all.addAll(f.calibration());
    }
    out.println("== total (" + scores.size() + " files)");
    print(total, out);
    all.print(out);
  }

  public static void print(Score s, PrintStream out) {
    out.printf("Figures: %d articles, %d gold quantities, %d predicted%n", s.articles(), s.gold(), s.predicted());
    out.printf("  found              P %.3f R %.3f F1 %.3f%n", s.precision(), s.recall(), s.f1());
    out.printf("  fully right        %.3f  (%d/%d gold: modifier, interval and object)%n", s.gold() == 0 ? 0 : (double) s.fullyRight() / s.gold(), s.fullyRight(), s.gold());
    out.printf("  unit right         %.3f  (%d/%d found)%n", s.found() == 0 ? 0 : (double) s.unitRight() / s.found(), s.unitRight(), s.found());
    out.printf("  claim source right %.3f  (%d/%d gold claims)%n", s.claims() == 0 ? 0 : (double) s.sourceRight() / s.claims(), s.sourceRight(), s.claims());
    out.printf("  claim as-of right  %.3f  (%d/%d gold claims)%n", s.claims() == 0 ? 0 : (double) s.asOfRight() / s.claims(), s.asOfRight(), s.claims());
  }
}
