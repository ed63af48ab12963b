package org.attest.cli;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.attest.Attest;
import org.attest.model.Article;

/**
 * Throughput with one thread against N threads on the same corpus in the same run, as {@code
 * extract} and {@code ingest} run them ({@link Workers}: one pipeline a worker, results handed back
 * in input order), with the processor time the process used: a one-thread run whose collector and
 * compiler already keep a second core busy cannot double on two.
 */
final class ThreadBench {
  private ThreadBench() {}

  /** Measured articles/s and the cores the process kept busy meanwhile. */
  record Run(double articlesPerSecond, double cores) {}

  static void run(List<Article> corpus, int threads, double warmup, double seconds) throws java.io.IOException {
    measure(corpus, 1, warmup, seconds); // the JIT and the models, before either measured run
    Run one = measure(corpus, 1, 0, seconds);
    Run many = measure(corpus, threads, warmup / 2, seconds);
    System.out.printf("threads, %.0f s each after warm-up (extraction through the workers of extract and ingest):%n", seconds);
    System.out.printf("  1 thread   %,8.0f articles/s   process busy %.2f cores%n", one.articlesPerSecond(), one.cores());
    System.out.printf("  %d threads  %,8.0f articles/s   process busy %.2f cores   x%.2f one thread%n", threads, many.articlesPerSecond(),
        many.cores(), many.articlesPerSecond() / one.articlesPerSecond());
  }

  /** Extracts the corpus over and over on {@code threads} workers: warm-up first, then the measured run. */
  static Run measure(List<Article> corpus, int threads, double warmup, double seconds) throws java.io.IOException {
    if (warmup > 0) cycle(corpus, threads, warmup);
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    long done = cycle(corpus, threads, seconds);
    long wall = System.nanoTime() - t0;
    long cpu = processCpuNanos() - cpu0;
    return new Run(done / (wall / 1e9), cpu < 0 ? Double.NaN : (double) cpu / wall);
  }

  private static long cycle(List<Article> corpus, int threads, double seconds) throws java.io.IOException {
    AtomicLong done = new AtomicLong();
    long until = System.nanoTime() + (long) (seconds * 1e9);
    try (Workers w = new Workers(threads, false, (file, line, article, extracted, failure) -> done.incrementAndGet())) {
      int i = 0;
      while (System.nanoTime() < until) {
        w.submit("bench", i, corpus.get(i % corpus.size()));
        i++;
      }
      w.finish();
    }
    return done.get();
  }

  /** The processor time of the whole process (every thread, the collector's and compiler's too), or -1. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }
    return -1;
  }
}
