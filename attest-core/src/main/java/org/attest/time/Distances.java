package org.attest.time;

import static org.attest.time.Values.centuryValue;
import static org.attest.time.Values.decadeValue;
import static org.attest.time.Values.iso;
import static org.attest.time.Values.quarterOf;
import static org.attest.time.Values.shifted;
import static org.attest.time.Values.week;
import static org.attest.time.Values.yearValue;
import static org.attest.time.Words.count;
import static org.attest.time.Words.low;
import static org.attest.time.Words.punctOrEnd;

import java.time.LocalDate;

/** The family time.distance: a count of units from a date: "three weeks ago", "a year earlier", "two days later", "a year from now". */
final class Distances extends RuleFamily {
  Distances() {
    super("time.distance", lex -> lex.numbers.keySet(), Distances::distance);
  }

  /** "three weeks ago", "a year earlier", "two days later", "four years ago". */
  static Match distance(Scan d, int t) {
    int start = t;
    if (d.lex.article.at(d, t) && d.lex.fewCouple.at(d, t + 1)) t++;
    Object[] c = count(d, t);
    if (c == null) return null;
    int u = (int) c[1];
    String unitWord = low(d, u);
    String unit = d.lex.units.get(unitWord);
    if (unit == null) return null;
    int or = d.lex.or.at(d, u + 1) && d.lex.so.at(d, u + 2) ? 2 : 0; // "a week or so ago"
    u += or;
    String dir = low(d, u + 1);
    boolean ago = d.lex.ago.has(dir);
    boolean anchored = d.lex.anchoredDirection.has(dir);
    // "a year from now", "two weeks from today": counted ahead from the article's day, as "ago" counts back
    boolean fromNow = d.lex.from.has(dir) && d.lex.now.at(d, u + 2);
    if (fromNow) {
      int end = u + 3;
      if (d.dct == null || ((String) c[0]).equals("X") || ((String) c[0]).contains(".") || ((String) c[0]).length() > 4) {
        return new Match(start, end, "DATE", "FUTURE_REF", null);
      }
      String value = shifted(d.dct, unit, Integer.parseInt((String) c[0]));
      if (unit.equals("2W")) value = week(d.dct.plusWeeks(2L * Integer.parseInt((String) c[0])));
      return value == null ? null : new Match(start, end, "DATE", value, null);
    }
    // "two days after today", "2 weeks before yesterday", "four days from tomorrow": counted from the day the word names
    String dayOffset = (d.lex.beforeAfter.has(dir) || d.lex.from.has(dir)) && d.dct != null ? d.lex.days.get(low(d, u + 2)) : null;
    if (!ago && !anchored && dayOffset == null) return null;
    if (anchored && d.lex.beforeAfter.has(dir) && !punctOrEnd(d, u + 2) && dayOffset == null) return null; // "a week before the vote"
    int end = dayOffset == null ? u + 2 : u + 3;
    String count = (String) c[0];
    String ref = ago || d.lex.earlier.has(dir) || d.lex.before.has(dir) ? "PAST_REF" : "FUTURE_REF";
    if (d.dct == null || count.equals("X") || count.contains(".") || count.length() > 4) {
      return new Match(start, end, "DATE", ref, null); // unknown count, or no date to count from
    }
    int n = Integer.parseInt(count);
    int sign = ago || d.lex.earlier.has(dir) || d.lex.before.has(dir) ? -1 : 1;
    LocalDate base = dayOffset != null ? d.dct.plusDays(Integer.parseInt(dayOffset)) : ago ? d.dct : d.anchor;
    // in a passage about a quarter, "a year ago" is that quarter a year before
    if (unit.equals("Y") && dayOffset == null && d.lastQuarter != null && d.a.sentenceOf(start) - d.lastQuarterSentence <= 3) {
      return new Match(start, end, "DATE", quarterOf(d.lastQuarter.plusYears((long) sign * n)), "anchored");
    }
    String value = shiftedBy(unit, base, sign, n);
    if (value == null) return null;
    // "from 36% a year ago": a year-ago comparison base anchors no later "a year earlier"
    boolean comparison = ago && unit.equals("Y") && n == 1;
    return new Match(start, end, "DATE", value, (anchored || comparison) && dayOffset == null ? "anchored" : null);
  }

  /** The date n units (times sign) from base, at the unit's granularity: days a day, weeks an ISO week, years a year. */
  private static String shiftedBy(String unit, LocalDate base, int sign, int n) {
    return switch (unit) {
      case "D" -> iso(base.plusDays((long) sign * n));
      case "W" -> week(base.plusWeeks((long) sign * n));
      case "2W" -> week(base.plusWeeks(2L * sign * n));
      case "WE" -> week(base.plusWeeks((long) sign * n)) + "-WE";
      case "CE" -> centuryValue(base.getYear() + sign * 100 * n);
      case "M" -> String.format("%04d-%02d", base.plusMonths((long) sign * n).getYear(), base.plusMonths((long) sign * n).getMonthValue());
      case "Q" -> quarterOf(base.plusMonths(3L * sign * n));
      case "Y" -> yearValue(base.getYear() + sign * n);
      case "DE" -> decadeValue(base.getYear() + sign * 10 * n);
      default -> null;
    };
  }
}
