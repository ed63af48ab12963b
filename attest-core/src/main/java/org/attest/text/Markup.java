package org.attest.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags left in a text ("<tweet author="..." timestamp="1474387200">", "</tweet>"): markup, not
 * prose. Their numbers are no figures, their quotation marks open no quotes. What the tags enclose
 * stays text. A tag lies on one line.
 */
final class Markup {
  private static final Pattern TAG = Pattern.compile(
      "</?[A-Za-z][\\w:-]*(?:[ \\t]+[A-Za-z][\\w:-]*(?:[ \\t]*=[ \\t]*(?:\"[^\"<>\\n]*\"|'[^'<>\\n]*'|[^\\s<>\"']+))?)*[ \\t]*/?>");

  private Markup() {}

  /** The tags of the text as start, end pairs in text order; empty when the text has no '<'. */
  static int[] find(String text) {
    if (text.indexOf('<') < 0) return new int[0];
    int[] out = new int[8];
    int n = 0;
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      if (n + 2 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
      out[n++] = m.start();
      out[n++] = m.end();
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Whether the offset lies inside one of the tags of {@link #find}. */
  static boolean inside(int[] tags, int offset) {
    int lo = 0, hi = tags.length / 2;
    while (lo < hi) { // the first tag that ends after the offset
      int mid = (lo + hi) >>> 1;
      if (tags[2 * mid + 1] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < tags.length / 2 && tags[2 * lo] <= offset;
  }
}
