package org.attest.time;

import static org.attest.time.Values.iso;
import static org.attest.time.Words.low;

import java.time.LocalDate;

/** The family time.relative-day: days by their distance from the article: "today", "yesterday morning", "tonight", "last night". */
final class RelativeDays extends RuleFamily {
  RelativeDays() {
    super("time.relative-day", lex -> lex.days.keySet(), RelativeDays::relativeDay);
  }

  /** "today", "yesterday", "tomorrow", with a part of the day: "yesterday morning", "tonight", "last night". */
  static Match relativeDay(Scan d, int t) {
    Match beyond = dayBeyond(d, t);
    if (beyond != null) return beyond;
    String w = low(d, t);
    String offset = d.lex.days.get(w);
    if (offset != null) {
      if (d.dct == null) return new Match(t, t + 1, "DATE", "XXXX-XX-XX", null);
      LocalDate day = d.dct.plusDays(Integer.parseInt(offset));
      DayParts.Part part = DayParts.at(d, t + 1, true); // "yesterday morning", "today pm"
      if (part != null && !d.lex.tonight.at(d, t + 1)) return new Match(t, part.end(), "TIME", iso(day) + "T" + part.part(), part.mod());
      return new Match(t, t + 1, "DATE", iso(day), null);
    }
    if (d.lex.tonight.has(w) && d.dct != null) return new Match(t, t + 1, "TIME", iso(d.dct) + "TNI", null);
    // "mid-afternoon yesterday", "morning today": the part of the day before its day
    String before = d.lex.dayparts.get(w.startsWith("mid-") ? w.substring(4) : w);
    String dayWord = low(d, t + 1);
    if (before != null && d.lex.days.containsKey(dayWord) && d.dct != null && !d.lex.tonight.has(w)) {
      return new Match(t, t + 2, "TIME", iso(d.dct.plusDays(Integer.parseInt(d.lex.days.get(dayWord)))) + "T" + before, null);
    }
    Match mid = midPart(d, t);
    if (mid != null) return mid;
    Match weekday = partBeforeWeekday(d, t);
    if (weekday != null) return weekday;
    if (d.lex.thisLast.has(w) && d.dct != null) {
      String part = d.lex.dayparts.get(low(d, t + 1));
      if (part != null && !d.lex.tonight.at(d, t + 1)) {
        if (d.lex.last.has(w) && !d.lex.night.at(d, t + 1)) return null;
        LocalDate day = d.lex.last.has(w) ? d.dct.minusDays(1) : d.dct;
        return new Match(t, t + 2, "TIME", iso(day) + "T" + part, null);
      }
    }
    return null;
  }

  /** "(the) day after tomorrow", "the day before yesterday": one day beyond the day word, with its clock time joined later. */
  static Match dayBeyond(Scan d, int t) {
    int k = d.lex.definite.at(d, t) ? t + 1 : t;
    if (d.dct == null || !d.lex.dayWord.at(d, k) || !d.lex.beforeAfter.at(d, k + 1)) return null;
    String offset = d.lex.days.get(low(d, k + 2));
    if (offset == null || offset.equals("0")) return null;
    int shift = Integer.parseInt(offset) + (d.lex.after.at(d, k + 1) ? 1 : -1);
    if (Math.abs(shift) != 2) return null; // "the day after yesterday" is today: no such phrase in news
    return new Match(t, k + 3, "DATE", iso(d.dct.plusDays(shift)), null);
  }

  /**
   * "(in the) early-morning Tuesday", "the late night on Tuesday", "the morning of this Tuesday", "the afternoon, last
   * Friday": the part of the day before its weekday, of that weekday's day.
   */
  static Match partBeforeWeekday(Scan d, int t) {
    DayParts.Part part = DayParts.at(d, t, false);
    if (part == null || d.lex.tonight.at(d, t) || d.dct == null) return null;
    int k = part.end();
    boolean pointed = low(d, k).equals(",") || d.lex.of.at(d, k); // "the night of Friday, Oct. 23": TimeML marks the day alone
    if (pointed || d.lex.on.at(d, k)) k++;
    if (d.lex.weekdayDirection.at(d, k)) k++; // "this Tuesday": the weekday reads the word before it
    else if (pointed) return null; // "in the evening, Tuesday's results": no day of the evening
    Match day = d.lex.weekdays.containsKey(low(d, k)) ? Weekdays.weekday(d, k) : null;
    if (day == null || !day.value().matches("\\d{4}-\\d\\d-\\d\\d")) return null;
    return new Match(t, day.end(), "DATE", day.value() + "T" + part.part(), part.mod());
  }

  /**
   * "By midafternoon", "in mid-morning", "until mid evening": the middle of a part of the day (not of
   * the night: "midnight" is a clock time), after a preposition, of the day in its context.
   */
  static Match midPart(Scan d, int t) {
    String w = low(d, t);
    int end = t + 1;
    String rest = w.startsWith("mid-") ? w.substring(4) : w.startsWith("mid") ? w.substring(3) : null;
    if (rest != null && rest.isEmpty()) {
      rest = low(d, t + 1); // "mid afternoon"
      end = t + 2;
    }
    String part = rest == null ? null : d.lex.dayparts.get(rest);
    if (part == null || part.equals("NI") || d.dct == null || t == 0 || !d.a.pos(t - 1).equals("ADP")) return null;
    int hour = part.equals("MO") ? 10 : part.equals("AF") ? 15 : 19;
    Match day = ClockTimes.dayAfterClock(d, end); // "at mid-morning Thursday"
    if (day != null && !ClockTimes.parenthesisIn(d, end, day.start())) return new Match(t, day.end(), "TIME", day.value().substring(0, 10) + "T" + part, "MID");
    return new Match(t, end, "TIME", iso(d.clockDay(t, hour)) + "T" + part, "MID");
  }
}
