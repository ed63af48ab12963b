package org.attest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.attest.Attest;
import org.attest.ledger.Ledger;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Quote;

/**
 * The ledger's benchmark: ingest throughput against bare extraction on one thread, then the
 * latency of search and figures queries on a large ledger made by repeating the corpus's
 * documents with varied texts (a copy mark) and dates (shifted by days), so every copy is a new article.
 */
final class LedgerBench {
  private LedgerBench() {}

  static void run(List<Article> corpus, int articles) throws IOException {
    Attest engine = new Attest();
    List<Document> docs = new ArrayList<>();
    Path warm = Files.createTempDirectory("attest-bench-warm");
    try (Ledger ledger = Ledger.open(warm)) { // warm both paths, as the extraction benchmark does
      for (int round = 0; round < 5; round++) {
        for (Article a : corpus) {
          Article v = new Article(a.id(), a.text() + " " + round, a.published(), a.title(), a.url(), a.outlet(), a.meta());
          ledger.add(v, engine.extract(v));
        }
        ledger.commit();
      }
    } finally {
      DemoCommand.delete(warm);
    }
    Path dir = Files.createTempDirectory("attest-bench-ledger");
    try {
      // one pass: each article read, looked up, extracted and stored, the extraction and the rest timed apart
      long extracting = 0, storing = 0;
      try (Ledger ledger = Ledger.open(dir)) {
        int n = 0;
        for (Article a : corpus) {
          long t0 = System.nanoTime();
          Document d = engine.extract(a);
          long t1 = System.nanoTime();
          if (!ledger.contains(Ledger.hash(a.text()))) ledger.add(a, d);
          if (++n % 200 == 0) ledger.commit();
          long t2 = System.nanoTime();
          extracting += t1 - t0;
          storing += t2 - t1;
          docs.add(d);
        }
        long t3 = System.nanoTime();
        ledger.commit();
        storing += System.nanoTime() - t3;
      }
      double bare = corpus.size() / (extracting / 1e9), ingest = corpus.size() / ((extracting + storing) / 1e9);
      System.out.printf("ledger ingest, one thread, %,d articles: %,.0f articles/s; bare extraction of the same pass %,.0f articles/s: %.0f%% "
          + "(storing %.2f ms an article)%n", corpus.size(), ingest, bare, 100 * ingest / bare, storing / 1e6 / corpus.size());
      try (Ledger ledger = Ledger.open(dir)) {
        long t2 = System.nanoTime();
        long have = grow(ledger, docs, articles);
        System.out.printf("ledger of %,d articles built in %.0f s (documents repeated with varied texts and dates)%n", have, (System.nanoTime() - t2) / 1e9);
        queries(ledger, docs);
      }
    } finally {
      DemoCommand.delete(dir);
    }
    sameTopic(engine, 2000);
  }

  /**
   * Adds copies of the documents (each text marked with its copy number, its date shifted by as many
   * days) until the ledger holds {@code articles} articles; the number it holds.
   */
  static long grow(Ledger ledger, List<Document> docs, int articles) throws IOException {
    long have = ledger.stats().articles();
    for (int copy = 1; have < articles; copy++) {
      for (Document d : docs) {
        if (have >= articles) break;
        Article a = d.article();
        String published = a.published() == null ? null : shift(a.published(), copy);
        Article v = new Article(a.id() + "-copy" + copy, a.text() + "\n\n(copy " + copy + ")", published, a.title(), null,
            a.outlet() == null ? "copy " + (copy % 50) : a.outlet(), a.meta());
        ledger.add(v, new Document(v, d.entities(), d.quotes(), d.quantities(), d.times(), d.claims()));
        if (++have % 5000 == 0) ledger.commit();
      }
    }
    ledger.commit();
    return have;
  }

  /**
   * The reliability probe's case: articles on one topic, one day, each with its own figure for one
   * variable and one speaker's statement worded its own way. Every pair disagrees; what `conflicts`
   * reports, its time and the heap it takes stay bounded.
   */
  static void sameTopic(Attest engine, int articles) throws IOException {
    Path dir = Files.createTempDirectory("attest-bench-topic");
    try (Ledger ledger = Ledger.open(dir)) {
      for (int i = 0; i < articles; i++) {
        String text = "About " + (1000 + 7 * i) + " ISIS fighters remain in Raqqa, the coalition said on Wednesday.\n\n"
            + "\u201CWe will finish the job in Raqqa before the end of the year, and the fighters there know it, number " + i
            + ",\u201D said Col. Ryan Dillon, a coalition spokesman.";
        Article a = new Article("topic-" + i, text, "2017-12-27", null, null, "Outlet " + (i % 40), java.util.Map.of());
        ledger.add(a, engine.extract(a));
      }
      ledger.commit();
      System.gc();
      java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
      long before = memory.getHeapMemoryUsage().getUsed();
      for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
      long t = System.nanoTime();
      List<Ledger.Conflict> found = ledger.conflicts();
      double seconds = (System.nanoTime() - t) / 1e9;
      long peak = 0;
      for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
      }
      System.out.printf("conflicts on %,d same-topic articles (one figure and one statement each, all disagreeing): %,d found in %.1f s, "
          + "heap peak %,d MB (%,d MB before)%n", articles, found.size(), seconds, peak >> 20, before >> 20);
    } finally {
      DemoCommand.delete(dir);
    }
  }


  private static String shift(String published, int days) {
    try {
      return java.time.LocalDate.parse(published.substring(0, 10)).plusDays(days % 365).toString();
    } catch (RuntimeException e) {
      return published;
    }
  }

  /** 200 searches of two words of the corpus's quotes, 200 figures queries of its subjects: p50, p99, max. */
  private static void queries(Ledger ledger, List<Document> docs) throws IOException {
    Random random = new Random(42);
    List<String> words = new ArrayList<>(), subjects = new ArrayList<>();
    for (Document d : docs) {
      for (Quote q : d.quotes()) for (String w : q.text().split("[^\\p{L}]+")) if (w.length() > 4) words.add(w);
      for (Claim c : d.claims()) if (c.subject() != null) subjects.add(c.subject());
    }
    if (words.isEmpty() || subjects.isEmpty()) return;
    for (int i = 0; i < 20; i++) { // warm
      ledger.search(words.get(random.nextInt(words.size())), 20);
      ledger.figures(subjects.get(random.nextInt(subjects.size())), null, null, null);
    }
    double[] search = new double[200], figures = new double[200];
    long results = 0;
    for (int i = 0; i < 200; i++) {
      String q = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
      long t = System.nanoTime();
      results += ledger.search(q, 20).size();
      search[i] = (System.nanoTime() - t) / 1e6;
    }
    for (int i = 0; i < 200; i++) {
      String q = subjects.get(random.nextInt(subjects.size()));
      long t = System.nanoTime();
      results += ledger.figures(q, null, null, null, 1000).size();
      figures[i] = (System.nanoTime() - t) / 1e6;
    }
    for (String kind : List.of("figure", "office", "quote")) {
      long t = System.nanoTime();
      int found = ledger.conflicts(List.of(kind)).size();
      System.out.printf("conflicts --kind %s (every confidence): %.1f s, %,d found%n", kind, (System.nanoTime() - t) / 1e9, found);
    }
    System.out.printf("search TEXT (20 best):   p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(search, 50), pct(search, 99), pct(search, 100));
    System.out.printf("figures SUBJECT (1,000):   p50 %.1f ms, p99 %.1f ms, max %.1f ms (%,d results in all)%n", pct(figures, 50), pct(figures, 99),
        pct(figures, 100), results);
  }

  private static double pct(double[] ms, int p) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }
}
