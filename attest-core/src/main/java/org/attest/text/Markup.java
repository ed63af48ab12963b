package org.attest.text;

/**
 * Tags left in a text ("<tweet author="..." timestamp="1474387200">", "</tweet>"): markup, not
 * prose. Their numbers are no figures, their quotation marks open no quotes, their words no names.
 * What the tags enclose stays text. A tag lies on one line and is at most {@link #LONGEST}
 * characters long; it is read by a scan, not a regular expression, so no input can exhaust the stack.
 */
final class Markup {
  static final int LONGEST = 1000;

  private Markup() {}

  /** The tags of the text as start, end pairs in text order; empty when the text has no '<'. */
  static int[] find(String text) {
    int at = text.indexOf('<');
    if (at < 0) return new int[0];
    int[] out = new int[8];
    int n = 0;
    while (at >= 0) {
      int end = tagEnd(text, at);
      if (end > 0) {
        if (n + 2 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
        out[n++] = at;
        out[n++] = end;
        at = text.indexOf('<', end);
      } else {
        at = text.indexOf('<', at + 1);
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * The end (exclusive) of the tag opening at {@code at}, or -1: "<" or "</", a name, then
   * attributes (a name, optionally "=" and a quoted or bare value), then "/>" or ">".
   */
  private static int tagEnd(String s, int at) {
    int n = Math.min(s.length(), at + LONGEST);
    int i = at + 1;
    if (i < n && s.charAt(i) == '/') i++;
    if (i >= n || !isAsciiLetter(s.charAt(i))) return -1;
    while (i < n && isNameChar(s.charAt(i))) i++;
    while (i < n) {
      int spaces = i;
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
      if (i >= n) return -1;
      char c = s.charAt(i);
      if (c == '>') return i + 1;
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '>') return i + 2;
      if (i == spaces || !isAsciiLetter(c)) return -1; // an attribute needs a space before it and a name
      while (i < n && isNameChar(s.charAt(i))) i++;
      int k = i;
      while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
      if (k < n && s.charAt(k) == '=') {
        k++;
        while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
        if (k >= n) return -1;
        char q = s.charAt(k);
        if (q == '"' || q == '\'') {
          int close = k + 1;
          while (close < n && s.charAt(close) != q && s.charAt(close) != '\n' && s.charAt(close) != '<' && s.charAt(close) != '>') close++;
          if (close >= n || s.charAt(close) != q) return -1;
          i = close + 1;
        } else {
          int v = k;
          while (v < n && !Character.isWhitespace(s.charAt(v)) && "<>\"'".indexOf(s.charAt(v)) < 0) v++;
          if (v == k) return -1;
          i = v;
        }
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isNameChar(char c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == ':' || c == '-';
  }

  /** The end of the tag of {@link #find} that holds the offset, or -1. */
  static int endOfTagAt(int[] tags, int offset) {
    int i = firstEndingAfter(tags, offset);
    return i < tags.length / 2 && tags[2 * i] <= offset ? tags[2 * i + 1] : -1;
  }

  /** The start of the first tag that starts in (from, to), or -1. */
  static int tagStartIn(int[] tags, int from, int to) {
    int i = firstEndingAfter(tags, from);
    for (; i < tags.length / 2 && tags[2 * i] < to; i++) if (tags[2 * i] > from) return tags[2 * i];
    return -1;
  }

  private static int firstEndingAfter(int[] tags, int offset) {
    int lo = 0, hi = tags.length / 2;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tags[2 * mid + 1] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether the offset lies inside one of the tags of {@link #find}. */
  static boolean inside(int[] tags, int offset) {
    return endOfTagAt(tags, offset) > 0;
  }
}
