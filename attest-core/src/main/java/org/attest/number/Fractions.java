package org.attest.number;

import static org.attest.number.Tokens.lower;
import static org.attest.number.Tokens.phrase;

import org.attest.text.Analysis;

/**
 * Fractions in words: "a quarter" (the table), "two-thirds", "three fifths", "one-eighth", "five -
 * eighths", "fifty-four hundredths", "a hundredth", unit "fraction"; a fraction of a magnitude is
 * a number ("a quarter of a million dollars", "half million"). A singular denominator before a
 * noun is an ordinal ("a third term", "a fifth straight year").
 */
final class Fractions {
  static final String NAME = "number.fraction";

  private final NumberLexicon lex;
  private final NumberWords words;
  private final Units units;

  Fractions(NumberLexicon lex, NumberWords words, Units units) {
    this.lex = lex;
    this.words = words;
    this.units = units;
  }

  /** The fraction (or fraction of a magnitude) at t, read into num: its end, or t. */
  int read(Analysis a, int t, Figure num) {
    double[] f = new double[1];
    int fe = fraction(a, t, f);
    if (fe <= t) return t;
    num.stamp(NAME);
    num.value = f[0];
    num.unit = "fraction";
    num.end = fe;
    // "a quarter of a million dollars", "half million", "three quarters billion": a fraction of a magnitude is a number
    int m = fe;
    if (lower(a, m).equals("of") && lower(a, m + 1).equals("a") && lex.isMagnitudeWord(lower(a, m + 2))) m += 2;
    if (lex.isMagnitudeWord(lower(a, m))) {
      num.value *= lex.magnitudeOf(lower(a, m));
      num.unit = null;
      int u = units.after(a, m + 1, num, true);
      num.end = Math.max(m + 1, u);
    }
    return num.end;
  }

  /**
   * Whether a fraction in words may start at t ("three quarters", "a half", "one-eighth", "fifty -
   * four hundredths"), by its words alone: a cheap look ahead that, unlike {@link #fraction}, reads
   * no number, so a long run of "and"s stays linear.
   */
  static boolean ahead(NumberLexicon lex, Analysis a, int t) {
    int n = a.tokenCount();
    if (t >= n) return false;
    if (lex.fraction.containsKey(lower(a, t)) || t + 2 <= n && lex.fraction.containsKey(phrase(a, t, 2))) return true;
    String w = lower(a, t);
    int dash = w.lastIndexOf('-');
    if (dash > 0 && dash < w.length() - 1 && lex.denominator.containsKey(w.substring(dash + 1))) return true;
    for (int k = t + 1; k < n && k <= t + 3; k++) { // the numerator's words, then the denominator
      String x = lower(a, k);
      if (lex.denominator.containsKey(x)) return true;
      if (!x.equals("-") && lex.wordValue(x) == null) return false;
    }
    return false;
  }

  /** The fraction in words at t, its value in out[0]: the end, or t. */
  int fraction(Analysis a, int t, double[] out) {
    int n = a.tokenCount();
    if (t >= n) return t;
    // the tokenizer's "one" "-" "half" or "one-" "half": the table's "one-half"
    int joint = lower(a, t + 1).equals("-") && t + 2 < n && Tokens.glued(a, t, t + 1) && Tokens.glued(a, t + 1, t + 2) ? t + 2 : Tokens.split(a, t) ? t + 1 : -1;
    String joined = joint < 0 ? null : lex.fraction.get(a.text().substring(a.start(t), a.end(joint)).toLowerCase(java.util.Locale.ROOT));
    if (joined != null) {
      out[0] = Double.parseDouble(joined);
      return joint + 1;
    }
    for (int k = 2; k >= 1; k--) {
      if (t + k > n) continue;
      String p = phrase(a, t, k);
      // "nearly half a million dollars": a number in words, not a fraction
      if (k == 1 && p.equals("half") && lex.articles.contains(lower(a, t + 1)) && lex.isMagnitudeWord(lower(a, t + 2))) return t;
      String frac = lex.fraction.get(p);
      // "a third-party candidate", "a fifth term"; not in a mixed number ("forty-two and a third"), nor after a bound but
      // in a compound (the tagger: "Less than a third agreed/NOUN")
      if (frac != null && k > 1 && !lower(a, t - 1).equals("and") && ordinal(a, t + k, lower(a, t + k - 1))
          && !(boundBefore(a, t) && !lower(a, t + k).equals("-"))) return t;
      if (frac != null && (k > 1 || !p.equals("half") || lower(a, t + 1).equals("of") || lower(a, t - 1).equals("in") || lower(a, t - 1).equals("by")
          || boundBefore(a, t) || lex.isMagnitudeWord(lower(a, t + 1)))) {
        out[0] = Double.parseDouble(frac);
        return t + k;
      }
    }
    String w = lower(a, t);
    if (w.equals("quarter") && lex.isMagnitudeWord(lower(a, t + 1))) { // "a quarter million"
      out[0] = 0.25;
      return t + 1;
    }
    return numeratorAndDenominator(a, t, w, out);
  }

  /** "three fifths", "one-eighth", "five - eighths", "fifty-four hundredths", "a hundredth": the end, or t. */
  private int numeratorAndDenominator(Analysis a, int t, String w, double[] out) {
    int n = a.tokenCount();
    String denom;
    int end;
    double nv;
    int dash = w.lastIndexOf('-');
    if (dash > 0 && dash < w.length() - 1 && lex.denominator.containsKey(w.substring(dash + 1))) { // "one-eighth"
      String v = w.substring(0, dash).equals("a") ? "1" : lex.wordValue(w.substring(0, dash));
      if (v == null || v.equals("X")) return t;
      nv = Double.parseDouble(v);
      denom = w.substring(dash + 1);
      end = t + 1;
    } else {
      int e;
      if (lex.articles.contains(w) || w.equals("one")) {
        nv = 1;
        e = t + 1;
      } else { // "three", "fifty-four", "fifty - four"
        Figure numer = new Figure();
        e = words.read(a, t, numer);
        if (e <= t) return t;
        nv = numer.value;
      }
      int d = lower(a, e).equals("-") ? e + 1 : e; // "five - eighths"
      denom = lower(a, d);
      end = d + 1;
    }
    String dv = lex.denominator.get(denom);
    if (dv == null || denom.equals("half")) return t;
    if (nv < 1 || nv >= 100 || nv != Math.rint(nv) || nv >= Double.parseDouble(lex.denominator.get(denom))) return t; // "the two halves"
    boolean plural = denom.endsWith("s");
    if (!plural && (nv != 1 || end < n && (a.pos(end).equals("NOUN") || a.pos(end).equals("ADJ") || a.pos(end).equals("PROPN")
        || a.token(end).equals("-") && a.end(end - 1) == a.start(end)))) return t; // "a sixth-grader"
    out[0] = Math.round(nv / Double.parseDouble(dv) * 10000) / 10000.0; // four places, as the fraction table and NOTES.md write them
    return end;
  }

  /**
   * Whether a singular denominator (not "half", "quarter") ending a table fraction is an ordinal before the noun at t
   * (fresh pages: "a third-party candidate", "a third party run", "a third-place finish", "a third world country", "a
   * fifth term"); not before a unit or a comparative ("a tenth of a point", "a third more").
   */
  private boolean ordinal(Analysis a, int t, String denominator) {
    if (t >= a.tokenCount() || !lex.denominator.containsKey(denominator) || denominator.endsWith("s") || lex.fraction.containsKey(denominator) || denominator.equals("quarter")) return false;
    String w = lower(a, t), pos = a.pos(t);
    if (lex.measure.containsKey(w) || lex.percent.containsKey(w) || lex.isMagnitudeWord(w) || lex.currencyWord.containsKey(w) || lex.timesAfter.contains(w)) return false;
    return pos.equals("NOUN") || pos.equals("PROPN") || w.equals("-") && a.end(t - 1) == a.start(t); // not an adjective: "by a third last year"
  }

  /** Whether a bound phrase ends right before t: "more than half". */
  private boolean boundBefore(Analysis a, int t) {
    for (int k = 1; k <= lex.longestBound && k <= t; k++) if (lex.bound.containsKey(phrase(a, t - k, k))) return true;
    return false;
  }
}
