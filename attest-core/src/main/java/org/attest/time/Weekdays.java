package org.attest.time;

import static org.attest.time.ExplicitDates.explicitDate;
import static org.attest.time.Tenses.tense;
import static org.attest.time.Values.iso;
import static org.attest.time.Words.ORDINAL_DIGIT;
import static org.attest.time.Words.dayOf;
import static org.attest.time.Words.isNoun;
import static org.attest.time.Words.low;
import static org.attest.time.Words.spokenDay;
import static org.attest.time.Words.weekShift;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.attest.time.Tenses.Tense;

/** The family time.weekday: weekdays: "Friday", "next Sunday", "Friday the 13th", "Friday, Oct. 23", "Tuesday nights". */
final class Weekdays extends RuleFamily {
  Weekdays() {
    super("time.weekday", lex -> lex.weekdays.keySet(), Weekdays::weekday);
  }

  /** "Friday", "on Wednesday night": the day the tense points to. */
  static Match weekday(Scan d, int t) {
    Integer wd = d.lex.weekdays.get(low(d, t));
    if (wd == null && ORDINAL_DIGIT.matcher(low(d, t + 1)).matches()) wd = d.lex.weekdays.get(low(d, t) + "."); // "Tue 13th": no period before its day
    if (wd == null || !d.a.isCapitalized(t) && low(d, t).length() < 6) return null; // "friday" in lower case is still Friday; "sun", "wed" are words
    // "Tuesday nights", "Monday and Tuesday nights": a weekday's part in the plural recurs
    String plural = pluralDaypart(d, t + 1);
    if (plural == null && d.lex.andOr.at(d, t + 1) && d.lex.weekdays.containsKey(low(d, t + 2))) {
      String other = pluralDaypart(d, t + 3);
      if (other != null) return new Match(t, t + 1, "SET", "XXXX-WXX-" + wd + "T" + other, null);
    }
    if (plural != null) return new Match(t, t + 2, "SET", "XXXX-WXX-" + wd + "T" + plural, null);
    if (d.dct == null) return new Match(t, t + 1, "DATE", "XXXX-WXX-" + wd, null);
    Tense tense = tense(d, t);
    String prev = t > 0 ? low(d, t - 1) : "";
    boolean fromAnchor = d.lex.definite.at(d, t - 2) && d.lex.sequenceWeekday.has(prev);
    LocalDate day = dayByTense(d, t, wd, tense, prev, fromAnchor);
    int start = d.lex.weekdayDirection.has(prev) ? t - 1 : t;
    if (d.lex.coming.has(prev) && d.lex.thisWord.at(d, t - 2)) start--;
    if (fromAnchor) start = t - 2;
    // "Tuesday of next week", "Friday this week": the week says which Tuesday
    int w = d.lex.of.at(d, t + 1) ? t + 2 : t + 1;
    Integer weekShift = weekShift(d, w);
    if (weekShift != null && !fromAnchor) {
      LocalDate inWeek = d.dct.plusWeeks(weekShift).with(java.time.temporal.ChronoField.DAY_OF_WEEK, wd);
      return new Match(start, w + 2, "DATE", iso(inWeek), null);
    }
    // "Friday the 13th": the nearest month, in the tense's direction, whose 13th is a Friday
    boolean bareNth = ORDINAL_DIGIT.matcher(low(d, t + 1)).matches() // "Friday 13th", without "the"; "Monday 21!", "Friday 23 at 4"
        || Words.DAY.matcher(low(d, t + 1)).matches() && (Words.punctOrEnd(d, t + 2) || d.lex.clockJoints.contains(low(d, t + 2)));
    int nth = d.lex.definite.at(d, t + 1) ? dayOf(low(d, t + 2)) : bareNth ? dayOf(low(d, t + 1)) : -1;
    int nthEnd = bareNth ? t + 2 : t + 3;
    int[] spokenNth = nth < 0 && d.lex.definite.at(d, t + 1) ? spokenDay(d, t + 2, false) : null; // "Monday the twenty-seventh"
    if (spokenNth != null && isNoun(d, spokenNth[1])) spokenNth = null; // "on Wednesday the first time"
    if (spokenNth != null) {
      nth = spokenNth[0];
      nthEnd = spokenNth[1];
    }
    if (nth > 0 && nth <= 31 && !fromAnchor && (spokenNth != null || bareNth || ORDINAL_DIGIT.matcher(low(d, t + 2)).matches()) && !d.lex.units.containsKey(low(d, nthEnd))
        && !d.lex.of.at(d, nthEnd) && !namesAfterOrdinal(d, nthEnd)) {
      LocalDate found = null;
      for (int k = 0; k <= 14 && found == null; k++) {
        for (int sign : tense == Tense.FUTURE ? new int[] {1} : tense == Tense.PAST ? new int[] {-1} : new int[] {-1, 1}) {
          LocalDate month = d.dct.withDayOfMonth(1).plusMonths((long) sign * k);
          LocalDate c = nth <= month.lengthOfMonth() ? month.withDayOfMonth(nth) : null;
          if (c != null && c.getDayOfWeek().getValue() == wd && found == null) found = c;
        }
      }
      if (found != null) return new Match(start, nthEnd, "DATE", iso(found), null);
    }
    // "Friday, Oct. 23": the date says which Friday
    int after1 = low(d, t + 1).equals(",") ? t + 2 : t + 1;
    Match date = explicitDate(d, after1);
    if (date != null && date.value().matches("\\d{4}-\\d{2}-\\d{2}")) return new Match(start, date.end(), "DATE", date.value(), null);
    return withPart(d, t, start, day);
  }

  /** The weekday and its part: "Friday morning", "Sunday late night", "Tuesday in the afternoon"; else the day alone. */
  static Match withPart(Scan d, int t, int start, LocalDate day) {
    // "Friday morning", "Sunday night", "Sunday early morning", "Tuesday late-night", "Tuesday AM": the day and its part
    DayParts.Part after = DayParts.at(d, t + 1, true);
    if (after != null) return new Match(start, after.end(), "DATE", iso(day) + "T" + after.part(), after.mod());
    String part;
    int in = low(d, t + 1).equals(",") ? t + 2 : t + 1; // "Tuesday in the afternoon", "Friday, in the morning"
    part = d.lex.in.at(d, in) && d.lex.definite.at(d, in + 1) ? d.lex.dayparts.get(low(d, in + 2)) : null;
    if (part != null && !d.lex.of.at(d, in + 3)) return new Match(start, in + 3, "DATE", iso(day) + "T" + part, null);
    return new Match(start, t + 1, "DATE", iso(day), null);
  }

  /** The day of the weekday the words before it or the tense point to: "next Sunday", "the previous Friday", "Friday" in the past. */
  static LocalDate dayByTense(Scan d, int t, int wd, Tense tense, String prev, boolean fromAnchor) {
    LocalDate day;
    DayOfWeek target = DayOfWeek.of(wd);
    LocalDate before = d.dct.with(java.time.temporal.TemporalAdjusters.previousOrSame(target));
    LocalDate after = d.dct.with(java.time.temporal.TemporalAdjusters.nextOrSame(target));
    if (fromAnchor) { // "the previous Friday", "the following Monday": counted from the last day named
      LocalDate from = d.anchorGrain == Scan.Grain.DAY ? d.anchor : d.dct;
      day = d.lex.following.has(prev) ? from.with(java.time.temporal.TemporalAdjusters.next(target))
          : from.with(java.time.temporal.TemporalAdjusters.previous(target));
    } else if (d.lex.ahead.has(prev)) { // "next Sunday", "this coming Sunday"
      day = after.equals(d.dct) ? after.plusWeeks(1) : after;
    } else if (d.lex.last.has(prev)) {
      day = before.equals(d.dct) ? before.minusWeeks(1) : before;
    } else if (d.lex.thisWord.has(prev)) { // "this Friday": the Friday of the article's week, unless the tense says it is gone or to come
      day = d.dct.with(java.time.temporal.ChronoField.DAY_OF_WEEK, wd);
      // a present or future clause, or one of no tense, speaks of a day still to come: "Voters head to the polls this Monday" on a Sunday
      if (tense != Tense.PAST && day.isBefore(d.dct)) day = day.plusWeeks(1);
      if (tense == Tense.PAST && day.isAfter(d.dct)) day = day.minusWeeks(1);
    } else if (d.lex.possessive.at(d, t + 1)) {
      day = before; // "Wednesday's ruling", "Thursday's closing price": a day whose news is out
    } else if (tense == Tense.FUTURE) {
      day = after;
    } else if (tense == Tense.PAST) {
      day = before;
    } else if (d.lex.until.has(prev)) {
      day = after; // "Cyprus has until Monday to raise the money": a deadline of a clause in the present lies ahead
    } else { // no tense to go by: the nearer one
      day = java.time.temporal.ChronoUnit.DAYS.between(before, d.dct) <= java.time.temporal.ChronoUnit.DAYS.between(d.dct, after) ? before : after;
    }
    return day;
  }

  /** The part of the day of a plural like "nights" or "mornings", or null. */
  static String pluralDaypart(Scan d, int t) {
    String w = low(d, t);
    return w.length() > 1 && w.endsWith("s") ? d.lex.dayparts.get(w.substring(0, w.length() - 1)) : null;
  }

  /**
   * Whether the word at {@code k}, right after "Friday the 5th", makes the ordinal part of a name or a noun phrase:
   * "the 5th Circuit Court", "the 3rd Infantry Division", "the 2nd round"; then the weekday stands alone.
   */
  static boolean namesAfterOrdinal(Scan d, int k) {
    if (k >= d.a.tokenCount()) return false;
    String pos = d.a.pos(k);
    return d.a.isCapitalized(k) || pos.equals("PROPN") || pos.equals("NOUN");
  }
}
