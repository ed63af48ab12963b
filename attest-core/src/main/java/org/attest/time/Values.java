package org.attest.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** TIMEX3 values as they are written: years of four digits, ISO weeks and quarters, durations, clock times. */
final class Values {
  private Values() {}

  /**
   * The value of a period in a year outside 0000-9999, which TIMEX3 cannot write (years have four
   * digits): the expression is kept without a value. Years so far off come from edge dates ("next
   * year" in an article dated 9999-12-28, "last year" in one dated 0000-01-01) and long counts
   * ("3000 years ago").
   */
  static final String OUT_OF_RANGE = "out of range";

  /**
   * The value as it is written out: null when it is not TIMEX3's, that is a year not of four
   * digits (negative, "-001", or past 9999, "10000-01"), or a decade or century not of three or
   * two ({@link #OUT_OF_RANGE}).
   */
  static String timexValue(String value) {
    if (value == null || value.isEmpty() || value.startsWith(OUT_OF_RANGE)) return null; // also "out of range-SU"

    char c = value.charAt(0);
    if (c == '-' || c == '+') return null;
    if (!Character.isDigit(c)) return value; // XXXX-WXX-1, P3Y, PRESENT_REF
    int digits = 1;
    while (digits < value.length() && Character.isDigit(value.charAt(digits))) digits++;
    if (digits == value.length()) return digits >= 2 && digits <= 4 ? value : null; // century, decade, year
    return digits == 4 ? value : null;
  }

  static boolean inRange(int year) {
    return year >= 0 && year <= 9999;
  }

  /** A year's value: four digits. */
  static String yearValue(int year) {
    return inRange(year) ? String.format("%04d", year) : OUT_OF_RANGE;
  }

  /** The value of the decade a year is in: three digits ("199" for 1990-1999). */
  static String decadeValue(int year) {
    return inRange(year) ? String.format("%03d", year / 10) : OUT_OF_RANGE;
  }

  /** The value of the century a year is in: two digits ("19" for 1900-1999). */
  static String centuryValue(int year) {
    return inRange(year) ? String.format("%02d", year / 100) : OUT_OF_RANGE;
  }

  static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The period {@code shift} units from the date, at the unit's granularity. */
  static String shifted(LocalDate date, String unit, int shift) {
    return switch (unit) {
      case "D" -> iso(date.plusDays(shift));
      case "W" -> week(date.plusWeeks(shift));
      case "WE" -> week(date.plusWeeks(shift)) + "-WE";
      case "M" -> String.format("%04d-%02d", date.plusMonths(shift).getYear(), date.plusMonths(shift).getMonthValue());
      case "Q" -> quarterOf(date.plusMonths(3L * shift));
      case "Y" -> String.format("%04d", date.getYear() + shift);
      case "DE" -> decadeValue(date.getYear() + 10 * shift);
      case "CE" -> centuryValue(date.getYear() + 100 * shift);
      default -> null;
    };
  }

  static String iso(LocalDate d) {
    return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarterOf(LocalDate d) {
    return yearValue(d.getYear()) + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
  }

  static String durationValue(String n, String unit) {
    String count = n;
    boolean whole = n.matches("\\d{1,6}");
    if (unit.equals("2W")) return "P" + (whole ? String.valueOf(2 * Integer.parseInt(n)) : "X") + "W";
    if (unit.startsWith("T")) return "PT" + count + unit.substring(1);
    if (unit.equals("WE")) return "P" + (whole ? String.valueOf(2 * Integer.parseInt(n)) : "X") + "D";
    if (unit.equals("ML")) return "P" + (whole ? String.valueOf(1000L * Integer.parseInt(n)) : "X") + "Y";
    if (unit.equals("DE")) return n.equals("X") ? "PXDE" : "P" + count + "0Y";
    if (unit.equals("CE")) return n.equals("X") ? "PXCE" : "P" + count + "00Y";
    return "P" + count + unit;
  }

  /** n and a half units: "P2Y6M", "PT5H30M", "PT1M30S", "P1DT12H"; null for units without a whole half. */
  static String halfValue(String n, String unit) {
    if (!n.matches("\\d{1,6}")) return null;
    return switch (unit) {
      case "Y" -> "P" + n + "Y6M";
      case "D" -> "P" + n + "DT12H";
      case "TH" -> "PT" + n + "H30M";
      case "TM" -> "PT" + n + "M30S";
      default -> null;
    };
  }

  /** "T14:30", "T08:00:31": a clock value, with its seconds when they are written. */
  static String hms(int h, int min, String seconds) {
    return seconds == null ? String.format("T%02d:%02d", h, min) : String.format("T%02d:%02d:%s", h, min, seconds);
  }
}
