package org.attest.time;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.text.Analysis;

/** A reader of the words of one sentence around a token: numbers, ordinals, days, months and years as they are written. */
final class Words {
  private Words() {}

  /** The union of word lists: the openers of a family. */
  @SafeVarargs
  static Set<String> words(java.util.Collection<String>... lists) {
    Set<String> out = new java.util.HashSet<>();
    for (java.util.Collection<String> list : lists) out.addAll(list);
    return out;
  }

  static String low(Scan d, int t) {
    return t >= 0 && t < d.a.tokenCount() ? d.a.lower(t) : "";
  }

  /** The words of tokens [t, t + k) as they are written, lower case, single spaces. */
  static String phrase(Analysis a, int t, int k) {
    if (k == 1) return a.lower(t);
    StringBuilder b = new StringBuilder(16 * k);
    for (int i = t; i < t + k; i++) {
      if (i > t && a.end(i - 1) != a.start(i)) b.append(' ');
      b.append(a.lower(i));
    }
    return b.toString();
  }

  /** The longest phrase from {@code table} starting at t: {end, value} or null. */
  static Object[] phrase(Scan d, int t, Map<String, String> table) {
    if (t < 0 || t >= d.a.tokenCount() || !d.lex.firstWords.contains(d.a.lower(t))) return null;
    for (int k = Math.min(d.lex.longestPhrase + 2, d.a.tokenCount() - t); k >= 1; k--) {
      String v = table.get(phrase(d.a, t, k));
      if (v != null) return new Object[] {t + k, v};
    }
    return null;
  }

  static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");

  static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");

  static final Pattern SHORT_YEAR = Pattern.compile("['\u2019](\\d{2})");

  static final Pattern ORDINAL_DIGIT = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");

  static Integer month(Scan d, int t) {
    if (t < 0 || t >= d.a.tokenCount()) return null;
    String w = low(d, t);
    String written = d.a.token(t);
    if (w.startsWith("mid-")) {
      w = w.substring(4);
      written = written.substring(4);
    }
    if (!d.lex.months.containsKey(w)) return null; // most words: no month at the first look
    // a full month name in lower case is still the month ("june 2016"), but for the words "may", "march", "august"; any between its day and year
    if (written.isEmpty() || !Character.isUpperCase(written.charAt(0)) && (w.length() < 4 || w.indexOf('.') >= 0 || d.lex.lowerCaseMonths.contains(w))
        && !(dayBefore(d, t) && YEAR.matcher(low(d, t + 1)).matches())) return null;
    // "Jan" without its period is a name unless a day or a year follows, or a day comes before it ("13 Sept", "1st Jan")
    if (w.length() <= 4 && !w.endsWith(".") && !d.lex.may.has(w) && !d.lex.june.has(w) && !d.lex.july.has(w) && !isDayOrYear(d, t + 1) && !dayBefore(d, t)
        && !(d.lex.of.at(d, t - 1) && (ordinal(d, low(d, t - 2)) > 0 || d.lex.dayWord.at(d, t - 2)))) return null; // "the second of Aug."
    Integer m = d.lex.months.get(w);
    if (m == null) return null;
    String pos = d.a.pos(t);
    // "may" the modal and "march" the verb are no months
    if (d.lex.verbMonth.has(w) && (pos.equals("AUX") || pos.equals("VERB")) && !isDayOrYear(d, t + 1)) return null;
    return m;
  }

  /** Whether a day of the month in digits stands right before t: "13 Sept", "1st Jan". */
  private static boolean dayBefore(Scan d, int t) {
    return t > 0 && !low(d, t - 1).isEmpty() && Character.isDigit(low(d, t - 1).charAt(0)) && DAY.matcher(low(d, t - 1)).matches();
  }

  static boolean isDayOrYear(Scan d, int t) {
    if (t >= d.a.tokenCount()) return false;
    String w = low(d, t);
    if (w.equals(",")) return t + 1 < d.a.tokenCount() && YEAR.matcher(low(d, t + 1)).matches(); // "Dec, 2018"
    return DAY.matcher(w).matches() || YEAR.matcher(w).matches();
  }

  static int dayOf(String w) {
    Matcher m = DAY.matcher(w);
    if (!m.matches()) return -1;
    int v = Integer.parseInt(m.group(1));
    return v >= 1 && v <= 31 ? v : -1;
  }

  private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})[-\u2013](\\d{1,2})");

  /** The first day of a range of days in one token ("11-15" after "Feb."), or -1: two days of a month, the first the smaller. */
  static int firstDayOfRange(String w) {
    Matcher m = DAY_RANGE.matcher(w);
    if (!m.matches()) return -1;
    int first = Integer.parseInt(m.group(1)), last = Integer.parseInt(m.group(2));
    return first >= 1 && first < last && last <= 31 ? first : -1;
  }

  static int yearOf(String w) {
    Matcher m = YEAR.matcher(w);
    if (m.matches()) return Integer.parseInt(w);
    m = SHORT_YEAR.matcher(w);
    if (m.matches()) {
      int y = Integer.parseInt(m.group(1));
      return y < 30 ? 2000 + y : 1900 + y;
    }
    return -1;
  }

  /**
   * A year at token t: digits ("1997", "'97") or spelled out as it is spoken ("nineteen
   * ninety-seven", "nineteen ninety seven", "eighteen hundred", "two thousand", "two thousand and
   * five"); {year, end} or null. "Two thousand (and five)" could be a count: it is a year only
   * after "year" ("the year two thousand") or a preposition, before punctuation.
   */
  static int[] yearAt(Scan d, int t, boolean afterYearWord) {
    if (t < 0 || t >= d.a.tokenCount()) return null;
    int y = yearOf(low(d, t));
    if (y > 0) return new int[] {y, t + 1};
    String w = low(d, t);
    String century = d.lex.numbers.get(w);
    if (century == null) return null;
    if (d.lex.centuries.has(w)) {
      int c = Integer.parseInt(century) * 100;
      String next = low(d, t + 1);
      if (d.lex.hundred.has(next)) return new int[] {c, t + 2};
      int[] tens = spelledBelow100(d, t + 1);
      return tens != null && tens[0] >= 10 ? new int[] {c + tens[0], tens[1]} : null;
    }
    if (d.lex.two.has(w) && d.lex.thousand.at(d, t + 1) && !d.lex.hundred.at(d, t + 2)) {
      int e = t + 2;
      if (d.lex.and.at(d, e)) e++;
      int[] rest = spelledBelow100(d, e);
      // "in two thousand and five," is a year; "two thousand and five people" a count
      boolean yearPlace = afterYearWord || d.lex.monthBefore.contains(low(d, t - 1)) && (rest == null ? punctOrEnd(d, t + 2) : punctOrEnd(d, rest[1]));
      if (!yearPlace) return null;
      return rest != null ? new int[] {2000 + rest[0], rest[1]} : new int[] {2000, t + 2};
    }
    return null;
  }

  /** "ninety-six", "ninety six", "ninety", "fifteen", "five": {value below 100, end} or null. */
  static int[] spelledBelow100(Scan d, int t) {
    String w = low(d, t);
    if (w.isEmpty() || Character.isDigit(w.charAt(0))) return null;
    String v = w.indexOf('-') > 0 ? hyphenated(d, w) : d.lex.numbers.get(w);
    if (v == null || !v.matches("\\d{1,2}")) return null;
    int n = Integer.parseInt(v);
    if (n >= 20 && n % 10 == 0 && w.indexOf('-') < 0) { // "ninety six", "ninety-six" cut in three
      int h = hyphen(d, t + 1);
      String unit = d.lex.numbers.get(low(d, t + 1 + h));
      if (unit != null && unit.matches("[1-9]")) return new int[] {n + Integer.parseInt(unit), t + 2 + h};
    }
    return new int[] {n, t + 1};
  }

  /**
   * A day of the month in words at t: "eighth", "twenty-first", "twenty second", "twenty - first";
   * with {@code cardinal} also "twenty nine", "twenty-one" (21 to 31 only): {day, end} or null.
   */
  static int[] spokenDay(Scan d, int t, boolean cardinal) {
    String w = low(d, t);
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return null;
    int o = ordinal(d, w);
    if (o > 0 && o <= 31) return hyphen(d, t + 1) == 1 ? null : new int[] {o, t + 1}; // "March first-quarter sales"
    if (cardinal && w.indexOf('-') > 0) { // "twenty-nine"
      String v = hyphenated(d, w);
      int n = v == null ? -1 : Integer.parseInt(v);
      return n > 20 && n <= 31 ? new int[] {n, t + 1} : null;
    }
    if (!d.lex.twenty.has(w) && !d.lex.thirty.has(w)) return null;
    int h = hyphen(d, t + 1);
    String unitWord = low(d, t + 1 + h);
    int unit = ordinal(d, unitWord);
    if ((unit < 1 || unit > 9) && cardinal && unitWord.length() > 2) {
      String v = d.lex.numbers.get(unitWord); // "twenty nine"
      unit = v != null && v.matches("[1-9]") ? Integer.parseInt(v) : -1;
    }
    int tens = d.lex.twenty.has(w) ? 20 : 30;
    if (unit < 1 || unit > 9 || tens + unit > 31 || hyphen(d, t + 2 + h) == 1) return null; // "twenty second-year students"
    return new int[] {tens + unit, t + 2 + h};
  }

  static boolean isNoun(Scan d, int t) {
    return t < d.a.tokenCount() && (d.a.pos(t).equals("NOUN") || d.a.pos(t).equals("PROPN"));
  }

  /** Whether the month at t stands between a determiner and a noun: "the October slaying", "a June agreement". */
  static boolean attributive(Scan d, int t) {
    return t > 0 && d.lex.determiners.contains(low(d, t - 1)) && t + 1 < d.a.tokenCount() && d.a.pos(t + 1).equals("NOUN") && !d.a.isCapitalized(t + 1);
  }

  /** "this year" / "last year" / "next year": the year, or null. */
  static Integer relativeYear(Scan d, int t) {
    if (d.dct == null || !d.lex.yearWord.at(d, t + 1)) return null;
    Integer shift = d.lex.directions.get(low(d, t));
    return shift == null ? null : d.dct.getYear() + shift;
  }

  /** A count: digits or number words ("three", "twenty-four", "a", "several"); {value, end} or null. */
  static Object[] count(Scan d, int t) {
    String w = low(d, t);
    if (w.isEmpty()) return null;
    if (Character.isDigit(w.charAt(0))) {
      String digits = w.replace(",", "");
      if (!digits.matches("\\d+(\\.\\d+)?")) return null;
      return new Object[] {digits.endsWith(".0") ? digits.substring(0, digits.length() - 2) : digits, t + 1};
    }
    if (w.indexOf('-') > 0) { // "twenty-four"
      String sum = hyphenated(d, w);
      return sum == null ? null : new Object[] {sum, t + 1};
    }
    String v = d.lex.numbers.get(w);
    if (v == null) return null;
    if (d.lex.fewCouple.has(w)) { // "a couple of", "a few"
      int e = t + 1;
      if (d.lex.of.at(d, e)) e++;
      return new Object[] {v, e};
    }
    if (!v.equals("X")) {
      String next = d.lex.numbers.get(low(d, t + 1));
      if (next != null && !next.equals("X") && Double.parseDouble(v) >= 20 && Double.parseDouble(next) < 10) { // "twenty four"
        return new Object[] {String.valueOf((int) (Double.parseDouble(v) + Double.parseDouble(next))), t + 2};
      }
      if (next != null && (next.equals("100") || next.equals("1000")) && Double.parseDouble(v) >= 1) { // "two thousand years"
        return new Object[] {String.valueOf((long) (Double.parseDouble(v) * Double.parseDouble(next))), t + 2};
      }
    }
    return new Object[] {v, t + 1};
  }

  static boolean punctOrEnd(Scan d, int t) {
    return t >= d.a.tokenCount() || d.a.pos(t).equals("PUNCT") || d.a.pos(t).equals("CCONJ");
  }

  /** 1 when token t is a hyphen glued to its neighbours ("third-quarter" cut in three), else 0. */
  static int hyphen(Scan d, int t) {
    Analysis a = d.a;
    return t > 0 && t + 1 < a.tokenCount() && a.token(t).equals("-") && a.end(t - 1) == a.start(t) && a.end(t) == a.start(t + 1) ? 1 : 0;
  }

  static String number(Scan d, String w) {
    if (w.matches("\\d+")) return w;
    String v = d.lex.numbers.get(w);
    if (v != null) return v;
    return w.indexOf('-') > 0 ? hyphenated(d, w) : null;
  }

  /** "twenty-four" → "24": the sum of known number words, or null. */
  static String hyphenated(Scan d, String w) {
    int sum = 0;
    for (String part : w.split("-")) {
      String v = d.lex.numbers.get(part);
      if (v == null || v.equals("X")) return null;
      sum += (int) Double.parseDouble(v);
    }
    return String.valueOf(sum);
  }

  static int ordinal(Scan d, String w) {
    String v = d.lex.ordinals.get(w);
    if (v != null) return Integer.parseInt(v);
    if (w.isEmpty() || !Character.isDigit(w.charAt(0))) return -1;
    Matcher m = ORDINAL_DIGIT.matcher(w);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** "next week", "this week", "last week" at token t: the shift in weeks, or null. */
  static Integer weekShift(Scan d, int t) {
    if (d.dct == null || !d.lex.weekWord.at(d, t + 1)) return null;
    return d.lex.directions.get(low(d, t));
  }
}
