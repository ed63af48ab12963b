package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected calibration error: ten equal-width bins, each bin's gap weighted by its share of the answers. */
class ReliabilityTest {
  @Test
  void binsAreTenthsWithOneInTheLast() {
    assertEquals(0, Reliability.bin(0));
    assertEquals(0, Reliability.bin(0.0999));
    assertEquals(1, Reliability.bin(0.1));
    assertEquals(8, Reliability.bin(0.85));
    assertEquals(9, Reliability.bin(0.95));
    assertEquals(9, Reliability.bin(1.0));
  }

  @Test
  void perfectlyCalibratedAnswersHaveNoError() {
    Reliability r = new Reliability();
    for (int i = 0; i < 10; i++) r.add(0.8, i < 8);
    for (int i = 0; i < 4; i++) r.add(0.25, i < 1);
    assertEquals(0, r.ece(), 1e-12);
    assertEquals(14, r.count());
    assertEquals(9, r.right());
  }

  @Test
  void theErrorIsEachBinsGapWeightedByItsCount() {
    Reliability r = new Reliability();
    // bin 0.9-1.0: 3 answers at 0.95, 1 right → gap |1/3 - 0.95|; bin 0.5-0.6: 1 answer at 0.5, right → gap 0.5
    r.add(0.95, true);
    r.add(0.95, false);
    r.add(0.95, false);
    r.add(0.5, true);
    assertEquals(0.75 * Math.abs(1 / 3.0 - 0.95) + 0.25 * 0.5, r.ece(), 1e-12);
    assertEquals((0.95 * 3 + 0.5) / 4, r.meanConfidence(), 1e-12);
    // the mean confidence within a bin, not its middle
    Reliability s = new Reliability();
    s.add(0.91, true);
    s.add(0.99, true);
    assertEquals(0.05, s.ece(), 1e-12);
  }

  @Test
  void noAnswersNoErrorAndTheTableListsOnlyFilledBins() {
    assertEquals(0, new Reliability().ece());
    Reliability r = new Reliability();
    r.add(0.42, false);
    Reliability all = new Reliability();
    all.addAll(r);
    all.addAll(r);
    assertEquals(2, all.count());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    all.print("speaker confidence", new PrintStream(out, true, StandardCharsets.UTF_8));
    String s = out.toString(StandardCharsets.UTF_8);
    assertEquals(3, s.lines().count(), s);
    assertEquals("      0.4-0.5        2       0.420     0.000", s.lines().toList().get(2));
  }
}
