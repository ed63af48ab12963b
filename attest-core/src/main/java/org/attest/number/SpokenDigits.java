package org.attest.number;

import static org.attest.number.Tokens.PHRASE;
import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/**
 * Digits said with magnitude words and more numbers after them: "4 thousand 3 hundred and 21",
 * "3 hundred and one"; each part is smaller than the magnitude before it.
 */
final class SpokenDigits {
  static final String NAME = "number.spoken-digits";

  private final NumberLexicon lex;
  private final NumberWords words;

  SpokenDigits(NumberLexicon lex, NumberWords words) {
    this.lex = lex;
    this.words = words;
  }

  /** The end of the spoken parts after the digits that end at t, added to num; or t. */
  int read(Analysis a, int t, Figure num) {
    if (!lex.spokenMagnitudes.contains(lower(a, t)) || num.value != Math.rint(num.value) || num.unit != null) return t;
    double total = 0, part = num.value;
    int k = t;
    double level = Double.MAX_VALUE;
    while (k < a.tokenCount() && k - t < PHRASE) {
      String x = lower(a, k);
      if (lex.spokenMagnitudes.contains(x) && lex.magnitudeOf(x) < level) {
        level = lex.magnitudeOf(x);
        total += part * level;
        part = 0;
        k++;
        continue;
      }
      int at = x.equals("and") ? k + 1 : k;
      String y = lower(a, at);
      double next;
      if (y.matches("\\d+")) next = Double.parseDouble(y);
      else if (lex.wordValue(y) != null && !lex.wordValue(y).equals("X") && !lex.articles.contains(y)) next = Double.parseDouble(lex.wordValue(y));
      else break;
      boolean bigger = lower(a, at + 1).equals("hundred") && level <= 100 || next >= level || next == 0;
      if (part != 0 || bigger) break;
      if (!x.equals("and") && !lex.spokenMagnitudes.contains(lower(a, at + 1))) break; // "4 thousand 3 hundred"
      part = next;
      k = at + 1;
      if (!y.matches("\\d+")) { // the rest of a number in words: "and twenty-one"
        Figure rest = new Figure();
        int e = words.read(a, at, rest);
        if (e > at) {
          part = rest.value;
          k = e;
        }
      }
    }
    num.value = total + part;
    num.stamp(NAME);
    return k;
  }
}
