package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Quantity;

/**
 * How well the confidences of figures and claim sources are calibrated against figure gold: each
 * predicted figure is right or wrong ({@link #judgeFigures}), each claim whose figure holds a gold
 * claim has its source right or wrong ({@link #judgeClaims}); the answers go to a {@link
 * Reliability} for all articles and one for the check half ({@link #fitHalf} false), the half a
 * table made with {@code attest train confidence --figures-half} never saw.
 */
public final class FigureCalibration {
  private final Reliability figures = new Reliability(), figuresCheck = new Reliability();
  private final Reliability sources = new Reliability(), sourcesCheck = new Reliability();

  /**
   * The half of a gold file's articles a confidence table may be fit on when the file is a dev set:
   * those whose id's SHA-256 starts with an even byte. The other half is the check half.
   */
  public static boolean fitHalf(String id) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 1) == 0;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One article's figures and claims judged. */
  void add(FiguresEval.GoldArticle a, Document doc) {
    boolean check = !fitHalf(a.id());
    List<Boolean> f = judgeFigures(a.gold(), doc), c = judgeClaims(a.gold(), doc);
    for (int i = 0; i < f.size(); i++) {
      figures.add(doc.quantities().get(i).confidence(), f.get(i));
      if (check) figuresCheck.add(doc.quantities().get(i).confidence(), f.get(i));
    }
    for (int i = 0; i < c.size(); i++) {
      if (c.get(i) == null) continue;
      sources.add(doc.claims().get(i).confidence(), c.get(i));
      if (check) sourcesCheck.add(doc.claims().get(i).confidence(), c.get(i));
    }
  }

  /** Another's answers too. */
  void addAll(FigureCalibration o) {
    figures.addAll(o.figures);
    figuresCheck.addAll(o.figuresCheck);
    sources.addAll(o.sources);
    sourcesCheck.addAll(o.sourcesCheck);
  }

  public Reliability figures() {
    return figures;
  }

  public Reliability sources() {
    return sources;
  }

  /** The ECE and reliability tables, each with its check half's ECE. */
  public void print(PrintStream out) {
    figures.print("figure confidence", out);
    figuresCheck.printSummary("  check half (fitHalf no)", out);
    sources.print("claim source confidence", out);
    sourcesCheck.printSummary("  check half (fitHalf no)", out);
  }

  /**
   * Whether each predicted figure is right: judged against the first gold figure it overlaps
   * (modifier, interval and object, as {@link FiguresEval} judges a found figure); one that
   * overlaps none is wrong.
   */
  public static List<Boolean> judgeFigures(JsonNode gold, Document doc) {
    List<Boolean> out = new ArrayList<>(doc.quantities().size());
    for (Quantity p : doc.quantities()) {
      Boolean right = Boolean.FALSE;
      for (JsonNode q : gold.get("quantities")) {
        if (p.start() < q.get("end").asInt() && q.get("start").asInt() < p.end()) {
          right = FiguresEval.fullyRight(q, p);
          break;
        }
      }
      out.add(right);
    }
    return out;
  }

  /**
   * Whether each predicted claim's source is right: a claim is judged when a gold claim's figure
   * starts within its figure (the first such gold claim), else not (null).
   */
  public static List<Boolean> judgeClaims(JsonNode gold, Document doc) {
    Map<String, Boolean> byClaim = new HashMap<>();
    for (JsonNode c : gold.path("claims")) {
      Claim claim = claimAt(doc, c.get("quantity_start").asInt());
      if (claim == null || byClaim.containsKey(claim.id())) continue;
      String goldSource = c.get("source_name").isNull() ? null : c.get("source_name").asText();
      byClaim.put(claim.id(), FiguresEval.sameSource(goldSource, claim.source() == null ? null : claim.source().name()));
    }
    List<Boolean> out = new ArrayList<>(doc.claims().size());
    for (Claim c : doc.claims()) out.add(byClaim.get(c.id()));
    return out;
  }

  /** The claim of the predicted figure that holds this character, or null. */
  private static Claim claimAt(Document doc, int at) {
    for (Quantity q : doc.quantities()) {
      if (q.start() <= at && at < q.end()) {
        for (Claim c : doc.claims()) if (c.quantity().equals(q.id())) return c;
        return null;
      }
    }
    return null;
  }
}
