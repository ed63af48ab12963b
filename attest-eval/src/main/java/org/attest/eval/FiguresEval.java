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
 * Scores figures against gold in the quantities-dev format (one article a line: id, published,
 * quantities; the text comes from the PolNeAR text folder by id). A gold quantity is found when a
 * predicted one overlaps it; fully right when modifier, low and high match (relative tolerance
 * 1e-6) and the objects overlap (or both are absent); unit right when the units are equal. A gold
 * claim is judged on the claim of the predicted quantity holding its quantity's start: source right
 * when the names agree (equal, or one the other's surname; both null for the article's own
 * authority), as-of right when the values are equal. Calibration: the ECE and reliability table of
 * the figures' confidences (each predicted figure right or wrong: {@link #judgeFigures}) and the
 * claims' (source right: {@link #judgeClaims}), on all articles and on the check half ({@link
 * #fitHalf} false), the half a table made with {@code attest train confidence --figures-half} never saw.
 */
public final class FiguresEval {
  /** The counts. */
  public record Score(int articles, int gold, int predicted, int found, int foundPredicted, int fullyRight, int unitRight, int claims,
      int sourceRight, int asOfRight, Reliability figures, Reliability figuresCheck, Reliability sources, Reliability sourcesCheck) {
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
  }

  private FiguresEval() {}

  /** One gold article: its id, publication date, text, and gold quantities and claims (quantities-dev format). */
  public record GoldArticle(String id, String published, String text, JsonNode quantities, JsonNode claims) {}

  /** The gold articles of a file, each with its text from {@code texts} by id; a missing text fails naming the file and line. */
  public static List<GoldArticle> read(Path gold, Path texts) throws IOException {
    return read(gold, List.of(texts));
  }

  /** The gold articles of a file, each with its text from the first of the folders {@code texts} that has it. */
  public static List<GoldArticle> read(Path gold, List<Path> texts) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        JsonNode g;
        try {
          g = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(gold + ":" + lineNo + ": not JSON: " + e.getOriginalMessage());
        }
        if (!g.hasNonNull("id") || !g.has("quantities")) throw new IOException(gold + ":" + lineNo + ": no id or quantities");
        String id = g.get("id").asText();
        Path textFile = null;
        for (Path dir : texts) if (textFile == null && Files.exists(dir.resolve(id + ".txt"))) textFile = dir.resolve(id + ".txt");
        if (textFile == null) throw new IOException(gold + ":" + lineNo + ": no text for gold article " + id + " in " + texts + " (give --texts)");
        out.add(new GoldArticle(id, g.path("published").asText(null), Files.readString(textFile, StandardCharsets.UTF_8), g.get("quantities"),
            g.path("claims")));
      }
    }
    return out;
  }

  /**
   * The half of the articles a confidence table may be fit on when no other figure gold exists: those
   * whose id's SHA-256 starts with an even byte. The other half is the check half.
   */
  public static boolean fitHalf(String id) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 1) == 0;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Score run(Path gold, Path texts, PrintStream errors) throws IOException {
    Attest engine = new Attest();
    int articles = 0, goldCount = 0, predicted = 0, found = 0, foundPredicted = 0, fully = 0, unit = 0, claims = 0, sourceRight = 0, asOfRight = 0;
    Reliability figures = new Reliability(), figuresCheck = new Reliability(), sources = new Reliability(), sourcesCheck = new Reliability();
    for (GoldArticle g : read(gold, texts)) {
      String id = g.id();
      Document doc = engine.extract(new Article(id, g.text(), g.published()));
      articles++;
      List<Quantity> pred = doc.quantities();
      predicted += pred.size();
      boolean[] touched = new boolean[pred.size()];
      for (JsonNode q : g.quantities()) {
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
          if (errors != null) errors.println("MISSED " + id + " \"" + spanText(g, q) + "\"");
          continue;
        }
        found++;
        boolean right = fullyRight(q, match);
        if (right) fully++;
        else if (errors != null) errors.println("WRONG " + id + " \"" + spanText(g, q) + "\" gold " + q.get("modifier").asText() + " "
            + q.get("low") + ".." + q.get("high") + " obj " + objectText(g, q.get("object")) + " | predicted " + match.modifier() + " " + match.low() + ".."
            + match.high() + " obj " + (match.object() == null ? null : match.object().text()));
        String gu = q.get("unit").isNull() ? null : q.get("unit").asText();
        if (java.util.Objects.equals(gu, match.unit())) unit++;
      }
      for (int i = 0; i < pred.size(); i++) {
        if (touched[i]) foundPredicted++;
        else if (errors != null) errors.println("SPURIOUS " + id + " \"" + pred.get(i).text() + "\"");
      }
      for (JsonNode c : g.claims()) {
        claims++;
        int at = c.get("quantity_start").asInt();
        org.attest.model.Claim claim = claimAt(doc, at);
        String goldSource = c.get("source_name").isNull() ? null : c.get("source_name").asText();
        String source = claim == null || claim.source() == null ? null : claim.source().name();
        boolean sourceOk = claim != null && sameSource(goldSource, source);
        boolean asOfOk = claim != null && c.get("as_of").asText().equals(claim.asOf());
        if (sourceOk) sourceRight++;
        if (asOfOk) asOfRight++;
        if (errors != null && claim != null && !sourceOk) errors.println("SOURCE " + id + " @" + at + " gold " + goldSource + " predicted " + source);
        if (errors != null && claim != null && !asOfOk) errors.println("ASOF " + id + " @" + at + " gold " + c.get("as_of").asText() + " predicted " + claim.asOf());
      }
      Reliability f = fitHalf(id) ? new Reliability() : figuresCheck, k = fitHalf(id) ? new Reliability() : sourcesCheck;
      List<Boolean> judgedFigures = judgeFigures(g, doc), judgedClaims = judgeClaims(g, doc);
      for (int i = 0; i < pred.size(); i++) {
        figures.add(pred.get(i).confidence(), judgedFigures.get(i));
        f.add(pred.get(i).confidence(), judgedFigures.get(i));
      }
      for (int i = 0; i < judgedClaims.size(); i++) {
        if (judgedClaims.get(i) == null) continue;
        sources.add(doc.claims().get(i).confidence(), judgedClaims.get(i));
        k.add(doc.claims().get(i).confidence(), judgedClaims.get(i));
      }
    }
    return new Score(articles, goldCount, predicted, found, foundPredicted, fully, unit, claims, sourceRight, asOfRight, figures, figuresCheck, sources,
        sourcesCheck);
  }

  /** A gold span's text: its own {@code text} field, else the article's text at its offsets (gold files without text). */
  private static String spanText(GoldArticle g, JsonNode span) {
    if (span.hasNonNull("text")) return span.get("text").asText();
    int s = span.get("start").asInt(), e = span.get("end").asInt();
    return s >= 0 && s <= e && e <= g.text().length() ? g.text().substring(s, e) : "@" + s + "-" + e;
  }

  private static String objectText(GoldArticle g, JsonNode object) {
    return object == null || object.isNull() ? "null" : "\"" + spanText(g, object) + "\"";
  }

  /** The predicted claim of the predicted figure that holds this character, or null. */
  private static org.attest.model.Claim claimAt(Document doc, int at) {
    Quantity q = doc.quantities().stream().filter(p -> p.start() <= at && at < p.end()).findFirst().orElse(null);
    return q == null ? null : doc.claims().stream().filter(x -> x.quantity().equals(q.id())).findFirst().orElse(null);
  }

  private static boolean fullyRight(JsonNode q, Quantity match) {
    return q.get("modifier").asText().equals(match.modifier()) && same(q.get("low"), match.low()) && same(q.get("high"), match.high())
        && objectsAgree(q.get("object"), match);
  }

  /**
   * Whether each predicted figure is right, for calibration: judged against the first gold figure it
   * overlaps (modifier, interval and object); one that overlaps none is wrong.
   */
  public static List<Boolean> judgeFigures(GoldArticle g, Document doc) {
    List<Boolean> out = new ArrayList<>(doc.quantities().size());
    for (Quantity p : doc.quantities()) {
      Boolean right = Boolean.FALSE;
      for (JsonNode q : g.quantities()) {
        if (p.start() < q.get("end").asInt() && q.get("start").asInt() < p.end()) {
          right = fullyRight(q, p);
          break;
        }
      }
      out.add(right);
    }
    return out;
  }

  /**
   * Whether each predicted claim's source is right, for calibration: a claim is judged when a gold
   * claim's figure falls in its figure (the first such gold claim), else not (null).
   */
  public static List<Boolean> judgeClaims(GoldArticle g, Document doc) {
    java.util.Map<String, Boolean> byClaim = new java.util.HashMap<>();
    for (JsonNode c : g.claims()) {
      org.attest.model.Claim claim = claimAt(doc, c.get("quantity_start").asInt());
      if (claim == null || byClaim.containsKey(claim.id())) continue;
      String goldSource = c.get("source_name").isNull() ? null : c.get("source_name").asText();
      byClaim.put(claim.id(), sameSource(goldSource, claim.source() == null ? null : claim.source().name()));
    }
    List<Boolean> out = new ArrayList<>(doc.claims().size());
    for (org.attest.model.Claim c : doc.claims()) out.add(byClaim.get(c.id()));
    return out;
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

  public static void print(Score s, PrintStream out) {
    out.printf("Figures: %d articles, %d gold quantities, %d predicted%n", s.articles(), s.gold(), s.predicted());
    out.printf("  found              P %.3f R %.3f F1 %.3f%n", s.precision(), s.recall(), s.f1());
    out.printf("  fully right        %.3f  (%d/%d gold: modifier, interval and object)%n", s.gold() == 0 ? 0 : (double) s.fullyRight() / s.gold(), s.fullyRight(), s.gold());
    out.printf("  unit right         %.3f  (%d/%d found)%n", s.found() == 0 ? 0 : (double) s.unitRight() / s.found(), s.unitRight(), s.found());
    out.printf("  claim source right %.3f  (%d/%d gold claims)%n", s.claims() == 0 ? 0 : (double) s.sourceRight() / s.claims(), s.sourceRight(), s.claims());
    out.printf("  claim as-of right  %.3f  (%d/%d gold claims)%n", s.claims() == 0 ? 0 : (double) s.asOfRight() / s.claims(), s.asOfRight(), s.claims());
    s.figures().print("figure confidence", out);
    s.figuresCheck().printSummary("  check half (fitHalf no)", out);
    s.sources().print("claim source confidence", out);
    s.sourcesCheck().printSummary("  check half (fitHalf no)", out);
  }
}
