package org.attest.text;

import java.util.Arrays;

/**
 * "Inside a quotation", the one definition: the quoted region of each token ({@link Analysis#quotation}), read by the
 * entity stages, the quote sieves and the claim builder alike. A token is inside a quotation when it lies between the
 * marks of a quoted region (the marks included), or in the paragraphs a quote left open at its paragraph's end runs on
 * across up to the lone closing mark that ends it ("He said, “We played well. ¶ We could have scored twice.”"), when
 * no other quote opens first.
 */
final class Quotations {
  private Quotations() {}

  /** How many paragraphs a quote left open may run on before its closing mark. */
  private static final int CONTINUATION_REACH = 8;

  /**
   * By token, the quotation it lies in, or -1: {@code regions} (each token's region of marks) itself when no quote runs on
   * across paragraphs, else a copy with the paragraphs it runs on across.
   */
  static int[] of(int[] regions, boolean[] closed, int[] quoteEnd, Analysis a) {
    int n = regions.length;
    int[] region = regions;
    for (int q = 0; q < closed.length; q++) {
      if (closed[q]) continue;
      int last = a.tokenAt(quoteEnd[q] - 1);
      if (last >= n) continue;
      int paragraph = a.paragraphOf(last), paragraphs = 0;
      for (int t = last + 1; t < n; t++) {
        if (regions[t] >= 0) break;
        if (a.paragraphOf(t) != paragraph) {
          paragraph = a.paragraphOf(t);
          if (++paragraphs > CONTINUATION_REACH) break;
        }
        String w = a.token(t);
        if (w.equals("\"") || w.equals("\u201D") || w.equals("\u00BB")) {
          if (paragraphs > 0) {
            if (region == regions) region = regions.clone();
            Arrays.fill(region, last + 1, t + 1, q);
          }
          break;
        }
      }
    }
    return region;
  }
}
