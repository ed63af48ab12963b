package org.attest.time;

import static org.attest.time.Values.iso;
import static org.attest.time.Words.low;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The family time.weekday-of: a weekday counted from the date after it: "the Friday before
 * Christmas", "the Tuesday after Labor Day", "the Saturday of Memorial Day weekend", "the Monday
 * of that week"; the nth weekday of a month: "the first Friday of July". The date after it is any other
 * family's expression of a day, a week or a month.
 */
final class WeekdayOf extends RuleFamily {
  WeekdayOf() {
    super("time.weekday-of", lex -> Set.of());
  }

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");

  @Override
  public Match match(Scan d, int t) {
    Match nth = nthOfMonth(d, t);
    if (nth != null) return nth;
    if (d.dct == null || !d.lex.definite.at(d, t)) return null;
    Integer wd = d.lex.weekdays.get(low(d, t + 1));
    int k = t + 2;
    if (wd == null || !d.a.isCapitalized(t + 1) || !d.lex.of.at(d, k) && !d.lex.beforeAfter.at(d, k)) return null;
    Match from = dateAt(d, k + 1);
    if (from == null) return null;
    int side = d.lex.of.at(d, k) ? 0 : d.lex.before.at(d, k) ? -1 : 1;
    LocalDate day = weekdayFrom(from.value(), DayOfWeek.of(wd), side);
    if (day == null) return null;
    if (!yearWritten(d, k + 1, from.end())) day = nearer(d, t, from.value(), DayOfWeek.of(wd), side, day);
    return new Match(t, from.end(), "DATE", iso(day), null);
  }

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /**
   * "the first Friday of July", "the second Monday of next month", "the first Friday in this month": the nth
   * weekday of the month after it; "second Sunday" with no month and no "the" is of the article's month.
   */
  static Match nthOfMonth(Scan d, int t) {
    boolean the = d.lex.definite.at(d, t);
    int k = the ? t + 1 : t;
    int n = Words.ordinal(d, low(d, k));
    Integer wd = d.lex.weekdays.get(low(d, k + 1));
    if (d.dct == null || n < 1 || n > 5 || wd == null || low(d, k + 1).length() < 6 && !d.a.isCapitalized(k + 1)) return null;
    Match month = d.lex.of.at(d, k + 2) || d.lex.in.at(d, k + 2) ? dateAt(d, k + 3) : null;
    Matcher m = month == null ? null : MONTH.matcher(month.value());
    if (m != null && !m.matches()) return null;
    if (m == null && (the || d.lex.determiners.contains(low(d, t - 1)) || d.a.pos(Math.max(t - 1, 0)).equals("PRON"))) {
      return null; // "the second Sunday in a row", "his first Sunday as pope": no month to count in
    }
    LocalDate first = m != null ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1) : d.dct.withDayOfMonth(1);
    LocalDate day = first.with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.of(wd)));
    if (day.getMonthValue() != first.getMonthValue()) return null;
    return new Match(t, m != null ? month.end() : k + 2, "DATE", iso(day), null);
  }

  /** Whether a year is written in tokens [from, to): "Christmas 2019" is that year's, whatever the tense. */
  private static boolean yearWritten(Scan d, int from, int to) {
    for (int k = from; k < to; k++) if (Words.YEAR.matcher(low(d, k)).matches()) return true;
    return false;
  }

  /**
   * The weekday counted from the date of the year before or after, when that one lies within two
   * months of the article on the tense's side and the first lies far: "was held the Saturday before
   * Christmas" on Dec. 23 is this year's, though the clause's past sent Christmas to last year.
   */
  private static LocalDate nearer(Scan d, int t, String value, DayOfWeek wd, int side, LocalDate day) {
    if (Math.abs(day.toEpochDay() - d.dct.toEpochDay()) <= 300 || !value.matches("\\d{4}-\\d{2}-\\d{2}")) return day;
    Tenses.Tense tense = Tenses.tense(d, t);
    for (int shift : new int[] {-1, 1}) {
      LocalDate other = weekdayFrom(Values.iso(LocalDate.parse(value).plusYears(shift)), wd, side);
      long gap = other.toEpochDay() - d.dct.toEpochDay();
      if (Math.abs(gap) <= 60 && !(tense == Tenses.Tense.PAST && gap > 0) && !(tense == Tenses.Tense.FUTURE && gap < 0)) return other;
    }
    return day;
  }

  /** The longest expression of the other families at k: the date the weekday is counted from. */
  private static Match dateAt(Scan d, int k) {
    Match best = null;
    for (TimeRule family : TimeExtractor.FAMILIES) {
      if (family instanceof WeekdayOf) continue;
      best = Match.longer(best, family.match(d, k));
    }
    return best == null || best.value() == null || !best.type().equals("DATE") ? null : best;
  }

  /** The weekday before (-1), after (1) or of (0) a day or a week value; null for other values. */
  static LocalDate weekdayFrom(String value, DayOfWeek wd, int side) {
    Matcher w = WEEK.matcher(value);
    LocalDate first, last;
    if (w.matches()) {
      first = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
          .with(ChronoField.DAY_OF_WEEK, 1);
      last = first.plusDays(6);
    } else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      first = last = LocalDate.parse(value);
    } else {
      return null;
    }
    if (side < 0) return first.with(TemporalAdjusters.previous(wd));
    if (side > 0) return last.with(TemporalAdjusters.next(wd));
    return first.getDayOfWeek() == wd ? first : first.with(ChronoField.DAY_OF_WEEK, wd.getValue());
  }
}
