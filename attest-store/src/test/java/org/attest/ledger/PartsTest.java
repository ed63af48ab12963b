package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods of TIMEX3 values, figure intervals and word differences. */
class PartsTest {
  @Test
  void periodsStartAndFallInAMonth() {
    assertEquals("2017-12-04", Periods.start("2017-W49"));
    assertEquals("2017-12", Periods.month("2017-W49"));
    assertEquals("2017-07-01", Periods.start("2017-Q3"));
    assertEquals("2017-12-27", Periods.start("2017-12-27"));
    assertEquals("2010-01-01", Periods.start("201"));
    assertNull(Periods.month("2017"), "a year is longer than a month");
    assertNull(Periods.start("PAST_REF"));
  }

  private static Ledger.Figure f(Double low, Double high, String modifier) {
    return new Ledger.Figure("2017-12-27", "2017-12-27", "x", low, high, modifier, null, "fighters", null, null, List.of(), null, "a", null, "", 0, 1,
        "fighter, count", "state");
  }

  @Test
  void figuresMeetWhenTheirIntervalsOverlap() {
    assertFalse(Intervals.meet(f(null, 1000.0, "less_than"), f(5000.0, 5000.0, "approx")));
    assertTrue(Intervals.meet(f(null, 3000.0, "less_than"), f(null, 1000.0, "less_than")));
    assertFalse(Intervals.meet(f(null, 1000.0, "less_than"), f(1000.0, 1000.0, "exact")), "fewer than 1,000 excludes 1,000");
    assertTrue(Intervals.meet(f(null, 1000.0, "at_most"), f(1000.0, 1000.0, "exact")));
    assertTrue(Intervals.meet(f(950.0, 950.0, "approx"), f(1000.0, 1000.0, "exact")), "about 950 allows 1,000");
    assertEquals("< 1,000", Intervals.show(f(null, 1000.0, "less_than")));
    assertEquals("10-20", Intervals.show(f(10.0, 20.0, "range")));
  }

  @Test
  void theHashIgnoresSpacingOfEveryKindAndTakesAnyCharacter() {
    assertEquals(ContentHash.of("a b"), ContentHash.of(" a\u00A0\n b\t"));
    String edge = "a".repeat(8188) + " \uD83D\uDE00"; // a space and a four-byte character at the buffer's end
    assertEquals(64, ContentHash.of(edge).length());
    assertFalse(ContentHash.of(edge).equals(ContentHash.of("a".repeat(8188) + "\uD83D\uDE00")));
  }

  @Test
  void aQuoteVariantShowsItsWordDifference() {
    List<String> a = WordDiff.words("Our strategy right now is to accelerate the campaign against ISIS.");
    List<String> b = WordDiff.words("Our strategy right now is to speed up the campaign against ISIS.");
    assertEquals(10, WordDiff.common(a, b));
    assertEquals("our strategy right now is to [-accelerate-] {+speed up+} the campaign against isis", WordDiff.diff(a, b));
    assertTrue(WordDiff.contains(WordDiff.words("a long time. But I am here"), WordDiff.words("a long time")));
    assertEquals(List.of("abc", "d\uD835\uDC00e"), WordDiff.words("\uDC00abc d\uD835\uDC00e \uD800"), "lone surrogates are no words; a letter beyond the BMP is");
  }

  @Test
  void theCommonWordsOfLongQuotesTakeLinearMemory() {
    List<String> a = new java.util.ArrayList<>(), b = new java.util.ArrayList<>();
    for (int i = 0; i < 20000; i++) {
      a.add("w" + i);
      b.add(i == 500 ? "other" : "w" + i);
    }
    assertEquals(19999, WordDiff.common(a, b)); // a full table would be 1.6 GB
  }
}
