package org.attest.text;

/**
 * Paragraph boundaries. A text with blank lines is split at blank lines (single newlines are line
 * wrapping); a text without any is split at every newline. Leading and trailing white space is
 * not part of a paragraph.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** {starts, ends} of the non-blank paragraphs. */
  static int[][] split(String text) {
    boolean blankLines = hasBlankLine(text);
    IntList starts = new IntList(16), ends = new IntList(16);
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      if (i >= n) break;
      int start = i;
      int lastNonSpace = i;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\n' && (nextLineBlank(text, i + 1) || !wrapped(text, lastNonSpace, i + 1, blankLines))) break;
        if (!Character.isWhitespace(c)) lastNonSpace = i;
        i++;
      }
      starts.add(start);
      ends.add(lastNonSpace + 1);
    }
    return new int[][] {starts.toArray(), ends.toArray()};
  }

  /**
   * In a text with blank lines, a single newline is line wrapping when the line does not end a
   * sentence and the next one goes on in lower case; otherwise every newline ends a paragraph.
   */
  private static boolean wrapped(String text, int lastNonSpace, int next, boolean blankLines) {
    if (!blankLines) return false;
    char end = text.charAt(lastNonSpace);
    if (".?!:\"\u201D\u2019)".indexOf(end) >= 0) return false;
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) next++;
    return next < text.length() && (Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
  }

  private static boolean hasBlankLine(String text) {
    int from = 0;
    for (int nl; (nl = text.indexOf('\n', from)) >= 0; from = nl + 1) {
      if (nextLineBlank(text, nl + 1)) return true;
    }
    return false;
  }

  /** Whether the line starting at {@code i} holds only white space (or the text ends). */
  private static boolean nextLineBlank(String text, int i) {
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') return true;
      if (!Character.isWhitespace(c)) return false;
    }
    return true;
  }
}
