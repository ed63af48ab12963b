package org.attest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks within each paragraph: “ ” ‘ ’ « » „ and ASCII " and ' used as quotes.
 * An apostrophe ("We’re", "Dickerson’s") never opens or closes. A mark left open at the end of a
 * paragraph makes a region that runs to the paragraph end (news continues such a quote in the next
 * paragraph). Quotes nested in another quote are part of it, not regions of their own.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  private static final int CLOSE = 1, OPEN = 2;

  /** A quoted region: [start, end) includes the marks; {@code closed} is false when it runs on. */
  record Region(int start, int end, boolean closed) {}

  static List<Region> find(String text, int[] paragraphStart, int[] paragraphEnd) {
    return find(text, paragraphStart, paragraphEnd, new int[0]);
  }

  /** As {@link #find(String, int[], int[])}, with the marks inside tags left in the text ({@link Markup}) skipped. */
  static List<Region> find(String text, int[] paragraphStart, int[] paragraphEnd, int[] markup) {
    List<Region> out = new ArrayList<>();
    char[] stack = new char[8];
    int[] opened = new int[8];
    for (int p = 0; p < paragraphStart.length; p++) {
      int depth = 0;
      boolean doubleQuotes = hasDoubleQuotes(text, paragraphStart[p], paragraphEnd[p]);
      int end = paragraphEnd[p];
      for (int i = paragraphStart[p]; i < end; i++) {
        char c = text.charAt(i);
        if (!Tokens.isQuoteMark(c) && c != '\'') continue;
        if (markup.length > 0 && Markup.inside(markup, i)) continue; // <tweet author="...">
        char prev = i > paragraphStart[p] ? text.charAt(i - 1) : ' ';
        char next = i + 1 < end ? text.charAt(i + 1) : ' ';
        char top = depth > 0 ? stack[depth - 1] : 0;
        int action = action(c, prev, next, top, depth);
        if (action == CLOSE) {
          depth--;
          if (depth == 0) out.add(new Region(opened[0], i + 1, true));
        } else if (action == OPEN && depth < stack.length) {
          if ((c == '\u2018' || c == '\'') && depth == 0 && doubleQuotes) continue;
          stack[depth] = c == '\u201D' ? '\u201D' : c;
          opened[depth] = i;
          depth++;
        }
      }
      if (depth > 0) {
        int start = opened[0];
        char first = stack[0];
        // a lone single quote at top level is far more likely an apostrophe than a run-on quote
        if (first != '\u2018' && first != '\'') out.add(new Region(start, end, false));
      }
    }
    return out;
  }

  /** What mark c does: {@link #CLOSE} the open quote, {@link #OPEN} one, or nothing; between prev and next, inside top at depth. */
  private static int action(char c, char prev, char next, char top, int depth) {
    boolean close = false, open = false;
    switch (c) {
      case '\u201C' -> { // “ opens, but closes a German „ and a quote typed “...,“
        if (top == '\u201E') close = true;
        else if (depth > 0 && (top == '\u201C' || top == '"') && isWordChar(prev) && !isLetterOrDigit(next)) close = true;
        else open = true;
      }
      case '\u201D' -> { // ” closes; opens only where no quote is open and a word follows
        if (depth > 0 && (top == '\u201C' || top == '\u201E' || top == '\u201D' || top == '"')) close = true;
        else if (depth == 0 && !isWordChar(prev) && isWordChar(next)) open = true;
      }
      case '\u00AB', '\u201E', '\u2039' -> open = true;
      case '\u00BB', '\u203A' -> close = depth > 0;
      case '"' -> { // closes any open double quote: typists mix “..." freely
        if (depth > 0 && (top == '"' || top == '\u201C' || top == '\u201D' || top == '\u201E') && (isWordChar(prev) || prev == '"' || Character.isWhitespace(next) || next == ' ' || !isLetterOrDigit(next))) close = true;
        else if (!isWordChar(prev) || prev == '(') open = !Character.isWhitespace(next) || depth == 0;
      }
      case '\u2018', '\'' -> {
        if (depth > 0 && (top == '\u2018' || top == '\'') && isWordChar(prev) == false && !isWordChar(next)) close = true;
        else if (!isLetterOrDigit(prev) && isLetterOrDigit(next)) open = true;
        else if (depth > 0 && (top == '\u2018' || top == '\'') && !isLetterOrDigit(next)) close = true;
      }
      case '\u2019' -> {
        if (depth > 0 && (top == '\u2018' || top == '\'') && !isLetterOrDigit(next)) close = true;
      }
      case '\u201A' -> open = true;
      default -> {}
    }
    return close ? CLOSE : open ? OPEN : 0;
  }

  private static boolean hasDoubleQuotes(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '\u201D' || c == '"' || c == '\u00AB' || c == '\u201E') return true;
    }
    return false;
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Letters, digits and the punctuation that ends a quoted phrase. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '?' || c == '!' || c == ';' || c == ':'
        || c == '\u2026' || c == '-';
  }
}
