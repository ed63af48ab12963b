package org.attest.number;

import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/**
 * Magnitudes after a number: a glued suffix ("$3bn" cut as "3" "bn"), words ("2.5 million", "3
 * billion", "three dozen"), and a fraction after "and" ("one and a half", "3 million and a half",
 * "five and a half million", "one billion and a quarter million").
 */
final class Magnitudes {
  static final String NAME = "number.magnitude";

  private final NumberLexicon lex;
  private final Fractions fractions;

  Magnitudes(NumberLexicon lex, Fractions fractions) {
    this.lex = lex;
    this.fractions = fractions;
  }

  /** The end of the magnitudes from t, applied to num (the last one kept in {@code num.magnitude}); or t. */
  int read(Analysis a, int t, Figure num) {
    if (num.vague) return t;
    int n = a.tokenCount();
    int start = t;
    if (t < n && t > num.start && a.end(t - 1) == a.start(t) && lex.magnitude.containsKey(lower(a, t))) {
      num.magnitude = lex.magnitudeOf(lower(a, t));
      num.value *= num.magnitude;
      t++;
    }
    while (t < n && lex.isMagnitudeWord(lower(a, t))) {
      num.magnitude = lex.magnitudeOf(lower(a, t));
      num.value *= num.magnitude;
      t++;
    }
    t = andFraction(a, t, num);
    if (t > start) num.stamp(NAME);
    return t;
  }

  /** A fraction after "and": the end, or t. */
  private int andFraction(Analysis a, int t, Figure num) {
    if (!lower(a, t).equals("and")) return t;
    double[] f = new double[1];
    int fe = fractions.fraction(a, t + 1, f);
    if (fe <= t + 1 || f[0] >= 1) return t;
    if (lex.isMagnitudeWord(lower(a, fe))) {
      double m = lex.magnitudeOf(lower(a, fe));
      num.value = num.magnitude == 1 ? (num.value + f[0]) * m : num.value + f[0] * m;
      num.magnitude = m;
      fe++;
    } else {
      num.value += f[0] * num.magnitude;
    }
    return fe;
  }
}
