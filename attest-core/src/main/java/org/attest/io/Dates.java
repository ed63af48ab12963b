package org.attest.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Publication dates: an ISO date, or an ISO date-time with or without offset, always with a four-digit year. */
public final class Dates {
  /** java.time also reads "+10000-01-01" and "-0001-01-01"; a publication date has four digits, no sign. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*");

  private Dates() {}

  /** Whether {@code s} is a date YYYY-MM-DD that exists. */
  public static boolean isDate(String s) {
    if (s == null || !DATE.matcher(s).matches()) return false;
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Whether {@code s} is an ISO date (YYYY-MM-DD) or date-time; false for anything else. */
  public static boolean isValid(String s) {
    if (isDate(s)) return true;
    if (s == null || !DATE_TIME.matcher(s).matches()) return false;
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      // no offset
    }
    try {
      LocalDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
