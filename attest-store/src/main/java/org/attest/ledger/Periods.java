package org.attest.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TIMEX3 values as periods of the calendar: where one starts (to order a timeline) and the month
 * it falls in (to compare figures "for the same period"). Values of no calendar ("PAST_REF",
 * "P3Y") have neither.
 */
final class Periods {
  private Periods() {}

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})");

  /** The first day of the period, ISO "YYYY-MM-DD", or null. */
  static String start(String value) {
    LocalDate d = startDate(value);
    return d == null ? null : d.toString();
  }

  static LocalDate startDate(String value) {
    if (value == null) return null;
    try {
      Matcher m;
      if ((m = DAY.matcher(value)).matches()) return LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
      if ((m = MONTH.matcher(value)).matches()) return LocalDate.of(i(m, 1), i(m, 2), 1);
      if ((m = WEEK.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2)).with(DayOfWeek.MONDAY);
        return m.group(3) != null ? d.plusDays(5) : d;
      }
      if ((m = QUARTER.matcher(value)).matches()) return LocalDate.of(i(m, 1), 3 * i(m, 2) - 2, 1);
      if ((m = SEASON.matcher(value)).matches()) {
        int month = switch (m.group(2)) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
        return LocalDate.of(i(m, 1), month, 1);
      }
      if ((m = YEAR.matcher(value)).matches()) return LocalDate.of(i(m, 1), 1, 1);
      if ((m = DECADE.matcher(value)).matches()) return LocalDate.of(i(m, 1) * 10, 1, 1);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  /** The month a period of at most a month falls in ("2017-12"), or null for longer ones. */
  static String month(String value) {
    if (value == null) return null;
    if (DAY.matcher(value).matches() || MONTH.matcher(value).matches()) return value.substring(0, 7);
    Matcher m = WEEK.matcher(value);
    if (m.matches()) {
      LocalDate d = startDate(value);
      return d == null ? null : d.plusDays(3).toString().substring(0, 7); // the month holding the week's Thursday
    }
    return null;
  }

  private static int i(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  /** Days between two publication dates, or -1 when either is unknown. */
  static long days(String a, String b) {
    if (a == null || b == null || a.length() < 10 || b.length() < 10) return -1;
    try {
      return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(a.substring(0, 10)), java.time.LocalDate.parse(b.substring(0, 10))));
    } catch (java.time.format.DateTimeParseException e) {
      return -1;
    }
  }
}
