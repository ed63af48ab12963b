package org.attest.io;

/**
 * Why one article could not be read: where (file, and line for JSON Lines) and what. {@link #toString} escapes control
 * characters, so a file name or an article's field cannot forge or hide a line of the report.
 */
public record InputProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return escape(file) + (line > 0 ? ":" + line : "") + ": " + escape(message);
  }

  /**
   * {@code s} safe for one line of a terminal: control characters (C0, DEL, C1), the line and paragraph separators and the
   * bidirectional controls become escapes ({@code \n}, {@code \r}, {@code \t}, {@code \x1b}, {@code \u202e}); everything
   * else, other scripts and emoji included, is kept.
   */
  public static String escape(String s) {
    if (s == null) return "null";
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String e = escapeOf(c);
      if (e == null) {
        if (b != null) b.append(c);
        continue;
      }
      if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
      b.append(e);
    }
    return b == null ? s : b.toString();
  }

  private static String escapeOf(char c) {
    switch (c) {
      case '\n': return "\\n";
      case '\r': return "\\r";
      case '\t': return "\\t";
      default: break;
    }
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return String.format("\\x%02x", (int) c);
    if (c == '\u2028' || c == '\u2029' || c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')) {
      return String.format("\\u%04x", (int) c);
    }
    return null;
  }
}
