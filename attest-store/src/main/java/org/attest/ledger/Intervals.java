package org.attest.ledger;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A figure as the interval of values it allows: "fewer than 1,000" is [0, 1000), "about 300" is [270, 330]. */
final class Intervals {
  private Intervals() {}

  /** An approximate figure allows this share either side. */
  static final double APPROX = 0.1;

  /** {low, high, low open (1/0), high open (1/0)}; unbounded sides are infinite. */
  static double[] of(Ledger.Figure f) {
    double lo = f.low() != null ? f.low() : Double.NEGATIVE_INFINITY, hi = f.high() != null ? f.high() : Double.POSITIVE_INFINITY;
    String m = f.modifier() == null ? "exact" : f.modifier();
    return switch (m) {
      case "approx" -> new double[] {lo * (1 - APPROX), hi * (1 + APPROX), 0, 0};
      case "less_than" -> new double[] {Double.NEGATIVE_INFINITY, hi, 0, 1};
      case "more_than" -> new double[] {lo, Double.POSITIVE_INFINITY, 1, 0};
      default -> new double[] {lo, hi, 0, 0};
    };
  }

  /** Whether both figures can hold at once. */
  static boolean meet(Ledger.Figure a, Ledger.Figure b) {
    double[] x = of(a), y = of(b);
    return !(before(x, y) || before(y, x));
  }

  private static boolean before(double[] x, double[] y) {
    return x[1] < y[0] || x[1] == y[0] && (x[3] == 1 || y[2] == 1);
  }

  /** "< 1,000", "3,000", "~5,000", ">= 12", "10-20". */
  static String show(Ledger.Figure f) {
    String m = f.modifier() == null ? "exact" : f.modifier();
    String unit = f.unit() == null ? "" : f.unit().equals("percent") ? "%" : " " + f.unit();
    return switch (m) {
      case "less_than" -> "< " + n(f.high()) + unit;
      case "at_most" -> "<= " + n(f.high()) + unit;
      case "more_than" -> "> " + n(f.low()) + unit;
      case "at_least" -> ">= " + n(f.low()) + unit;
      case "approx" -> "~" + n(f.low() != null ? f.low() : f.high()) + unit;
      case "range" -> n(f.low()) + "-" + n(f.high()) + unit;
      default -> n(f.low() != null ? f.low() : f.high()) + unit;
    };
  }

  private static String n(Double v) {
    if (v == null) return "?";
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
  }
}
