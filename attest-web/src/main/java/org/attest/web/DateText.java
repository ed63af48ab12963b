package org.attest.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in a string: ISO dates and date-times, numeric day-month-year forms (27.12.2017,
 * 12/27/2017 by locale), month names ("December 27, 2017", "27. Dezember 2017", "27 déc. 2017",
 * "15 de agosto de 2019", "15 августа 2016": the names are data, {@code dates.txt [month]}).
 * A value keeps the zone of an ISO date-time; its day is the local day as written.
 */
final class DateText {
  /** A date found at {@code start..end} of the scanned string; {@code value} is what to return. */
  record Hit(LocalDate date, String value, int start, int end) {}

  private static final String YEAR = "((?:19|20)[0-9]{2})";
  private static final Pattern ISO = Pattern.compile(
      "(?<![0-9])" + YEAR + "-([01]?[0-9])-([0-3]?[0-9])"
          + "(?:[T ]([0-2]?[0-9]):([0-5][0-9])(?::([0-5][0-9])(?:[.,][0-9]+)?)?\\s?(Z|[+-][01][0-9]:?[0-5][0-9])?)?(?![0-9])");
  private static final Pattern YMD = Pattern.compile("(?<![0-9])" + YEAR + "([/.])([01]?[0-9])\\2([0-3]?[0-9])(?![0-9])");
  private static final Pattern DMY = Pattern.compile(
      "(?<![0-9.,])([0-3]?[0-9])([./-])\\s?([0-3]?[0-9])\\2\\s?((?:19|20)?[0-9]{2})(?![0-9]|\\.[0-9])");
  private static final Pattern COMPACT = Pattern.compile("(?<![0-9])" + YEAR + "([01][0-9])([0-3][0-9])(?![0-9])");

  private final Pattern dayMonth;
  private final Pattern monthDay;
  private final DateRules rules;

  DateText(DateRules rules) {
    this.rules = rules;
    String m = "(" + rules.monthAlternation + ")\\.?(?![\\p{L}])";
    dayMonth = Pattern.compile("(?<![0-9])([0-3]?[0-9])(?:st|nd|rd|th|er|\\.)?\\s*(?:of\\s+|de\\s+)?" + m + "(?:\\s+de)?,?\\s*" + YEAR + "(?![0-9])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    monthDay = Pattern.compile("(?<![\\p{L}])" + m + "\\s*([0-3]?[0-9])(?:st|nd|rd|th)?,?\\s*" + YEAR + "(?![0-9])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static final DateText TEXT = new DateText(DateRules.RULES);

  /** The first date of the string (by position), or null. */
  Hit first(String s, boolean monthFirst) {
    List<Hit> all = all(s, monthFirst);
    Hit best = null;
    for (Hit h : all) if (best == null || h.start() < best.start()) best = h;
    return best;
  }

  /** Every date of the string, in no particular order; overlapping matches of different forms may both appear. */
  List<Hit> all(String s, boolean monthFirst) {
    List<Hit> out = new ArrayList<>();
    if (s == null || s.length() < 6) return out;
    boolean digits = false;
    for (int i = 0; i < s.length() && !digits; i++) digits = s.charAt(i) >= '0' && s.charAt(i) <= '9';
    if (!digits) return out;
    Matcher m = ISO.matcher(s);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) out.add(new Hit(d, isoValue(m, d), m.start(), m.end()));
    }
    m = YMD.matcher(s);
    while (m.find()) add(out, date(m.group(1), m.group(3), m.group(4)), m);
    m = DMY.matcher(s);
    while (m.find()) {
      String a = m.group(1), b = m.group(3), y = year(m.group(4));
      LocalDate d;
      if (m.group(2).equals(".")) d = date(y, b, a);
      else if (monthFirst) d = orElse(date(y, a, b), date(y, b, a));
      else d = orElse(date(y, b, a), date(y, a, b));
      add(out, d, m);
    }
    if (rules.monthAlternation.isEmpty()) return out;
    m = dayMonth.matcher(s);
    while (m.find()) add(out, date(m.group(3), rules.month(m.group(2)), m.group(1)), m);
    m = monthDay.matcher(s);
    while (m.find()) add(out, date(m.group(3), rules.month(m.group(1)), m.group(2)), m);
    return out;
  }

  /** A date of an attribute value: ISO first, then a compact 20171227, then any written form. */
  Hit attribute(String s, boolean monthFirst) {
    if (s == null) return null;
    s = s.strip();
    Matcher m = COMPACT.matcher(s);
    if (s.length() >= 8 && m.lookingAt()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) return new Hit(d, d.toString(), 0, m.end());
    }
    Hit unix = unixSeconds(s);
    if (unix != null) return unix;
    return first(s, monthFirst);
  }

  private static Hit unixSeconds(String s) {
    if (s.length() != 10 && s.length() != 13) return null;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
    long seconds = Long.parseLong(s) / (s.length() == 13 ? 1000 : 1);
    LocalDate d = java.time.Instant.ofEpochSecond(seconds).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    return new Hit(d, d.toString(), 0, s.length());
  }

  private static void add(List<Hit> out, LocalDate d, Matcher m) {
    if (d != null) out.add(new Hit(d, d.toString(), m.start(), m.end()));
  }

  private static LocalDate orElse(LocalDate a, LocalDate b) {
    return a != null ? a : b;
  }

  private static String year(String y) {
    if (y.length() == 4) return y;
    return (y.charAt(0) >= '7' ? "19" : "20") + y;
  }

  private static String isoValue(Matcher m, LocalDate d) {
    if (m.group(4) == null || m.group(7) == null) return d.toString();
    String zone = m.group(7);
    if (zone.length() == 5) zone = zone.substring(0, 3) + ":" + zone.substring(3);
    String text = String.format(java.util.Locale.ROOT, "%sT%02d:%s:%s%s", d, Integer.parseInt(m.group(4)), m.group(5),
        m.group(6) == null ? "00" : m.group(6), zone);
    try {
      return OffsetDateTime.parse(text).toString();
    } catch (DateTimeParseException e) {
      return d.toString();
    }
  }

  private static LocalDate date(String y, String mo, String d) {
    return date(y, Integer.parseInt(mo), d);
  }

  private static LocalDate date(String y, int month, String d) {
    if (month < 1 || month > 12) return null;
    try {
      return LocalDate.of(Integer.parseInt(y), month, Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
