package org.attest.number;

import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/**
 * Cents after a money amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
 * and, where the sentence ends, "fifteen dollars fifty.", "C $ 100 and fifty.".
 */
final class Cents {
  static final String NAME = "number.cents";

  private final NumberLexicon lex;
  private final NumberWords words;

  Cents(NumberLexicon lex, NumberWords words) {
    this.lex = lex;
    this.words = words;
  }

  /** The end of the cents at t, added to num; or t. */
  int read(Analysis a, int t, Figure num) {
    if (!num.isMoney() || num.unitScale != 1 || num.value != Math.rint(num.value) || num.value >= 1000000) return t;
    int k = lower(a, t).equals("and") ? t + 1 : t;
    String w = lower(a, k);
    Figure part = new Figure();
    int e;
    if (w.matches("\\d{1,2}")) {
      part.value = Double.parseDouble(w);
      e = k + 1;
    } else {
      e = words.read(a, k, part);
      if (e <= k) return t;
    }
    if (part.value < 1 || part.value >= 100 || part.value != Math.rint(part.value)) return t;
    String after = lower(a, e);
    String sub = lex.currencyWord.get(after);
    if (sub != null && sub.endsWith("/100") && (after.startsWith("cent") || sub.startsWith(num.unit))) {
      num.value += part.value / 100 / num.unitScale;
      num.stamp(NAME);
      return e + 1;
    }
    if (e >= a.tokenCount() || after.equals(".") || after.equals("!") || after.equals("?") || after.equals(";")) {
      num.value += part.value / 100 / num.unitScale;
      num.stamp(NAME);
      return e;
    }
    return t;
  }
}
