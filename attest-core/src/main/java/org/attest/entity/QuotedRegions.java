package org.attest.entity;

import java.util.Arrays;
import org.attest.text.Analysis;

/** The quoted region of each token, as the entity stages read quotes (before quote extraction). */
final class QuotedRegions {
  private QuotedRegions() {}

  /** How many paragraphs a quote left open may run on before its closing mark. */
  private static final int CONTINUATION_REACH = 8;

  /**
   * By token, the quoted region it lies in, or -1; a region left open at its paragraph's end also
   * holds the paragraphs after it up to the lone closing mark that ends it ("He said, “We played
   * well. ¶ We could have scored twice.”"), when no other quote opens first.
   */
  static int[] of(Analysis a) {
    int n = a.tokenCount();
    int[] region = new int[n];
    for (int t = 0; t < n; t++) region[t] = a.quoteOf(t);
    for (int q = 0; q < a.quoteCount(); q++) {
      if (a.quoteClosed(q)) continue;
      int last = a.tokenAt(a.quoteEnd(q) - 1);
      if (last >= n) continue;
      int paragraph = a.paragraphOf(last), paragraphs = 0;
      for (int t = last + 1; t < n; t++) {
        if (a.quoteOf(t) >= 0) break;
        if (a.paragraphOf(t) != paragraph) {
          paragraph = a.paragraphOf(t);
          if (++paragraphs > CONTINUATION_REACH) break;
        }
        String w = a.token(t);
        if (w.equals("\"") || w.equals("\u201D") || w.equals("\u00BB")) {
          if (paragraphs > 0) Arrays.fill(region, last + 1, t + 1, q);
          break;
        }
      }
    }
    return region;
  }
}
