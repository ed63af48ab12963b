package org.attest.eval;

import java.io.PrintStream;

/**
 * How well confidences are calibrated: answers (a confidence and whether the answer was right) in
 * ten bins of equal width over [0, 1]; the expected calibration error is the gap between each bin's
 * mean confidence and its accuracy, weighted by the bin's share of the answers.
 */
public final class Reliability {
  public static final int BINS = 10;

  private final int[] count = new int[BINS];
  private final int[] right = new int[BINS];
  private final double[] confidence = new double[BINS];

  /** One answer. */
  public void add(double confidence, boolean right) {
    int b = bin(confidence);
    count[b]++;
    this.confidence[b] += confidence;
    if (right) this.right[b]++;
  }

  /** All answers of another. */
  public void addAll(Reliability other) {
    for (int b = 0; b < BINS; b++) {
      count[b] += other.count[b];
      right[b] += other.right[b];
      confidence[b] += other.confidence[b];
    }
  }

  /** The bin of a confidence: [0, 0.1) is 0, ..., [0.9, 1] is 9. */
  static int bin(double confidence) {
    return Math.max(0, Math.min(BINS - 1, (int) Math.floor(confidence * BINS)));
  }

  public int count() {
    int n = 0;
    for (int c : count) n += c;
    return n;
  }

  public int right() {
    int n = 0;
    for (int r : right) n += r;
    return n;
  }

  /** The expected calibration error: sum over bins of |accuracy - mean confidence| × the bin's share; 0 with no answers. */
  public double ece() {
    int n = count();
    if (n == 0) return 0;
    double sum = 0;
    for (int b = 0; b < BINS; b++) {
      if (count[b] == 0) continue;
      sum += Math.abs((double) right[b] / count[b] - confidence[b] / count[b]) * count[b] / n;
    }
    return sum;
  }

  /** The mean confidence over all answers. */
  public double meanConfidence() {
    int n = count();
    double sum = 0;
    for (double c : confidence) sum += c;
    return n == 0 ? 0 : sum / n;
  }

  /** One line: ECE, answers, accuracy and mean confidence. */
  public void printSummary(String what, PrintStream out) {
    out.printf("  %-28s ECE %.3f  (%d answers, accuracy %.3f, mean confidence %.3f)%n", what, ece(), count(), Measures.ratio(right(), count()),
        meanConfidence());
  }

  /** The summary, then the reliability table: each bin with answers, its count, mean confidence and accuracy. */
  public void print(String what, PrintStream out) {
    printSummary(what, out);
    out.println("      bin        count  confidence  accuracy");
    for (int b = 0; b < BINS; b++) {
      if (count[b] == 0) continue;
      out.printf("      %.1f-%.1f  %7d  %10.3f  %8.3f%n", b / (double) BINS, (b + 1) / (double) BINS, count[b], confidence[b] / count[b],
          (double) right[b] / count[b]);
    }
  }
}
