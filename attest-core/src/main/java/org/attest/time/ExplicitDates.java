package org.attest.time;

import static org.attest.time.Tenses.yearByTense;
import static org.attest.time.Values.iso;
import static org.attest.time.Values.safeDate;
import static org.attest.time.Words.ORDINAL_DIGIT;
import static org.attest.time.Words.attributive;
import static org.attest.time.Words.dayOf;
import static org.attest.time.Words.firstDayOfRange;
import static org.attest.time.Words.isNoun;
import static org.attest.time.Words.low;
import static org.attest.time.Words.month;
import static org.attest.time.Words.ordinal;
import static org.attest.time.Words.relativeYear;
import static org.attest.time.Words.spokenDay;
import static org.attest.time.Words.words;
import static org.attest.time.Words.yearAt;
import static org.attest.time.Words.yearOf;

import java.time.LocalDate;
import org.attest.text.Analysis;

/** The family time.explicit-date: "Sept. 30", "January 5, 2017", "5 January 2017", "January 2017", "May of this year", "the 5th of June". */
final class ExplicitDates extends RuleFamily {
  ExplicitDates() {
    super("time.explicit-date", lex -> words(lex.months.keySet(), lex.numbers.keySet(), lex.ordinals.keySet()), ExplicitDates::explicitDate);
  }

  /** "Sept. 30", "January 5, 2017", "5 January 2017", "January 2017", "May of this year", "May". */
  static Match explicitDate(Scan d, int t) {
    Analysis a = d.a;
    int n = a.tokenCount();
    Integer month = month(d, t);
    int day = -1, year = -1, end;
    int start = t;
    int[] spoken;
    int[] first = month == null ? dayBeforeOf(d, t) : null; // "the 20th of", "twenty second of"
    if (first != null && month(d, first[1] + 1) == null) {
      return first[1] + 2 < n && d.lex.monthWord.at(d, first[1] + 2) ? dayOfRelativeMonth(d, t, first) : null; // "the 20th of next month"
    }
    if (month != null) {
      end = t + 1;
      if (end < n && dayOf(low(d, end)) > 0 && !(low(d, end + 1).equals(":") && low(d, end + 2).matches("\\d+"))) {
        day = dayOf(low(d, end));
        end++;
      } else if (end < n && firstDayOfRange(low(d, end)) > 0) { // "Feb. 11-15" in one token: the range's first day
        day = firstDayOfRange(low(d, end));
        end++;
      } else if (end < n && (spoken = spokenDay(d, end, true)) != null && !d.lex.units.containsKey(low(d, spoken[1]))
          && !d.lex.halfWord.at(d, spoken[1]) && (ordinal(d, low(d, spoken[1] - 1)) > 0 || !isNoun(d, spoken[1]))) {
        day = spoken[0]; // "March eighth", "May twenty-first", "May twenty nine", as it is spoken ("May twenty one people": a count)
        end = spoken[1];
      }
      int[] ye = yearAfterMonth(d, end, day);
      year = ye[0];
      end = ye[1];
    } else if (dayOf(low(d, t)) > 0 && !d.lex.currencySigns.contains(low(d, t - 1)) && (month = month(d, t + 1)) != null) { // "5 January 2017" ("$12 December 27": money)
      day = dayOf(low(d, t));
      int[] ye = yearAfterMonth(d, t + 2, day); // "5 January 2017", "25 January nineteen eighty-six", "15 April of 87", "28 June in 2020"
      year = ye[0];
      end = ye[1];
    } else if (first != null) {
      day = first[0]; // "the 5th of January", "twenty second of June", "the fourth of July, 1995"
      month = month(d, first[1] + 1);
      int[] ye = yearAfterMonth(d, first[1] + 2, day); // "the fourth of July, 1995", "the tenth of September, two thousand"
      year = ye[0];
      end = ye[1];
    } else {
      return null;
    }
    if (year < 0 && day < 0 && !monthAlone(d, start)) return null;
    if (year < 0) year = yearByTense(d, start, month, day);
    if (day > 0 && (day > 31 || safeDate(year < 0 ? 2000 : year, month, day) == null)) return null; // "February 30" is no date
    String value;
    if (year < 0) value = day > 0 ? String.format("XXXX-%02d-%02d", month, day) : String.format("XXXX-%02d", month);
    else if (day > 0) value = String.format("%04d-%02d-%02d", year, month, day);
    else value = String.format("%04d-%02d", year, month);
    String mod = low(d, start).startsWith("mid-") ? "MID" : null;
    DayParts.Part part = day > 0 ? DayParts.at(d, end, true) : null; // "Feb 5 AM", "March 3 morning": the day's part
    if (part != null && mod == null) return new Match(start, part.end(), "DATE", value + "T" + part.part(), part.mod());
    return new Match(start, end, "DATE", value, mod);
  }

  /**
   * The year after a month (and its day): "January 5, 2017", "July 4th of 1995", "January nineteen ninety-seven",
   * "June last year", "May of this year", "April of 1987"; {year, end}, the year -1 and the end as it was when none.
   */
  /** Two digits that can stand for a year after its month: "of 87", "August 99". */
  private static final java.util.regex.Pattern SHORT = java.util.regex.Pattern.compile("\\d\\d");

  static int[] yearAfterMonth(Scan d, int end, int day) {
    int n = d.a.tokenCount();
    int year = -1;
    int y = end;
    if (y < n && low(d, y).equals(",") && y + 1 < n && (yearOf(low(d, y + 1)) > 0 || yearAt(d, y + 1, true) != null)) y++;
    if (day > 0 && y + 1 < n && d.lex.of.at(d, y) && (yearOf(low(d, y + 1)) > 0 || SHORT.matcher(low(d, y + 1)).matches())) y++; // "July 4th of 1995", "15 April of 87"
    if (y + 1 < n && d.lex.in.at(d, y) && yearOf(low(d, y + 1)) > 0 && !low(d, y + 1).startsWith("'")) y++; // "28 June in 2020"
    int[] spelled;
    if (y > end && SHORT.matcher(low(d, y)).matches() || y == end && day < 0 && SHORT.matcher(low(d, y)).matches() && Integer.parseInt(low(d, y)) > 31
        && Words.punctOrEnd(d, y + 1)) { // "April of 87", "August 99": the year's last two digits, where they can be no day
      year = yearOf("'" + low(d, y));
      end = y + 1;
    } else if (y < n && yearOf(low(d, y)) > 0) {
      year = yearOf(low(d, y));
      end = y + 1;
    } else if ((spelled = yearAt(d, y, false)) != null // "January nineteen ninety-seven"
        || (spelled = yearAt(d, y, true)) != null && !isNoun(d, spelled[1]) && !d.lex.of.at(d, spelled[1])) { // "October two thousand and five" ("in May two thousand people": a count)
      year = spelled[0];
      end = spelled[1];
    } else if (day < 0 && relativeYear(d, y) != null) { // "June last year"
      year = relativeYear(d, y);
      end = y + 2;
    } else if (day < 0 && y + 1 < n && d.lex.of.at(d, y)) { // "May of this year", "April of 1987"
      Integer rel = relativeYear(d, y + 1);
      if (rel != null) {
        year = rel;
        end = y + 3;
      } else if (yearOf(low(d, y + 1)) > 0 || SHORT.matcher(low(d, y + 1)).matches()) {
        year = yearOf(SHORT.matcher(low(d, y + 1)).matches() ? "'" + low(d, y + 1) : low(d, y + 1));
        end = y + 2;
      } else if ((spelled = yearAt(d, y + 1, false)) != null) { // "June of nineteen ninety-nine"
        year = spelled[0];
        end = spelled[1];
      }
    }
    return new int[] {year, end};
  }

  /**
   * A day of the month before "of": "the 5th of", "20th of", "the second of", "twenty second of",
   * "the twenty-ninth of" (a bare number only after "the": "the 5 of"); {day, index of "of"} or null.
   */
  static int[] dayBeforeOf(Scan d, int t) {
    int k = d.lex.definite.at(d, t) ? t + 1 : t;
    String w = low(d, k);
    if (w.isEmpty()) return null;
    if (Character.isDigit(w.charAt(0))) {
      int day = dayOf(w);
      int of = d.lex.dayWord.at(d, k + 1) && ORDINAL_DIGIT.matcher(w).matches() ? k + 2 : k + 1; // "the 15th day of"
      if (day < 0 || k == t && !ORDINAL_DIGIT.matcher(w).matches() || !d.lex.of.at(d, of)) return null;
      return new int[] {day, of};
    }
    int[] spoken = spokenDay(d, k, false);
    if (spoken == null) return null;
    int of = d.lex.dayWord.at(d, spoken[1]) ? spoken[1] + 1 : spoken[1]; // "the twenty-sixth day of"
    return d.lex.of.at(d, of) ? new int[] {spoken[0], of} : null;
  }

  /** "the 20th of next month", "the first of this month": that day of the month the words name. */
  static Match dayOfRelativeMonth(Scan d, int start, int[] first) {
    String which = low(d, first[1] + 1);
    Integer shift = d.lex.definite.has(which) ? Integer.valueOf(0) : d.lex.directions.get(which);
    if (shift == null || d.dct == null) return null;
    LocalDate month = d.dct.withDayOfMonth(1).plusMonths(shift);
    if (first[0] > month.lengthOfMonth()) return null;
    return new Match(start, first[1] + 3, "DATE", iso(month.withDayOfMonth(first[0])), null);
  }

  /** A month name with neither day nor year is a date after a preposition or modifier. */
  static boolean monthAlone(Scan d, int t) {
    if (low(d, t).startsWith("mid-")) return true;
    if (t == 0) return d.a.pos(t).equals("PROPN");
    String prev = low(d, t - 1);
    if (d.lex.monthBefore.contains(prev)) return true;
    if (attributive(d, t)) return true; // a month before a noun is a date too: "the October slaying", "a June agreement"
    return d.a.pos(t).equals("PROPN") && !d.a.isCapitalized(t) == false && t + 1 < d.a.tokenCount() && d.a.pos(t + 1).equals("PUNCT");
  }
}
