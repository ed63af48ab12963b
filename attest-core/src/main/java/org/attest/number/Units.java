package org.attest.number;

import static org.attest.number.Tokens.lower;
import static org.attest.number.Tokens.phrase;

import org.attest.text.Analysis;

/**
 * The unit after a number: "45 percent", "3 billion dollars", "12 percentage points", "50 cents",
 * "30 miles", "10 €", "30 MUSD", "361 million pounds"; a compound adjective ("a 26.2-mile race");
 * "millions of dollars"; a magnitude after the currency ("75 USD million").
 */
final class Units {
  static final String NAME = "number.unit";
  static final String COMPOUND = "number.compound-unit";
  static final String POLL_POINTS = "number.poll-points";
  private static final String POINTS = "points";
  private static final String PERCENTAGE_POINTS = "percentage points";

  private final NumberLexicon lex;

  Units(NumberLexicon lex) {
    this.lex = lex;
  }

  /** A compound adjective: "a 26.2-mile race", "a 16-page plan", "a 12-cent dividend"; the end, or t. */
  int compound(Analysis a, int t, Figure num) {
    if (num.unit == null && lower(a, t).equals("-") && t + 1 < a.tokenCount() && a.end(t - 1) == a.start(t) && a.end(t) == a.start(t + 1)
        && lex.hyphenUnit(Tokens.hyphenWord(a, t + 1)) != null) {
      num.unit(lex.hyphenUnit(Tokens.hyphenWord(a, t + 1)));
      num.stamp(COMPOUND);
      return t + 2 + (Tokens.split(a, t + 1) ? 1 : 0);
    }
    // "a 28-page section": the hyphen left on the number's token
    if (num.unit == null && t > 0 && t < a.tokenCount() && a.token(t - 1).endsWith("-") && a.end(t - 1) == a.start(t) && lex.hyphenUnit(Tokens.hyphenWord(a, t)) != null) {
      num.unit(lex.hyphenUnit(Tokens.hyphenWord(a, t)));
      num.stamp(COMPOUND);
      return t + 1 + (Tokens.split(a, t) ? 1 : 0);
    }
    return t;
  }


  /** The unit of the words from t, set on num: the end, or t. {@code magnified}: a magnitude word came before ("361 million pounds"). */
  int after(Analysis a, int t, Figure num, boolean magnified) {
    // a multiplier: "50 times the safe level", "three times as many"; not a count of occurrences ("scored four times")
    if (num.unit == null && lex.timesWord.equals(lower(a, t)) && t + 1 < a.tokenCount() && (a.pos(t + 1).equals("DET") && !lex.noObject.contains(lower(a, t + 1)) || lex.timesAfter.contains(lower(a, t + 1)))) {
      num.unit = lex.timesWord;
      return stamped(num, t + 1);
    }
    String measured = Tokens.split(a, t) ? lex.measure.get(Tokens.hyphenWord(a, t)) : null; // "a 15,000 square-foot office"
    if (measured != null && num.unit == null) {
      num.unit = measured;
      return stamped(num, t + 2);
    }
    for (int k = 3; k >= 1; k--) {
      if (t + k > a.tokenCount()) continue;
      String p = phrase(a, t, k);
      String pct = lex.percent.get(p);
      if (pct != null) {
        num.unit = pct;
        return stamped(num, t + k);
      }
      String cur = lex.currencyWord.get(p);
      if (cur == null && magnified && !lower(a, t + k).equals("of")) cur = lex.currencyAfterMagnitude.get(p); // "361 million pounds", not "pounds of beef"
      if (cur == null && k == 1) cur = lex.currencyCode.get(p); // "200 USD", "30 MUSD"
      // a symbol after the amount: "10 €", "100 ₡"; not one before the next amount ("$ 20,000.00 $ 37,305.97")
      if (cur == null && k == 1 && (t + 1 >= a.tokenCount() || !Character.isDigit(a.lower(t + 1).charAt(0)))) {
        cur = lex.currencySymbol.get(p);
      }
      if (cur != null && (num.unit == null || num.unit.equals(cur.split("[/*]")[0]))) {
        num.unitScale = 1;
        num.unit(cur);
        return stamped(num, t + k);
      }
      String measure = lex.measure.get(p);
      if (measure != null && num.unit == null && !lex.countedMeasures.contains(measure)) {
        num.unit = measure;
        return stamped(num, t + k);
      }
    }
    return t;
  }

  /**
   * "points" outside markets are differences of percentages (NOTES.md: poll leads, "a 3-point
   * lead"): "percentage points" unless a market word is in the sentence ("the Dow rose 24.11
   * points"); the figure is stamped.
   */
  void pollPoints(Analysis a, int t, Figure num) {
    if (!POINTS.equals(num.unit) || t >= a.tokenCount()) return;
    int s = a.sentenceOf(t);
    for (int k = a.sentenceStartToken(s); k < a.sentenceEndToken(s); k++) {
      if (lex.market.words().contains(a.lower(k)) && !lex.market.weak().contains(a.lower(k))) return; // not "the RealClearPolitics average"
    }
    num.unit = PERCENTAGE_POINTS;
    num.stamp(POLL_POINTS);
  }

  private static int stamped(Figure num, int end) {
    num.stamp(NAME);
    return end;
  }

  /** "75 USD million": a magnitude after a currency unit; the end, or t. */
  int magnitudeAfterMoney(Analysis a, int t, Figure num) {
    if (!num.isMoney() || !lex.isMagnitudeWord(lower(a, t))) return t;
    num.value *= lex.magnitudeOf(lower(a, t));
    return t + 1;
  }

  /** "millions of dollars": the currency of a vague count; the end, or t. */
  int ofCurrency(Analysis a, int t, Figure num) {
    if (!num.vague || !lower(a, t).equals("of") || !lex.currencyWord.containsKey(lower(a, t + 1))) return t;
    num.unit = lex.currencyWord.get(lower(a, t + 1)).split("/")[0];
    return stamped(num, t + 2);
  }
}
