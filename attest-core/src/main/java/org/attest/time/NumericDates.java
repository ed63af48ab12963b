package org.attest.time;

import static org.attest.time.Tenses.yearByTense;
import static org.attest.time.Values.hms;
import static org.attest.time.Values.iso;
import static org.attest.time.Values.safeDate;
import static org.attest.time.Words.YEAR;
import static org.attest.time.Words.low;
import static org.attest.time.Words.phrase;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.text.Analysis;

/** The family time.numeric-date: dates in numbers: "2017-12-27", "12/27/2017", "2016-11", "4/22", ISO date-times, and month names glued to numbers ("Dec-2018", "05-Aug-2016"). */
final class NumericDates extends RuleFamily {
  NumericDates() {
    super("time.numeric-date", lex -> lex.months.keySet()); // "September-2020-23" is cut after its month
  }

  @Override
  public boolean opensByShape(Scan d, int t) {
    String w = d.a.lower(t);
    if (Character.isDigit(w.charAt(w.length() - 1)) && gluedMonth(d, w) != null) return true; // "Oct2", "Dec31"
    return t + 1 < d.a.tokenCount() && d.a.end(t) == d.a.start(t + 1) && (d.a.lower(t + 1).charAt(0) == '-' || d.a.lower(t + 1).charAt(0) == '/')
        && d.lex.months.containsKey(d.a.lower(t) + "."); // "Mar" "-" "4"
  }

  @Override
  public Match match(Scan d, int t) {
    Match best = Match.longer(Match.longer(numericDate(d, t), gluedMonthDate(d, t)), spacedMonth(d, t)); // the first of two equal matches wins
    return Match.longer(best, monthGluedToDay(d, t));
  }

  /** A month name glued to its day: "Oct2", "October2", "Oct.23", "Dec31". */
  static final Pattern MONTH_DAY = Pattern.compile("([a-z]{3,9}\\.?)(\\d{1,2})");

  /** The matcher of a month glued to its day in w, when its letters are a month's; else null. */
  private static Matcher gluedMonth(Scan d, String w) {
    Matcher m = MONTH_DAY.matcher(w);
    if (!m.matches()) return null;
    String name = m.group(1);
    return d.lex.months.containsKey(name) || !name.endsWith(".") && d.lex.months.containsKey(name + ".") ? m : null;
  }

  /** "Oct2", "Dec31 , 1994": the day of that month, in the year written after it or by the tense. */
  static Match monthGluedToDay(Scan d, int t) {
    String w = low(d, t);
    Matcher m = Character.isLetter(w.charAt(0)) && Character.isDigit(w.charAt(w.length() - 1)) ? gluedMonth(d, w) : null;
    if (m == null) return null;
    String name = m.group(1);
    int month = d.lex.months.containsKey(name) ? d.lex.months.get(name) : d.lex.months.get(name + ".");
    int day = Integer.parseInt(m.group(2));
    if (day < 1 || day > 31 || safeDate(2000, month, day) == null) return null;
    int end = t + 1, comma = low(d, end).equals(",") ? end + 1 : end;
    int year = YEAR.matcher(low(d, comma)).matches() ? Integer.parseInt(low(d, comma)) : -1;
    if (year > 0) end = comma + 1;
    else year = yearByTense(d, t, month, day);
    Match date = dateMatch(t, end, year < 0 ? 2000 : year, month, day);
    return date == null ? null : year < 0 ? new Match(t, end, "DATE", String.format("XXXX-%02d-%02d", month, day), null) : date;
  }

  /** A year and its month apart by a spaced hyphen or slash: "2016 - 11", "2016 / 11", "11 - 2016", "11/ 2016". */
  static final Pattern SPACED_MONTH = Pattern.compile("(\\d{4}) ?[-/] ?(\\d{1,2})|(\\d{1,2}) ?[-/] ?(\\d{4})");

  /** "2016 - 11", "11 / 2016": the month; spaced, so no range of years ("the 2010-11 season") nor a code. */
  static Match spacedMonth(Scan d, int t) {
    String w = low(d, t);
    if (!Character.isDigit(w.charAt(0)) || w.length() > 5 || t > 0 && d.a.end(t - 1) == d.a.start(t)) return null;
    String text = d.a.text();
    int after = d.a.end(t) < text.length() && text.charAt(d.a.end(t)) == ' ' ? d.a.end(t) + 1 : d.a.end(t);
    char joint = after < text.length() ? text.charAt(after) : ' ';
    if (joint != '-' && joint != '/' && w.indexOf('-') < 0 && w.indexOf('/') < 0) return null; // one look rules most numbers out
    for (int e = Math.min(t + 2, d.a.tokenCount() - 1); e > t; e--) {
      String s = d.a.text().substring(d.a.start(t), d.a.end(e));
      if (s.indexOf(' ') < 0 || e + 1 < d.a.tokenCount() && d.a.end(e) == d.a.start(e + 1)) continue; // glued: numericDate's
      Matcher m = SPACED_MONTH.matcher(s);
      if (!m.matches()) continue;
      String year = m.group(1) != null ? m.group(1) : m.group(4);
      int month = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
      if (!YEAR.matcher(year).matches() || month < 1 || month > 12) return null;
      return new Match(t, e + 1, "DATE", String.format("%s-%02d", year, month), null);
    }
    return null;
  }

  static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** An ISO date and time, "2016-12-16T12:23:59", lower case as tokens are compared. */
  static final Pattern ISO_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})t(\\d{2}):(\\d{2})(?::(\\d{2}))?");

  /** Numbers joined by slashes or hyphens: "12/27/2017", "2015/08/12", "3-7-2017", "2016-11", "11/2016", "4/22". */
  static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,4})([/-])(\\d{1,4})(?:\\2(\\d{1,4}))?");

  /**
   * "2017-12-27", "12/27/2017", "2015/08/12", "3-7-2017", "9-18-15"; a month and its year,
   * "2016-11", "11/2016"; a month and day, "4/22", by the tense as a month name is.
   */
  static Match numericDate(Scan d, int t) {
    String w = low(d, t);
    if (!Character.isDigit(w.charAt(0))) return null;
    int glued = t; // "1999-12-31" may come cut as "1999" "-" "12-31"
    while (glued + 1 < d.a.tokenCount() && glued - t < 4 && d.a.end(glued) == d.a.start(glued + 1)) glued++;
    if (glued == t && w.indexOf('/') < 0 && w.indexOf('-') < 0) return null; // most numbers: no joint, no date
    if (t > 0 && d.a.end(t - 1) == d.a.start(t) && "-/0123456789".indexOf(d.a.text().charAt(d.a.start(t) - 1)) >= 0) return null; // "133-03-03-2020": a code
    for (int e = glued; e >= t; e--) {
      String s = e == t ? w : phrase(d.a, t, e - t + 1);
      // a part of a longer number ("2016-12" of "2016-12-16T12:23:59") is no date of its own
      if (e < glued && "-/0123456789".indexOf(d.a.text().charAt(d.a.end(e))) >= 0) continue;
      Matcher iso = ISO.matcher(s);
      if (iso.matches()) return dateMatch(t, e + 1, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      Matcher stamp = ISO_TIME.matcher(s); // "2016-12-16T12:23:59"
      if (stamp.matches()) {
        Match day = dateMatch(t, e + 1, Integer.parseInt(stamp.group(1)), Integer.parseInt(stamp.group(2)), Integer.parseInt(stamp.group(3)));
        int h = Integer.parseInt(stamp.group(4)), min = Integer.parseInt(stamp.group(5));
        if (day == null || h > 23 || min > 59 || stamp.group(6) != null && Integer.parseInt(stamp.group(6)) > 59) return null;
        return new Match(t, e + 1, "TIME", day.value() + hms(h, min, stamp.group(6)), null);
      }
      Matcher m = NUMERIC_DATE.matcher(s);
      if (m.matches()) {
        Match found = numericParts(d, t, e + 1, s, m);
        if (found != null) return found;
      }
    }
    return null;
  }

  /** The date of "a/b(/c)" or "a-b(-c)" by the lengths of its parts; null when it is no date (a fraction, a range of years). */
  static Match numericParts(Scan d, int start, int end, String s, Matcher m) {
    String a = m.group(1), b = m.group(3), c = m.group(4);
    boolean slash = m.group(2).equals("/");
    String before = low(d, start - 1), after = low(d, end);
    if (d.lex.currencySigns.contains(before) || after.equals("%") || d.lex.percent.has(after)) return null; // "$3/4", "2/3 percent"
    if (c != null) {
      if (a.length() == 4 && slash && c.length() <= 2) return dateMatch(start, end, Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c)); // "2015/08/12"
      if (a.length() > 2 || b.length() > 2 || c.length() == 1 || c.length() == 3) return null;
      int y = Integer.parseInt(c);
      if (y < 100) y += y < 30 ? 2000 : 1900; // "12/27/17", "9-18-15"
      return dateMatch(start, end, y, Integer.parseInt(a), Integer.parseInt(b));
    }
    if (a.length() == 4 && b.length() <= 2) { // "2016-11", "2016/11"; "the 2010-11 season" is a range of years
      int y = Integer.parseInt(a), mo = Integer.parseInt(b);
      if (!YEAR.matcher(a).matches() || mo < 1 || mo > 12 || mo > y % 100 && !b.startsWith("0") || b.startsWith("0") && mo == (y + 1) % 100) return null;
      return new Match(start, end, "DATE", String.format("%04d-%02d", y, mo), null);
    }
    if (a.length() <= 2 && b.length() == 4) { // "11/2016", "12-2015"
      int mo = Integer.parseInt(a);
      if (!YEAR.matcher(b).matches() || mo < 1 || mo > 12) return null;
      return new Match(start, end, "DATE", String.format("%s-%02d", b, mo), null);
    }
    if (!slash || a.length() > 2 || b.length() > 2) return null; // "4-22" is a score as often as a date
    String named = d.lex.namedDates.get(s); // "9/11": the day known by its numbers
    if (named != null) return new Match(start, end, "DATE", named, null);
    int mo = Integer.parseInt(a), day = Integer.parseInt(b);
    // "4/22", "11/20"; "1/2", "3/4", "2/3": a fraction (a denominator up to ten above its numerator); "of" after it too
    if (mo < 1 || mo > 12 || day < 1 || day > 31 || mo < day && day <= 10 || d.lex.of.has(after) || safeDate(2000, mo, day) == null) return null;
    int y = yearByTense(d, start, mo, day);
    return new Match(start, end, "DATE", y < 0 ? String.format("XXXX-%02d-%02d", mo, day) : String.format("%04d-%02d-%02d", y, mo, day), null);
  }

  static Match dateMatch(int start, int end, int y, int mo, int day) {
    if (mo < 1 || mo > 12 || day < 1 || day > 31 || safeDate(y, mo, day) == null) return null;
    return new Match(start, end, "DATE", String.format("%04d-%02d-%02d", y, mo, day), null);
  }

  /**
   * A month name glued to numbers by hyphens or slashes: "Dec-2018", "Dec/2018" (the month), "Oct-2"
   * (a day by the tense), "05-Aug-2016", "Sep-23-2020", "2019/aug/01" (a day); a month in lower case
   * only with its year.
   */
  static Match gluedMonthDate(Scan d, int t) {
    Analysis a = d.a;
    int n = a.tokenCount();
    String w = low(d, t);
    if (w.indexOf('-') < 0 && w.indexOf('/') < 0 && !(t + 1 < n && a.end(t) == a.start(t + 1) && (low(d, t + 1).charAt(0) == '-'
        || low(d, t + 1).charAt(0) == '/'))) return null; // one look rules most out: a joint in the first token or glued after it
    if (t > 0 && a.end(t - 1) == a.start(t)) return null;
    int glued = t;
    while (glued + 1 < n && glued - t < 4 && a.end(glued) == a.start(glued + 1)) glued++;
    for (int e = glued; e >= t; e--) {
      if (e < glued && "-/0123456789".indexOf(a.text().charAt(a.end(e))) >= 0) continue; // a part of a longer code
      String[] parts = (e == t ? w : phrase(a, t, e - t + 1)).split("[-/]", -1);
      if (parts.length < 2 || parts.length > 3) continue;
      int month = -1, monthAt = -1, year = -1, day = -1;
      boolean ok = true;
      for (int i = 0; i < parts.length && ok; i++) {
        String p = parts[i];
        if (p.isEmpty()) ok = false;
        else if (Character.isLetter(p.charAt(0))) {
          Integer m = p.length() >= 3 ? d.lex.months.get(p) : null;
          if (m == null) m = p.length() >= 4 && p.endsWith(".") ? null : d.lex.months.get(p + ".");
          ok = m != null && month < 0;
          month = m == null ? -1 : m;
          monthAt = i;
        } else if (p.length() == 4 && YEAR.matcher(p).matches() && year < 0) year = Integer.parseInt(p);
        else if (p.length() <= 2 && p.chars().allMatch(Character::isDigit) && day < 0) day = Integer.parseInt(p);
        else ok = false;
      }
      if (!ok || month < 0 || year < 0 && !Character.isUpperCase(a.token(t).charAt(0)) || year < 0 && monthAt != 0) continue;
      if (day < 0 && year < 0) continue;
      if (day < 0) return new Match(t, e + 1, "DATE", String.format("%04d-%02d", year, month), null);
      if (day < 1 || day > 31 || safeDate(year < 0 ? 2000 : year, month, day) == null) continue;
      if (year < 0) year = yearByTense(d, t, month, day);
      return new Match(t, e + 1, "DATE", year < 0 ? String.format("XXXX-%02d-%02d", month, day) : iso(LocalDate.of(year, month, day)), null);
    }
    return null;
  }
}
