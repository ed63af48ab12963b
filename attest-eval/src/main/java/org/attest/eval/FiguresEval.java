package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * authority), as-of right when the values are equal.
 */
public final class FiguresEval {
  /** The counts. */
  public record Score(int articles, int gold, int predicted, int found, int foundPredicted, int fullyRight, int unitRight, int claims,
      int sourceRight, int asOfRight) {
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

  public static Score run(Path gold, Path texts, PrintStream errors) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Attest engine = new Attest();
    ErrorsByRule byRule = errors == null ? null
        : new ErrorsByRule("a figure's error counts for each reader and step of its chain; a claim's, for its source or as-of rule",
            "MISSED", "SPURIOUS", "WRONG", "SOURCE", "ASOF");
    int articles = 0, goldCount = 0, predicted = 0, found = 0, foundPredicted = 0, fully = 0, unit = 0, claims = 0, sourceRight = 0, asOfRight = 0;
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode g = json.readTree(line);
        String id = g.get("id").asText();
        Path textFile = texts.resolve(id + ".txt");
        if (!Files.exists(textFile)) throw new IOException(textFile + ": no text for gold article " + id + " (give --texts)");
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        Document doc = ErrorsByRule.extract(engine, new Article(id, text, g.path("published").asText(null)), byRule);
        articles++;
        List<Quantity> pred = doc.quantities();
        predicted += pred.size();
        if (byRule != null) for (Quantity p : pred) for (String r : byRule.rules(p.id())) byRule.decided(r);
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
            if (errors != null) errors.println("MISSED " + id + " \"" + q.get("text").asText() + "\"");
            continue;
          }
          found++;
          boolean right = q.get("modifier").asText().equals(match.modifier()) && same(q.get("low"), match.low()) && same(q.get("high"), match.high())
              && objectsAgree(q.get("object"), match);
          if (right) fully++;
          else if (byRule != null) for (String r : byRule.rules(match.id())) byRule.error("WRONG", r);
          if (!right && errors != null) errors.println("WRONG " + id + " \"" + q.get("text").asText() + "\" gold " + q.get("modifier").asText() + " "
              + q.get("low") + ".." + q.get("high") + " obj " + q.get("object") + " | predicted " + match.modifier() + " " + match.low() + ".."
              + match.high() + " obj " + (match.object() == null ? null : match.object().text()));
          String gu = q.get("unit").isNull() ? null : q.get("unit").asText();
          if (java.util.Objects.equals(gu, match.unit())) unit++;
        }
        for (int i = 0; i < pred.size(); i++) {
          if (touched[i]) foundPredicted++;
          else if (byRule != null) for (String r : byRule.rules(pred.get(i).id())) byRule.error("SPURIOUS", r);
          if (!touched[i] && errors != null) errors.println("SPURIOUS " + id + " \"" + pred.get(i).text() + "\"");
        }
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
      }
    }
    if (byRule != null) byRule.print(errors);
    return new Score(articles, goldCount, predicted, found, foundPredicted, fully, unit, claims, sourceRight, asOfRight);
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
  }
}
