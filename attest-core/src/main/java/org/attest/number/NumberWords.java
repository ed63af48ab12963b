package org.attest.number;

import static org.attest.number.Tokens.PHRASE;
import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/**
 * A number in words: "three hundred and twenty", "twenty-four", "Forty" "-" "three", "a dozen",
 * "half a million", "a couple dozen", "five point five", "a five-mile walk". A bare "one" is an
 * article or a pronoun far more often than a figure ("one analyst said") and is read only before
 * a magnitude, a unit or a fraction, or after a sign or a bound.
 */
final class NumberWords {
  static final String NAME = "number.words";

  private final NumberLexicon lex;
  private final Rates rates;

  NumberWords(NumberLexicon lex) {
    this.lex = lex;
    this.rates = new Rates(lex);
  }

  /** The end of the number words from t, their value in num; or t. */
  int read(Analysis a, int t, Figure num) {
    int fixed = fixedPhrase(a, t, num);
    if (fixed >= 0) {
      if (fixed > t) num.stamp(NAME);
      return fixed;
    }
    double[] sum = new double[1];
    int k = sum(a, t, sum);
    if (k == t) return t;
    int point = decimals(a, k, sum[0], num);
    if (point > k) return point;
    if (k == t + 1 && lower(a, t).equals("one") && loneOne(a, t, k)) return t;
    num.value = sum[0];
    num.stamp(NAME);
    return k;
  }

  /**
   * The phrases of a fixed shape at t: "half a million", "a couple dozen", "a dozen", "a million",
   * "five-" "mile", "a one-yen bid": their end (t when an article starts none), or -1 when t starts none of them.
   */
  private int fixedPhrase(Analysis a, int t, Figure num) {
    int n = a.tokenCount();
    String w = lower(a, t);
    if (w.equals("half") && lower(a, t + 1).equals("a") && (lex.isMagnitudeWord(lower(a, t + 2)) || lower(a, t + 2).equals("dozen"))) {
      num.value = 0.5 * lex.magnitudeOf(lower(a, t + 2)); // "half a million", "half a dozen"
      return t + 3;
    }
    if (lex.articles.contains(w) && lex.approxDozen.contains(lower(a, t + 1)) && lower(a, t + 2).equals("dozen")) {
      num.value = 24; // "a couple dozen", "a few dozen"
      num.approx = true;
      return t + 3;
    }
    if (lex.articles.contains(w) && t + 1 < n) {
      String next = lower(a, t + 1);
      if (next.equals("dozen") || lex.magnitude.containsKey(next) && next.length() > 2) {
        num.value = next.equals("dozen") ? 12 : lex.magnitudeOf(next);
        return t + 2;
      }
      return t;
    }
    if (w.length() > 1 && w.endsWith("-") && lex.numbers.containsKey(w.substring(0, w.length() - 1)) && !lex.numbers.get(w.substring(0, w.length() - 1)).equals("X")
        && t + 1 < n && a.end(t) == a.start(t + 1) && lex.hyphenUnit(lower(a, t + 1)) != null && !w.equals("a-")) { // "five-" "mile"
      num.value = Double.parseDouble(lex.numbers.get(w.substring(0, w.length() - 1)));
      num.unit(lex.hyphenUnit(lower(a, t + 1)));
      num.stamp(Units.COMPOUND);
      return t + 2;
    }
    int dash = w.indexOf('-');
    if (dash > 0 && dash == w.lastIndexOf('-') && lex.numbers.containsKey(w.substring(0, dash)) && !lex.numbers.get(w.substring(0, dash)).equals("X")
        && !w.startsWith("a-") && lex.hyphenUnit(w.substring(dash + 1)) != null) { // "a one-yen bid", "a five-mile walk"
      num.value = Double.parseDouble(lex.numbers.get(w.substring(0, dash)));
      num.unit(lex.hyphenUnit(w.substring(dash + 1)));
      num.stamp(Units.COMPOUND);
      return t + 1;
    }
    return -1;
  }

  /** The end of a run of number words from t ("three hundred and twenty"), their value in out[0]; or t. */
  private int sum(Analysis a, int t, double[] out) {
    int n = a.tokenCount();
    double total = 0, current = 0, last = 0, big = Double.MAX_VALUE;
    int k = t;
    boolean any = false;
    while (k < n && k - t < PHRASE) {
      String x = lower(a, k);
      String v = lex.wordValue(x);
      if (v != null && !v.equals("X") && !lex.articles.contains(x) && !lex.noCompound.contains(x)) {
        double d = Double.parseDouble(v);
        if (x.equals("dozen")) current = (current == 0 ? 1 : current) * 12; // "two dozen"
        else if (d == 100) current = (current == 0 ? 1 : current) * 100;
        else if (d >= 1000) {
          total += (current == 0 ? 1 : current) * d;
          big = d;
          current = 0;
        } else current += d;
        last = d;
        any = true;
        k++;
      } else if (any && x.equals("and") && lex.wordValue(lower(a, k + 1)) != null && (current >= 100 || current == 0 && total > 0)
          && smallerAfter(a, k + 1, current >= 100, big) && !Fractions.ahead(lex, a, k + 1)) {
        k++; // "three hundred and twenty", "two thousand and two hundred"; not "one hundred and three quarters"
      } else if (any && x.equals("-") && k + 1 < n && lex.wordValue(lower(a, k + 1)) != null
          && (a.end(k - 1) == a.start(k) && a.end(k) == a.start(k + 1) || last >= 20 && last < 100 && last % 10 == 0 && Double.parseDouble(lex.wordValue(lower(a, k + 1))) < 10)) {
        k++; // "Forty-three" cut as "Forty" "-" "three"; "fifty - two"
      } else {
        break;
      }
    }
    out[0] = total + current;
    return any ? k : t;
  }

  /** "five point five", "nine point nought four", "two hundred point seventy-one": the words after "point" are its digits; the end, or k. */
  private int decimals(Analysis a, int k, double whole, Figure num) {
    if (!lower(a, k).equals(lex.decimalPoint)) return k;
    int n = a.tokenCount();
    StringBuilder digits = new StringBuilder();
    int e = k + 1;
    for (String dv; e < n && e - k <= PHRASE && (dv = lex.wordValue(lower(a, e))) != null && !dv.equals("X") && !lex.articles.contains(lower(a, e))
        && Double.parseDouble(dv) < 100 && Double.parseDouble(dv) == Math.rint(Double.parseDouble(dv)); e++) {
      digits.append((long) Double.parseDouble(dv));
    }
    if (digits.length() == 0) return k;
    num.value = whole + Double.parseDouble("0." + digits);
    num.stamp(NAME);
    return e;
  }

  /**
   * Whether a bare "one" at t (its word run ending at k) is an article or a pronoun: not before a
   * magnitude, a unit, a measure or a fraction ("one trillion", "one penny", "one point", "one and a half"), nor after a
   * sign ("minus one") or a bound; always in "one of the", "no one", "one day", "from one position to another".
   */
  private boolean loneOne(Analysis a, int t, int k) {
    int n = a.tokenCount();
    String next = lower(a, k);
    boolean counted = lex.isMagnitudeWord(next) || lex.currencyWord.containsKey(next) || lex.percent.containsKey(next)
        || lex.measure.containsKey(next) && !lower(a, t - 1).equals("at") // "leads by one point", not "at one point"
        || next.equals("and") && Fractions.ahead(lex, a, k + 1) || lex.sign.containsKey(lower(a, t - 1)) || rates.ahead(a, k) // "One in three"
        || next.equals("-") && a.end(k - 1) == a.start(k) && k + 1 < n && a.end(k) == a.start(k + 1) && lex.hyphenUnit(lower(a, k + 1)) != null; // "a one-yen bid"
    if (!counted && !lex.bound.containsKey(lower(a, t - 1)) && !lower(a, t - 2).equals("at")) return true;
    return lower(a, k).equals("of") || lower(a, t - 1).equals("no") || lower(a, k).equals("day")
        || lower(a, k).equals("another") || a.pos(k < n ? k : t).equals("PUNCT") && !counted || anotherFollows(a, k);
  }

  /**
   * Whether the number words after "and" go on the number before it: after hundreds, no other
   * hundreds ("two hundred and two thousand", not "three hundred and four hundred"); after
   * thousands, nothing as large ("two thousand and two hundred", not "two thousand and three thousand").
   */
  private boolean smallerAfter(Analysis a, int k, boolean hundreds, double big) {
    int end = Math.min(a.tokenCount(), k + PHRASE);
    for (String v; k < end && (v = lex.wordValue(a.lower(k))) != null && !v.equals("X"); k++) {
      double d = Double.parseDouble(v);
      if (hundreds ? d == 100 : d >= big) return false;
    }
    return hundreds || !lex.isMagnitudeWord(lower(a, k)) || lex.magnitudeOf(lower(a, k)) < big;
  }

  private static boolean anotherFollows(Analysis a, int k) {
    for (int i = k; i < Math.min(a.tokenCount(), k + 5); i++) if (a.lower(i).equals("another")) return true;
    return false;
  }
}
