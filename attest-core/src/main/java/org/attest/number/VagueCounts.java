package org.attest.number;

import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/**
 * Plural magnitudes without a number, at least twice the unit (FORMAT.md): "thousands of",
 * "dozens", "hundreds of thousands" (200 × 1000), "tens of thousands" (20 × 1000); a magnitude after a vague
 * quantifier, the same way (NOTES.md): "several hundred" (200), "a few thousand" (2000), "several dozen" (24).
 */
final class VagueCounts {
  static final String NAME = "number.vague";

  private final NumberLexicon lex;

  VagueCounts(NumberLexicon lex) {
    this.lex = lex;
  }

  /** The end of the vague count at t, read into num; or t. */
  int read(Analysis a, int t, Figure num) {
    String w = lower(a, t);
    int q = lex.vagueQuantifiers.contains(w) ? t + 1 : t + 1 < a.tokenCount() && lex.vagueQuantifiers.contains(Tokens.phrase(a, t, 2)) ? t + 2 : t;
    String magnitude = lower(a, q);
    if (q > t && lex.isMagnitudeWord(magnitude) && !lex.vague.containsKey(magnitude)) { // "several hundred", "a few thousand": at least twice
      num.value = 2 * lex.magnitudeOf(magnitude);
      num.vague = true;
      num.stamp(NAME);
      return q + 1;
    }
    if (lex.vague.containsKey(w)) {
      num.value = Double.parseDouble(lex.vague.get(w));
      num.vague = true;
      num.stamp(NAME);
      t++;
      if (lower(a, t).equals("of") && lex.vague.containsKey(lower(a, t + 1)) && !w.equals("dozens")) {
        // "tens of thousands" is not in the table; "hundreds of thousands": 200 × 1000
        num.value = Double.parseDouble(lex.vague.get(w)) * Double.parseDouble(lex.magnitude.getOrDefault(
            lower(a, t + 1).substring(0, lower(a, t + 1).length() - 1), "1"));
        t += 2;
      }
      return t;
    }
    String tens = lex.vagueTens.get(w);
    if (tens != null && lower(a, t + 1).equals("of") && lex.vague.containsKey(lower(a, t + 2))) {
      String mag = lower(a, t + 2);
      num.value = Double.parseDouble(tens) * Double.parseDouble(lex.magnitude.getOrDefault(mag.substring(0, mag.length() - 1), "1"));
      num.vague = true;
      num.stamp(NAME);
      return t + 3;
    }
    return t;
  }
}
