package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attest.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** The TimeML scorer on a document the test writes: tag stripping, offsets, and each figure. */
class TimemlEvalTest {
  static final String TML = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n"
      + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n"
      + "<TEXT>\nIt fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> by 5 &amp; more "
      + "for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1W\">a week</TIMEX3> <EVENT eid=\"e1\">now</EVENT>.\n</TEXT>\n</TimeML>\n";

  @Test
  void parsesTextDctAndSpans() {
    TimemlEval.Gold g = TimemlEval.parse("x.tml", TML);
    assertEquals("1998-01-08", g.dct());
    assertEquals("\nIt fell yesterday by 5 & more for a week now.\n", g.text());
    assertEquals(2, g.timexes().size());
    TimemlEval.Timex y = g.timexes().get(0);
    assertEquals("yesterday", g.text().substring(y.start(), y.end()));
    assertEquals("1998-01-07", y.value());
    assertEquals("DURATION", g.timexes().get(1).type());
  }

  @Test
  void scoresStrictRelaxedValueAndType() {
    TimemlEval.Gold g = TimemlEval.parse("x.tml", TML);
    int y = g.text().indexOf("yesterday"), w = g.text().indexOf("a week"), n = g.text().indexOf("now");
    List<TimeExpression> predicted = List.of(
        new TimeExpression("t1", y, y + 9, "yesterday", "DATE", "1998-01-07", null), // strict, value right
        new TimeExpression("t2", w + 2, w + 6, "week", "DURATION", "P2W", null), // relaxed only, value wrong
        new TimeExpression("t3", n, n + 3, "now", "DATE", "PRESENT_REF", null)); // spurious
    TimemlEval.Score s = TimemlEval.score(g, predicted, null);
    assertEquals(1, s.strict);
    assertEquals(2, s.relaxed);
    assertEquals(1, s.value);
    assertEquals(2, s.type);
    assertEquals(2 * (2.0 / 3) * 1.0 / (2.0 / 3 + 1.0), s.relaxedF1(), 1e-9);
    assertEquals(s.relaxedF1() * 0.5, s.valueF1(), 1e-9);
    assertEquals(s.relaxedF1(), s.typeF1(), 1e-9);
  }

  @Test
  void anUnpaddedGoldWeekEqualsItsPaddedForm() {
    org.junit.jupiter.api.Assertions.assertTrue(TimemlEval.sameValue("2000-W7", "2000-W07"));
    org.junit.jupiter.api.Assertions.assertTrue(TimemlEval.sameValue("2000-W07", "2000-W07"));
    org.junit.jupiter.api.Assertions.assertFalse(TimemlEval.sameValue("2000-W7", "2000-W17"));
    org.junit.jupiter.api.Assertions.assertFalse(TimemlEval.sameValue("2000-W17", "2000-W07"));
    org.junit.jupiter.api.Assertions.assertFalse(TimemlEval.sameValue("198X", "198"));
  }

  @Test
  void aValueWithinAnOpenGoldValueFillsItIn() {
    org.junit.jupiter.api.Assertions.assertTrue(TimemlEval.fillsOpen("1989-WXX", "1989-W43"));
    org.junit.jupiter.api.Assertions.assertTrue(TimemlEval.fillsOpen("1988-QX", "1988-Q3"));
    org.junit.jupiter.api.Assertions.assertTrue(TimemlEval.fillsOpen("1949-XX", "1949"));
    org.junit.jupiter.api.Assertions.assertTrue(TimemlEval.fillsOpen("198X", "198"));
    org.junit.jupiter.api.Assertions.assertTrue(TimemlEval.fillsOpen("19XX", "19"));
    org.junit.jupiter.api.Assertions.assertTrue(TimemlEval.fillsOpen("1994-XX-XX", "1994"));
    org.junit.jupiter.api.Assertions.assertFalse(TimemlEval.fillsOpen("1989-WXX", "1990-W43")); // another year
    org.junit.jupiter.api.Assertions.assertFalse(TimemlEval.fillsOpen("1998-10-XX", "1998-W43")); // another granularity
    org.junit.jupiter.api.Assertions.assertFalse(TimemlEval.fillsOpen("PXY", "P3Y")); // a vague duration is its own value
    org.junit.jupiter.api.Assertions.assertFalse(TimemlEval.fillsOpen("XXXX-WXX-1", "1998-02-16")); // a set is no date
    org.junit.jupiter.api.Assertions.assertFalse(TimemlEval.fillsOpen("1989-10", "1989-10")); // nothing open
  }
}
