package org.attest.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Repairs the statistical sentence splitter: a period after an abbreviation ("Rep.", "Sen.",
 * "(D-Wis.)") or an initial ("Mary J. Blige") does not end the sentence, nor does one followed
 * by a lower-case word, nor a decimal point the model split at ("$1.1175").
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = new HashSet<>();
  /** How far back a word before a period is read: longer than any abbreviation with brackets before it. */
  private static final int LONGEST_WORD = 64;

  static {
    for (String line : Lexicon.lines("en", "abbreviations.txt")) {
      for (String word : line.split("\\s+")) ABBREVIATIONS.add(word);
    }
  }

  private Sentences() {}

  /** Whether the sentence ending at {@code end} goes on in the one starting at {@code next}. */
  static boolean continues(String text, int end, int next) {
    if (end <= 0 || next >= text.length()) return false;
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
    if (endsInDecimal(text, e)) return true; // "rose to $1.1175 from": the model took the decimal point for an end
    while (e > 1 && text.charAt(e - 1) == ')') e--;
    if (e == 0 || text.charAt(e - 1) != '.') return false;
    // the word is read at most LONGEST_WORD characters back: a run without white space (a pasted
    // image, a URL) costs no more than a word at each of its periods
    int s = e - 1, floor = Math.max(0, e - 1 - LONGEST_WORD);
    while (s > floor && !Character.isWhitespace(text.charAt(s - 1))) s--;
    boolean whole = s == 0 || Character.isWhitespace(text.charAt(s - 1));
    String word = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
    while (whole && !word.isEmpty() && (word.charAt(0) == '(' || word.charAt(0) == '[' || word.charAt(0) == '"' || word.charAt(0) == '\u201C')) word = word.substring(1);
    int dash = word.lastIndexOf('-');
    if (dash >= 0 && dash + 1 < word.length()) word = word.substring(dash + 1); // "D-Wis." -> "wis."
    else if (!whole) word = ""; // longer than any abbreviation or initial
    if (ABBREVIATIONS.contains(word)) return true;
    if (word.length() == 2 && Character.isLetter(word.charAt(0))) { // an initial: "J."
      return Character.isUpperCase(text.charAt(e - 2)) && Character.isUpperCase(firstLetter(text, next));
    }
    char first = firstLetter(text, next);
    return Character.isLowerCase(first) || first == ')';
  }

  /** Whether the text before {@code e} ends in a number with a decimal point ("1.1175"). */
  private static boolean endsInDecimal(String text, int e) {
    int d = e;
    while (d > 0 && e - d < LONGEST_WORD && Character.isDigit(text.charAt(d - 1))) d--;
    return d < e && d >= 2 && text.charAt(d - 1) == '.' && Character.isDigit(text.charAt(d - 2));
  }

  /** Whether {@code word} followed by a period is an abbreviation ("Rep", "Wis", "J"). */
  static boolean isAbbreviation(String word) {
    if (word.length() == 1) return Character.isUpperCase(word.charAt(0));
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT) + ".");
  }

  private static char firstLetter(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return i < text.length() ? text.charAt(i) : ' ';
  }
}
