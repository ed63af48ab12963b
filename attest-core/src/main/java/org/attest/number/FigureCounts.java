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
