package org.attest.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.Attest;
import org.attest.confidence.ConfidenceTable;
import org.attest.confidence.ConfidenceTable.Kind;
import org.attest.confidence.Keys;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Quote;

/**
 * Makes the confidence table ({@link ConfidenceTable}) from training data: each item the engine
 * finds is judged as the scorers judge it (a quote's speaker as {@link PolnearEval#judgeSpeakers},
 * a figure as {@link FigureCalibration#judgeFigures}, a claim's source as {@link FigureCalibration#judgeClaims})
 * and counted under every one of its keys ({@link Keys}); keys seen fewer than the least count are
 * left out, so their items fall back to a coarser key.
 */
public final class ConfidenceTraining {
  private final Map<Kind, Map<String, int[]>> counts = new EnumMap<>(Kind.class);
  private final Attest engine = new Attest();
  private final PrintStream items;
  private int articles;

  /** {@code items}, when not null, gets each judged item: kind, article, most specific key, right (1 or 0), tab-separated. */
  public ConfidenceTraining(PrintStream items) {
    this.items = items;
    for (Kind k : Kind.values()) counts.put(k, new TreeMap<>());
  }

  /** One judged item of an article: counted under each of its keys. */
  public void add(Kind kind, List<String> keys, boolean right, String article) {
    for (String k : keys) {
      int[] c = counts.get(kind).computeIfAbsent(k, x -> new int[2]);
      c[0] += right ? 1 : 0;
      c[1]++;
    }
    if (items != null) items.println(kind.section() + "\t" + article + "\t" + keys.get(0) + "\t" + (right ? 1 : 0));
  }

  /** The speakers of the quotes of PolNeAR articles. */
  public void speakers(List<PolnearEval.Annotated> corpus) {
    for (PolnearEval.Annotated a : corpus) {
      Attest.Explained x = engine.explain(new Article(a.id(), a.text(), a.published()));
      Document doc = x.document();
      List<Boolean> judged = PolnearEval.judgeSpeakers(doc, a.gold());
      for (int i = 0; i < judged.size(); i++) {
        Quote q = doc.quotes().get(i);
        if (judged.get(i) != null) add(Kind.SPEAKER, Keys.speaker(doc, q, rules(x, q.id())), judged.get(i), a.id());
      }
      articles++;
    }
  }

  /** The figures and claim sources of gold figure articles (quantities-dev format). */
  public void figures(List<FiguresEval.GoldArticle> gold) {
    for (FiguresEval.GoldArticle g : gold) {
      Attest.Explained x = engine.explain(new Article(g.id(), g.text(), g.published()));
      Document doc = x.document();
      List<Boolean> figures = FigureCalibration.judgeFigures(g.gold(), doc);
      for (int i = 0; i < figures.size(); i++) {
        Quantity n = doc.quantities().get(i);
        add(Kind.FIGURE, Keys.figure(n, rules(x, n.id())), figures.get(i), g.id());
      }
      List<Boolean> claims = FigureCalibration.judgeClaims(g.gold(), doc);
      for (int i = 0; i < claims.size(); i++) {
        if (claims.get(i) == null) continue;
        Claim c = doc.claims().get(i);
        add(Kind.CLAIM, Keys.claim(doc, c, quantity(doc, c.quantity()), rules(x, c.id())), claims.get(i), g.id());
      }
      articles++;
    }
  }

  private static Quantity quantity(Document doc, String id) {
    for (Quantity n : doc.quantities()) if (n.id().equals(id)) return n;
    return null;
  }

  private static List<String> rules(Attest.Explained x, String id) {
    return x.rules().getOrDefault(id, List.of());
  }

  /** The articles read so far. */
  public int articles() {
    return articles;
  }

  /** How many items of a kind were judged. */
  public int judged(Kind kind) {
    int[] c = counts.get(kind).get(Keys.ALL);
    return c == null ? 0 : c[1];
  }

  /**
   * The table's lines: a header of comments ({@code about}: how it was made), then each section with
   * the keys counted at least {@code minCount} times, and always {@link Keys#ALL}.
   */
  public List<String> table(List<String> about, int minCount) {
    List<String> out = new ArrayList<>();
    out.add("# The confidence table: key TAB right TAB count, per kind of answer (ConfidenceTable, Keys).");
    out.add("# Made by a command, not by hand; remake it after rules change (README: Confidence).");
    for (String line : about) out.add("# " + line);
    for (Kind kind : Kind.values()) {
      out.add("");
      out.add("[" + kind.section() + "]");
      for (Map.Entry<String, int[]> e : counts.get(kind).entrySet()) {
        int[] c = e.getValue();
        if (c[1] >= minCount || e.getKey().equals(Keys.ALL)) out.add(e.getKey() + "\t" + c[0] + "\t" + c[1]);
      }
      if (!counts.get(kind).containsKey(Keys.ALL)) out.add(Keys.ALL + "\t0\t0");
    }
    return out;
  }
}
