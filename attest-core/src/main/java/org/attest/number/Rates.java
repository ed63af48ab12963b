package org.attest.number;

import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/**
 * A rate with a normalising base (NOTES.md): "One in three", "Nine in 10 Democratic registered
 * voters", "eight out of ten companies", "eight of 10 avocados" are one figure, the first number
 * with the unit "per 3", "per 10"; "85 of 154 meetings" (a part of a counted set) stays two.
 */
final class Rates {
  static final String NAME = "number.rate-of";

  private final NumberLexicon lex;

  Rates(NumberLexicon lex) {
    this.lex = lex;
  }

  /** The token after the joint of a rate at t ("in", "out of", "of every"), or -1. {@code of}: a bare "of" was the joint. */
  int joint(Analysis a, int t) {
    for (int k = 3; k >= 1; k--) if (lex.rateJoint.contains(Tokens.phrase(a, t, Math.min(k, a.tokenCount() - t)))) return t + Math.min(k, a.tokenCount() - t);
    return -1;
  }

  /** Whether a base may follow at t ("in 10", "out of ten"): for a bare "one" before it. */
  boolean ahead(Analysis a, int t) {
    int j = t < a.tokenCount() ? joint(a, t) : -1;
    if (j < 0 || j >= a.tokenCount()) return false;
    String w = a.lower(j);
    return Character.isDigit(w.charAt(0)) || lex.numbers.containsKey(w);
  }

  /** The end of the rate whose first number was read into num and ends at t (num then has its base as unit), or t. */
  int read(Analysis a, int t, Figure num, NumberReader reader, boolean[] timed) {
    if (num.unit != null || num.vague || num.value != Math.rint(num.value) || t >= a.tokenCount()) return t;
    boolean of = lower(a, t).equals("of");
    int j = of ? t + 1 : joint(a, t);
    if (j < 0 || j >= a.tokenCount() || of && !Character.isDigit(a.lower(j).charAt(0))) return t;
    Figure base = reader.read(a, j, timed);
    if (base == null || base.unit != null || base.vague || base.value <= num.value || base.value != Math.rint(base.value)) return t;
    if (of && !(base.value == 10 || base.value == 100 || base.value == 1000)) return t; // "85 of 154 meetings": two figures
    num.unit = String.format(java.util.Locale.ROOT, "per %,d", (long) base.value);
    num.stamp(NAME);
    return base.end;
  }
}
