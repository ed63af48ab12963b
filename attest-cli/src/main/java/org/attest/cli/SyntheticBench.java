package org.attest.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.attest.ledger.Ledger;
import org.attest.model.Document;

/**
 * The ledger benchmark on synthetic articles ({@link SyntheticArticles}), in any store: each
 * ledger is built (or built on: article {@code i} is always the same, and a ledger holding some
 * already gets the rest) to the size asked for, writing the generated extraction straight into
 * the store, then its queries are timed: figures, search, who and an article page, p50 and p99.
 */
final class SyntheticBench {
  private static final int QUERIES = 300;

  private SyntheticBench() {}

  static void run(List<String> locations, int articles, int batch) throws IOException {
    for (String at : locations) {
      System.out.printf("%n== ledger at %s ==%n", shown(at));
      if (!copied(locations.get(0), at, articles)) build(at, articles, batch);
      try (Ledger ledger = Ledger.openReadOnly(at)) {
        Ledger.Stats s = ledger.stats();
        long bytes = ledger.size();
        System.out.printf("holds %,d articles, %,d canonical entities, %,d quotes, %,d figure claims; %,d MB in the store, %,.0f bytes an article%n",
            s.articles(), s.canonical(), s.quotes(), s.claims(), bytes >> 20, (double) bytes / Math.max(1, s.articles()));
        queries(ledger, s.articles());
      }
    }
  }

  private static String shown(String at) {
    return at.replaceFirst("(//[^:/@]*):[^@/]*@", "$1:***@");
  }

  /**
   * Loads an empty server ledger by copying the first ledger (a folder) when that one holds the
   * articles asked for: both stores then hold the same rows, the writes timed once, by the folder.
   */
  private static boolean copied(String first, String at, int articles) throws IOException {
    if (at.equals(first) || !Ledger.onServer(at) || Ledger.onServer(first)) return false;
    try (Ledger target = Ledger.open(at); Ledger source = Ledger.openReadOnly(first)) {
      if (target.stats().articles() > 0 || source.stats().articles() != articles) return false;
    }
    long t0 = System.nanoTime();
    long rows = Ledger.copy(first, at);
    System.out.printf("copied %s into it: %,d rows in %.0f s (COPY, then ANALYZE)%n", shown(first), rows, (System.nanoTime() - t0) / 1e9);
    return true;
  }

  private static void build(String at, int articles, int batch) throws IOException {
    try (Ledger ledger = Ledger.open(at)) {
      long have = ledger.stats().articles();
      if (have >= articles) return;
      long t0 = System.nanoTime(), from = have, last = t0;
      while (have < articles) {
        Document d = SyntheticArticles.document(have);
        ledger.add(d.article(), d);
        if (++have % batch == 0) {
          ledger.commit();
          if (System.nanoTime() - last > 60e9) {
            last = System.nanoTime();
            System.out.printf("  %,d articles, %,.0f articles/s%n", have, (have - from) / ((last - t0) / 1e9));
          }
        }
      }
      ledger.commit();
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("built %,d articles in %.0f s: %,.0f articles/s (straight into the store, no extraction)%n", have - from, s, (have - from) / s);
    }
  }

  /** What each query asks: subjects, two words of the quotes, people, articles, drawn as the generator draws them. */
  private static void queries(Ledger ledger, long articles) throws IOException {
    SplittableRandom r = new SplittableRandom(42);
    String[] kinds = {"figures SUBJECT (1,000)", "search TWO WORDS (20)", "who PERSON", "article page"};
    double[][] ms = new double[kinds.length][QUERIES];
    long[] results = new long[kinds.length];
    for (int round = -1; round < QUERIES; round++) { // round -1 warms
      int i = Math.max(round, 0);
      long t = System.nanoTime();
      results[0] += ledger.figures(SyntheticArticles.subject(r), null, null, null, 1000).size();
      ms[0][i] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      results[1] += ledger.search(SyntheticArticles.word(r) + " " + SyntheticArticles.word(r), 20).size();
      ms[1][i] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      results[2] += ledger.who(SyntheticArticles.person(r.nextInt(SyntheticArticles.PEOPLE))).size();
      ms[2][i] = (System.nanoTime() - t) / 1e6;
      t = System.nanoTime();
      results[3] += ledger.article(SyntheticArticles.url(r.nextLong(articles))).isPresent() ? 1 : 0;
      ms[3][i] = (System.nanoTime() - t) / 1e6;
    }
    for (int k = 0; k < kinds.length; k++) {
      System.out.printf("%-24s p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms (%,d queries, %,d results)%n", kinds[k], pct(ms[k], 50), pct(ms[k], 99),
          pct(ms[k], 100), QUERIES, results[k]);
    }
  }

  private static double pct(double[] ms, int p) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }
}
