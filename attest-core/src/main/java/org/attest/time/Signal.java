package org.attest.time;

/**
 * The words of one signal of {@code time.txt [signal]}, TimeML's SIGNAL: the function words a
 * rule is built around ("ago", "before", "of"), read by their part, never written inline.
 */
final class Signal {
  private final String[] words;

  Signal(String... words) {
    this.words = words;
  }

  /** Whether w (lower case) is one of the words. */
  boolean has(String w) {
    for (String s : words) {
      if (s.equals(w)) return true;
    }
    return false;
  }

  /** Whether the word of token t is one of them (no word outside the text). */
  boolean at(Scan d, int t) {
    return has(Words.low(d, t));
  }
}
