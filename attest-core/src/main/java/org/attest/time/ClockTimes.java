package org.attest.time;

import static org.attest.time.ExplicitDates.explicitDate;
import static org.attest.time.NumericDates.numericDate;
import static org.attest.time.RelativeDays.relativeDay;
import static org.attest.time.Values.hms;
import static org.attest.time.Values.iso;
import static org.attest.time.Weekdays.weekday;
import static org.attest.time.Words.low;
import static org.attest.time.Words.words;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The family time.clock: clock times: "3 p.m.", "10:30 a.m.", "noon", "seven o'clock", "at 19:00", with the day after them ("noon Thursday"). */
final class ClockTimes extends RuleFamily {
  ClockTimes() {
    super("time.clock", lex -> lex.numbers.keySet());
  }

  static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?");

  /** "8.30" before "pm": minutes after a dot, as British news writes them. */
  static final Pattern DOT_CLOCK = Pattern.compile("(\\d{1,2})\\.(\\d{2})(?::(\\d{2}))?");

  /** "8pm", "9:30am", "8.30pm": a clock time glued to its half of the day. */
  static final Pattern GLUED_CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?(am|pm|a\\.m\\.?|p\\.m\\.?|a|p)");

  /** "3 p.m.", "10:30 a.m.", "noon", "midnight": a time of the publication day. */
  @Override
  public Match match(Scan d, int t) {
    String w = low(d, t);
    if (d.lex.noonMidnight.has(w)) {
      if (t > 0 && (d.lex.high.at(d, t - 1))) return null;
      String at = d.lex.midnight.has(w) ? "T24:00" : "T12:00";
      if (d.dct == null) return new Match(t, t + 1, "TIME", "XXXX-XX-XX" + at, null);
      Match when = dayAfterClock(d, t + 1); // "noon Thursday", "midnight Friday"
      if (when != null) return new Match(t, parenthesisIn(d, t + 1, when.start()) ? t + 1 : when.end(), "TIME", when.value().substring(0, 10) + at, null);
      return new Match(t, t + 1, "TIME", iso(d.clockDay(t, d.lex.midnight.has(w) ? 24 : 12)) + at, null);
    }
    if (Character.isLetter(w.charAt(0))) return d.lex.numbers.containsKey(w) || w.indexOf('-') > 0 ? spokenClockAt(d, t) : null; // "seven o'clock", "six pm", "five-thirty"
    Matcher m = CLOCK.matcher(w);
    char last = w.charAt(w.length() - 1);
    Matcher g = last == 'm' || last == '.' || last == 'a' || last == 'p' ? GLUED_CLOCK.matcher(w) : null; // "8pm", "8p.m.": most tokens end otherwise
    boolean glued = g != null && g.matches();
    if (glued && g.group(4).length() == 1 && w.indexOf(':') < 0 && !d.lex.clockJoints.contains(low(d, t - 1))) glued = false; // "9a" only "at 9a" ("Form 9a")
    if (glued) m = g;
    else if (!m.matches() && !(d.lex.meridiems.contains(low(d, t + 1)) && (m = DOT_CLOCK.matcher(w)).matches())) return null; // "8.30 pm"
    String ampm = glued ? g.group(4) : low(d, t + 1);
    int end = glued ? t + 1 : t + 2;
    String part = !glued && d.lex.in.at(d, t + 1) && d.lex.definite.at(d, t + 2) ? d.lex.dayparts.get(low(d, t + 3)) : null;
    if (glued) {
      // "8pm": its half of the day is in the token
    } else if (part != null && !d.lex.night.at(d, t + 3)) { // "4 in the morning", "7 in the evening"
      ampm = part.equals("MO") ? "am" : "pm";
      end = t + 4;
    } else if (!d.lex.meridiems.contains(ampm)) {
      return w.indexOf(':') > 0 ? clockNoMeridiem(d, t) : spokenClockAt(d, t); // "at 19:00", "17:49:19 Friday", "8 o'clock"
    }
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (h > 12 || min > 59 || m.group(3) != null && Integer.parseInt(m.group(3)) > 59) return null;
    if (ampm.startsWith("p") && h < 12) h += 12;
    if (ampm.startsWith("a") && h == 12) h = 0;
    end = pastSamePart(d, end, h);
    Match every = setAfterClock(d, t, end, hms(h, min, m.group(3))); // "9am every Sunday", "9am on Sundays"
    if (every != null) return every;
    LocalDate day = d.dct == null ? null : d.clockDay(t, h);
    if (day == null) return new Match(t, end, "TIME", "XXXX-XX-XX" + hms(h, min, m.group(3)), null);
    Match when = dayAfterClock(d, end);
    if (when != null) {
      day = LocalDate.parse(when.value().substring(0, 10));
      if (!parenthesisIn(d, end, when.start())) end = when.end(); // "10:35 a.m. (0735 GMT) Friday": the day stays an expression of its own
    }
    return new Match(t, end, "TIME", iso(day) + hms(h, min, m.group(3)), null);
  }

  /** An hour of the clock at t: "7", "seven" (1 to 12), or -1. */
  static int hourAt(Scan d, int t) {
    String w = low(d, t);
    if (w.isEmpty() || w.length() > 2 && Character.isDigit(w.charAt(0))) return -1;
    String v = Character.isDigit(w.charAt(0)) ? w : w.length() >= 3 ? d.lex.numbers.get(w) : null;
    if (v == null || !v.matches("\\d{1,2}")) return -1;
    int h = Integer.parseInt(v);
    return h >= 1 && h <= 12 ? h : -1;
  }

  /**
   * An hour with "o'clock" (time.txt [oclock]) or, in words, with its half of the day: "seven
   * o'clock", "8 o'clock p.m.", "six pm"; "Thh:00" and its end, or null. Without a.m. or p.m., an
   * hour up to 6 is in the afternoon, as for "Monday at 2.30".
   */
  static Match spokenClock(Scan d, int t) {
    String w = low(d, t);
    int dash = w.indexOf('-');
    int h = dash > 0 && !Character.isDigit(w.charAt(0)) ? hourOf(d, w.substring(0, dash)) : hourAt(d, t); // "five-thirty"
    if (h < 0) return null;
    int end = t + 1;
    boolean cut = dash > 0 && dash == w.length() - 1; // "five-" "thirty": the hyphen kept on the hour
    int min = dash > 0 ? minutesOf(d, cut ? low(d, t + 1) : w.substring(dash + 1)) : -1;
    if (dash > 0 && min < 0) return null;
    if (cut) end++;
    if (dash < 0 && Words.hyphen(d, end) == 1 && minutesOf(d, low(d, end + 1)) >= 0) { // "five-thirty" cut in three
      min = minutesOf(d, low(d, end + 1));
      end += 2;
    }
    int[] spoken = dash < 0 && min < 0 && !Character.isDigit(w.charAt(0)) ? Words.spelledBelow100(d, end) : null; // "seven twenty-seven", "nine thirty"
    if (spoken != null && spoken[0] >= 10 && spoken[0] <= 59) {
      min = spoken[0];
      end = spoken[1];
      if (d.lex.units.containsKey(low(d, end)) && "TM".equals(d.lex.units.get(low(d, end)))) end++; // "six forty-three minutes"
    }
    boolean oclock = d.lex.oclock.contains(low(d, end));
    if (oclock) end++;
    String ampm = low(d, end);
    if ((ampm.equals("a") || ampm.equals("p")) && low(d, end + 1).equals("m")) { // "nine a m", as it is spoken
      ampm = ampm + "m";
      end++;
    }
    String part = oclock && d.lex.in.at(d, end) && d.lex.definite.at(d, end + 1) ? d.lex.dayparts.get(low(d, end + 2)) : null;
    if (min >= 0 && !d.lex.meridiems.contains(ampm) && !oclock) {
      return d.lex.clockJoints.contains(low(d, t - 1)) ? new Match(t, end, "TIME", hms(h, min, null), null) : null; // "at seven twenty-seven"
    }
    if (min < 0) min = 0;
    if (d.lex.meridiems.contains(ampm)) {
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
    return new Match(t, end, "TIME", hms(h, min, null), null);
  }

  /** An hour of the clock in a word: "seven" 7 (1 to 12), or -1. */
  private static int hourOf(Scan d, String w) {
    String v = d.lex.numbers.get(w);
    int h = v == null || !v.matches("\\d{1,2}") ? -1 : Integer.parseInt(v);
    return h >= 1 && h <= 12 ? h : -1;
  }

  /** Minutes in a word: "thirty", "forty-five", "fifteen" (10 to 59), or -1. */
  private static int minutesOf(Scan d, String w) {
    String v = w.indexOf('-') > 0 ? Words.hyphenated(d, w) : d.lex.numbers.get(w);
    int m = v == null || !v.matches("\\d{1,2}") ? -1 : Integer.parseInt(v);
    return m >= 10 && m <= 59 ? m : -1;
  }

  /** A spoken clock time and the day after it ("seven o'clock Tuesday"), else of the article's day. */
  static Match spokenClockAt(Scan d, int t) {
    Match c = spokenClock(d, t);
    if (c == null) return null;
    if (d.dct == null) return new Match(t, c.end(), "TIME", "XXXX-XX-XX" + c.value(), null);
    Match when = dayAfterClock(d, c.end());
    if (when == null) return new Match(t, c.end(), "TIME", iso(d.clockDay(t, Integer.parseInt(c.value().substring(1, 3)))) + c.value(), null);
    String clock = c.value();
    String part = when.value().length() > 11 ? when.value().substring(11) : "";
    int h = Integer.parseInt(clock.substring(1, 3)), min = Integer.parseInt(clock.substring(4, 6));
    if (!d.lex.meridiems.contains(low(d, c.end() - 1)) && h < 12 && (part.equals("MO") || part.equals("AF") || part.equals("EV") || part.equals("NI"))) {
      // "8 o'clock last night" is 20:00, "7 o'clock this morning" 07:00, "five-thirty tomorrow evening" 17:30; at night, up to 4 is after midnight
      clock = hms(part.equals("MO") || part.equals("NI") && h <= 4 ? h : h + 12, min, null);
    }
    return new Match(t, parenthesisIn(d, c.end(), when.start()) ? c.end() : when.end(), "TIME", when.value().substring(0, 10) + clock, null);
  }

  /**
   * A clock time with a colon and no half of the day, after a signal word or before its day: "at
   * 19:00", "by 08:30", "13:00 February 28", "17:49:19 on Friday"; of the day after it, else of
   * the article's day.
   */
  static Match clockNoMeridiem(Scan d, int t) {
    Match c = clockWithoutMeridiem(d, t);
    if (c == null) return null;
    Match when = dayAfterClock(d, c.end());
    if (when == null && !d.lex.clockJoints.contains(low(d, t - 1))) return null;
    if (when == null) return new Match(t, c.end(), "TIME", (d.dct == null ? "XXXX-XX-XX" : iso(d.clockDay(t, Integer.parseInt(c.value().substring(1, 3))))) + c.value(), null);
    int end = parenthesisIn(d, c.end(), when.start()) ? c.end() : when.end();
    return new Match(t, end, "TIME", when.value().substring(0, 10) + inPart(c, when.value()).value(), null);
  }

  /**
   * A clock time written without a.m. or p.m. in the part of the day its day names: "10:00" on
   * "Sunday evening" is 22:00, "7:00" on "Sunday afternoon" 19:00; at night, up to 4 is after midnight.
   */
  static Match inPart(Match c, String dayValue) {
    if (c == null || dayValue == null || dayValue.length() != 13) return c;
    String part = dayValue.substring(11);
    int h = Integer.parseInt(c.value().substring(1, 3));
    if (h >= 12 || part.equals("MO") || part.equals("NI") && h < 5 || !(part.equals("AF") || part.equals("EV") || part.equals("NI"))) return c;
    return new Match(c.start(), c.end(), c.type(), String.format("T%02d", h + 12) + c.value().substring(3), c.mod());
  }

  /**
   * A clock time written without a.m. or p.m. ("2:30", "17:49:19", "2.30"): "Thh:mm" and its end, or
   * null. A 24-hour time is as written; an hour of one digit up to 6 is in the afternoon, as news
   * meets it ("Monday at 2.30"). With a dot, no price: "shares closed Friday at 9.50" (time.txt [price]).
   */
  static Match clockWithoutMeridiem(Scan d, int t) {
    String w = low(d, t);
    Matcher m = CLOCK.matcher(w);
    boolean colon = m.matches() && m.group(2) != null;
    if (!colon && !(m = DOT_CLOCK.matcher(w)).matches()) return null;
    int h = Integer.parseInt(m.group(1)), min = Integer.parseInt(m.group(2));
    if (h > 23 || min > 59 || m.group(3) != null && Integer.parseInt(m.group(3)) > 59) return null;
    String after = low(d, t + 1);
    if (after.equals("%") || d.lex.percent.has(after) || d.lex.meridiems.contains(after) || d.lex.magnitudes.contains(after) || d.lex.units.containsKey(after)) return null;
    if (!colon && priceIn(d, t)) return null;
    if (h >= 1 && h <= 6 && !Character.isDigit(w.charAt(1))) h += 12;
    return new Match(t, t + 1, "TIME", hms(h, min, m.group(3)), null);
  }

  /** Whether the sentence of token t speaks of prices or levels (time.txt [price]): "at 9.50" there is an amount. */
  static boolean priceIn(Scan d, int t) {
    int s = d.a.sentenceOf(t);
    for (int k = d.a.sentenceStartToken(s); k < d.a.sentenceEndToken(s); k++) {
      if (d.lex.priceWords.contains(d.a.lower(k)) || d.lex.currencySigns.contains(d.a.lower(k))) return true;
    }
    return false;
  }

  /** A clock time at token t with its half of the day ("4 p.m.", "8pm", "9:30 a.m.", "noon"): "Thh:mm" and its end, or null. */
  static Match clockOnly(Scan d, int t) {
    String w = low(d, t);
    if (d.lex.noon.has(w)) return new Match(t, t + 1, "TIME", "T12:00", null);
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
      if (!d.lex.meridiems.contains(ampm)) return spokenClock(d, t); // "8 o'clock"
    } else {
      return spokenClock(d, t); // "seven o'clock", "six pm"
    }
    int h = Integer.parseInt(m.group(1));
    int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (h > 12 || h == 0 || min > 59 || m.group(3) != null && Integer.parseInt(m.group(3)) > 59) return null;
    if (ampm.startsWith("p") && h < 12) h += 12;
    if (ampm.startsWith("a") && h == 12) h = 0;
    return new Match(t, end, "TIME", hms(h, min, m.group(3)), null);
  }

  /** A date of day precision at token e: "Tuesday", "last Tuesday", "yesterday", "Nov. 9"; or null. */
  static Match dayAt(Scan d, int e) {
    if (e >= d.a.tokenCount()) return null;
    String w = low(d, e);
    Match when = weekday(d, d.lex.thisLastNext.has(w) && e + 1 < d.a.tokenCount() ? e + 1 : e);
    if (when == null) when = relativeDay(d, e);
    if (when == null) when = explicitDate(d, e);
    if (when == null && !low(d, e).isEmpty() && Character.isDigit(low(d, e).charAt(0))) when = numericDate(d, e); // "3 p.m. 5/15/2018"
    return when != null && when.value().length() >= 10 && Character.isDigit(when.value().charAt(0)) ? when : null;
  }

  /**
   * The day named right after a time of day: "Tuesday", "yesterday", "Nov. 9", also after a zone
   * ("9 a.m. EST Tuesday"), a comma ("5 p.m. EST, Nov. 6") or a parenthesis ("10:35 a.m. (0735 GMT) Friday").
   */
  static Match dayAfterClock(Scan d, int e) {
    int n = d.a.tokenCount();
    if (e < n && low(d, e).matches("[a-z]{3}") && low(d, e).endsWith("t") && d.a.token(e).equals(d.a.token(e).toUpperCase())) e++; // "EDT"
    if (e < n && low(d, e).equals("(")) {
      int c = e + 1;
      while (c < n && c - e < 6 && !low(d, c).equals(")")) c++;
      if (c < n && low(d, c).equals(")")) {
        for (int k = e + 1; k < c; k++) { // "4 in the morning (4 a.m. EDT Thursday)": the day in the parenthesis
          Match inside = dayAt(d, k);
          if (inside != null) return inside;
        }
        e = c + 1;
      }
    }
    if (e < n && low(d, e).equals(",")) e++;
    Match day = dayAt(d, e);
    if (day == null && e < n && d.lex.on.at(d, e)) day = dayAt(d, e + 1); // "midnight on Sunday", "3 p.m. on March 5"
    return day;
  }

  /** After "8pm", a part of the day that says the same ("8pm in the evening, Sunday"): the token after it, else e. */
  static int pastSamePart(Scan d, int e, int hour) {
    if (!d.lex.in.at(d, e) || !d.lex.definite.at(d, e + 1)) return e;
    String part = d.lex.dayparts.get(low(d, e + 2));
    boolean same = "MO".equals(part) ? hour < 12 : part != null && hour >= 12;
    return same ? e + 3 : e;
  }

  /** A clock time before a weekday that recurs: "9am every Sunday", "9am on Sundays" (XXXX-WXX-7T09:00); else null. */
  static Match setAfterClock(Scan d, int t, int e, String clock) {
    int k = d.lex.on.at(d, e) ? e + 1 : e;
    Match set = d.lex.setOpener.at(d, k) || low(d, k).endsWith("s") ? SETS.match(d, k) : null;
    if (set == null || !set.type().equals("SET") || !set.value().matches("XXXX-WXX-\\d")) return null;
    return new Match(t, set.end(), "SET", set.value() + clock, null);
  }

  private static final Sets SETS = new Sets();

  /** Whether a parenthesis stands between tokens [from, to): the day found there belongs to the text, not to the time's span. */
  static boolean parenthesisIn(Scan d, int from, int to) {
    for (int k = from; k < to; k++) if (low(d, k).equals("(") || low(d, k).equals(")")) return true;
    return false;
  }
}
