package org.attest.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;

/**
 * as-of.fiscal-quarter: a fiscal quarter the article ends on a stated day ("for the fiscal-first quarter ended Sept. 30",
 * "reported sales of $538.5 million for the quarter ended Sept. 29") is a quarter of the company's year, not of the
 * calendar the time extractor reads it by (1989-Q1): a figure dated to it holds at that day (1989-09-30), one dated to
 * the same quarter a year before at the same day a year before (1988-09-30). A calendar quarter ended on its own last
 * day ("the third quarter ended Sept. 30") stays the quarter (1989-Q3).
 */
final class FiscalQuarter {
  static final String NAME = "as-of.fiscal-quarter";

  private FiscalQuarter() {}

  /** The end days of the article's fiscal quarters: a quarter's value, followed by a {@code [quarter-ended]} word and a day, to that day. */
  static Map<String, TimeExpression> ends(Analysis a, List<TimeExpression> times, ClaimLexicon lex) {
    Map<String, TimeExpression> out = new HashMap<>();
    for (int i = 0; i + 1 < times.size(); i++) {
      TimeExpression q = times.get(i), day = times.get(i + 1);
      String v = q.value(), d = day.value();
      if (v == null || !AsOf.QUARTER_VALUE.matcher(v).matches() || d == null || !d.matches("\\d{4}-\\d\\d-\\d\\d")) continue;
      int next = a.tokenAt(q.end() - 1) + 1;
      if (next >= a.tokenCount() || !lex.dating.quarterEnded.contains(a.lower(next)) || a.tokenAt(day.start()) != next + 1) continue;
      if (!d.substring(5).equals(calendarEnd(v.charAt(6) - '0'))) out.putIfAbsent(v, day); // "the quarter ended Sept. 29", not "the third quarter ended Sept. 30"
    }
    return out;
  }

  /** The date a figure dated {@code when} holds at: a fiscal quarter's end day, the day a year before for that quarter a year before; else {@code when}. */
  static TimeExpression of(Map<String, TimeExpression> ends, TimeExpression when) {
    if (ends.isEmpty() || when == null || when.value() == null || !AsOf.QUARTER_VALUE.matcher(when.value()).matches()) return when;
    TimeExpression day = ends.get(when.value());
    String value = day == null ? null : day.value();
    if (day == null) {
      day = ends.get((Integer.parseInt(when.value().substring(0, 4)) + 1) + when.value().substring(4)); // "the year-earlier quarter": 1988-Q1
      value = day == null ? null : (Integer.parseInt(day.value().substring(0, 4)) - 1) + day.value().substring(4);
    }
    return day == null ? when : new TimeExpression(when.id(), when.start(), when.end(), when.text(), "DATE", value, when.mod());
  }

  /** The last day of a calendar quarter, as "MM-DD" (YearAgo too). */
  static String calendarEnd(int quarter) {
    return quarter == 1 ? "03-31" : quarter == 2 ? "06-30" : quarter == 3 ? "09-30" : "12-31";
  }
}
