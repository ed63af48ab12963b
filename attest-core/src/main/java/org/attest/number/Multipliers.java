package org.attest.number;

import org.attest.text.Analysis;

/** Multipliers in words, unit "times": "twice", "premiums doubled", "a triple"; not an idiom ("doubled down on"). */
final class Multipliers {
  static final String NAME = "number.multiplier";

  private final NumberLexicon lex;

  Multipliers(NumberLexicon lex) {
    this.lex = lex;
  }

  /** The end of the multiplier at t, read into num; or t (also in an idiom of [multiplier-idiom]: "doubled down on", "a double standard"). */
  int read(Analysis a, int t, Figure num) {
    String times = lex.multiplier.get(Tokens.lower(a, t));
    if (times == null) return t;
    String next = Tokens.lower(a, t + 1);
    if (next.equals("-") && Tokens.glued(a, t, t + 1)) next = Tokens.lower(a, t + 2); // "doubled-down", "double-edged"
    if (lex.notFigures.multiplierIdioms().contains(next)) return t;
    num.value = Double.parseDouble(times);
    num.unit = "times";
    num.end = t + 1;
    num.stamp(NAME);
    return t + 1;
  }
}
