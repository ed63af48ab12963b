package org.attest.number;

import static org.attest.number.Tokens.lower;

import org.attest.text.Analysis;

/**
 * Ranges of two numbers whose ends measure the same thing: "between 10 and 20", "from 5 percent
 * to 25 percent", "10 to 20", "10-20", "20 through 100" ({@code [range-joint]}); the end without
 * a unit takes the other's ("10 to 20 dollars"); not "2 % to $ 1.45 billion".
 */
final class Ranges {
  static final String NAME = "number.range";

  private final NumberLexicon lex;
  private final NumberReader reader;

  Ranges(NumberLexicon lex, NumberReader reader) {
    this.lex = lex;
    this.reader = reader;
  }

  /** Whether a range may open at t with "between" or "from". */
  boolean opens(Analysis a, int t) {
    String w = lower(a, t);
    return w.equals(lex.rangeBetween) || w.equals(lex.rangeFrom);
  }

  /** "between X and Y", "from X to Y" at t: the two ends, or null. */
  Figure[] between(Analysis a, int t, boolean[] timed) {
    boolean between = lower(a, t).equals(lex.rangeBetween);
    if (!between && lex.changeFrom.contains(lower(a, t - 1))) return null; // "going from 175 gigawatts to 450 gigawatts": two figures
    Figure low = reader.read(a, t + 1, timed);
    if (low == null) return null;
    String word = lower(a, low.end);
    if (between ? !word.equals("and") : !lex.rangeJoint.containsKey(word)) return null;
    Figure high = reader.read(a, low.end + 1, timed);
    return high != null && unitsAgree(low, high) ? shared(low, high) : null;
  }

  /**
   * "10 to 20" after the number read into low: the two ends, or null. After a verb of change
   * ({@code change} 1, {@link CountedObjects#afterChange}) a high end without a unit is a level:
   * "fell 0.5 percent to 2,121.65", "down by 30 to 126" are a change and a level, as is a low end with its own unit
   * other than a share ("rose 6 pence to 388 pence", "was down only 25 cents to $30.25"); "rose 10 to 20 percent",
   * "fell 50% to 75%" are ranges; after "rose from" (2) none is.
   */
  Figure[] following(Analysis a, Figure low, boolean[] timed, int change) {
    if (lex.rangeAlternative.contains(lower(a, low.end))) return alternative(a, low, timed);
    if (!lex.rangeJoint.containsKey(lower(a, low.end))) return null;
    Figure high = reader.read(a, low.end + 1, timed);
    // a level, or a price after a price change ("shares rose 6 pence to 388 pence", "fell $1.625 to $108.625"; not a share: "fell 50% to 75%")
    if (high != null && (change == 2 || change == 1 && (high.unit == null || low.unit != null && !low.unit.startsWith("percent")))) return null;
    // opposed shares in brackets: "(30 percent to 60 percent)" are two figures (gold/figures/README.md)
    if (high != null && low.unit != null && high.unit != null && low.start >= 1 && lower(a, low.start - 1).equals("(")) return null;
    return high != null && high.value > low.value && unitsAgree(low, high) ? shared(low, high) : null;
  }

  /**
   * One uncertain figure of two whole numbers in a row ([range-alternative], gold/figures/README.md):
   * "17 or 18 percent", "seven or eight investigations", round steps of five (fresh pages: "a 20 or 30 percent premium",
   * "at 20 or 25 percent"); not two examples: "a check for $10 or $100".
   */
  private Figure[] alternative(Analysis a, Figure low, boolean[] timed) {
    if (low.unit != null || low.value != Math.rint(low.value)) return null;
    Figure high = reader.read(a, low.end + 1, timed);
    if (high == null || high.vague || high.value != Math.rint(high.value)) return null;
    // not the last two of a list: "100,000, 200,000 or 250,000 Syrian refugees"
    boolean round = !(low.start > 0 && lower(a, low.start - 1).equals(",")) && low.value > 0 && low.value % 5 == 0 && high.value % 5 == 0 && high.value > low.value && high.value - low.value <= Math.max(10, low.value);
    return high.value == low.value + 1 || round ? shared(low, high) : null;
  }

  /** The two ends, the low one taking the high one's unit when it has none. */
  private static Figure[] shared(Figure low, Figure high) {
    if (low.unit == null) {
      low.unit = high.unit;
      low.unitScale = high.unitScale;
    }
    return new Figure[] {low, high};
  }

  /** The two ends of a range measure the same thing: not "2 % to $ 1.45 billion". */
  private static boolean unitsAgree(Figure low, Figure high) {
    return low.unit == null || high.unit == null || low.unit.equals(high.unit);
  }
}
