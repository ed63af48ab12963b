package org.attest.text;

/**
 * Token repairs on top of the statistical tokenizer: quotation marks and dashes always stand
 * alone, so the quote finder and the mention finder can rely on them.
 */
final class Tokens {
  private Tokens() {}

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u00AB'
        || c == '\u00BB' || c == '\u201E' || c == '\u201A' || c == '\u2039' || c == '\u203A';
  }

  private static boolean splits(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E'
        || c == '\u2014' || c == '\u2013' || c == '\u2015';
  }

  /** Adds the token [s, e), cut at quotation marks and dashes. */
  static void split(String text, int s, int e, IntList starts, IntList ends) {
    // "third" "-quarter": a hyphen glued to the word before is a token of its own
    if (e - s > 1 && text.charAt(s) == '-' && s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s + 1))) {
      starts.add(s);
      ends.add(s + 1);
      s++;
    }
    int from = s;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if ((c == '\u2019' || c == '\'') && i == e - 2 && i > s && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
        // possessive: "Dickerson’s" -> "Dickerson" "’s"
        if (i > from) {
          starts.add(from);
          ends.add(i);
        }
        starts.add(i);
        ends.add(e);
        return;
      }
      boolean cut = splits(c)
          // a leading or trailing single quote is a quotation mark, an inner one an apostrophe
          || ((c == '\u2018' || c == '\u2019' || c == '\'') && (i == s || i == e - 1) && !isPossessive(text, i, e));
      if (cut) {
        if (i > from) {
          starts.add(from);
          ends.add(i);
        }
        starts.add(i);
        ends.add(i + 1);
        from = i + 1;
      }
    }
    if (e > from) {
      starts.add(from);
      ends.add(e);
    }
  }

  /**
   * The tokenizer leaves a sentence-final period on words it takes for abbreviations ("ISIS."):
   * a word with no other period gets it back as its own token.
   */
  static void splitFinalPeriod(String text, IntList starts, IntList ends) {
    int k = starts.size() - 1;
    while (k >= 0 && ends.get(k) - starts.get(k) == 1 && (isQuoteMark(text.charAt(starts.get(k))) || text.charAt(starts.get(k)) == ')')) k--;
    if (k < 0) return;
    int s = starts.get(k), e = ends.get(k);
    if (e - s < 3 || text.charAt(e - 1) != '.') return;
    for (int i = e - 2; i >= s; i--) if (text.charAt(i) == '.') return; // within the word: the text before it is not read
    ends.set(k, e - 1);
    starts.insert(k + 1, e - 1);
    ends.insert(k + 1, e);
  }

  /** The tokenizer cuts "$84" into "$" "8" "4" and "1,000" at times: glued digits are one number. */
  static void joinDigits(String text, IntList starts, IntList ends) {
    int out = 0;
    for (int k = 0; k < starts.size(); k++) {
      int s = starts.get(k), e = ends.get(k);
      while (k + 1 < starts.size() && starts.get(k + 1) == e && digitJoint(text, e)) {
        e = ends.get(++k);
      }
      starts.set(out, s);
      ends.set(out, e);
      out++;
    }
    starts.truncate(out);
    ends.truncate(out);
  }

  /** A digit on both sides of the boundary, or a separator between digits ("1,000", "2.5", a fraction "3/4"). */
  private static boolean digitJoint(String text, int at) {
    if (at <= 0 || at >= text.length()) return false;
    char before = text.charAt(at - 1), after = text.charAt(at);
    if (Character.isDigit(before) && Character.isDigit(after)) return true;
    boolean sep = after == ',' || after == '.' || after == '/';
    if (Character.isDigit(before) && sep) return at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    return (before == ',' || before == '.' || before == '/') && Character.isDigit(after) && at >= 2 && Character.isDigit(text.charAt(at - 2)); // "3/" "4"
  }

  /** The tokenizer cuts "Rep." into "Rep" "."; an abbreviation keeps its period. */
  static void joinAbbreviations(String text, IntList starts, IntList ends) {
    int out = 0;
    for (int k = 0; k < starts.size(); k++) {
      int s = starts.get(k), e = ends.get(k);
      if (k + 1 < starts.size() && starts.get(k + 1) == e && ends.get(k + 1) == e + 1 && text.charAt(e) == '.'
          && k + 2 < starts.size() && Sentences.isAbbreviation(text.substring(s, e))) {
        e = e + 1;
        k++;
      }
      starts.set(out, s);
      ends.set(out, e);
      out++;
    }
    starts.truncate(out);
    ends.truncate(out);
  }

  /**
   * A token boundary never falls inside a surrogate pair (an emoji is two UTF-16 units): a token
   * that starts on the second half joins the token before it.
   */
  static void repairSurrogates(String text, IntList starts, IntList ends) {
    int out = 0;
    for (int k = 0; k < starts.size(); k++) {
      int s = starts.get(k), e = ends.get(k);
      if (e < text.length() && e > s && Character.isHighSurrogate(text.charAt(e - 1)) && Character.isLowSurrogate(text.charAt(e))) {
        e++; // the pair's second half belongs here
        if (k + 1 < starts.size() && starts.get(k + 1) < e) {
          if (ends.get(k + 1) <= e) k++; // the next token was only that half
          else starts.set(k + 1, e);
        }
      }
      if (s > 0 && s < e && Character.isLowSurrogate(text.charAt(s)) && Character.isHighSurrogate(text.charAt(s - 1))) {
        if (out > 0 && ends.get(out - 1) == s) {
          ends.set(out - 1, e);
          continue;
        }
        s--;
      }
      starts.set(out, s);
      ends.set(out, e);
      out++;
    }
    starts.truncate(out);
    ends.truncate(out);
  }

  /** "’s" stays a word. */
  private static boolean isPossessive(String text, int i, int e) {
    return i + 2 == e && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S');
  }

  /** The tagger sees quotes and dashes rarely enough to mis-tag them: punctuation is punctuation. */
  static String retag(String word, String tag) {
    if (word.length() == 1 && (isQuoteMark(word.charAt(0)) || splits(word.charAt(0)))) return "PUNCT";
    return tag;
  }
}
