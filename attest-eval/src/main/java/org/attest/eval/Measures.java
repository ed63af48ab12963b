package org.attest.eval;

/** The figures every scorer prints: a ratio that is 0 over nothing, and F1 of precision and recall. */
final class Measures {
  private Measures() {}

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** F1 of {@code right} items among {@code predicted} ones, against {@code gold} ones. */
  static double f1(int right, int predicted, int gold) {
    double p = ratio(right, predicted), r = ratio(right, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
