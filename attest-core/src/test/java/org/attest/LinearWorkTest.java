package org.attest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Extraction does work in proportion to the text on the inputs that made it quadratic: a pasted
 * image (base64, no white space), runs of quotation marks or periods glued to letters, and long
 * runs of numbers, names or pronouns. Not a speed target (the benchmark command measures speed,
 * `attest bench --pathological` this very growth): the work on a text four times as long is
 * compared with the work on the text, as the bytes the extraction allocates (deterministic; each
 * OpenNLP question is a string) and the processor time of this thread (for the scans that
 * allocate nothing). Linear work grows about 4 times, quadratic work 16 times; the bounds lie
 * between.
 */
class LinearWorkTest {
  private static final int SIZE = 25_000;

  private static String repeat(String s, int chars) {
    return s.repeat(chars / s.length() + 1).substring(0, chars);
  }

  private static String base64(int chars) {
    byte[] bytes = new byte[chars * 3 / 4 + 3];
    new Random(chars).nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes).substring(0, chars);
  }

  private static Map<String, IntFunction<String>> shapes() {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("a pasted base64 image", LinearWorkTest::base64);
    shapes.put("\"x\"x\"x...", n -> repeat("\"x", n));
    shapes.put("a.a.a....", n -> repeat("a.", n));
    shapes.put("A.A.A....", n -> repeat("A.", n));
    shapes.put("1 1 1 ...", n -> repeat("1 ", n));
    shapes.put("three hundred three hundred ...", n -> repeat("three hundred ", n));
    shapes.put("he he he ...", n -> repeat("he ", n));
    shapes.put("Smith Smith Smith ...", n -> repeat("Smith ", n));
    return shapes;
  }

  private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** {allocated bytes, processor ns} of one extraction of the text: the least of two runs. */
  private static long[] work(Attest engine, String text) {
    long bytes = Long.MAX_VALUE, nanos = Long.MAX_VALUE;
    for (int run = 0; run < 2; run++) {
      long b0 = THREADS.getCurrentThreadAllocatedBytes(), t0 = THREADS.getCurrentThreadCpuTime();
      engine.extract(new Article("probe", "The coalition said 900 fighters were killed.\n\n" + text + "\n\nHe said \"it was fine\" on Friday.", null));
      bytes = Math.min(bytes, THREADS.getCurrentThreadAllocatedBytes() - b0);
      nanos = Math.min(nanos, THREADS.getCurrentThreadCpuTime() - t0);
    }
    return new long[] {bytes, nanos};
  }

  @Test
  void workGrowsInProportionToTheText() {
    assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled() && THREADS.isCurrentThreadCpuTimeSupported());
    Attest engine = new Attest();
    StringBuilder report = new StringBuilder();
    boolean linear = true;
    for (Map.Entry<String, IntFunction<String>> shape : shapes().entrySet()) {
      work(engine, shape.getValue().apply(SIZE / 4)); // warm-up
      long[] small = work(engine, shape.getValue().apply(SIZE));
      long[] large = work(engine, shape.getValue().apply(4 * SIZE));
      double bytes = (double) large[0] / small[0], time = (double) large[1] / Math.max(1, small[1]);
      report.append(String.format("%n  %-32s bytes x%.1f, time x%.1f", shape.getKey(), bytes, time));
      // processor time: a generous bound, with 20 ms of slack for a stray pause on a small input
      if (bytes > 6 || large[1] > 8 * small[1] + 20_000_000L) linear = false;
    }
    assertTrue(linear, "work on a text 4 times as long (linear: x4, quadratic: x16):" + report);
  }
}
