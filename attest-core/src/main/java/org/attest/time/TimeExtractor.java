package org.attest.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/**
 * Finds time expressions and normalises them TIMEX3-style against the publication date: dates at
 * their own granularity ("three weeks ago" → the ISO week, "this month" → the month), durations,
 * sets, times of day, references (PRESENT_REF), and modifiers (START, APPROX, LESS_THAN...).
 * Month and weekday names without a year follow the tense of their sentence; "a year earlier"
 * and "the next day" follow the last date of the article. The words live in {@code time.txt},
 * {@code calendar.txt}, {@code numbers.txt} and {@code ordinals.txt}. Thread-safe.
 */
public final class TimeExtractor {
  private final TimeLexicon lex;

  public TimeExtractor() {
    this("en");
  }

  public TimeExtractor(String language) {
    this.lex = TimeLexicon.of(language);
    for (java.util.Collection<String> words : List.of(OPENERS, lex.months.keySet(), lex.seasons.keySet(), lex.weekdays.keySet(),
        lex.numbers.keySet(), lex.ordinals.keySet(), lex.days.keySet(), lex.sets.keySet(), lex.firstWords, lex.oneMore, lex.frequencies)) {
      openers.addAll(words);
    }
  }

  /** Every word that can open an expression: one lookup rules most tokens out. */
  private final java.util.Set<String> openers = new java.util.HashSet<>();

  /** A match: tokens [start, end), its TIMEX3 type, value and mod. */
  private record M(int start, int end, String type, String value, String mod) {
    M withMod(int newStart, String newMod) {
      return new M(newStart, end, type, value, newMod);
    }
  }

  /** Granularities of a date value, for anchored expressions ("a year earlier"). */
  private enum Grain { DAY, WEEK, MONTH, QUARTER, YEAR }

  /** The state of one document: its publication date and the last date it mentioned. */
  private static final class Doc {
    final Analysis a;
    final LocalDate dct;
    LocalDate anchor;
    Grain anchorGrain;
    LocalDate lastQuarter; // the quarter the article last named ("the third quarter")
    int lastQuarterSentence = -100;
    int lastEnd = -1; // the token after the last expression

    Doc(Analysis a, LocalDate dct) {
      this.a = a;
      this.dct = dct;
      this.anchor = dct;
      this.anchorGrain = Grain.DAY;
    }
  }

  public List<TimeExpression> extract(Analysis a, String published) {
    LocalDate dct = null;
    if (published != null && published.length() >= 10) {
      try {
        dct = LocalDate.parse(published.substring(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        dct = null; // no usable date: relative expressions get unspecified values (PAST_REF, XXXX-WXX)
      }
    }
    Doc d = new Doc(a, dct);
    List<TimeExpression> out = new ArrayList<>();
    int n = a.tokenCount();
    int t = 0;
    while (t < n) {
      M m = longest(d, t);
      if (m == null) {
        t++;
        continue;
      }
      M timed = clockAfterDay(d, m);
      if (timed != null) m = timed;
      for (M more = durationAfter(d, m); more != null; more = durationAfter(d, m)) m = more; // "two hours and 40 minutes"
      M ago = distanceAfterDuration(d, m); // "1 month 21 days ago"
      if (ago != null) m = ago;
      m = withModifier(d, m);
      remember(d, m);
      if ("anchored".equals(m.mod)) m = new M(m.start, m.end, m.type, m.value, null);
      String text = a.text().substring(a.start(m.start), a.end(m.end - 1));
      out.add(new TimeExpression("t" + (out.size() + 1), a.start(m.start), a.end(m.end - 1), text, m.type, timexValue(m.value), m.mod));
      t = m.end;
      d.lastEnd = m.end;
      M last = rangeEndDay(d, m); // "September 16-19", "Oct. 1 to 3": the last day is a date too
      if (last != null) {
        out.add(new TimeExpression("t" + (out.size() + 1), a.start(last.start), a.end(last.end - 1), a.text().substring(a.start(last.start),
            a.end(last.end - 1)), last.type, timexValue(last.value), null));
        t = last.end;
      }
    }
    return out;
  }

  /**
   * The value of a period in a year outside 0000-9999, which TIMEX3 cannot write (years have four
   * digits): the expression is kept without a value. Years so far off come from edge dates ("next
   * year" in an article dated 9999-12-28, "last year" in one dated 0000-01-01) and long counts
   * ("3000 years ago").
   */
  private static final String OUT_OF_RANGE = "out of range";

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

  private static boolean inRange(int year) {
    return year >= 0 && year <= 9999;
  }

  /** A year's value: four digits. */
  private static String yearValue(int year) {
    return inRange(year) ? String.format("%04d", year) : OUT_OF_RANGE;
  }

  /** The value of the decade a year is in: three digits ("199" for 1990-1999). */
  private static String decadeValue(int year) {
    return inRange(year) ? String.format("%03d", year / 10) : OUT_OF_RANGE;
  }

  /** The value of the century a year is in: two digits ("19" for 1900-1999). */
  private static String centuryValue(int year) {
    return inRange(year) ? String.format("%02d", year / 100) : OUT_OF_RANGE;
  }

  /** The day that ends a range of days after a full date: "16-19", "1 to 3", "24 and 25" in the date's month. */
  private M rangeEndDay(Doc d, M m) {
    if (m.value == null || m.value.length() != 10 || !Character.isDigit(m.value.charAt(0)) || m.value.charAt(4) != '-') return null;
    Analysis a = d.a;
    int k = m.end;
    if (k + 1 >= a.tokenCount()) return null;
    String joint = a.lower(k);
    boolean glued = (joint.equals("-") || joint.equals("\u2013")) && a.end(k - 1) == a.start(k) && a.end(k) == a.start(k + 1);
    boolean and = joint.equals("and") && (k + 2 >= a.tokenCount() || !a.pos(k + 2).equals("NOUN") && !a.pos(k + 2).equals("ADJ")); // "April 24 and 25"
    if (!glued && !joint.equals("to") && !joint.equals("through") && !and) return null;
    String w = a.lower(k + 1);
    if (w.length() > 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(w.length() - 1))) return null;
    int day = Integer.parseInt(w), first = Integer.parseInt(m.value.substring(8));
    if (day <= first || day > 31) return null;
    if (k + 2 < a.tokenCount() && (lex.months.containsKey(a.lower(k + 2)) || a.lower(k + 2).equals(":") || a.lower(k + 2).equals("%")
        || lex.dayparts.containsKey(a.lower(k + 2)) || a.lower(k + 2).startsWith("a.m") || a.lower(k + 2).startsWith("p.m"))) {
      return null; // "January 3 to 5 p.m." ends at a time, not a day
    }
    LocalDate end = safeDate(Integer.parseInt(m.value.substring(0, 4)), Integer.parseInt(m.value.substring(5, 7)), day);
    return end == null ? null : new M(k + 1, k + 2, "DATE", end.toString(), null);
  }

  // ---- matching -----------------------------------------------------------------------------

  /** The grammar's own words that can open an expression, besides the lexicons' entries. */
  private static final java.util.Set<String> OPENERS = java.util.Set.of("the", "this", "last", "next", "past", "that", "every",
      "each", "per", "earlier", "later", "current", "coming", "following", "previous", "preceding", "fiscal", "year", "noon",
      "midnight", "midday", "tonight");

  /** Whether an expression can start at token t: most tokens are ruled out by one set lookup. */
  private boolean mayStart(Doc d, int t) {
    String w = d.a.lower(t);
    char c = w.charAt(0);
    if (Character.isDigit(c) || c == '\'' || w.indexOf('-') > 0 || w.indexOf('/') > 0 || openers.contains(w)) return true;
    if ((c == 'q' || c == 'h') && w.length() == 2 && Character.isDigit(w.charAt(1))) return true; // "Q3", "H1"
    if (t + 1 < d.a.tokenCount() && d.a.end(t) == d.a.start(t + 1) && (d.a.lower(t + 1).charAt(0) == '-' || d.a.lower(t + 1).charAt(0) == '/')
        && lex.months.containsKey(w + ".")) return true; // "Mar" "-" "4"
    if (lex.units.containsKey(w) && low(d, t + 2).equals("long")) return true; // "day-long" cut in three
    if (w.endsWith("s") && lex.units.containsKey(w) && lex.vagueBefore.contains(low(d, t - 1))) return true; // "for years"
    return w.endsWith("s") && lex.weekdays.containsKey(w.substring(0, w.length() - 1));
  }

  /** A bare plural unit after "for", "within", "in": a stretch of unknown length ("for years", "within weeks or months"). */
  private M vagueDuration(Doc d, int t) {
    String w = low(d, t);
    String unit = lex.units.get(w);
    if (unit == null || !w.endsWith("s") || !lex.vagueBefore.contains(low(d, t - 1)) || low(d, t + 1).equals("of")) return null;
    int end = t + 1;
    String other = low(d, t + 2);
    if (low(d, t + 1).equals("or") && other.endsWith("s") && lex.units.containsKey(other)) end = t + 3; // "weeks or months"
    return new M(t, end, "DURATION", durationValue("X", unit), null);
  }

  private M longest(Doc d, int t) {
    if (!mayStart(d, t)) return null;
    try {
      return longestAt(d, t);
    } catch (java.time.DateTimeException | ArithmeticException | NumberFormatException e) {
      return null; // "2000000000 years ago" lies outside any calendar: no expression
    }
  }

  private M longestAt(Doc d, int t) {
    M best = null;
    for (M m : new M[] {explicitDate(d, t), numericDate(d, t), year(d, t), spokenYear(d, t), theYear(d, t), season(d, t), century(d, t),
        relativeDay(d, t), weekday(d, t), deictic(d, t), anchored(d, t), distance(d, t), duration(d, t), quarter(d, t), set(d, t), clock(d, t), ref(d, t), holiday(d, t),
        vagueDuration(d, t), weekOfYear(d, t), gluedQuarter(d, t), gluedMonthDate(d, t)}) {
      if (m != null && (best == null || m.end > best.end || (m.end == best.end && m.start < best.start))) best = m;
    }
    return best;
  }

  private String low(Doc d, int t) {
    return t >= 0 && t < d.a.tokenCount() ? d.a.lower(t) : "";
  }

  /** The words of tokens [t, t + k) as they are written, lower case, single spaces. */
  private static String phrase(Analysis a, int t, int k) {
    if (k == 1) return a.lower(t);
    StringBuilder b = new StringBuilder(16 * k);
    for (int i = t; i < t + k; i++) {
      if (i > t && a.end(i - 1) != a.start(i)) b.append(' ');
      b.append(a.lower(i));
    }
    return b.toString();
  }

  /** The longest phrase from {@code table} starting at t: {end, value} or null. */
  private Object[] phrase(Doc d, int t, Map<String, String> table) {
    if (t < 0 || t >= d.a.tokenCount() || !lex.firstWords.contains(d.a.lower(t))) return null;
    for (int k = Math.min(lex.longestPhrase + 2, d.a.tokenCount() - t); k >= 1; k--) {
      String v = table.get(phrase(d.a, t, k));
      if (v != null) return new Object[] {t + k, v};
    }
    return null;
  }

  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");
  private static final Pattern SHORT_YEAR = Pattern.compile("['\u2019](\\d{2})");
  private static final Pattern DECADE = Pattern.compile("(mid-|early-|late-)?(1[0-9]{2}|20[0-9])0s|(mid-)?['\u2019](\\d)0s");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** An ISO date and time, "2016-12-16T12:23:59", lower case as tokens are compared. */
  private static final Pattern ISO_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})t(\\d{2}):(\\d{2})(?::(\\d{2}))?");
  /** Numbers joined by slashes or hyphens: "12/27/2017", "2015/08/12", "3-7-2017", "2016-11", "11/2016", "4/22". */
  private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,4})([/-])(\\d{1,4})(?:\\2(\\d{1,4}))?");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?");
  /** "8.30" before "pm": minutes after a dot, as British news writes them. */
  private static final Pattern DOT_CLOCK = Pattern.compile("(\\d{1,2})\\.(\\d{2})(?::(\\d{2}))?");
  /** "8pm", "9:30am", "8.30pm": a clock time glued to its half of the day. */
  private static final Pattern GLUED_CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?(am|pm|a\\.m\\.?|p\\.m\\.?)");
  private static final Pattern HYPHENATED_DURATION = Pattern.compile("([a-z0-9]+(?:-[a-z]+)?)-(second|minute|hour|day|week|month|year|decade)(-old)?");
  private static final Pattern HYPHENATED_QUARTER = Pattern.compile("(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)");
  /** "Q3", "H1": a quarter or half by its label. */
  private static final Pattern QUARTER_LABEL = Pattern.compile("[qh][1-4]");
  private static final Pattern ORDINAL_DIGIT = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");

  private Integer month(Doc d, int t) {
    if (t < 0 || t >= d.a.tokenCount()) return null;
    String w = low(d, t);
    String written = d.a.token(t);
    if (w.startsWith("mid-")) {
      w = w.substring(4);
      written = written.substring(4);
    }
    // a full month name in lower case is still the month ("june 2016"), but for the words "may", "march", "august"
    if (written.isEmpty() || !Character.isUpperCase(written.charAt(0)) && (w.length() < 4 || w.indexOf('.') >= 0 || lex.lowerCaseMonths.contains(w))) return null;
    // "Jan" without its period is a name unless a day or a year follows
    if (w.length() <= 4 && !w.endsWith(".") && !w.equals("may") && !w.equals("june") && !w.equals("july") && !isDayOrYear(d, t + 1)
        && !(low(d, t - 1).equals("of") && (ordinal(low(d, t - 2)) > 0 || low(d, t - 2).equals("day")))) return null; // "the second of Aug."
    Integer m = lex.months.get(w);
    if (m == null) return null;
    String pos = d.a.pos(t);
    // "may" the modal and "march" the verb are no months
    if ((w.equals("may") || w.equals("march")) && (pos.equals("AUX") || pos.equals("VERB")) && !isDayOrYear(d, t + 1)) return null;
    return m;
  }

  private boolean isDayOrYear(Doc d, int t) {
    if (t >= d.a.tokenCount()) return false;
    String w = low(d, t);
    if (w.equals(",")) return t + 1 < d.a.tokenCount() && YEAR.matcher(low(d, t + 1)).matches(); // "Dec, 2018"
    return DAY.matcher(w).matches() || YEAR.matcher(w).matches();
  }

  private static int dayOf(String w) {
    Matcher m = DAY.matcher(w);
    if (!m.matches()) return -1;
    int v = Integer.parseInt(m.group(1));
    return v >= 1 && v <= 31 ? v : -1;
  }

  private static int yearOf(String w) {
    Matcher m = YEAR.matcher(w);
    if (m.matches()) return Integer.parseInt(w);
    m = SHORT_YEAR.matcher(w);
    if (m.matches()) {
      int y = Integer.parseInt(m.group(1));
      return y < 30 ? 2000 + y : 1900 + y;
    }
    return -1;
  }

  /**
   * A year at token t: digits ("1997", "'97") or spelled out as it is spoken ("nineteen
   * ninety-seven", "nineteen ninety seven", "eighteen hundred", "two thousand", "two thousand and
   * five"); {year, end} or null. "Two thousand (and five)" could be a count: it is a year only
   * after "year" ("the year two thousand") or a preposition, before punctuation.
   */
  private int[] yearAt(Doc d, int t, boolean afterYearWord) {
    if (t < 0 || t >= d.a.tokenCount()) return null;
    int y = yearOf(low(d, t));
    if (y > 0) return new int[] {y, t + 1};
    String w = low(d, t);
    String century = lex.numbers.get(w);
    if (century == null) return null;
    if (w.equals("eighteen") || w.equals("nineteen")) {
      int c = Integer.parseInt(century) * 100;
      String next = low(d, t + 1);
      if (next.equals("hundred")) return new int[] {c, t + 2};
      int[] tens = spelledBelow100(d, t + 1);
      return tens != null && tens[0] >= 10 ? new int[] {c + tens[0], tens[1]} : null;
    }
    if (w.equals("two") && low(d, t + 1).equals("thousand") && !low(d, t + 2).equals("hundred")) {
      int e = t + 2;
      if (low(d, e).equals("and")) e++;
      int[] rest = spelledBelow100(d, e);
      // "in two thousand and five," is a year; "two thousand and five people" a count
      boolean yearPlace = afterYearWord || lex.monthBefore.contains(low(d, t - 1)) && (rest == null ? punctOrEnd(d, t + 2) : punctOrEnd(d, rest[1]));
      if (!yearPlace) return null;
      return rest != null ? new int[] {2000 + rest[0], rest[1]} : new int[] {2000, t + 2};
    }
    return null;
  }

  /** "ninety-six", "ninety six", "ninety", "fifteen", "five": {value below 100, end} or null. */
  private int[] spelledBelow100(Doc d, int t) {
    String w = low(d, t);
    if (w.isEmpty() || Character.isDigit(w.charAt(0))) return null;
    String v = w.indexOf('-') > 0 ? hyphenated(w) : lex.numbers.get(w);
    if (v == null || !v.matches("\\d{1,2}")) return null;
    int n = Integer.parseInt(v);
    if (n >= 20 && n % 10 == 0 && w.indexOf('-') < 0) { // "ninety six", "ninety-six" cut in three
      int h = hyphen(d, t + 1);
      String unit = lex.numbers.get(low(d, t + 1 + h));
      if (unit != null && unit.matches("[1-9]")) return new int[] {n + Integer.parseInt(unit), t + 2 + h};
    }
    return new int[] {n, t + 1};
  }

  /** "the year 2000", "the year two thousand", "nineteen ninety-six": a year written out or introduced. */
  private M spokenYear(Doc d, int t) {
    int start = t;
    boolean yearWord = false;
    if (low(d, t).equals("the") && low(d, t + 1).equals("year")) {
      t += 2;
      yearWord = true;
    }
    if (!yearWord && !Character.isLetter(low(d, t).isEmpty() ? '0' : low(d, t).charAt(0))) return null; // digits: the year rule
    int[] y = yearAt(d, t, yearWord);
    if (y == null) return null;
    return new M(start, y[1], "DATE", yearValue(y[0]), null);
  }

  /**
   * "the year", "the full year", "the fiscal year": the year under discussion, the publication's;
   * "the year ended Sept. 30" is a stretch of a year (a DURATION), as in a company's results.
   */
  private M theYear(Doc d, int t) {
    if (d.dct == null || !low(d, t).equals("the")) return null;
    int u = t + 1;
    if (low(d, u).equals("full") || low(d, u).equals("fiscal") || low(d, u).equals("calendar")) u++;
    if ((low(d, u).equals("month") || low(d, u).equals("week")) && u == t + 1 && low(d, t - 1).equals("of")
        && lex.partOfWords.contains(low(d, t - 2)) && !low(d, t - 2).endsWith("s")
        && !low(d, u + 1).equals("-") && !low(d, u + 1).equals("\u2013") && !low(d, u + 1).equals("long")) { // not "the end of the month-long strike"
      // "by the end of the month", "the middle of the week": this one (the mod comes with the words before)
      return new M(t, u + 1, "DATE", low(d, u).equals("month") ? shifted(d.dct, "M", 0) : shifted(d.dct, "W", 0), null);
    }
    if (!low(d, u).equals("year")) return null;
    String next = low(d, u + 1);
    if (next.equals("-") || next.equals("before") || next.equals("after") || next.equals("earlier") || next.equals("ago")) return null;
    if (low(d, t - 1).equals("of") && !lex.partOfWords.contains(low(d, t - 2))) return null; // "person of the year"
    if (lex.periodEndWords.contains(next)) return new M(t, u + 1, "DURATION", "P1Y", null); // "the year ended June 30"
    // "the year the wall fell", "the year when", "the year of the dragon": a year a clause or phrase names, not this one
    String nextPos = d.a.tokenCount() > u + 1 ? d.a.pos(u + 1) : "PUNCT";
    if (next.equals("when") || next.equals("that") || next.equals("which") || nextPos.equals("DET") || nextPos.equals("PRON")
        || nextPos.equals("NOUN") || nextPos.equals("PROPN") || next.equals("of") && !low(d, u + 2).equals("$") && !d.a.pos(u + 2).equals("NUM")) {
      return null;
    }
    return new M(t, u + 1, "DATE", yearValue(d.dct.getYear()), null);
  }

  /** "the summer", "over the summer", "the early summer", "the winter of 1994", "summer 1989": the season the tense points to. */
  private M season(Doc d, int t) {
    int start = t;
    boolean the = low(d, t).equals("the");
    if (the) t++;
    String mod = null;
    String m = lex.mods.get(low(d, t));
    if (the && m != null && (m.equals("START") || m.equals("END") || m.equals("MID"))) {
      mod = m;
      t++;
    }
    String season = lex.seasons.get(low(d, t));
    if (season == null) return null;
    String pos = d.a.pos(t);
    if (!(pos.equals("NOUN") || pos.equals("PROPN"))) return null; // "prices fall", "spring into action"
    String prev = low(d, t - 1);
    int end = t + 1;
    int[] y = low(d, end).equals("of") ? yearAt(d, end + 1, false) : yearAt(d, end, false);
    if (!the && !lex.seasonPrepositions.contains(prev) && !(lex.mods.containsKey(prev) && lex.seasonPrepositions.contains(low(d, t - 2)))
        && (y == null || !d.a.isCapitalized(t) && !Character.isDigit(low(d, end).charAt(0)))) {
      return null; // a bare season is a date with its year only: "Summer 2016", "summer of 2016"
    }
    if (y != null) return new M(start, y[1], "DATE", yearValue(y[0]) + "-" + season, mod);
    String next = low(d, end);
    if (next.equals("of") || next.equals("in") || next.equals("from") || next.equals("to")) return null; // "the fall of Saigon", "the fall in prices"
    if (d.dct == null) return new M(start, end, "DATE", "XXXX-" + season, mod);
    // in the present tense a season is any year's: "students earn $6,000 by working in the summer"
    Tense said = lex.tenseBefore.containsKey(low(d, start - 1)) ? tense(d, start) : tense(d, start, 6); // a verb in the present, not just none
    if (said == Tense.PRESENT) return new M(start, end, "DATE", "XXXX-" + season, mod);
    int first = switch (season) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
    return new M(start, end, "DATE", yearValue(yearByTense(d, start, first, -1)) + "-" + season, mod);
  }

  /** "Sept. 30", "January 5, 2017", "5 January 2017", "January 2017", "May of this year", "May". */
  private M explicitDate(Doc d, int t) {
    Analysis a = d.a;
    int n = a.tokenCount();
    Integer month = month(d, t);
    int day = -1, year = -1, end;
    int start = t;
    int[] spoken;
    int[] first = month == null ? dayBeforeOf(d, t) : null; // "the 20th of", "twenty second of"
    if (first != null && month(d, first[1] + 1) == null) {
      return first[1] + 2 < n && low(d, first[1] + 2).equals("month") ? dayOfRelativeMonth(d, t, first) : null; // "the 20th of next month"
    }
    if (month != null) {
      end = t + 1;
      if (end < n && dayOf(low(d, end)) > 0 && !(low(d, end + 1).equals(":") && low(d, end + 2).matches("\\d+"))) {
        day = dayOf(low(d, end));
        end++;
      } else if (end < n && (spoken = spokenDay(d, end, true)) != null && !lex.units.containsKey(low(d, spoken[1]))
          && !low(d, spoken[1]).equals("half") && (ordinal(low(d, spoken[1] - 1)) > 0 || !isNoun(d, spoken[1]))) {
        day = spoken[0]; // "March eighth", "May twenty-first", "May twenty nine", as it is spoken ("May twenty one people": a count)
        end = spoken[1];
      }
      int y = end;
      if (y < n && low(d, y).equals(",") && y + 1 < n && yearOf(low(d, y + 1)) > 0) y++;
      if (day > 0 && y + 1 < n && low(d, y).equals("of") && yearOf(low(d, y + 1)) > 0) y++; // "July 4th of 1995"
      int[] spelled;
      if (y < n && yearOf(low(d, y)) > 0) {
        year = yearOf(low(d, y));
        end = y + 1;
      } else if ((spelled = yearAt(d, y, false)) != null // "January nineteen ninety-seven"
          || (spelled = yearAt(d, y, true)) != null && !isNoun(d, spelled[1]) && !low(d, spelled[1]).equals("of")) { // "October two thousand and five" ("in May two thousand people": a count)
        year = spelled[0];
        end = spelled[1];
      } else if (day < 0 && relativeYear(d, y) != null) { // "June last year"
        year = relativeYear(d, y);
        end = y + 2;
      } else if (day < 0 && y + 1 < n && low(d, y).equals("of")) { // "May of this year", "April of 1987"
        Integer rel = relativeYear(d, y + 1);
        if (rel != null) {
          year = rel;
          end = y + 3;
        } else if (yearOf(low(d, y + 1)) > 0) {
          year = yearOf(low(d, y + 1));
          end = y + 2;
        } else if ((spelled = yearAt(d, y + 1, false)) != null) { // "June of nineteen ninety-nine"
          year = spelled[0];
          end = spelled[1];
        }
      }
    } else if (dayOf(low(d, t)) > 0 && !lex.currencySigns.contains(low(d, t - 1)) && (month = month(d, t + 1)) != null) { // "5 January 2017" ("$12 December 27": money)
      day = dayOf(low(d, t));
      end = t + 2;
      int[] spelled;
      if (end < n && yearOf(low(d, end)) > 0) {
        year = yearOf(low(d, end));
        end++;
      } else if ((spelled = yearAt(d, end, false)) != null) { // "25 January nineteen eighty-six"
        year = spelled[0];
        end = spelled[1];
      }
    } else if (first != null) {
      day = first[0]; // "the 5th of January", "twenty second of June", "the fourth of July, 1995"
      month = month(d, first[1] + 1);
      end = first[1] + 2;
      int y = low(d, end).equals(",") || low(d, end).equals("of") ? end + 1 : end;
      if (yearOf(low(d, y)) > 0) {
        year = yearOf(low(d, y));
        end = y + 1;
      }
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
    return new M(start, end, "DATE", value, mod);
  }

  /**
   * A day of the month before "of": "the 5th of", "20th of", "the second of", "twenty second of",
   * "the twenty-ninth of" (a bare number only after "the": "the 5 of"); {day, index of "of"} or null.
   */
  private int[] dayBeforeOf(Doc d, int t) {
    int k = low(d, t).equals("the") ? t + 1 : t;
    String w = low(d, k);
    if (w.isEmpty()) return null;
    if (Character.isDigit(w.charAt(0))) {
      int day = dayOf(w);
      int of = low(d, k + 1).equals("day") && ORDINAL_DIGIT.matcher(w).matches() ? k + 2 : k + 1; // "the 15th day of"
      if (day < 0 || k == t && !ORDINAL_DIGIT.matcher(w).matches() || !low(d, of).equals("of")) return null;
      return new int[] {day, of};
    }
    int[] spoken = spokenDay(d, k, false);
    if (spoken == null) return null;
    int of = low(d, spoken[1]).equals("day") ? spoken[1] + 1 : spoken[1]; // "the twenty-sixth day of"
    return low(d, of).equals("of") ? new int[] {spoken[0], of} : null;
  }

  /** "the 20th of next month", "the first of this month": that day of the month the words name. */
  private M dayOfRelativeMonth(Doc d, int start, int[] first) {
    int shift = switch (low(d, first[1] + 1)) { case "this", "the" -> 0; case "next" -> 1; case "last" -> -1; default -> 9; };
    if (shift == 9 || d.dct == null) return null;
    LocalDate month = d.dct.withDayOfMonth(1).plusMonths(shift);
    if (first[0] > month.lengthOfMonth()) return null;
    return new M(start, first[1] + 3, "DATE", iso(month.withDayOfMonth(first[0])), null);
  }

  /**
   * A day of the month in words at t: "eighth", "twenty-first", "twenty second", "twenty - first";
   * with {@code cardinal} also "twenty nine", "twenty-one" (21 to 31 only): {day, end} or null.
   */
  private int[] spokenDay(Doc d, int t, boolean cardinal) {
    String w = low(d, t);
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return null;
    int o = ordinal(w);
    if (o > 0 && o <= 31) return hyphen(d, t + 1) == 1 ? null : new int[] {o, t + 1}; // "March first-quarter sales"
    if (cardinal && w.indexOf('-') > 0) { // "twenty-nine"
      String v = hyphenated(w);
      int n = v == null ? -1 : Integer.parseInt(v);
      return n > 20 && n <= 31 ? new int[] {n, t + 1} : null;
    }
    if (!w.equals("twenty") && !w.equals("thirty")) return null;
    int h = hyphen(d, t + 1);
    String unitWord = low(d, t + 1 + h);
    int unit = ordinal(unitWord);
    if ((unit < 1 || unit > 9) && cardinal && unitWord.length() > 2) {
      String v = lex.numbers.get(unitWord); // "twenty nine"
      unit = v != null && v.matches("[1-9]") ? Integer.parseInt(v) : -1;
    }
    int tens = w.equals("twenty") ? 20 : 30;
    if (unit < 1 || unit > 9 || tens + unit > 31 || hyphen(d, t + 2 + h) == 1) return null; // "twenty second-year students"
    return new int[] {tens + unit, t + 2 + h};
  }

  private boolean isNoun(Doc d, int t) {
    return t < d.a.tokenCount() && (d.a.pos(t).equals("NOUN") || d.a.pos(t).equals("PROPN"));
  }

  /** A month name with neither day nor year is a date after a preposition or modifier. */
  private boolean monthAlone(Doc d, int t) {
    if (low(d, t).startsWith("mid-")) return true;
    if (t == 0) return d.a.pos(t).equals("PROPN");
    String prev = low(d, t - 1);
    if (lex.monthBefore.contains(prev)) return true;
    if (attributive(d, t)) return true; // a month before a noun is a date too: "the October slaying", "a June agreement"
    return d.a.pos(t).equals("PROPN") && !d.a.isCapitalized(t) == false && t + 1 < d.a.tokenCount() && d.a.pos(t + 1).equals("PUNCT");
  }

  /** Whether the month at t stands between a determiner and a noun: "the October slaying", "a June agreement". */
  private boolean attributive(Doc d, int t) {
    return t > 0 && lex.determiners.contains(low(d, t - 1)) && t + 1 < d.a.tokenCount() && d.a.pos(t + 1).equals("NOUN") && !d.a.isCapitalized(t + 1);
  }

  /** "this year" / "last year" / "next year": the year, or null. */
  private Integer relativeYear(Doc d, int t) {
    if (d.dct == null || !low(d, t + 1).equals("year")) return null;
    return switch (low(d, t)) {
      case "this" -> d.dct.getYear();
      case "last" -> d.dct.getYear() - 1;
      case "next" -> d.dct.getYear() + 1;
      default -> null;
    };
  }

  /** The year of a month (and day) without one: the past for a past-tense clause, and so on. */
  private int yearByTense(Doc d, int t, int month, int day) {
    if (d.dct == null) return -1;
    int y = d.dct.getYear();
    int dm = d.dct.getMonthValue();
    // a day within two months of the article is the nearest such day; farther, the tense decides,
    // and a month that names a thing ("a June agreement", "in an August speech") names a past one
    Tense tense = day < 0 && attributive(d, t) ? Tense.PAST : tense(d, t);
    if (day > 0) {
      LocalDate same = safeDate(y, month, day), before = safeDate(y - 1, month, day), after = safeDate(y + 1, month, day);
      LocalDate nearest = same;
      for (LocalDate c : new LocalDate[] {before, after}) {
        if (c != null && (nearest == null || Math.abs(c.toEpochDay() - d.dct.toEpochDay()) < Math.abs(nearest.toEpochDay() - d.dct.toEpochDay()))) nearest = c;
      }
      if (nearest != null && Math.abs(nearest.toEpochDay() - d.dct.toEpochDay()) <= 60) return nearest.getYear();
    } else {
      // a month within two of the article's is the nearest such month: "November transactions" said in October
      int ahead = (month - dm + 12) % 12;
      if (ahead <= 2) return dm + ahead > 12 ? y + 1 : y;
      if (ahead >= 10) return month > dm ? y - 1 : y;
    }
    int cmp = Integer.compare(month, dm);
    if (cmp == 0 && day > 0) cmp = Integer.compare(day, d.dct.getDayOfMonth());
    if (tense == Tense.PAST) return cmp > 0 ? y - 1 : y;
    if (tense == Tense.FUTURE) return cmp < 0 ? y + 1 : y;
    // no tense to go by: news looks back, unless the month is at most a quarter ahead ("April" in December)
    int ahead = (month - dm + 12) % 12;
    if (cmp > 0 && ahead > 3) return y - 1;
    if (cmp < 0 && ahead <= 3) return y + 1;
    return y;
  }

  private enum Tense { PAST, PRESENT, FUTURE }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * The tense of the clause around token t: the nearest verb form to its left in the sentence
   * (then to its right) decides: will/would → future, is/are → present, was/said/-ed → past.
   */
  private Tense tense(Doc d, int t) {
    // "on patrol since March": what began lies behind; "a pact effective June 1": what takes effect lies ahead
    String before = lex.tenseBefore.get(low(d, t - 1));
    if (before != null) return Tense.valueOf(before);
    Tense found = tense(d, t, 6);
    return found == null ? Tense.PRESENT : found;
  }

  /** The tense with a reach of {@code right} words to the right (the left is read first); null when no verb tells. */
  private Tense tense(Doc d, int t, int right) {
    Analysis a = d.a;
    int s = a.sentenceOf(t);
    int from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    from = Math.max(from, t - 30); // a clause, not a whole endless sentence
    to = Math.min(to, t + 30);
    boolean rightOpen = true; // the right is read up to the end of its clause ("on Saturday and were planning", "Tuesday, Castro said")
    for (int dist = 1; t - dist >= from || (dist <= right && t + dist < to); dist++) { // the nearest verb, the left one first
      if (t - dist >= from) {
        if (a.lower(t - dist).equals("would")) return Tense.FUTURE; // "said the father would be traveling Thursday"
        Tense v = verbTense(d, t - dist, dist == 1, false);
        if (v != null) return v;
      }
      if (rightOpen && t + dist < to && dist <= right) {
        if (CLAUSE_ENDS.contains(a.lower(t + dist))) {
          rightOpen = false;
        } else {
          Tense v = verbTense(d, t + dist, false, true);
          if (v != null) return v;
        }
      }
    }
    for (int k = t + 1; k < to; k++) { // "In January, a week after ..., the police found": the main verb
      Tense v = verbTense(d, k, false, true);
      if (v != null) return v;
    }
    return null; // no verb to go by
  }

  /** Auxiliaries before a participle: "is expected", "has planned". */
  private static final java.util.Set<String> BE_HAVE = java.util.Set.of("be", "been", "being", "is", "are", "was", "were", "'s", "'re",
      "has", "have", "had");

  /** Punctuation that ends a clause: a bare hour before it ("on Friday at 3.") is a clock time. */
  private static final java.util.Set<String> CLAUSE_STOPS = java.util.Set.of(",", ".", ";", "!", "?", ")");

  /** Words that end the clause of a time expression, to its right. */
  private static final java.util.Set<String> CLAUSE_ENDS = java.util.Set.of(",", ";", "and", "but", "``", "''", "\"", "--");

  /**
   * The tense a word gives its clause, or null; {@code adjacent}: right before the expression ("announced Wednesday");
   * {@code after}: the word follows the expression.
   */
  private Tense verbTense(Doc d, int k, boolean adjacent, boolean after) {
    String w = d.a.lower(k);
    String pos = d.a.pos(k);
    if (adjacent && pos.equals("ADJ") && w.endsWith("ed")) pos = "VERB"; // "the decision, announced Wednesday": a participle
    if (w.equals("would")) return null; // "said they would ...": the reporting verb decides
    if (w.equals("will") || w.endsWith("'ll") || w.equals("shall") || (w.equals("going") && low(d, k + 1).equals("to"))) {
      // "'ll" alone or glued to its subject ("I'll", "we’ll": Analysis.lower writes ’ as '), as the tokenizer leaves it
      return Tense.FUTURE;
    }
    if (!(pos.equals("VERB") || pos.equals("AUX"))) return null;
    if (hyphen(d, k - 1) == 1 || hyphen(d, k + 1) == 1) return null; // "lower-than-expected", "long-planned": an adjective
    if (w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'s") || w.equals("'re")) return Tense.PRESENT;
    String prev = low(d, k - 1);
    // "planned to leave on Thursday", "scheduled a news conference Thursday": intent looks ahead;
    // an infinitive of purpose ("staged rallies to mark the entry on Friday") leaves the main verb to decide
    if (prev.equals("to") && !w.endsWith("ed")) {
      int intent = intentAt(d, k - 1);
      if (intent < 0) return null;
      // "had been scheduled to expire at midnight Friday": a plan of the past, for a day behind
      return pastPerfect(d, intent) ? Tense.PAST : Tense.FUTURE;
    }
    if (lex.intentVerbs.contains(w)) {
      if (w.endsWith("ed") && k + 1 < d.a.tokenCount() && d.a.pos(k + 1).equals("NOUN")) return null; // "the hastily planned trip": an adjective
      // "On Friday, the government planned to pay": the time is the planning's, in the past
      if (after && w.endsWith("ed") && !BE_HAVE.contains(prev)) return Tense.PAST;
      if (w.endsWith("ed") && pastPerfect(d, k)) return Tense.PAST; // "had been scheduled for Friday": a plan of the past
      return Tense.FUTURE;
    }
    if (lex.intentBeforeToOrFor.contains(w) && (low(d, k + 1).equals("to") || low(d, k + 1).equals("for"))) return Tense.FUTURE; // "set to vote"
    boolean participle = prev.equals("be") || prev.equals("been") || prev.equals("being") || prev.equals("is") || prev.equals("are")
        || prev.equals("will") || prev.equals("would") || prev.equals("has") || prev.equals("have");
    if (participle) return null;
    if (lex.pastForms.contains(w) || w.endsWith("ed")) return Tense.PAST;
    return null;
  }

  /** Whether the "to" at {@code to} follows a word of intent: "planned to", "is expected to", "agreed to", "ready to". */
  private boolean intentBefore(Doc d, int to) {
    return intentAt(d, to) >= 0;
  }

  /** The word of intent the "to" at {@code to} follows, or -1. */
  private int intentAt(Doc d, int to) {
    for (int k = to - 1; k >= Math.max(0, to - 2); k--) {
      if (lex.intentBeforeTo.contains(d.a.lower(k))) return k;
      if (!d.a.pos(k).equals("ADV")) break; // "plans eventually to"
    }
    return -1;
  }

  /**
   * Whether the word at {@code k}, right after "Friday the 5th", makes the ordinal part of a name or a noun phrase:
   * "the 5th Circuit Court", "the 3rd Infantry Division", "the 2nd round"; then the weekday stands alone.
   */
  private boolean namesAfterOrdinal(Doc d, int k) {
    if (k >= d.a.tokenCount()) return false;
    String pos = d.a.pos(k);
    return d.a.isCapitalized(k) || pos.equals("PROPN") || pos.equals("NOUN");
  }

  /** Whether the participle at {@code k} is in the past perfect: "had planned", "had previously been scheduled". */
  private boolean pastPerfect(Doc d, int k) {
    int j = k - 1;
    while (j >= 0 && d.a.pos(j).equals("ADV")) j--;
    if (j >= 0 && d.a.lower(j).equals("been")) {
      j--;
      while (j >= 0 && d.a.pos(j).equals("ADV")) j--;
    }
    if (j < 0) return false;
    String w = d.a.lower(j);
    // "had", "'d" alone or glued to its subject ("They'd", "they’d"), as the future check takes "'ll"
    return w.equals("had") || w.endsWith("'d");
  }

  /**
   * "2017-12-27", "12/27/2017", "2015/08/12", "3-7-2017", "9-18-15"; a month and its year,
   * "2016-11", "11/2016"; a month and day, "4/22", by the tense as a month name is.
   */
  private M numericDate(Doc d, int t) {
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
        M day = dateMatch(t, e + 1, Integer.parseInt(stamp.group(1)), Integer.parseInt(stamp.group(2)), Integer.parseInt(stamp.group(3)));
        int h = Integer.parseInt(stamp.group(4)), min = Integer.parseInt(stamp.group(5));
        if (day == null || h > 23 || min > 59 || stamp.group(6) != null && Integer.parseInt(stamp.group(6)) > 59) return null;
        return new M(t, e + 1, "TIME", day.value + hms(h, min, stamp.group(6)), null);
      }
      Matcher m = NUMERIC_DATE.matcher(s);
      if (m.matches()) {
        M found = numericParts(d, t, e + 1, s, m);
        if (found != null) return found;
      }
    }
    return null;
  }

  /** The date of "a/b(/c)" or "a-b(-c)" by the lengths of its parts; null when it is no date (a fraction, a range of years). */
  private M numericParts(Doc d, int start, int end, String s, Matcher m) {
    String a = m.group(1), b = m.group(3), c = m.group(4);
    boolean slash = m.group(2).equals("/");
    String before = low(d, start - 1), after = low(d, end);
    if (lex.currencySigns.contains(before) || after.equals("%") || after.equals("percent")) return null; // "$3/4", "2/3 percent"
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
      return new M(start, end, "DATE", String.format("%04d-%02d", y, mo), null);
    }
    if (a.length() <= 2 && b.length() == 4) { // "11/2016", "12-2015"
      int mo = Integer.parseInt(a);
      if (!YEAR.matcher(b).matches() || mo < 1 || mo > 12) return null;
      return new M(start, end, "DATE", String.format("%s-%02d", b, mo), null);
    }
    if (!slash || a.length() > 2 || b.length() > 2) return null; // "4-22" is a score as often as a date
    String named = lex.namedDates.get(s); // "9/11": the day known by its numbers
    if (named != null) return new M(start, end, "DATE", named, null);
    int mo = Integer.parseInt(a), day = Integer.parseInt(b);
    // "4/22", "11/20"; "1/2", "3/4", "2/3": a fraction (a denominator up to ten above its numerator); "of" after it too
    if (mo < 1 || mo > 12 || day < 1 || day > 31 || mo < day && day <= 10 || after.equals("of") || safeDate(2000, mo, day) == null) return null;
    int y = yearByTense(d, start, mo, day);
    return new M(start, end, "DATE", y < 0 ? String.format("XXXX-%02d-%02d", mo, day) : String.format("%04d-%02d-%02d", y, mo, day), null);
  }

  private static M dateMatch(int start, int end, int y, int mo, int day) {
    if (mo < 1 || mo > 12 || day < 1 || day > 31 || safeDate(y, mo, day) == null) return null;
    return new M(start, end, "DATE", String.format("%04d-%02d-%02d", y, mo, day), null);
  }

  /** "the 20th century", "the eleventh century": the century's two digits ("19", "10"). */
  private M century(Doc d, int t) {
    int start = t;
    if (low(d, t).equals("the")) t++;
    int n = ordinal(low(d, t));
    if (n < 1 || !low(d, t + 1).equals("century")) return null;
    return new M(start, t + 2, "DATE", n > 100 ? OUT_OF_RANGE : String.format("%02d", n - 1), null);
  }

  /** "1990", "fiscal 1990", "the 1990s", "mid-1990s", "the '90s". */
  private M year(Doc d, int t) {
    Analysis a = d.a;
    String w = low(d, t);
    int start = t;
    if (w.equals("the") || w.equals("fiscal")) {
      start = t;
      t++;
      w = low(d, t);
    }
    String decade = lex.decades.get(w);
    if (start < t && (w.equals("nineteen") || w.equals("eighteen")) && lex.decades.containsKey(low(d, t + 1))) { // "the nineteen seventies"
      return new M(start, t + 2, "DATE", lex.numbers.get(w) + lex.decades.get(low(d, t + 1)), null);
    }
    if (decade != null && start < t && d.dct != null) { // "the nineties": the latest such decade up to the article
      int y = d.dct.getYear() / 100 * 100 + 10 * Integer.parseInt(decade);
      if (y > d.dct.getYear()) y -= 100;
      return new M(start, t + 1, "DATE", decadeValue(y), null);
    }
    if (w.isEmpty() || !Character.isDigit(w.charAt(0)) && w.charAt(0) != '\'' && w.indexOf('-') < 0) return null;
    Matcher dm = DECADE.matcher(w);
    if (dm.matches() && !low(d, t - 1).equals("$") && !low(d, t + 1).equals("of") && !w.startsWith("10")) {
      String value = dm.group(2) != null ? dm.group(2) : "19" + dm.group(4);
      if (value.matches("1[0-8]0") && w.contains(value + "0s")) value = value.substring(0, 2); // "the 1800s": a century
      String prefix = dm.group(1) != null ? dm.group(1) : dm.group(3);
      String mod = prefix == null ? null : prefix.startsWith("mid") ? "MID" : prefix.startsWith("early") ? "START" : "END";
      return new M(start, t + 1, "DATE", value, mod);
    }
    // "the 1970's": a decade written with an apostrophe, cut from its "'s"
    if (start < t && w.length() == 4 && w.endsWith("0") && YEAR.matcher(w).matches() && a.end(t) == (t + 1 < a.tokenCount() ? a.start(t + 1) : -1)
        && low(d, t + 1).equals("'s") && !low(d, start).equals("fiscal")) {
      return new M(start, t + 2, "DATE", w.substring(0, 3), null);
    }
    // "mid-1990" is its middle; "post-1959", "pre-1990" name the year they count from
    String bare = w.startsWith("mid-") ? w.substring(4) : w.startsWith("post-") ? w.substring(5) : w.startsWith("pre-") ? w.substring(4) : w;
    if (!YEAR.matcher(bare).matches() || t >= a.tokenCount()) return null;
    // a year is a number, or a name's first word after a determiner: "the 1994 Freedom of Access Act", "the 1959 trade embargo"
    if (!a.pos(t).equals("NUM") && bare == w && !(lex.determiners.contains(low(d, t - 1)) && t > 0)) return null;
    int y = Integer.parseInt(bare);
    if (y < 1800 && start == t) return null;
    String prev = t > 0 ? low(d, t - 1) : "";
    String next = low(d, t + 1);
    if (prev.equals("$") || prev.equals("no.") || next.equals("%") || next.equals("percent") || next.equals(":")) return null;
    if (start != t && low(d, start).equals("the")) return null; // "the 1999-12-31 deadline": the year is matched at its own token
    return new M(start, t + 1, "DATE", bare, w.startsWith("mid-") ? "MID" : null);
  }

  /** "today", "yesterday", "tomorrow", with a part of the day: "yesterday morning", "tonight", "last night". */
  private M relativeDay(Doc d, int t) {
    String w = low(d, t);
    String offset = lex.days.get(w);
    if (offset != null) {
      if (d.dct == null) return new M(t, t + 1, "DATE", "XXXX-XX-XX", null);
      LocalDate day = d.dct.plusDays(Integer.parseInt(offset));
      String part = lex.dayparts.get(low(d, t + 1));
      if (part != null && !low(d, t + 1).equals("tonight")) return new M(t, t + 2, "TIME", iso(day) + "T" + part, null);
      return new M(t, t + 1, "DATE", iso(day), null);
    }
    if (w.equals("tonight") && d.dct != null) return new M(t, t + 1, "TIME", iso(d.dct) + "TNI", null);
    // "mid-afternoon yesterday", "morning today": the part of the day before its day
    String before = lex.dayparts.get(w.startsWith("mid-") ? w.substring(4) : w);
    String dayWord = low(d, t + 1);
    if (before != null && lex.days.containsKey(dayWord) && d.dct != null && !w.equals("tonight")) {
      return new M(t, t + 2, "TIME", iso(d.dct.plusDays(Integer.parseInt(lex.days.get(dayWord)))) + "T" + before, null);
    }
    if ((w.equals("this") || w.equals("last")) && d.dct != null) {
      String part = lex.dayparts.get(low(d, t + 1));
      if (part != null && !low(d, t + 1).equals("tonight")) {
        if (w.equals("last") && !low(d, t + 1).equals("night")) return null;
        LocalDate day = w.equals("last") ? d.dct.minusDays(1) : d.dct;
        return new M(t, t + 2, "TIME", iso(day) + "T" + part, null);
      }
    }
    return null;
  }

  /** "Friday", "on Wednesday night": the day the tense points to. */
  private M weekday(Doc d, int t) {
    Integer wd = lex.weekdays.get(low(d, t));
    if (wd == null || !d.a.isCapitalized(t) && low(d, t).length() < 6) return null; // "friday" in lower case is still Friday; "sun", "wed" are words
    // "Tuesday nights", "Monday and Tuesday nights": a weekday's part in the plural recurs
    String plural = pluralDaypart(d, t + 1);
    if (plural == null && (low(d, t + 1).equals("and") || low(d, t + 1).equals("or")) && lex.weekdays.containsKey(low(d, t + 2))) {
      String other = pluralDaypart(d, t + 3);
      if (other != null) return new M(t, t + 1, "SET", "XXXX-WXX-" + wd + "T" + other, null);
    }
    if (plural != null) return new M(t, t + 2, "SET", "XXXX-WXX-" + wd + "T" + plural, null);
    if (d.dct == null) return new M(t, t + 1, "DATE", "XXXX-WXX-" + wd, null);
    Tense tense = tense(d, t);
    String prev = t > 0 ? low(d, t - 1) : "";
    LocalDate day;
    DayOfWeek target = DayOfWeek.of(wd);
    LocalDate before = d.dct.with(java.time.temporal.TemporalAdjusters.previousOrSame(target));
    LocalDate after = d.dct.with(java.time.temporal.TemporalAdjusters.nextOrSame(target));
    boolean fromAnchor = low(d, t - 2).equals("the") && (prev.equals("previous") || prev.equals("preceding") || prev.equals("following"));
    if (fromAnchor) { // "the previous Friday", "the following Monday": counted from the last day named
      LocalDate from = d.anchorGrain == Grain.DAY ? d.anchor : d.dct;
      day = prev.equals("following") ? from.with(java.time.temporal.TemporalAdjusters.next(target))
          : from.with(java.time.temporal.TemporalAdjusters.previous(target));
    } else if (prev.equals("next") || prev.equals("coming")) { // "next Sunday", "this coming Sunday"
      day = after.equals(d.dct) ? after.plusWeeks(1) : after;
    } else if (prev.equals("last")) {
      day = before.equals(d.dct) ? before.minusWeeks(1) : before;
    } else if (prev.equals("this")) { // "this Friday": the Friday of the article's week, unless the tense says it is gone or to come
      day = d.dct.with(java.time.temporal.ChronoField.DAY_OF_WEEK, wd);
      // a present or future clause, or one of no tense, speaks of a day still to come: "Voters head to the polls this Monday" on a Sunday
      if (tense != Tense.PAST && day.isBefore(d.dct)) day = day.plusWeeks(1);
      if (tense == Tense.PAST && day.isAfter(d.dct)) day = day.minusWeeks(1);
    } else if (low(d, t + 1).equals("'s")) {
      day = before; // "Wednesday's ruling", "Thursday's closing price": a day whose news is out
    } else if (tense == Tense.FUTURE) {
      day = after;
    } else if (tense == Tense.PAST) {
      day = before;
    } else if (prev.equals("until") || prev.equals("till") || prev.equals("by")) {
      day = after; // "Cyprus has until Monday to raise the money": a deadline of a clause in the present lies ahead
    } else { // no tense to go by: the nearer one
      day = java.time.temporal.ChronoUnit.DAYS.between(before, d.dct) <= java.time.temporal.ChronoUnit.DAYS.between(d.dct, after) ? before : after;
    }
    int start = prev.equals("next") || prev.equals("last") || prev.equals("this") || prev.equals("coming") ? t - 1 : t;
    if (prev.equals("coming") && low(d, t - 2).equals("this")) start--;
    if (fromAnchor) start = t - 2;
    // "Tuesday of next week", "Friday this week": the week says which Tuesday
    int w = low(d, t + 1).equals("of") ? t + 2 : t + 1;
    Integer weekShift = weekShift(d, w);
    if (weekShift != null && !fromAnchor) {
      LocalDate inWeek = d.dct.plusWeeks(weekShift).with(java.time.temporal.ChronoField.DAY_OF_WEEK, wd);
      return new M(start, w + 2, "DATE", iso(inWeek), null);
    }
    // "Friday the 13th": the nearest month, in the tense's direction, whose 13th is a Friday
    boolean bareNth = ORDINAL_DIGIT.matcher(low(d, t + 1)).matches(); // "Friday 13th", without "the"
    int nth = low(d, t + 1).equals("the") ? dayOf(low(d, t + 2)) : bareNth ? dayOf(low(d, t + 1)) : -1;
    int nthEnd = bareNth ? t + 2 : t + 3;
    int[] spokenNth = nth < 0 && low(d, t + 1).equals("the") ? spokenDay(d, t + 2, false) : null; // "Monday the twenty-seventh"
    if (spokenNth != null && isNoun(d, spokenNth[1])) spokenNth = null; // "on Wednesday the first time"
    if (spokenNth != null) {
      nth = spokenNth[0];
      nthEnd = spokenNth[1];
    }
    if (nth > 0 && nth <= 31 && !fromAnchor && (spokenNth != null || bareNth || ORDINAL_DIGIT.matcher(low(d, t + 2)).matches()) && !lex.units.containsKey(low(d, nthEnd))
        && !low(d, nthEnd).equals("of") && !namesAfterOrdinal(d, nthEnd)) {
      LocalDate found = null;
      for (int k = 0; k <= 14 && found == null; k++) {
        for (int sign : tense == Tense.FUTURE ? new int[] {1} : tense == Tense.PAST ? new int[] {-1} : new int[] {-1, 1}) {
          LocalDate month = d.dct.withDayOfMonth(1).plusMonths((long) sign * k);
          LocalDate c = nth <= month.lengthOfMonth() ? month.withDayOfMonth(nth) : null;
          if (c != null && c.getDayOfWeek().getValue() == wd && found == null) found = c;
        }
      }
      if (found != null) return new M(start, nthEnd, "DATE", iso(found), null);
    }
    // "Friday, Oct. 23": the date says which Friday
    int after1 = low(d, t + 1).equals(",") ? t + 2 : t + 1;
    M date = explicitDate(d, after1);
    if (date != null && date.value.matches("\\d{4}-\\d{2}-\\d{2}")) return new M(start, date.end, "DATE", date.value, null);
    // "Friday morning", "Sunday night": the day and its part
    String part = lex.dayparts.get(low(d, t + 1));
    if (part != null) return new M(start, t + 2, "DATE", iso(day) + "T" + part, null);
    int in = low(d, t + 1).equals(",") ? t + 2 : t + 1; // "Tuesday in the afternoon", "Friday, in the morning"
    part = low(d, in).equals("in") && low(d, in + 1).equals("the") ? lex.dayparts.get(low(d, in + 2)) : null;
    if (part != null && !low(d, in + 3).equals("of")) return new M(start, in + 3, "DATE", iso(day) + "T" + part, null);
    return new M(start, t + 1, "DATE", iso(day), null);
  }

  /** The part of the day of a plural like "nights" or "mornings", or null. */
  private String pluralDaypart(Doc d, int t) {
    String w = low(d, t);
    return w.length() > 1 && w.endsWith("s") ? lex.dayparts.get(w.substring(0, w.length() - 1)) : null;
  }

  /**
   * "this week", "last month", "next year", "last fall", "this spring", "last May", "earlier
   * this year", "the past year" (a duration), "the quarter".
   */
  private M deictic(Doc d, int t) {
    String w = low(d, t);
    int start = t;
    boolean earlierLater = false;
    if (w.equals("earlier") || w.equals("later")) {
      earlierLater = true;
      t++;
      w = low(d, t);
      String unit = lex.units.get(low(d, t + 2));
      if (w.equals("in") && low(d, t + 1).equals("the") && d.dct != null && unit != null && (unit.equals("W") || unit.equals("M") || unit.equals("Y"))) {
        return new M(start, t + 3, "DATE", shifted(d.dct, unit, 0), null); // "earlier in the week", "later in the month": the article's
      }
    }
    if (!earlierLater && w.equals("the") && low(d, t + 1).equals("weekend") && d.dct != null) {
      // "over the weekend": the weekend the tense points to, the last one when nothing says
      int dow = d.dct.getDayOfWeek().getValue();
      Tense said = tense(d, t);
      int weekendShift = said == Tense.FUTURE || dow >= 6 || dow == 5 && said == Tense.PRESENT ? 0 : -1; // on a Friday, "the weekend" in the present is the coming one
      return new M(start, t + 2, "DATE", shifted(d.dct, "WE", weekendShift), null);
    }
    int next = low(d, t + 3).equals("the") ? t + 4 : t + 3; // "the week after next", "the month after the next"
    if (!earlierLater && w.equals("the") && d.dct != null && low(d, t + 2).equals("after") && low(d, next).equals("next")
        && lex.units.containsKey(low(d, t + 1)) && !low(d, t + 1).endsWith("s")) { // two units on
      String value = shifted(d.dct, lex.units.get(low(d, t + 1)), 2);
      return value == null ? null : new M(start, next + 1, "DATE", value, null);
    }
    if (w.equals("this") && (low(d, t + 1).equals("past") || low(d, t + 1).equals("coming")) && lex.units.containsKey(low(d, t + 2))) {
      w = low(d, t + 1).equals("past") ? "last" : "next"; // "this past weekend" is the last one, "this coming week" the next
      t++;
    }
    int shift;
    switch (w) {
      case "this", "current" -> shift = 0;
      case "last", "past", "previous" -> shift = -1;
      case "next", "coming", "following" -> shift = 1;
      default -> {
        return null;
      }
    }
    if (earlierLater && shift != 0) return null;
    if ((low(d, t + 1).equals("fiscal") || low(d, t + 1).equals("calendar")) && low(d, t + 2).equals("year")) t++; // "the current fiscal year", "next fiscal year", "this calendar year"
    String target = low(d, t + 1);
    if (d.dct == null) { // no date to resolve against: the granularity, unspecified
      String unit = lex.units.get(target);
      if (unit == null || target.endsWith("s") || w.equals("past") || w.equals("coming") || w.equals("following") || w.equals("previous")) return null;
      String value = switch (unit) { case "D" -> "XXXX-XX-XX"; case "W" -> "XXXX-WXX"; case "M" -> "XXXX-XX"; case "Q" -> "XXXX-QX"; case "Y" -> "XXXX"; default -> null; };
      return value == null ? null : new M(start, t + 2, "DATE", value, null);
    }
    String unit = lex.units.get(target);
    if (unit != null && !target.endsWith("s")) {
      if (Character.isUpperCase(d.a.token(t + 1).charAt(0)) && d.a.isCapitalized(t) && d.a.pos(t - 1).equals("PUNCT") && t > 0
          && "\"'`\u201c".indexOf(d.a.token(t - 1).charAt(0)) >= 0) {
        return null; // ABC's "This Week": a title in quotation marks
      }
      if (w.equals("past") || w.equals("coming") || w.equals("following") || w.equals("previous")) return null; // durations and anchors
      // "this weekend" early in the week, in a past clause, is the weekend just gone
      if (unit.equals("WE") && shift == 0 && d.dct.getDayOfWeek().getValue() <= 3 && tense(d, t) == Tense.PAST) shift = -1;
      int on = low(d, t + 2).equals("on") ? t + 3 : t + 2;
      Integer wd = unit.equals("W") && !earlierLater && on < d.a.tokenCount() && d.a.isCapitalized(on) ? lex.weekdays.get(low(d, on)) : null;
      if (wd != null && !lex.dayparts.containsKey(low(d, on + 1)) && !low(d, on + 1).endsWith("s")) { // "next week on Friday": that week's Friday
        return new M(start, on + 1, "DATE", iso(d.dct.plusWeeks(shift).with(java.time.temporal.ChronoField.DAY_OF_WEEK, wd)), null);
      }
      String value = shifted(d.dct, unit, shift);
      if (value == null) return null;
      return new M(start, t + 2, "DATE", value, null);
    }
    String season = lex.seasons.get(target);
    if (season != null && !earlierLater) {
      int y = d.dct.getYear();
      int m = d.dct.getMonthValue();
      int seasonStart = switch (season) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
      if (shift < 0 && (m < seasonStart + 3 || season.equals("WI"))) y--;
      if (shift > 0 && m >= seasonStart) y++;
      return new M(start, t + 2, "DATE", yearValue(y) + "-" + season, null);
    }
    Integer month = lex.months.get(target);
    if (month != null && d.a.isCapitalized(t + 1) && !earlierLater) {
      int y = d.dct.getYear();
      int dm = d.dct.getMonthValue();
      // "last April", said in October, is this year's; "last February", said in March, last year's
      int day = dayOf(low(d, t + 2));
      if (day > 0 && safeDate(2000, month, day) != null) { // "last Oct. 23": the latest such day before the article
        LocalDate c = safeDate(d.dct.getYear(), month, day);
        if (c == null) return null;
        if (shift < 0 && !c.isBefore(d.dct)) c = safeDate(c.getYear() - 1, month, day);
        if (shift > 0 && !c.isAfter(d.dct)) c = safeDate(c.getYear() + 1, month, day);
        return c == null ? null : new M(start, t + 3, "DATE", iso(c), null);
      }
      if (shift < 0 && month >= dm - 1) y--;
      if (shift > 0 && month <= dm) y++;
      return new M(start, t + 2, "DATE", String.format("%04d-%02d", y, month), null);
    }
    return null;
  }

  /**
   * Expressions anchored on the article's last date: "the next day", "the following week", "the
   * previous year", "that month", "the day before".
   */
  private M anchored(Doc d, int t) {
    if (d.dct == null) return null;
    int start = t;
    String w = low(d, t);
    int shift;
    int u;
    if ((w.equals("that") || w.equals("the")) && low(d, t + 1).equals("same")) { // "the same day", "that same week"
      u = t + 2;
      shift = 0;
    } else if (w.equals("that") || w.equals("the") && (low(d, t + 2).equals("before") || low(d, t + 2).equals("after"))) {
      u = t + 1;
      shift = w.equals("that") ? 0 : low(d, t + 2).equals("before") ? -1 : 1;
    } else if (w.equals("the") && low(d, t + 1).equals("week") && low(d, t + 2).equals("of")) {
      M day = dayAt(d, t + 3); // "the week of March 6": that day's week
      return day == null ? null : new M(start, day.end, "DATE", week(LocalDate.parse(day.value.substring(0, 10))), null);
    } else if (w.equals("the") && (low(d, t + 1).equals("next") || low(d, t + 1).equals("following") || low(d, t + 1).equals("previous")
        || low(d, t + 1).equals("preceding"))) {
      u = t + 2;
      shift = low(d, t + 1).equals("next") || low(d, t + 1).equals("following") ? 1 : -1;
    } else {
      return null;
    }
    String unitWord = low(d, u);
    String part = lex.dayparts.get(unitWord);
    if (part != null && shift == 0 && !unitWord.equals("tonight")) { // "that evening", "the same night": a part of the last day named
      LocalDate day = d.anchorGrain == Grain.DAY ? d.anchor : d.dct;
      return new M(start, u + 1, "TIME", iso(day) + "T" + part, "anchored");
    }
    String unit = lex.units.get(unitWord);
    if (unit == null || unitWord.endsWith("s") || unit.startsWith("T")) return null;
    int end = u + 1;
    LocalDate from = d.anchor;
    if (w.equals("the") && (low(d, u + 1).equals("before") || low(d, u + 1).equals("after"))) {
      end = u + 2;
      M day = dayAt(d, end); // "the day before last Tuesday's hearing": counted from that day
      if (day != null) {
        from = LocalDate.parse(day.value.substring(0, 10));
        end = day.end;
      } else if (!punctOrEnd(d, end)) {
        // "the day after his death": the day next to the last date; "Oct. 12, the day before the plunge": that date;
        // "the day before authorities issued a warrant": a clause follows, no date
        if (!lex.determiners.contains(low(d, end))) return null;
        if (low(d, t - 1).equals(",") && d.lastEnd == t - 1) shift = 0;
        end = u + 1;
      }
    }
    String value = shifted(from, unit, shift);
    if (value == null) return null;
    return new M(start, end, "DATE", value, "anchored");
  }

  /** The period {@code shift} units from the date, at the unit's granularity. */
  private static String shifted(LocalDate date, String unit, int shift) {
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

  private static String iso(LocalDate d) {
    return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String quarterOf(LocalDate d) {
    return yearValue(d.getYear()) + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** A count: digits or number words ("three", "twenty-four", "a", "several"); {value, end} or null. */
  private Object[] count(Doc d, int t) {
    String w = low(d, t);
    if (w.isEmpty()) return null;
    if (Character.isDigit(w.charAt(0))) {
      String digits = w.replace(",", "");
      if (!digits.matches("\\d+(\\.\\d+)?")) return null;
      return new Object[] {digits.endsWith(".0") ? digits.substring(0, digits.length() - 2) : digits, t + 1};
    }
    if (w.indexOf('-') > 0) { // "twenty-four"
      String sum = hyphenated(w);
      return sum == null ? null : new Object[] {sum, t + 1};
    }
    String v = lex.numbers.get(w);
    if (v == null) return null;
    if (w.equals("couple") || w.equals("few")) { // "a couple of", "a few"
      int e = t + 1;
      if (low(d, e).equals("of")) e++;
      return new Object[] {v, e};
    }
    if (!v.equals("X")) {
      String next = lex.numbers.get(low(d, t + 1));
      if (next != null && !next.equals("X") && Double.parseDouble(v) >= 20 && Double.parseDouble(next) < 10) { // "twenty four"
        return new Object[] {String.valueOf((int) (Double.parseDouble(v) + Double.parseDouble(next))), t + 2};
      }
      if (next != null && (next.equals("100") || next.equals("1000")) && Double.parseDouble(v) >= 1) { // "two thousand years"
        return new Object[] {String.valueOf((long) (Double.parseDouble(v) * Double.parseDouble(next))), t + 2};
      }
    }
    return new Object[] {v, t + 1};
  }

  /** "three weeks ago", "a year earlier", "two days later", "four years ago". */
  private M distance(Doc d, int t) {
    int start = t;
    if ((low(d, t).equals("a") || low(d, t).equals("an")) && (low(d, t + 1).equals("few") || low(d, t + 1).equals("couple"))) t++;
    Object[] c = count(d, t);
    if (c == null) return null;
    int u = (int) c[1];
    String unitWord = low(d, u);
    String unit = lex.units.get(unitWord);
    if (unit == null) return null;
    int or = low(d, u + 1).equals("or") && low(d, u + 2).equals("so") ? 2 : 0; // "a week or so ago"
    u += or;
    String dir = low(d, u + 1);
    boolean ago = dir.equals("ago");
    boolean anchored = dir.equals("earlier") || dir.equals("later") || dir.equals("before") || dir.equals("after");
    // "a year from now", "two weeks from today": counted ahead from the article's day, as "ago" counts back
    boolean fromNow = dir.equals("from") && (low(d, u + 2).equals("now") || low(d, u + 2).equals("today"));
    if (fromNow) {
      int end = u + 3;
      if (d.dct == null || ((String) c[0]).equals("X") || ((String) c[0]).contains(".") || ((String) c[0]).length() > 4) {
        return new M(start, end, "DATE", "FUTURE_REF", null);
      }
      String value = shifted(d.dct, unit, Integer.parseInt((String) c[0]));
      if (unit.equals("2W")) value = week(d.dct.plusWeeks(2L * Integer.parseInt((String) c[0])));
      return value == null ? null : new M(start, end, "DATE", value, null);
    }
    if (!ago && !anchored) return null;
    if (anchored && (dir.equals("before") || dir.equals("after")) && !punctOrEnd(d, u + 2)) return null; // "a week before the vote"
    String count = (String) c[0];
    String ref = ago || dir.equals("earlier") || dir.equals("before") ? "PAST_REF" : "FUTURE_REF";
    if (d.dct == null || count.equals("X") || count.contains(".") || count.length() > 4) {
      return new M(start, u + 2, "DATE", ref, null); // unknown count, or no date to count from
    }
    int n = Integer.parseInt(count);
    int sign = ago || dir.equals("earlier") || dir.equals("before") ? -1 : 1;
    LocalDate base = ago ? d.dct : d.anchor;
    // in a passage about a quarter, "a year ago" is that quarter a year before
    if (unit.equals("Y") && d.lastQuarter != null && d.a.sentenceOf(start) - d.lastQuarterSentence <= 3) {
      return new M(start, u + 2, "DATE", quarterOf(d.lastQuarter.plusYears((long) sign * n)), "anchored");
    }
    String value = switch (unit) {
      case "D" -> iso(base.plusDays((long) sign * n));
      case "W" -> week(base.plusWeeks((long) sign * n));
      case "2W" -> week(base.plusWeeks(2L * sign * n));
      case "WE" -> week(base.plusWeeks((long) sign * n)) + "-WE";
      case "CE" -> centuryValue(base.getYear() + sign * 100 * n);
      case "M" -> String.format("%04d-%02d", base.plusMonths((long) sign * n).getYear(), base.plusMonths((long) sign * n).getMonthValue());
      case "Q" -> quarterOf(base.plusMonths(3L * sign * n));
      case "Y" -> yearValue(base.getYear() + sign * n);
      case "DE" -> decadeValue(base.getYear() + sign * 10 * n);
      default -> null;
    };
    if (value == null) return null;
    // "from 36% a year ago": a year-ago comparison base anchors no later "a year earlier"
    boolean comparison = ago && unit.equals("Y") && n == 1;
    return new M(start, u + 2, "DATE", value, anchored || comparison ? "anchored" : null);
  }

  private boolean punctOrEnd(Doc d, int t) {
    return t >= d.a.tokenCount() || d.a.pos(t).equals("PUNCT") || d.a.pos(t).equals("CCONJ");
  }

  /** "seven months", "the past three years", "two-year", "24 hours", "a 63-year-old", "several weeks". */
  private M duration(Doc d, int t) {
    int start = t;
    String w = low(d, t);
    boolean the = false;
    if (w.equals("the")) {
      the = true;
      t++;
      w = low(d, t);
    }
    if (w.equals("past") || w.equals("last") || w.equals("next") || w.equals("first") || w.equals("coming") || w.equals("previous")) {
      t++;
      w = low(d, t);
    } else if (the && !(lex.numbers.containsKey(w) || Character.isDigit(w.isEmpty() ? 'x' : w.charAt(0)))) {
      return null;
    }
    // hyphenated in one token: "two-year", "63-year-old", "24-hour"; "the" belongs to the noun ("the 24-hour strike")
    Matcher hy = HYPHENATED_DURATION.matcher(w);
    if (hy.matches()) {
      String unit = lex.units.get(hy.group(2));
      String n = number(hy.group(1));
      if (n == null || unit == null) return null;
      return new M(the && start == t - 1 ? t : start, t + 1, "DURATION", durationValue(n, unit), null);
    }
    // "half an hour", "half a century"
    if (w.equals("half") && (low(d, t + 1).equals("a") || low(d, t + 1).equals("an"))) {
      String unit = lex.units.get(low(d, t + 2));
      String value = unit == null || low(d, t + 2).endsWith("s") ? null : halfOf(unit);
      return value == null ? null : new M(start, t + 3, "DURATION", value, null);
    }
    // "day-long", "decades-long": a stretch of that unit, of one or of some
    String longUnit = w.endsWith("-long") ? w.substring(0, w.length() - 5) : hyphen(d, t + 1) == 1 && low(d, t + 2).equals("long") ? w : null;
    if (longUnit != null && start == t && lex.units.containsKey(longUnit)) {
      return new M(t, w.endsWith("-long") ? t + 1 : t + 3, "DURATION", durationValue(longUnit.endsWith("s") ? "X" : "1", lex.units.get(longUnit)), null);
    }
    boolean another = lex.oneMore.contains(w) && start == t; // "another week", "another two years": that much more
    if (another) {
      t++;
      w = low(d, t);
    }
    Object[] c = count(d, t);
    String n;
    int u;
    boolean half = false;
    if (c != null) {
      n = (String) c[0];
      u = (int) c[1];
      int h = halfAt(d, u); // "5 1/2 hours"
      if (h > 0 && (w.equals("a") || w.equals("an"))) { // "a ½ hour": half of one
        n = "0.5";
        u += h;
      } else if (h > 0 && n.matches("\\d+")) {
        half = true;
        u += h;
      }
      if (low(d, u).equals("and") && (low(d, u + 1).equals("a") || low(d, u + 1).equals("an")) && low(d, u + 2).equals("half")
          && (low(d, u + 3).endsWith("s") || !n.equals("1") || low(d, u + 3).equals("hour")) && lex.units.containsKey(low(d, u + 3))) { // "one and a half hour"
        half = true; // "one and a half years", "two and a half hours"
        u += 3;
      }
      if (lex.extraWords.contains(low(d, u)) && lex.units.containsKey(low(d, u + 1))) u++; // "two more weeks", "an additional year"
    } else if (t > start && lex.units.containsKey(w) && !w.endsWith("s")) { // "the past year", "another week"
      String by = low(d, t - 1);
      if (w.equals("quarter") && d.dct != null && !another && !lex.units.containsKey(low(d, t + 1)) && !low(d, t + 1).equals("-")
          && (by.equals("last") || by.equals("past") || by.equals("previous") || by.equals("coming") || by.equals("next"))) {
        // "the last quarter", "the coming quarter": a company's quarters are dates, the one before or after the article's
        int shift = by.equals("coming") || by.equals("next") ? 1 : -1;
        if (by.equals("previous") && d.lastQuarter != null) { // "third-quarter profit rose from the previous quarter": the one before that named
          return new M(start, t + 1, "DATE", quarterOf(d.lastQuarter.minusMonths(3)), "anchored");
        }
        return new M(start, t + 1, "DATE", quarterOf(d.dct.plusMonths(3L * shift)), null);
      }
      n = "1";
      u = t;
    } else {
      return null;
    }
    boolean glued = hyphen(d, u) == 1; // "two-year", "30-year", "16-hour"
    if (glued) u++;
    if (glued && the && start == t - 1) start = t; // "the two-year plan": "the" is the plan's
    String unitWord = low(d, u);
    String unit = lex.units.get(unitWord);
    if (unit == null) return null;
    if (glued && unitWord.endsWith("s")) return null; // "three-quarters" is a fraction
    if (unit.equals("Q") && low(d, u + 1).equals("of")) return null; // "a quarter of the donors" too
    // "a quarter million", "three quarters billion": a fraction of a magnitude; "above one quarter": of an amount
    if (unit.equals("Q") && (lex.magnitudes.contains(low(d, u + 1)) || lex.fractionBefore.contains(low(d, t - 1)))) return null;
    if (n.equals("1") && unitWord.equals("second") && !Character.isDigit(low(d, t).charAt(0))) return null; // "a second term"
    if (unitWord.equals("second") && !n.equals("1") && !glued && !Character.isDigit(low(d, t).charAt(0))) return null; // "twenty second": an ordinal ("February twenty second")
    if (start == t && (w.equals("a") || w.equals("an")) && (isAmount(d, t - 1) || t > 1 && d.a.pos(t - 1).equals("NOUN") && d.a.lower(t - 1).endsWith("s")
        && isAmount(d, t - 2))) {
      return null; // "$500 million a year", "24 hours a day", "four flights a week": a rate
    }
    if (n.equals("1") && unitWord.endsWith("s") && !unitWord.equals("hours") && !half) return null;
    if (!glued && !unitWord.endsWith("s") && YEAR.matcher(n).matches()) return null; // "the 1988 quarter" is a date
    if (low(d, u + 1).equals("ago") || low(d, u + 1).equals("earlier") || low(d, u + 1).equals("later")) return null;
    if (hyphen(d, u + 1) == 1 && (low(d, u + 2).equals("ago") || low(d, u + 2).equals("earlier"))) return null; // "a year-earlier loss"
    int end = u + 1;
    if (hyphen(d, end) == 1 && low(d, end + 1).equals("old")) end += 2; // "a 63-year-old"
    else if (low(d, end).equals("-old") || low(d, end).equals("old") && unitWord.endsWith("s")) end++; // "52 years old": an age
    else if (!glued && low(d, end).equals("and") && (low(d, end + 1).equals("a") || low(d, end + 1).equals("an")) && low(d, end + 2).equals("half")) {
      half = true; // "a minute and a half"
      end += 3;
    }
    String value = half ? halfValue(n, unit) : n.equals("0.5") ? halfOf(unit) : null; // "a half hour" PT30M, as "half an hour"
    return new M(start, end, "DURATION", value != null ? value : durationValue(n, unit), null);
  }

  /** The tokens of a "1/2" right after a count ("5 1/2"), written as one token or cut as "1/" "2"; else 0. */
  private int halfAt(Doc d, int t) {
    String w = low(d, t);
    if (w.equals("1/2") || w.equals("\u00bd")) return 1;
    if (w.equals("1/") && low(d, t + 1).equals("2") && d.a.end(t) == d.a.start(t + 1)) return 2;
    return 0;
  }

  /** Half of one unit ([half] of time.txt): "half an hour" PT30M, "half a year" P6M; null for units without a whole half. */
  private String halfOf(String unit) {
    return lex.halves.get(unit.toLowerCase(java.util.Locale.ROOT));
  }

  /** n and a half units: "P2Y6M", "PT5H30M", "PT1M30S", "P1DT12H"; null for units without a whole half. */
  private static String halfValue(String n, String unit) {
    if (!n.matches("\\d{1,6}")) return null;
    return switch (unit) {
      case "Y" -> "P" + n + "Y6M";
      case "D" -> "P" + n + "DT12H";
      case "TH" -> "PT" + n + "H30M";
      case "TM" -> "PT" + n + "M30S";
      default -> null;
    };
  }

  /** Whether token t ends an amount: digits ("$1.76"), a number word, or a word of [rate-after] ("million", "hours"). */
  private boolean isAmount(Doc d, int t) {
    if (t < 0) return false;
    String w = d.a.lower(t);
    if (w.isEmpty()) return false;
    return Character.isDigit(w.charAt(w.length() - 1)) || lex.rateAfter.contains(w)
        || lex.numbers.containsKey(w) && !w.equals("a") && !w.equals("an");
  }

  private String number(String w) {
    if (w.matches("\\d+")) return w;
    String v = lex.numbers.get(w);
    if (v != null) return v;
    return w.indexOf('-') > 0 ? hyphenated(w) : null;
  }

  /** "twenty-four" → "24": the sum of known number words, or null. */
  private String hyphenated(String w) {
    int sum = 0;
    for (String part : w.split("-")) {
      String v = lex.numbers.get(part);
      if (v == null || v.equals("X")) return null;
      sum += (int) Double.parseDouble(v);
    }
    return String.valueOf(sum);
  }

  private static String durationValue(String n, String unit) {
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

  /** "the third quarter", "third-quarter", "the fourth quarter of 1989", "the quarter", "the first half". */
  private M quarter(Doc d, int t) {
    int start = t;
    if (low(d, t).equals("the")) t++;
    // the year it belongs to: "the 1988 second quarter", "this year's third quarter", "last year's quarter"
    int ofYear = -1;
    if (YEAR.matcher(low(d, t)).matches()) {
      ofYear = yearOf(low(d, t));
      t++;
    } else if (start == t && d.dct != null && low(d, t + 1).equals("year") && low(d, t + 2).equals("'s")) {
      Integer y = relativeYear(d, t);
      if (y == null) return null;
      ofYear = y;
      t += 3;
    }
    if (low(d, t).equals("fiscal") || low(d, t).equals("fiscal-")) t++; // "the fiscal first quarter"
    if (low(d, t - 1).equals("fiscal") && hyphen(d, t) == 1) t++; // "the fiscal-first quarter", cut in three
    if (ofYear > 0 && (low(d, t).equals("quarter") || low(d, t).equals("period"))) {
      // "the 1988 quarter", "the 1989 period", "last year's quarter": the quarter under discussion, in that year
      if (d.dct == null) return null;
      LocalDate base = d.lastQuarter != null ? d.lastQuarter : d.dct.minusMonths(3);
      return new M(start, t + 1, "DATE", quarterOf(base.withYear(ofYear)), "anchored");
    }
    if (t > start && low(d, t).startsWith("fiscal-")) { // "the fiscal-first quarter"
      String rest = low(d, t).substring("fiscal-".length());
      if (ordinal(rest) > 0 && low(d, t + 1).equals("quarter")) {
        return d.dct == null ? null : new M(start, t + 2, "DATE", yearValue(ofYear > 0 ? ofYear : d.dct.getYear()) + "-Q" + ordinal(rest), null);
      }
    }
    String w = low(d, t);
    int q = -1;
    int end;
    String part = "Q";
    Matcher hy = HYPHENATED_QUARTER.matcher(w);
    if (hy.matches()) {
      q = ordinal(hy.group(1));
      part = hy.group(2).equals("half") ? "H" : "Q";
      end = t + 1;
    } else if (QUARTER_LABEL.matcher(w).matches() && Character.isUpperCase(d.a.token(t).charAt(0))) {
      q = w.charAt(1) - '0'; // "Q3", "H1": the business calendar's labels
      part = w.charAt(0) == 'q' ? "Q" : "H";
      end = t + 1;
      if (ofYear < 0 && yearOf(low(d, end)) > 0) { // "Q3 2016"
        ofYear = yearOf(low(d, end));
        end++;
      } else if (ofYear < 0 && relativeYear(d, end) != null) { // "Q3 this year"
        ofYear = relativeYear(d, end);
        end += 2;
      }
    } else if (w.equals("last") && low(d, t + 1).equals("half") && low(d, t + 2).equals("of") && yearOf(low(d, t + 3)) > 0) {
      q = 2; // "the last half of 1989"
      part = "H";
      end = t + 2;
    } else if (ordinal(w) > 0 && (low(d, t + hyphen(d, t + 1) + 1).equals("quarter") || low(d, t + hyphen(d, t + 1) + 1).equals("half"))) {
      q = ordinal(w);
      int u = t + hyphen(d, t + 1) + 1; // "third quarter", "third-quarter"
      part = low(d, u).equals("half") ? "H" : "Q";
      end = u + 1;
    } else if (w.equals("year") && low(d, t + 1).equals("-") && (low(d, t + 2).equals("earlier") || low(d, t + 2).equals("ago"))) {
      // "year-earlier", "the year-ago quarter", "the year-earlier period"
      end = t + 3;
      if (low(d, end).equals("quarter") || low(d, end).equals("period")) end++;
      if (d.dct == null) return null;
      if (d.lastQuarter != null) return new M(start, end, "DATE", quarterOf(d.lastQuarter.minusYears(1)), "anchored");
      return new M(start, end, "DATE", yearValue(d.anchor.getYear() - 1), "anchored");
    } else if (w.equals("quarter") && start < t || (w.equals("latest") || w.equals("current") || w.equals("year-earlier") || w.equals("year-ago"))
        && (low(d, t + 1).equals("quarter") || w.equals("latest") && low(d, t + 1).equals("period"))) {
      end = w.equals("quarter") ? t + 1 : t + 2;
      if (d.dct == null) return null;
      if (end < d.a.tokenCount() && d.a.end(end - 1) == d.a.start(end) && low(d, end).startsWith("-")) return null; // "the quarter-to-quarter comparison"
      LocalDate base = d.lastQuarter != null ? d.lastQuarter : d.dct.minusMonths(3);
      // "the latest quarter" is over: the last quarter named when it is, else the one before the article's
      if (w.equals("latest") && (d.lastQuarter == null || !d.lastQuarter.plusMonths(3).isBefore(d.dct.plusDays(1)))) base = d.dct.minusMonths(3);
      if (w.equals("current")) base = d.dct;
      if (w.startsWith("year-")) base = base.minusYears(1);
      if (low(d, end).equals("a") && low(d, end + 1).equals("year") && (low(d, end + 2).equals("ago") || low(d, end + 2).equals("earlier"))) {
        base = base.minusYears(1); // "the quarter a year ago"
        end += 3;
      }
      return new M(start, end, "DATE", quarterOf(base), "anchored");
    } else {
      return null;
    }
    if (part.equals("H") && q > 2 || q > 4) return null;
    if (d.dct == null) return new M(start, end, "DATE", "XXXX-" + part + q, null);
    int y = d.dct.getYear();
    if (ofYear > 0) {
      y = ofYear;
    } else if (low(d, end).equals("of") && yearOf(low(d, end + 1)) > 0) {
      y = yearOf(low(d, end + 1));
      end += 2;
    } else if (low(d, end).equals("of") && relativeYear(d, end + 1) != null) { // "the fourth quarter of last year"
      y = relativeYear(d, end + 1);
      end += 3;
    } else if (low(d, end).equals("of") && low(d, end + 1).equals("the") && low(d, end + 2).equals("year")) {
      end += 3; // "the second half of the year": this year's, as "the year" alone is
      if (part.equals("Q") && q > d.dct.get(IsoFields.QUARTER_OF_YEAR) && tense(d, t) == Tense.PAST) y--;
    } else if (part.equals("Q") && q > d.dct.get(IsoFields.QUARTER_OF_YEAR) && tense(d, t) == Tense.PAST) {
      y--; // the fourth quarter, said in spring, was last year's
    }
    return new M(start, end, "DATE", yearValue(y) + "-" + part + q, null);
  }

  /** A quarter or half glued to its year: "2017-Q4", "Q1-2019", "2016H2", "2017q1"; null for most tokens at the first look. */
  private M gluedQuarter(Doc d, int t) {
    String w = low(d, t);
    char c = w.charAt(0);
    if (!Character.isDigit(c) && c != 'q' && c != 'h') return null;
    if (w.length() > 7 || w.length() < 2) return null;
    int end = t + 1;
    String s = w;
    if (t + 2 < d.a.tokenCount() && low(d, t + 1).equals("-") && hyphen(d, t + 1) == 1) { // cut in three: "2017" "-" "Q4"
      s = w + "-" + low(d, t + 2);
      end = t + 3;
    }
    Matcher m = GLUED_QUARTER.matcher(s);
    if (!m.matches()) return null;
    boolean yearFirst = m.group(1) != null;
    String year = yearFirst ? m.group(1) : m.group(6), part = yearFirst ? m.group(2) : m.group(4), n = yearFirst ? m.group(3) : m.group(5);
    if (!YEAR.matcher(year).matches() || part.equals("h") && n.compareTo("2") > 0) return null;
    if (!yearFirst && !Character.isUpperCase(d.a.token(t).charAt(0))) return null; // "q1-2019" in lower case: a code
    return new M(t, end, "DATE", year + "-" + part.toUpperCase(java.util.Locale.ROOT) + n, null);
  }

  /**
   * A month name glued to numbers by hyphens or slashes: "Dec-2018", "Dec/2018" (the month), "Oct-2"
   * (a day by the tense), "05-Aug-2016", "Sep-23-2020", "2019/aug/01" (a day); a month in lower case
   * only with its year.
   */
  private M gluedMonthDate(Doc d, int t) {
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
          Integer m = p.length() >= 3 ? lex.months.get(p) : null;
          if (m == null) m = p.length() >= 4 && p.endsWith(".") ? null : lex.months.get(p + ".");
          ok = m != null && month < 0;
          month = m == null ? -1 : m;
          monthAt = i;
        } else if (p.length() == 4 && YEAR.matcher(p).matches() && year < 0) year = Integer.parseInt(p);
        else if (p.length() <= 2 && p.chars().allMatch(Character::isDigit) && day < 0) day = Integer.parseInt(p);
        else ok = false;
      }
      if (!ok || month < 0 || year < 0 && !Character.isUpperCase(a.token(t).charAt(0)) || year < 0 && monthAt != 0) continue;
      if (day < 0 && year < 0) continue;
      if (day < 0) return new M(t, e + 1, "DATE", String.format("%04d-%02d", year, month), null);
      if (day < 1 || day > 31 || safeDate(year < 0 ? 2000 : year, month, day) == null) continue;
      if (year < 0) year = yearByTense(d, t, month, day);
      return new M(t, e + 1, "DATE", year < 0 ? String.format("XXXX-%02d-%02d", month, day) : iso(LocalDate.of(year, month, day)), null);
    }
    return null;
  }

  /** "2017-q4", "2016h2" (year first) or "q1-2019" (label first). */
  private static final Pattern GLUED_QUARTER = Pattern.compile("(\\d{4})-?([qh])([1-4])|([qh])([1-4])-(\\d{4})");

  /** 1 when token t is a hyphen glued to its neighbours ("third-quarter" cut in three), else 0. */
  private int hyphen(Doc d, int t) {
    Analysis a = d.a;
    return t > 0 && t + 1 < a.tokenCount() && a.token(t).equals("-") && a.end(t - 1) == a.start(t) && a.end(t) == a.start(t + 1) ? 1 : 0;
  }

  /** "the first week of 2015", "the last week of this year": that ISO week of the year. */
  private M weekOfYear(Doc d, int t) {
    int start = t;
    if (low(d, t).equals("the")) t++;
    if (!low(d, t + 1).equals("week") || !low(d, t + 2).equals("of")) return null; // one look rules most tokens out
    String w = low(d, t);
    int n = w.equals("last") ? 99 : ordinal(w);
    if (n < 1) return null;
    int y = yearOf(low(d, t + 3)), end = t + 4;
    if (y <= 0) {
      Integer rel = relativeYear(d, t + 3);
      if (rel == null) return null;
      y = rel;
      end = t + 5;
    }
    int weeks = LocalDate.of(y, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    if (n == 99) n = weeks;
    return n > weeks ? null : new M(start, end, "DATE", String.format("%04d-W%02d", y, n), null);
  }

  private int ordinal(String w) {
    String v = lex.ordinals.get(w);
    if (v != null) return Integer.parseInt(v);
    if (w.isEmpty() || !Character.isDigit(w.charAt(0))) return -1;
    Matcher m = ORDINAL_DIGIT.matcher(w);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** "every week", "each year", "every Monday", "daily", "weekly". */
  private M set(Doc d, int t) {
    String w = low(d, t);
    String v = lex.sets.get(w);
    if (v != null) {
      if (w.equals("annual") && !d.a.pos(t).equals("ADV")) return null;
      return new M(t, t + 1, "SET", v, null);
    }
    // "once a year", "twice a week", "three times a day": so many times each unit, a set of that unit
    int per = lex.frequencies.contains(w) ? t + 1 : low(d, t + 1).equals("times") && count(d, t) != null ? t + 2 : -1;
    if (per > 0 && (low(d, per).equals("a") || low(d, per).equals("an") || low(d, per).equals("per") || low(d, per).equals("each"))) {
      String unit = lex.units.get(low(d, per + 1));
      if (unit != null && !low(d, per + 1).endsWith("s")) return new M(t, per + 2, "SET", durationValue("1", unit), null);
    }
    // "on Sundays": a weekday in the plural recurs
    if (w.endsWith("s") && d.a.isCapitalized(t) && lex.weekdays.containsKey(w.substring(0, w.length() - 1))) {
      return new M(t, t + 1, "SET", "XXXX-WXX-" + lex.weekdays.get(w.substring(0, w.length() - 1)), null);
    }
    if (!(w.equals("every") || w.equals("each") || w.equals("per"))) return null;
    int u = t + 1;
    if (low(d, u).equals("other")) u++;
    String unit = lex.units.get(low(d, u));
    if (unit != null && !low(d, u).endsWith("s")) {
      if (unit.equals("WE")) return new M(t, u + 1, "SET", "XXXX-WXX-WE", null); // "every weekend"
      String n = u > t + 1 ? "2" : "1";
      return new M(t, u + 1, "SET", durationValue(n, unit), null);
    }
    Integer wd = lex.weekdays.get(low(d, u));
    if (wd != null) return new M(t, u + 1, "SET", "XXXX-WXX-" + wd, null);
    Object[] c = u == t + 1 && !w.equals("per") ? count(d, u) : null; // "every two years", "every 15 minutes"
    if (c != null && ((String) c[0]).matches("\\d+")) {
      int k = (int) c[1];
      String plural = low(d, k);
      String every = plural.endsWith("s") ? lex.units.get(plural) : null;
      if (every != null && !every.equals("WE")) return new M(t, k + 1, "SET", durationValue((String) c[0], every), null);
    }
    Integer month = u == t + 1 && !w.equals("per") ? month(d, u) : null; // "each July": every year's July
    if (month != null) return new M(t, u + 1, "SET", String.format("XXXX-%02d", month), null);
    return null;
  }

  /** "3 p.m.", "10:30 a.m.", "noon", "midnight": a time of the publication day. */
  private M clock(Doc d, int t) {
    String w = low(d, t);
    if (w.equals("noon") || w.equals("midnight") || w.equals("midday")) {
      if (t > 0 && (low(d, t - 1).equals("high"))) return null;
      String at = w.equals("midnight") ? "T24:00" : "T12:00";
      if (d.dct == null) return new M(t, t + 1, "TIME", "XXXX-XX-XX" + at, null);
      M when = dayAfterClock(d, t + 1); // "noon Thursday", "midnight Friday"
      if (when != null) return new M(t, parenthesisIn(d, t + 1, when.start) ? t + 1 : when.end, "TIME", when.value.substring(0, 10) + at, null);
      return new M(t, t + 1, "TIME", iso(d.dct) + at, null);
    }
    if (Character.isLetter(w.charAt(0))) return lex.numbers.containsKey(w) ? spokenClockAt(d, t) : null; // "seven o'clock", "six pm"
    Matcher m = CLOCK.matcher(w);
    char last = w.charAt(w.length() - 1);
    Matcher g = last == 'm' || last == '.' ? GLUED_CLOCK.matcher(w) : null; // "8pm", "8p.m.": most tokens end otherwise
    boolean glued = g != null && g.matches();
    if (glued) m = g;
    else if (!m.matches() && !(lex.meridiems.contains(low(d, t + 1)) && (m = DOT_CLOCK.matcher(w)).matches())) return null; // "8.30 pm"
    String ampm = glued ? g.group(4) : low(d, t + 1);
    int end = glued ? t + 1 : t + 2;
    String part = !glued && low(d, t + 1).equals("in") && low(d, t + 2).equals("the") ? lex.dayparts.get(low(d, t + 3)) : null;
    if (glued) {
      // "8pm": its half of the day is in the token
    } else if (part != null && !low(d, t + 3).equals("night")) { // "4 in the morning", "7 in the evening"
      ampm = part.equals("MO") ? "am" : "pm";
      end = t + 4;
    } else if (!(ampm.equals("a.m.") || ampm.equals("p.m.") || ampm.equals("am") || ampm.equals("pm") || ampm.equals("a.m") || ampm.equals("p.m"))) {
      return w.indexOf(':') > 0 ? clockNoMeridiem(d, t) : spokenClockAt(d, t); // "at 19:00", "17:49:19 Friday", "8 o'clock"
    }
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (h > 12 || min > 59 || m.group(3) != null && Integer.parseInt(m.group(3)) > 59) return null;
    if (ampm.startsWith("p") && h < 12) h += 12;
    if (ampm.startsWith("a") && h == 12) h = 0;
    LocalDate day = d.dct;
    if (day == null) return new M(t, end, "TIME", "XXXX-XX-XX" + hms(h, min, m.group(3)), null);
    M when = dayAfterClock(d, end);
    if (when != null) {
      day = LocalDate.parse(when.value.substring(0, 10));
      if (!parenthesisIn(d, end, when.start)) end = when.end; // "10:35 a.m. (0735 GMT) Friday": the day stays an expression of its own
    }
    return new M(t, end, "TIME", iso(day) + hms(h, min, m.group(3)), null);
  }

  /** An hour of the clock at t: "7", "seven" (1 to 12), or -1. */
  private int hourAt(Doc d, int t) {
    String w = low(d, t);
    if (w.isEmpty() || w.length() > 2 && Character.isDigit(w.charAt(0))) return -1;
    String v = Character.isDigit(w.charAt(0)) ? w : w.length() >= 3 ? lex.numbers.get(w) : null;
    if (v == null || !v.matches("\\d{1,2}")) return -1;
    int h = Integer.parseInt(v);
    return h >= 1 && h <= 12 ? h : -1;
  }

  /**
   * An hour with "o'clock" (time.txt [oclock]) or, in words, with its half of the day: "seven
   * o'clock", "8 o'clock p.m.", "six pm"; "Thh:00" and its end, or null. Without a.m. or p.m., an
   * hour up to 6 is in the afternoon, as for "Monday at 2.30".
   */
  private M spokenClock(Doc d, int t) {
    int h = hourAt(d, t);
    if (h < 0) return null;
    int end = t + 1;
    boolean oclock = lex.oclock.contains(low(d, end));
    if (oclock) end++;
    String ampm = low(d, end);
    String part = oclock && low(d, end).equals("in") && low(d, end + 1).equals("the") ? lex.dayparts.get(low(d, end + 2)) : null;
    if (lex.meridiems.contains(ampm)) {
      end++;
      if (ampm.startsWith("p") && h < 12) h += 12;
      if (ampm.startsWith("a") && h == 12) h = 0;
    } else if (part != null) { // "three o'clock in the morning"; at night, up to 4 is after midnight
      end += 3;
      if (!part.equals("MO") && h < 12 && !(part.equals("NI") && h <= 4)) h += 12;
    } else if (!oclock) {
      return null;
    } else if (h <= 6) {
      h += 12;
    }
    return new M(t, end, "TIME", hms(h, 0, null), null);
  }

  /** A spoken clock time and the day after it ("seven o'clock Tuesday"), else of the article's day. */
  private M spokenClockAt(Doc d, int t) {
    M c = spokenClock(d, t);
    if (c == null) return null;
    if (d.dct == null) return new M(t, c.end, "TIME", "XXXX-XX-XX" + c.value, null);
    M when = dayAfterClock(d, c.end);
    if (when == null) return new M(t, c.end, "TIME", iso(d.dct) + c.value, null);
    String clock = c.value;
    String part = when.value.length() > 11 ? when.value.substring(11) : "";
    int h = hourAt(d, t);
    if (!lex.meridiems.contains(low(d, c.end - 1)) && h < 12 && (part.equals("MO") || part.equals("AF") || part.equals("EV") || part.equals("NI"))) {
      // "8 o'clock last night" is 20:00, "7 o'clock this morning" 07:00; at night, up to 4 is after midnight
      clock = hms(part.equals("MO") || part.equals("NI") && h <= 4 ? h : h + 12, 0, null);
    }
    return new M(t, parenthesisIn(d, c.end, when.start) ? c.end : when.end, "TIME", when.value.substring(0, 10) + clock, null);
  }

  /** "T14:30", "T08:00:31": a clock value, with its seconds when they are written. */
  private static String hms(int h, int min, String seconds) {
    return seconds == null ? String.format("T%02d:%02d", h, min) : String.format("T%02d:%02d:%s", h, min, seconds);
  }

  /**
   * A clock time with a colon and no half of the day, after a signal word or before its day: "at
   * 19:00", "by 08:30", "13:00 February 28", "17:49:19 on Friday"; of the day after it, else of
   * the article's day.
   */
  private M clockNoMeridiem(Doc d, int t) {
    M c = clockWithoutMeridiem(d, t);
    if (c == null) return null;
    M when = dayAfterClock(d, c.end);
    if (when == null && !lex.clockJoints.contains(low(d, t - 1))) return null;
    if (when == null) return new M(t, c.end, "TIME", (d.dct == null ? "XXXX-XX-XX" : iso(d.dct)) + c.value, null);
    int end = parenthesisIn(d, c.end, when.start) ? c.end : when.end;
    return new M(t, end, "TIME", when.value.substring(0, 10) + c.value, null);
  }

  /**
   * A clock time written without a.m. or p.m. ("2:30", "17:49:19", "2.30"): "Thh:mm" and its end, or
   * null. A 24-hour time is as written; an hour of one digit up to 6 is in the afternoon, as news
   * meets it ("Monday at 2.30"). With a dot, no price: "shares closed Friday at 9.50" (time.txt [price]).
   */
  private M clockWithoutMeridiem(Doc d, int t) {
    String w = low(d, t);
    Matcher m = CLOCK.matcher(w);
    boolean colon = m.matches() && m.group(2) != null;
    if (!colon && !(m = DOT_CLOCK.matcher(w)).matches()) return null;
    int h = Integer.parseInt(m.group(1)), min = Integer.parseInt(m.group(2));
    if (h > 23 || min > 59 || m.group(3) != null && Integer.parseInt(m.group(3)) > 59) return null;
    String after = low(d, t + 1);
    if (after.equals("%") || after.equals("percent") || lex.meridiems.contains(after) || lex.magnitudes.contains(after) || lex.units.containsKey(after)) return null;
    if (!colon && priceIn(d, t)) return null;
    if (h >= 1 && h <= 6 && !Character.isDigit(w.charAt(1))) h += 12;
    return new M(t, t + 1, "TIME", hms(h, min, m.group(3)), null);
  }

  /** Whether the sentence of token t speaks of prices or levels (time.txt [price]): "at 9.50" there is an amount. */
  private boolean priceIn(Doc d, int t) {
    int s = d.a.sentenceOf(t);
    for (int k = d.a.sentenceStartToken(s); k < d.a.sentenceEndToken(s); k++) {
      if (lex.priceWords.contains(d.a.lower(k)) || lex.currencySigns.contains(d.a.lower(k))) return true;
    }
    return false;
  }

  private static final Pattern WEEKDAY_SET = Pattern.compile("XXXX-WXX-\\d");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d(T(MO|AF|EV|NI))?");

  /**
   * A clock time right after a day joins it: "tomorrow at 9 a.m.", "Friday at 4 p.m.", "Oct. 14,
   * 8 a.m."; after a part of day a bare hour takes its half of the day: "tonight at 7" is 19:00,
   * "this morning at 7" 07:00. The day keeps its value; the time is of that day.
   */
  private M clockAfterDay(Doc d, M m) {
    boolean recurring = "SET".equals(m.type) && m.value != null && WEEKDAY_SET.matcher(m.value).matches(); // "every Monday at 4 p.m."
    if (!recurring && (!"DATE".equals(m.type) && !"TIME".equals(m.type) || m.value == null || !DAY_VALUE.matcher(m.value).matches())) return null;
    int k = m.end;
    if (low(d, k).equals(",")) k++;
    boolean joint = lex.clockJoints.contains(low(d, k));
    if (joint) k++;
    String mod = m.mod;
    if ("APPROX".equals(lex.mods.get(low(d, k))) && !low(d, k).equals("some")) { // "tonight around 7", "Friday at about 3 p.m."
      mod = "APPROX";
      k++;
    }
    if (low(d, k).isEmpty() || k == m.end && !Character.isDigit(low(d, k).charAt(0))) return null;
    M c = clockOnly(d, k);
    if (c == null && joint) c = clockWithoutMeridiem(d, k); // "Monday at 2.30", "Sunday at 17:00"
    int h, min, end;
    if (c != null) {
      h = Integer.parseInt(c.value.substring(1, 3));
      min = Integer.parseInt(c.value.substring(4, 6));
      end = c.end;
    } else {
      String part = m.value.length() > 10 ? m.value.substring(11) : null;
      String w = low(d, k);
      h = hourAt(d, k); // "this morning at 7", "tonight at seven"
      // a bare hour after a day without its part only after "at" and before punctuation: "on Friday at 3." (1 to 6 in the afternoon)
      boolean bare = part == null && low(d, k - 1).equals("at") && CLAUSE_STOPS.contains(low(d, k + 1)) && !priceIn(d, k);
      if (part == null && !bare || k == m.end || h < 0) return null;
      // after a part of the day a bare hour only right after "at", "around", "about": "tonight at 7", "this morning around 9";
      // no "Tuesday night, 11 were arrested", "last night by 7 to 2", "last night after 10 of the protesters"
      if (part != null && !lex.bareHourSignals.contains(low(d, k - 1))) return null;
      String next = low(d, k + 1);
      if (part != null && (next.equals("to") || next.equals("of") || next.equals("-") || next.equals("\u2013")
          || k + 1 < d.a.tokenCount() && (d.a.pos(k + 1).equals("VERB") || d.a.pos(k + 1).equals("AUX")))) return null;
      String pos = k + 1 < d.a.tokenCount() ? d.a.pos(k + 1) : "";
      if (h < 1 || h > 12 || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM") || low(d, k + 1).equals("%")
          || low(d, k + 1).equals(":")) return null; // "last night at 3 checkpoints"
      if (bare) {
        if (h <= 6) h += 12;
      } else if (!part.equals("MO") && h < 12 && !(part.equals("NI") && h < 5)) {
        h += 12; // "tonight at 7", "last night at 8"; "at 2" at night is 2 a.m.
      }
      min = 0;
      end = k + 1;
    }
    String clock = c != null ? c.value : String.format("T%02d:%02d", h, min); // "T08:00:31" keeps its seconds
    if (recurring) return c == null ? null : new M(m.start, end, "SET", m.value + clock, mod);
    if (d.dct == null && !Character.isDigit(m.value.charAt(0))) return null;
    return new M(m.start, end, "TIME", m.value.substring(0, 10) + clock, mod);
  }

  private static final Pattern DURATION_PARTS = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  private static final String[] DURATION_LETTERS = {"Y", "M", "W", "D", "H", "M", "S"};

  /**
   * A duration of smaller units right after a duration, alone or after "and", adds to it: "two
   * hours and 40 minutes" PT2H40M, "three years and six months" P3Y6M, "1 year 2 months".
   */
  private M durationAfter(Doc d, M m) {
    if (!"DURATION".equals(m.type) || m.mod != null) return null;
    int k = low(d, m.end).equals("and") ? m.end + 1 : m.end;
    if (k >= d.a.tokenCount() || !openers.contains(low(d, k)) && !Character.isDigit(low(d, k).charAt(0))) return null;
    M next = duration(d, k);
    if (next == null || next.start != k || !"DURATION".equals(next.type) || next.mod != null) return null;
    Matcher a = DURATION_PARTS.matcher(m.value), b = DURATION_PARTS.matcher(next.value);
    if (!a.matches() || !b.matches() || m.value.equals("P") || next.value.equals("P")) return null;
    int lastA = -1, firstB = -1;
    for (int i = 1; i <= 7; i++) {
      if (a.group(i) != null) lastA = i;
      if (b.group(i) != null && firstB < 0) firstB = i;
    }
    if (lastA < 0 || firstB <= lastA) return null; // "two hours and two days": no sum of a bigger unit
    // only the next smaller unit (months may go on in days, skipping the weeks): "15 years and 200 hours of community service"
    // are two sentences; and no amount of something: "two years and 40 minutes of footage"
    if (firstB != lastA + 1 && !(lastA == 2 && firstB == 4) || low(d, next.end).equals("of")) return null;
    StringBuilder v = new StringBuilder("P");
    for (int i = 1; i <= 7; i++) {
      String part = a.group(i) != null ? a.group(i) : b.group(i);
      if (i == 5 && (a.group(5) != null || a.group(6) != null || a.group(7) != null || b.group(5) != null || b.group(6) != null || b.group(7) != null)) v.append('T');
      if (part != null) v.append(part).append(DURATION_LETTERS[i - 1]);
    }
    return new M(m.start, next.end, "DURATION", v.toString(), null);
  }

  /**
   * A duration of calendar units before a distance of a smaller unit counts with it: "1 month 21
   * days ago" (a month and 21 days back), "two years and three months later"; the date has the
   * granularity of the last unit, as "21 days ago" has.
   */
  private M distanceAfterDuration(Doc d, M m) {
    if (!"DURATION".equals(m.type) || m.mod != null || d.dct == null || m.value.indexOf('T') >= 0) return null;
    String first = low(d, m.start); // a bare count: "for the last 3 months and 2 days ago" holds two expressions
    if (!Character.isDigit(first.charAt(0)) && !lex.numbers.containsKey(first) && first.indexOf('-') < 0) return null;
    int k = low(d, m.end).equals("and") || low(d, m.end).equals(",") ? m.end + 1 : m.end;
    if (k >= d.a.tokenCount() || !Character.isDigit(low(d, k).charAt(0)) && !lex.numbers.containsKey(low(d, k))) return null; // one look rules most out
    M dist = distance(d, k);
    Object[] c = count(d, k);
    if (dist == null || dist.start != k || c == null || !((String) c[0]).matches("\\d{1,4}")) return null;
    String unit = lex.units.get(low(d, (int) c[1]));
    Matcher parts = DURATION_PARTS.matcher(m.value);
    if (unit == null || !parts.matches()) return null;
    int finest = switch (unit) { case "Y" -> 1; case "M" -> 2; case "W" -> 3; case "D" -> 4; default -> 0; };
    int coarsest = 0;
    for (int i = 4; i >= 1; i--) if (parts.group(i) != null) coarsest = i;
    if (finest == 0 || coarsest == 0 || coarsest >= finest) return null; // "2 days 3 weeks ago": no sum of a bigger unit
    String dir = low(d, dist.end - 1);
    boolean ago = dir.equals("ago");
    long sign = ago || dir.equals("earlier") || dir.equals("before") ? -1 : 1;
    long[] amount = new long[5];
    for (int i = 1; i <= 4; i++) amount[i] = parts.group(i) == null ? 0 : Long.parseLong(parts.group(i));
    amount[finest] += Long.parseLong((String) c[0]);
    LocalDate date = (ago ? d.dct : d.anchor).plusYears(sign * amount[1]).plusMonths(sign * amount[2]).plusWeeks(sign * amount[3]).plusDays(sign * amount[4]);
    String value = switch (finest) {
      case 1 -> yearValue(date.getYear());
      case 2 -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
      case 3 -> week(date);
      default -> iso(date);
    };
    return new M(m.start, dist.end, "DATE", value, ago ? null : "anchored");
  }

  /** A clock time at token t with its half of the day ("4 p.m.", "8pm", "9:30 a.m.", "noon"): "Thh:mm" and its end, or null. */
  private M clockOnly(Doc d, int t) {
    String w = low(d, t);
    if (w.equals("noon") || w.equals("midday")) return new M(t, t + 1, "TIME", "T12:00", null);
    Matcher g = GLUED_CLOCK.matcher(w);
    String ampm;
    int end;
    Matcher m = CLOCK.matcher(w);
    if (g.matches()) {
      m = g;
      ampm = g.group(4);
      end = t + 1;
    } else if (m.matches() || (m = DOT_CLOCK.matcher(w)).matches()) {
      ampm = low(d, t + 1);
      end = t + 2;
      if (!lex.meridiems.contains(ampm)) return spokenClock(d, t); // "8 o'clock"
    } else {
      return spokenClock(d, t); // "seven o'clock", "six pm"
    }
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (h > 12 || h == 0 || min > 59 || m.group(3) != null && Integer.parseInt(m.group(3)) > 59) return null;
    if (ampm.startsWith("p") && h < 12) h += 12;
    if (ampm.startsWith("a") && h == 12) h = 0;
    return new M(t, end, "TIME", hms(h, min, m.group(3)), null);
  }

  /** "next week", "this week", "last week" at token t: the shift in weeks, or null. */
  private Integer weekShift(Doc d, int t) {
    if (d.dct == null || !low(d, t + 1).equals("week")) return null;
    return switch (low(d, t)) {
      case "this" -> 0;
      case "next" -> 1;
      case "last" -> -1;
      default -> null;
    };
  }

  /** A date of day precision at token e: "Tuesday", "last Tuesday", "yesterday", "Nov. 9"; or null. */
  private M dayAt(Doc d, int e) {
    if (e >= d.a.tokenCount()) return null;
    String w = low(d, e);
    M when = weekday(d, (w.equals("last") || w.equals("next") || w.equals("this")) && e + 1 < d.a.tokenCount() ? e + 1 : e);
    if (when == null) when = relativeDay(d, e);
    if (when == null) when = explicitDate(d, e);
    if (when == null && !low(d, e).isEmpty() && Character.isDigit(low(d, e).charAt(0))) when = numericDate(d, e); // "3 p.m. 5/15/2018"
    return when != null && when.value.length() >= 10 && Character.isDigit(when.value.charAt(0)) ? when : null;
  }

  /**
   * The day named right after a time of day: "Tuesday", "yesterday", "Nov. 9", also after a zone
   * ("9 a.m. EST Tuesday"), a comma ("5 p.m. EST, Nov. 6") or a parenthesis ("10:35 a.m. (0735 GMT) Friday").
   */
  private M dayAfterClock(Doc d, int e) {
    int n = d.a.tokenCount();
    if (e < n && low(d, e).matches("[a-z]{3}") && low(d, e).endsWith("t") && d.a.token(e).equals(d.a.token(e).toUpperCase())) e++; // "EDT"
    if (e < n && low(d, e).equals("(")) {
      int c = e + 1;
      while (c < n && c - e < 6 && !low(d, c).equals(")")) c++;
      if (c < n && low(d, c).equals(")")) {
        for (int k = e + 1; k < c; k++) { // "4 in the morning (4 a.m. EDT Thursday)": the day in the parenthesis
          M inside = dayAt(d, k);
          if (inside != null) return inside;
        }
        e = c + 1;
      }
    }
    if (e < n && low(d, e).equals(",")) e++;
    M day = dayAt(d, e);
    if (day == null && e < n && low(d, e).equals("on")) day = dayAt(d, e + 1); // "midnight on Sunday", "3 p.m. on March 5"
    return day;
  }

  /** Whether a parenthesis stands between tokens [from, to): the day found there belongs to the text, not to the time's span. */
  private boolean parenthesisIn(Doc d, int from, int to) {
    for (int k = from; k < to; k++) if (low(d, k).equals("(") || low(d, k).equals(")")) return true;
    return false;
  }

  /** "now", "recently", "the past", "the future", "currently". */
  private M ref(Doc d, int t) {
    Object[] p = phrase(d, t, lex.refs);
    if (p == null) return null;
    String w = low(d, t);
    if (w.equals("current") && !d.a.pos(t).equals("ADJ")) return null;
    String value = (String) p[1];
    return new M(t, (int) p[0], value.startsWith("P") && !value.endsWith("_REF") ? "DURATION" : "DATE", value, null);
  }

  /** "Christmas", "Thanksgiving", "New Year's Day". */
  private M holiday(Doc d, int t) {
    if (!d.a.isCapitalized(t) && !lex.holidays.containsKey(low(d, t))) return null; // "christmas", "easter": a one-word name is one in lower case too; "father's day" is not
    Object[] p = phrase(d, t, lex.holidays);
    if (p == null || d.dct == null) return null;
    String v = (String) p[1];
    int y = d.dct.getYear();
    String value = holidayIn(v, y);
    // the last one for a past or present clause, the next one for a future clause
    Tense tense = tense(d, t);
    LocalDate thisYear = LocalDate.parse(value);
    if (tense == Tense.FUTURE || tense == Tense.PRESENT && thisYear.isBefore(d.dct) && d.dct.toEpochDay() - thisYear.toEpochDay() > 182) {
      if (thisYear.isBefore(d.dct)) value = holidayIn(v, y + 1);
    } else if (thisYear.isAfter(d.dct) && (tense == Tense.PAST || thisYear.toEpochDay() - d.dct.toEpochDay() > 182)) {
      value = holidayIn(v, y - 1);
    }
    int start = low(d, t - 1).equals("last") || low(d, t - 1).equals("next") ? t - 1 : t;
    if (low(d, t - 1).equals("next") && LocalDate.parse(value).isBefore(d.dct)) value = holidayIn(v, y + 1);
    int end = (int) p[0];
    if (yearOf(low(d, end)) > 0) { // "Christmas 2016"
      value = holidayIn(v, yearOf(low(d, end)));
      end++;
    }
    if (low(d, end).equals("week")) { // "Easter week": a week that has begun by the article's day ("as Easter week began") is this year's
      LocalDate h = LocalDate.parse(holidayIn(v, end > (int) p[0] ? yearOf(low(d, end - 1)) : y));
      if (end > (int) p[0] || Math.abs(h.toEpochDay() - d.dct.toEpochDay()) > 7) h = LocalDate.parse(value);
      return new M(start, end + 1, "DATE", week(h), null);
    }
    if (low(d, end).equals("weekend")) { // "Labor Day weekend": the weekend next to the day
      LocalDate h = LocalDate.parse(value);
      int dow = h.getDayOfWeek().getValue();
      LocalDate saturday = dow <= 2 ? h.minusDays(dow + 1) : dow == 7 ? h.minusDays(1) : h.plusDays(6 - dow);
      return new M(start, end + 1, "DATE", week(saturday) + "-WE", null);
    }
    return new M(start, end, "DATE", value, null);
  }

  /** Easter Sunday of year y in the Gregorian calendar (the anonymous algorithm of Meeus). */
  static LocalDate easter(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }

  private static String holidayIn(String v, int y) {
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

  // ---- modifiers and anchors ------------------------------------------------------------------

  /** A modifier before the expression joins it: "late November", "more than four hours", "the end of 1989". */
  private M withModifier(Doc d, M m) {
    Analysis a = d.a;
    for (int k = Math.min(4, m.start); k >= 1; k--) {
      int s = m.start - k;
      if (!lex.firstWords.contains(a.lower(s))) continue;
      if (a.sentenceOf(s) != a.sentenceOf(m.start)) continue;
      String p = phrase(a, s, k);
      String mod = lex.mods.get(p);
      if (mod == null) {
        if (p.endsWith(" of") && lex.mods.containsKey(p.substring(0, p.length() - 3))) mod = lex.mods.get(p.substring(0, p.length() - 3));
        else continue;
      }
      boolean bound = mod.equals("MORE_THAN") || mod.equals("LESS_THAN") || mod.startsWith("EQUAL");
      if (bound && !m.type.equals("DURATION")) continue;
      if ((p.equals("over") || p.equals("under")) && low(d, m.start).equals("the")) continue; // "over the past three years"
      if ((mod.equals("START") || mod.equals("END") || mod.equals("MID")) && m.type.equals("DURATION")) continue;
      if ((p.equals("earlier") || p.equals("later")) && (m.value.length() == 4 || m.value.contains("-Q"))) continue;
      if (p.equals("some") && !m.type.equals("DURATION")) continue;
      if (mod.equals("APPROX") && low(d, m.end).equals("'s")) continue; // "get around Wednesday's ruling"
      if (m.mod != null && !m.mod.equals("anchored")) return m;
      return m.withMod(s, mod);
    }
    return m;
  }

  /** Dates become the anchor of later relative expressions ("a year earlier", "the quarter"). */
  private void remember(Doc d, M m) {
    if (!m.type.equals("DATE") || m.value == null) return;
    String v = m.value;
    if (v.matches("\\d{4}-Q\\d") && !m.value.equals(quarterOf(d.lastQuarter == null ? LocalDate.MIN : d.lastQuarter.minusYears(1)))) {
      LocalDate q = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 3 * (v.charAt(6) - '0') - 2, 1);
      // a quarter not over yet ("expects a profit in the fourth quarter") is a forecast, not the quarter reported on,
      // unless its end is given or its results are told in the past ("the fourth quarter ended Aug. 26", "reported
      // fourth-quarter earnings": a fiscal quarter, over)
      if (d.dct == null || !q.plusMonths(3).isAfter(d.dct) || lex.periodEndWords.contains(low(d, m.end)) || tense(d, m.start) == Tense.PAST) {
        d.lastQuarter = q;
        d.lastQuarterSentence = d.a.sentenceOf(m.start);
      }
    }
    if ("anchored".equals(m.mod)) return; // "a year earlier" anchors nothing
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        d.anchor = LocalDate.parse(v);
        d.anchorGrain = Grain.DAY;
      } else if (v.matches("\\d{4}-Q\\d")) {
        d.anchor = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 3 * (v.charAt(6) - '0') - 2, 1);
        d.anchorGrain = Grain.QUARTER;
      } else if (v.matches("\\d{4}-\\d{2}")) {
        d.anchor = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5)), 1);
        d.anchorGrain = Grain.MONTH;
      } else if (v.matches("\\d{4}")) {
        d.anchor = LocalDate.of(Integer.parseInt(v), d.dct != null ? d.dct.getMonthValue() : 1, 1);
        d.anchorGrain = Grain.YEAR;
      }
    } catch (java.time.DateTimeException e) {
      // an impossible date ("February 30") anchors nothing
    }
  }
}
