package org.attest.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates: an ISO date, or an ISO date-time with or without offset, always with a four-digit year. {@link #normalize}
 * also reads the forms real metadata uses ("2014-12-29 10:32:29", RFC 822/1123 "Mon, 29 Dec 2014 10:32:29 GMT") and writes
 * them the ISO way.
 */
public final class Dates {
  /** java.time also reads "+10000-01-01" and "-0001-01-01"; a publication date has four digits, no sign. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*");
  /** A date and a time apart ("2014-12-29 10:32:29"), a zone or offset after them or not. */
  private static final Pattern SPACED = Pattern.compile(
      "([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,9})?)?)\\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?");
  /** RFC 822 / 1123 / 2822: an optional weekday, day, month name, four-digit year, optional time and zone. */
  private static final Pattern RFC822 = Pattern.compile(
      "(?:[A-Za-z]{3,9},?\\s+)?([0-9]{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+([0-9]{4})"
          + "(?:\\s+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:\\s*([A-Za-z]{1,5}|[+-][0-9]{2}:?[0-9]{2}))?)?");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  /** The zone names RFC 822 allows (military letters aside), as offsets in hours. */
  private static final Map<String, Integer> ZONES = Map.of("UT", 0, "UTC", 0, "GMT", 0, "Z", 0, "EST", -5, "EDT", -4, "CST", -6,
      "CDT", -5, "MST", -7, "MDT", -6);
  private static final Map<String, Integer> PACIFIC = Map.of("PST", -8, "PDT", -7);

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

  /**
   * {@code s} as an ISO date or date-time, or null when it is none of the forms read: an ISO date or date-time (kept as
   * given), a date and time with a space between them and an optional zone ("2014-12-29 10:32:29", "2014-12-29 10:32 +0100"),
   * RFC 822/1123 ("Mon, 29 Dec 2014 10:32:29 GMT", "29 Dec 2014 10:32:29 +0000", "29 Dec 2014"). A time keeps its offset (the
   * publication day is the one of its zone); the year has four digits.
   */
  public static String normalize(String s) {
    if (s == null) return null;
    s = s.strip();
    if (isValid(s)) return s;
    Matcher m = SPACED.matcher(s);
    if (m.matches()) return spaced(m);
    m = RFC822.matcher(s);
    if (m.matches()) return rfc822(m);
    return null;
  }

  private static String spaced(Matcher m) {
    try {
      LocalDateTime t = LocalDateTime.of(LocalDate.parse(m.group(1)), LocalTime.parse(m.group(2).replace(',', '.')));
      String zone = m.group(3);
      if (zone == null) return t.toString();
      ZoneOffset offset = zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT") ? ZoneOffset.UTC : ZoneOffset.of(colon(zone));
      return t.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String rfc822(Matcher m) {
    Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
    if (month == null) return null;
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
      if (m.group(4) == null) return day.toString();
      LocalDateTime t = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String zone = m.group(7);
      if (zone == null) return t.toString();
      ZoneOffset offset;
      if (zone.startsWith("+") || zone.startsWith("-")) {
        offset = ZoneOffset.of(colon(zone));
      } else {
        String z = zone.toUpperCase(Locale.ROOT);
        Integer hours = ZONES.containsKey(z) ? ZONES.get(z) : PACIFIC.get(z);
        if (hours == null) return null; // a zone name we cannot place: better no date than a wrong day
        offset = ZoneOffset.ofHours(hours);
      }
      return t.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "+0100" → "+01:00", "+01" stays. */
  private static String colon(String offset) {
    return offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
  }
}
