package org.attest.number;

import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/**
 * Reads one number at a token with its magnitude and unit: a sign, a currency before it, then the
 * first reader that reads there (a fraction or multiplier in words; digits, with spoken digits
 * after them; a vague count; number words), then a count of figures, magnitudes, a compound or
 * following unit, and cents. Each reader stamps its name on the {@link Figure} it reads.
 */
final class NumberReader {
  static final String SIGN = "number.sign";
  static final String CURRENCY = "number.currency-before";

  private final NumberLexicon lex;
  private final NumberWords words;
  private final Units units;
  private final Fractions fractions;
  private final Multipliers multipliers;
  private final Digits digits;
  private final SpokenDigits spoken;
  private final VagueCounts vague;
  private final FigureCounts figureCounts;
  private final Magnitudes magnitudes;
  private final Cents cents;
  private final Rates rates;

  NumberReader(NumberLexicon lex) {
    this.lex = lex;
    words = new NumberWords(lex);
    units = new Units(lex);
    fractions = new Fractions(lex, words, units);
    multipliers = new Multipliers(lex);
    digits = new Digits(lex);
    spoken = new SpokenDigits(lex, words);
    vague = new VagueCounts(lex);
    figureCounts = new FigureCounts(lex);
    magnitudes = new Magnitudes(lex, fractions);
    cents = new Cents(lex, words);
    rates = new Rates(lex);
  }

  /**
   * A number at token t with its magnitude and unit, or null: "1,000", "$3bn", "2.5 million",
   * "three hundred and twenty", "a dozen", "half a million", "tens of thousands", "45 percent".
   */
  Figure read(Analysis a, int t, boolean[] timed) {
    int n = a.tokenCount();
    if (t >= n || timed[a.start(t)]) return null;
    String sign = lex.sign.get(lower(a, t));
    if (sign != null) return signed(a, t, timed, sign);
    Figure num = new Figure();
    num.start = t;
    String currency = lex.currencySymbol.get(lower(a, t));
    if (currency != null && lex.notFigures.rankSigns().contains(lower(a, t)) && !poundAmount(a, t + 1)) return null; // "the #1 seller"
    if (currency == null && prefixApart(a, t)) {
      currency = lex.currencyPrefix.get(lower(a, t)); // "C $ 16.4 million" in tokenised text
      if (currency != null) t++;
    }
    if (currency == null && t + 1 < n && Character.isDigit(lower(a, t + 1).charAt(0))) currency = lex.currencyCode.get(lower(a, t)); // "USD 200"
    if (currency != null) {
      num.unit(currency);
      num.stamp(CURRENCY);
      t++;
      if (t >= n) return null;
    }
    // fractions and multipliers in words: "a quarter of the cost", "less than a third", "three fifths", "premiums doubled"
    if (num.unit == null) {
      if (figureCounts.digits(a, t, num) > t) return num; // "double digits", not a multiplier
      if (fractions.read(a, t, num) > t || multipliers.read(a, t, num) > t) return num;
    }
    t = amount(a, t, num, currency != null);
    if (t < 0) return null;
    if (figureCounts.read(a, t, num)) return num;
    int rate = rates.read(a, t, num, this, timed); // "Nine in 10", "one out of four"
    if (rate > t) {
      num.end = rate;
      return num;
    }
    t = magnitudes.read(a, t, num);
    t = units.compound(a, t, num);
    t = unitAfter(a, t, num);
    units.pollPoints(a, num.start, num);
    num.end = t;
    if (num.unit == null && num.start == t - 1 && !num.vague && (Digits.isBareYearOrOrdinal(a, num.start) || digits.isAge(a, num.start))) return null;
    if (num.unit == null && designation(a, t)) return null; // "a four-cylinder engine"
    return num;
  }

  /** Whether a type designation's second half follows at t: "four-cylinder", "four-door", "five-spoke" (gold/figures/README.md). */
  private boolean designation(Analysis a, int t) {
    if (t < a.tokenCount() && a.token(t - 1).endsWith("-") && Tokens.glued(a, t - 1, t)) return lex.designation.contains(a.lower(t));
    return t + 1 < a.tokenCount() && a.lower(t).equals("-") && Tokens.glued(a, t - 1, t) && Tokens.glued(a, t, t + 1) && lex.designation.contains(a.lower(t + 1));
  }

  /** "minus 5", "negative one"; not "plus or minus 3.5 points", a margin; one sign at most. */
  private Figure signed(Analysis a, int t, boolean[] timed, String sign) {
    if (t >= 2 && lower(a, t - 1).equals("or") && lower(a, t - 2).equals("plus")) return null;
    if (t + 1 < a.tokenCount() && lex.sign.containsKey(lower(a, t + 1))) return null;
    Figure inner = read(a, t + 1, timed);
    if (inner == null || inner.vague) return null;
    inner.value *= Double.parseDouble(sign);
    inner.start = t;
    inner.stamp(SIGN);
    return inner;
  }

  /** Whether a country letter stands apart before "$" and the amount: "C $ 16.4 million" in tokenised text. */
  private static boolean prefixApart(Analysis a, int t) {
    return t + 2 < a.tokenCount() && lower(a, t + 1).equals("$") && a.end(t) < a.start(t + 1) && a.end(t + 1) < a.start(t + 2);
  }

  /** The amount at t, by the first reader that reads there: its end, or -1. */
  private int amount(Analysis a, int t, Figure num, boolean currency) {
    if (digits.read(a, t, num)) {
      if (!currency && (digits.isInName(a, t) || digits.isModel(a, t) || digits.isAddress(a, t) || Digits.isPhone(a, t) || digits.isListLabel(a, t))) {
        return -1; // "Fox 35", "737 Max jet", "469 Vermont St.", "(219) 937-6103", a line's "1. "; not "EUR 125"
      }
      int mixed = digits.mixed(a, t, num); // "112 5/8"
      return mixed > 0 ? mixed : spoken.read(a, t + 1, num); // "4 thousand 3 hundred and 21"
    }
    int end = vague.read(a, t, num);
    if (end > t) return end;
    end = words.read(a, t, num);
    if (end > t && t > 0 && lex.label.containsKey(lower(a, t - 1))) return -1; // "stage three breast cancer", "Part Two"
    if (end == t + 1 && namedWord(a, t)) return -1; // "the Big Three automakers", "Air Force Two"
    return end > t ? end : -1;
  }

  /**
   * A number word capitalised inside a name (fresh pages): after a capitalised word, not first in its sentence, and
   * before no capitalised word ("the nation's Big Three vehicle manufacturers", "Air Force Two, where", "World War
   * Two."); not in a title-case headline ("Says Two Women Lied") nor after a word in capitals ("SHOOTING Three people").
   */
  private static boolean namedWord(Analysis a, int t) {
    int first = a.sentenceStartToken(a.sentenceOf(t));
    if (t - 1 <= first || !a.isCapitalized(t) || !a.isCapitalized(t - 1) || !Character.isLetter(a.token(t).charAt(0))) return false;
    String before = a.token(t - 1);
    if (before.length() > 1 && before.equals(before.toUpperCase(java.util.Locale.ROOT))) return false;
    return t + 1 >= a.tokenCount() || !(a.isCapitalized(t + 1) && Character.isLetter(a.token(t + 1).charAt(0)));
  }

  /** The unit after the amount ending at t, a magnitude after money and cents: the end, or t. */
  private int unitAfter(Analysis a, int t, Figure num) {
    int u = units.after(a, t, num, num.magnitude > 1);
    if (u > t) return cents.read(a, units.magnitudeAfterMoney(a, u, num), num); // "75 USD million", "3 dollars 50 cents"
    int of = units.ofCurrency(a, t, num); // "millions of dollars"
    return of > t ? of : cents.read(a, t, num); // "C $ 100 and fifty."
  }

  /**
   * Whether an amount of money follows a rank sign of [rank-sign] (WSJ's "#" for the pound sign, gold/figures/README.md):
   * glued to it, with decimals, thousands commas or a magnitude word after ("#300 million", "#10.86", "#40,000"), not a rank ("#1 seller").
   */
  private boolean poundAmount(Analysis a, int t) {
    if (t >= a.tokenCount() || a.end(t - 1) != a.start(t) || !Character.isDigit(a.token(t).charAt(0))) return false;
    return a.token(t).indexOf('.') > 0 || a.token(t).indexOf(',') > 0 || t + 1 < a.tokenCount() && lex.magnitude.containsKey(a.lower(t + 1)); // "#40,000": a rank has no commas
  }
}
