package org.attest.io;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Publication dates: an ISO date, or an ISO date-time with or without offset. */
public final class Dates {
  private Dates() {}

  public static boolean isDate(String s) {
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Whether {@code s} is an ISO date (YYYY-MM-DD) or date-time; false for anything else. */
  public static boolean isValid(String s) {
    if (s == null) return false;
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      // not a plain date: try a date-time
    }
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
