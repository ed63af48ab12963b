package org.attest.time;

import static org.attest.time.Tenses.tense;
import static org.attest.time.Values.iso;
import static org.attest.time.Values.week;
import static org.attest.time.Words.low;
import static org.attest.time.Words.phrase;
import static org.attest.time.Words.yearOf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.attest.time.Tenses.Tense;

/** The family time.holiday: holidays: "Christmas", "Thanksgiving", "Easter Monday", "Labor Day weekend". */
final class Holidays extends RuleFamily {
  Holidays() {
    super("time.holiday", lex -> lex.holidayOpeners);
  }

  /** "Christmas", "Thanksgiving", "New Year's Day", "the weekend of Halloween". */
  @Override
  public Match match(Scan d, int t) {
    int w = d.lex.definite.at(d, t) ? t + 1 : t; // "(the) weekend of Halloween": the weekend next to the day
    if (d.lex.weekendWord.at(d, w) && d.lex.of.at(d, w + 1)) {
      Match h = holiday(d, w + 2);
      return h == null || !h.value().matches("\\d{4}-\\d\\d-\\d\\d") ? null : new Match(t, h.end(), "DATE", weekendOf(LocalDate.parse(h.value())), null);
    }
    return holiday(d, t);
  }

  /** The holiday named at t, with its year, week or weekend after it; null for none. */
  static Match holiday(Scan d, int t) {
    // "christmas", "easter": a one-word name is one in lower case too; "father's day" only after a signal ("on father's day") or before a year
    boolean named = d.a.isCapitalized(t) || d.lex.holidays.containsKey(low(d, t));
    boolean signalled = !named && !d.lex.definite.at(d, t) && d.lex.holidayBefore.at(d, t - 1);
    if (!named && !signalled && (d.lex.definite.at(d, t) || !digitsNear(d, t)) || d.dct == null) return null; // most lower-case words: out before the phrase lookup
    named |= signalled;
    Object[] p = phrase(d, t, d.lex.holidays);
    if (p == null) return null;
    int end = (int) p[0];
    if (!named && yearAfter(d, end)[0] < 0) return null;
    String v = (String) p[1];
    int start = d.lex.lastNext.at(d, t - 1) ? t - 1 : t;
    String value = d.lex.lastNext.at(d, t - 1) ? pointed(d, v, d.lex.next.at(d, t - 1)) : byTense(d, t, v);
    int[] year = yearAfter(d, end); // "Christmas 2016", "Father's Day of 2015", "Independence Day of this year"
    if (year[0] > 0) {
      value = holidayIn(v, year[0]);
      end = year[1];
    }
    if (d.lex.weekWord.at(d, end)) { // "Easter week": a week that has begun by the article's day ("as Easter week began") is this year's
      LocalDate h = LocalDate.parse(holidayIn(v, year[0] > 0 ? year[0] : d.dct.getYear()));
      if (year[0] > 0 || Math.abs(h.toEpochDay() - d.dct.toEpochDay()) > 7) h = LocalDate.parse(value);
      return new Match(start, end + 1, "DATE", week(h), null);
    }
    if (d.lex.weekendWord.at(d, end)) { // "Labor Day weekend", "Halloween weekend 2021": the weekend next to the day
      int[] later = year[0] > 0 ? new int[] {-1, end + 1} : yearAfter(d, end + 1);
      if (later[0] > 0) value = holidayIn(v, later[0]);
      return new Match(start, later[0] > 0 ? later[1] : end + 1, "DATE", weekendOf(LocalDate.parse(value)), null);
    }
    return new Match(start, end, "DATE", value, null);
  }

  /** Whether one of the four tokens after t is four digits or "year" (a year may follow a lower-case name: "cyber monday 2015"). */
  private static boolean digitsNear(Scan d, int t) {
    for (int k = t + 1; k <= t + 4 && k < d.a.tokenCount(); k++) {
      String w = d.a.lower(k);
      if (w.length() == 4 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(3)) || d.lex.yearWord.has(w)) return true; // "of this year"
    }
    return false;
  }

  /** The one of the tense: the last one for a past or present clause, the next one for a future clause. */
  private static String byTense(Scan d, int t, String v) {
    int y = d.dct.getYear();
    String value = holidayIn(v, y);
    Tense tense = tense(d, t);
    LocalDate thisYear = LocalDate.parse(value);
    if (tense == Tense.FUTURE || tense == Tense.PRESENT && thisYear.isBefore(d.dct) && d.dct.toEpochDay() - thisYear.toEpochDay() > 182) {
      if (thisYear.isBefore(d.dct)) value = holidayIn(v, y + 1);
    } else if (thisYear.isAfter(d.dct) && (tense == Tense.PAST || thisYear.toEpochDay() - d.dct.toEpochDay() > 182)) {
      value = holidayIn(v, y - 1);
    }
    return value;
  }

  /** "next Easter": the first one after the article's day; "last Easter": the last one before it. */
  private static String pointed(Scan d, String v, boolean next) {
    int y = d.dct.getYear();
    LocalDate thisYear = LocalDate.parse(holidayIn(v, y));
    if (next) return thisYear.isAfter(d.dct) ? iso(thisYear) : holidayIn(v, y + 1);
    return thisYear.isBefore(d.dct) ? iso(thisYear) : holidayIn(v, y - 1);
  }

  /** The year right after a holiday's name: "2016", "of 2015", "of this year"; {year, end} or {-1, k}. */
  private static int[] yearAfter(Scan d, int k) {
    int of = d.lex.of.at(d, k) ? k + 1 : k;
    if (yearOf(low(d, of)) > 0) return new int[] {yearOf(low(d, of)), of + 1};
    Integer relative = of > k ? Words.relativeYear(d, of) : null;
    return relative != null ? new int[] {relative, of + 2} : new int[] {-1, k};
  }

  /** The weekend next to a day: the one it falls in, or the one before a Monday or Tuesday, after a Wednesday to Friday. */
  private static String weekendOf(LocalDate h) {
    int dow = h.getDayOfWeek().getValue();
    LocalDate saturday = dow <= 2 ? h.minusDays(dow + 1) : dow == 7 ? h.minusDays(1) : h.plusDays(6 - dow);
    return week(saturday) + "-WE";
  }

  /** Easter Sunday of year y in the Gregorian calendar (the anonymous algorithm of Meeus). */
  static LocalDate easter(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }

  static String holidayIn(String v, int y) {
    String value;
    switch (v) {
      case "THANKSGIVING" -> value = iso(LocalDate.of(y, 11, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
      case "LABOR" -> value = iso(LocalDate.of(y, 9, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
      case "MEMORIAL" -> value = iso(LocalDate.of(y, 5, 1).with(java.time.temporal.TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      case "ELECTION" -> value = iso(LocalDate.of(y, 11, 2).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)));
      default -> {
        if (v.startsWith("EASTER")) { // "EASTER-2": days from Easter Sunday
          value = iso(easter(y).plusDays(Integer.parseInt(v.substring(6))));
        } else if (v.startsWith("NTH")) { // "NTH 01 1 3": the third Monday of January; -1 the last; "NTH 11 4 4 +1": the day after
          String[] f = v.split(" ");
          int month = Integer.parseInt(f[1]), n = Integer.parseInt(f[3]);
          DayOfWeek dow = DayOfWeek.of(Integer.parseInt(f[2]));
          LocalDate first = LocalDate.of(y, month, 1);
          LocalDate day = n < 0 ? first.with(java.time.temporal.TemporalAdjusters.lastInMonth(dow))
              : first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(n, dow));
          value = iso(f.length > 4 ? day.plusDays(Integer.parseInt(f[4])) : day);
        } else {
          value = iso(LocalDate.of(y, Integer.parseInt(v.substring(0, 2)), Integer.parseInt(v.substring(3))));
        }
      }
    }
    return value;
  }
}
