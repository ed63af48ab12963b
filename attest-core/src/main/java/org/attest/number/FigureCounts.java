package org.attest.number;

import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/** A count of digits: "six figures", "a seven-figure salary" are at least 10^(N-1). */
final class FigureCounts {
  static final String NAME = "number.figure-count";

  private final NumberLexicon lex;

  FigureCounts(NumberLexicon lex) {
    this.lex = lex;
  }

  /**
   * A count of digits in words at t: "double digits", "double-digit" are at least 10, "single
   * digits" fewer than 10 (NOTES.md, gold/figures/README.md); the end, or t.
   */
  int digits(Analysis a, int t, Figure num) {
    String spec = lex.digitCount.get(lower(a, t));
    if (spec == null) return t;
    int d = lower(a, t + 1).equals("-") && Tokens.glued(a, t, t + 1) ? t + 2 : t + 1;
    if (!lex.digitWords.contains(lower(a, d))) return t;
    num.below = spec.startsWith("<");
    num.value = Double.parseDouble(num.below ? spec.substring(1) : spec);
    num.vague = true;
    num.end = d + 1;
    num.stamp(NAME);
    return d + 1;
  }

  /** Whether the number read into num, ending at t, counts figures; then num is that amount, with its end. */
  boolean read(Analysis a, int t, Figure num) {
    if (num.vague || num.value < 2 || num.value > 15 || num.value != Math.rint(num.value) || num.unit != null || t >= a.tokenCount()) return false;
    boolean hyphen = lower(a, t).equals("-") && lower(a, t + 1).equals("figure");
    if (!lex.figureCounts.contains(lower(a, t)) && !hyphen) return false;
    num.value = Math.pow(10, num.value - 1);
    num.vague = true;
    num.end = hyphen ? t + 2 : t + 1;
    num.stamp(NAME);
    return true;
  }
}
