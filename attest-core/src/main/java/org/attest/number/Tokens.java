package org.attest.number;

import org.attest.text.Analysis;

/** Token lookups the readers share: a word past either end of the text reads as "". */
final class Tokens {
  private Tokens() {}

  /**
   * The most tokens a phrase read around a figure spans (a number in words, a noun phrase): far
   * more than any real one, and a bound on the work at each figure, so a text of a million
   * numbers or nouns in a row takes time in proportion to its length.
   */
  static final int PHRASE = 32;

  static String lower(Analysis a, int t) {
    return t >= 0 && t < a.tokenCount() ? a.lower(t) : "";
  }

  /** The k lower-case words from t joined by spaces, as the tables' phrases are written. */
  static String phrase(Analysis a, int t, int k) {
    StringBuilder b = new StringBuilder();
    for (int i = t; i < t + k; i++) {
      if (i > t) b.append(' ');
      b.append(a.lower(i));
    }
    return b.toString();
  }

  /** Whether tokens i and j touch, with no space between them ("3" "bn", "Forty" "-" "three"). */
  static boolean glued(Analysis a, int i, int j) {
    return a.end(i) == a.start(j);
  }

  /** Whether the hyphenated word at t is split after its hyphen: the tokenizer's "square-" "foot". */
  static boolean split(Analysis a, int t) {
    return t + 1 < a.tokenCount() && a.token(t).length() > 1 && a.token(t).endsWith("-") && a.end(t) == a.start(t + 1);
  }

  /** The word at t, joined with the next when the tokenizer split it after its hyphen: "square-foot". */
  static String hyphenWord(Analysis a, int t) {
    return split(a, t) ? lower(a, t) + lower(a, t + 1) : lower(a, t);
  }

  /** Whether a line break stands in the text between the offsets from and to. */
  static boolean lineBreak(Analysis a, int from, int to) {
    String t = a.text();
    for (int i = from; i < to; i++) if (t.charAt(i) == '\n') return true;
    return false;
  }
}
