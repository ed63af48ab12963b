package org.attest.entity;

import org.attest.text.Analysis;

/** Token tests the entity stages share: the shape of a word, its marks, the key of a span. */
final class Words {
  private Words() {}

  /** The lower-case words of tokens [start, end), a space where the text has one: the name's lookup key. */
  static String key(Analysis a, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start && !glued(a, i - 1, i)) b.append(' ');
      b.append(a.lower(i));
    }
    return b.toString();
  }

  static boolean glued(Analysis a, int left, int right) {
    return a.end(left) == a.start(right);
  }

  /** An opening quotation mark or parenthesis: capitals after it say nothing. */
  static boolean isOpeningMark(Analysis a, int t) {
    if (t < 0) return false;
    String tok = a.token(t);
    return tok.length() == 1 && (tok.charAt(0) == '\u201C' || tok.charAt(0) == '"' || tok.charAt(0) == '\u2018'
        || tok.charAt(0) == '\u00AB' || tok.charAt(0) == '(' || tok.charAt(0) == '\u201E');
  }

  /** A quotation mark, straight or curly, either way. */
  static boolean isQuoteMark(Analysis a, int t) {
    if (t < 0) return false;
    String w = a.token(t);
    return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D");
  }

  /** Letters, none of them lower case: "WHO", "U.S.". */
  static boolean isUpper(String s) {
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) return false;
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return false;
  }

  /** A Roman numeral below 90 ("XVII", "IV"): the numbering of a part, no organisation. */
  static boolean isRomanNumeral(String s) {
    return s.length() >= 2 && ROMAN.matcher(s).matches();
  }

  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  /** An adjective among tokens [from, to): "International Space" of "International Space Station" is no place of its own. */
  static boolean hasAdjective(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (a.pos(i).equals("ADJ")) return true;
    return false;
  }

  /** Tokens [from, to) are all adjectives: "Western" in "Western Iraq", not "Valeska" in "Valeska Paris". */
  static boolean modifiersOnly(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (!a.pos(i).equals("ADJ")) return false;
    return true;
  }

  static boolean isClosingPunctuation(String t) {
    return t.equals(",") || t.equals(".") || t.equals(";") || t.equals(")") || t.equals(":");
  }

  /** A preposition or conjunction. */
  static boolean isLink(String pos) {
    return pos.equals("ADP") || pos.equals("CCONJ") || pos.equals("SCONJ");
  }

  /** "US" in capitals is the United States, not the pronoun. */
  /** A year of a reference: four digits from 1500 to 2099, maybe a letter ("2014a"). */
  static boolean isYear(String t) {
    int n = t.length();
    if (n == 5 && Character.isLowerCase(t.charAt(4))) n = 4;
    else if (n != 4) return false;
    for (int i = 0; i < 4; i++) if (!Character.isDigit(t.charAt(i))) return false;
    int y = Integer.parseInt(t.substring(0, 4));
    return y >= 1500 && y < 2100;
  }

  static boolean isUsGpe(Analysis a, int start, int end) {
    return end - start == 1 && a.token(start).equals("US");
  }

  /** "D-Wis.", "R-Fla.": a party and state tag after a lawmaker's name, no name itself. */
  static boolean isPartyTag(String token) {
    return token.length() >= 3 && (token.charAt(0) == 'D' || token.charAt(0) == 'R' || token.charAt(0) == 'I') && token.charAt(1) == '-'
        && Character.isUpperCase(token.charAt(2));
  }

  static boolean isDash(String s) {
    return s.equals("-") || s.equals("\u2013") || s.equals("\u2014");
  }

  /** Whether one of the lower-case phrases ends right before token k (at or after token from). */
  static boolean phraseBefore(Analysis a, java.util.List<String[]> phrases, int k, int from) {
    for (String[] phrase : phrases) {
      if (k - phrase.length < from) continue;
      boolean ok = true;
      for (int i = 0; i < phrase.length && ok; i++) ok = a.lower(k - phrase.length + i).equals(phrase[i]);
      if (ok) return true;
    }
    return false;
  }
}
