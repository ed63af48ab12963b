package org.attest.time;

import static org.attest.time.ClockTimes.clockOnly;
import static org.attest.time.ClockTimes.clockWithoutMeridiem;
import static org.attest.time.ClockTimes.hourAt;
import static org.attest.time.ClockTimes.priceIn;
import static org.attest.time.Distances.distance;
import static org.attest.time.Durations.duration;
import static org.attest.time.Values.iso;
import static org.attest.time.Values.safeDate;
import static org.attest.time.Values.week;
import static org.attest.time.Values.yearValue;
import static org.attest.time.Words.count;
import static org.attest.time.Words.low;
import static org.attest.time.Words.phrase;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.text.Analysis;

/** The steps after a family's match that join what follows it: a clock time after a day, a smaller duration, a compound distance, the last day of a range, a modifier before. */
final class Joins {
  private Joins() {}

  /** The names stamped on what each join decides. */
  static final String CLOCK_AFTER_DAY = "time.clock-after-day";
  static final String DURATION_SUM = "time.duration-sum";
  static final String COMPOUND_DISTANCE = "time.compound-distance";
  static final String DAY_RANGE = "time.day-range";

  /** Punctuation that ends a clause: a bare hour before it ("on Friday at 3.") is a clock time. */
  static final java.util.Set<String> CLAUSE_STOPS = java.util.Set.of(",", ".", ";", "!", "?", ")");

  static final Pattern WEEKDAY_SET = Pattern.compile("XXXX-WXX-\\d");

  static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d(T(MO|AF|EV|NI))?");

  /**
   * A clock time right after a day joins it: "tomorrow at 9 a.m.", "Friday at 4 p.m.", "Oct. 14,
   * 8 a.m."; after a part of day a bare hour takes its half of the day: "tonight at 7" is 19:00,
   * "this morning at 7" 07:00. The day keeps its value; the time is of that day.
   */
  static Match clockAfterDay(Scan d, Match m) {
    boolean recurring = "SET".equals(m.type()) && m.value() != null && WEEKDAY_SET.matcher(m.value()).matches(); // "every Monday at 4 p.m."
    if (!recurring && (!"DATE".equals(m.type()) && !"TIME".equals(m.type()) || m.value() == null || !DAY_VALUE.matcher(m.value()).matches())) return null;
    int k = m.end();
    if (low(d, k).equals(",")) k++;
    boolean joint = d.lex.clockJoints.contains(low(d, k));
    if (joint) k++;
    String mod = m.mod();
    if ("APPROX".equals(d.lex.mods.get(low(d, k))) && !d.lex.some.at(d, k)) { // "tonight around 7", "Friday at about 3 p.m."
      mod = "APPROX";
      k++;
    }
    if (low(d, k).isEmpty() || k == m.end() && !Character.isDigit(low(d, k).charAt(0))) return null;
    Match c = clockOnly(d, k);
    if (c == null && joint) c = ClockTimes.inPart(clockWithoutMeridiem(d, k), m.value()); // "Monday at 2.30", "Sunday evening at 10:00"
    int h, min, end;
    if (c != null) {
      h = Integer.parseInt(c.value().substring(1, 3));
      min = Integer.parseInt(c.value().substring(4, 6));
      end = c.end();
    } else {
      String part = m.value().length() > 10 ? m.value().substring(11) : null;
      String w = low(d, k);
      h = hourAt(d, k); // "this morning at 7", "tonight at seven"
      // a bare hour after a day without its part only after "at" and before punctuation: "on Friday at 3." (1 to 6 in the afternoon)
      // ("Friday the 26th around 4", and at the end of the text)
      boolean bare = part == null && d.lex.bareHourSignals.contains(low(d, k - 1)) && (CLAUSE_STOPS.contains(low(d, k + 1)) || k + 1 == d.a.tokenCount())
          && !priceIn(d, k);
      if (part == null && !bare || k == m.end() || h < 0) return null;
      // after a part of the day a bare hour only right after "at", "around", "about": "tonight at 7", "this morning around 9";
      // no "Tuesday night, 11 were arrested", "last night by 7 to 2", "last night after 10 of the protesters"
      if (part != null && !d.lex.bareHourSignals.contains(low(d, k - 1))) return null;
      String next = low(d, k + 1);
      if (part != null && (d.lex.to.has(next) || d.lex.of.has(next) || next.equals("-") || next.equals("\u2013")
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
    if (c != null && m.value().length() == 13 && ("START".equals(mod) || "END".equals(mod))) mod = null; // "Sunday early morning at 8:00": the clock is exact
    String clock = c != null ? c.value() : String.format("T%02d:%02d", h, min); // "T08:00:31" keeps its seconds
    if (recurring) return c == null ? null : new Match(m.start(), end, "SET", m.value() + clock, mod);
    if (d.dct == null && !Character.isDigit(m.value().charAt(0))) return null;
    return new Match(m.start(), end, "TIME", m.value().substring(0, 10) + clock, mod);
  }

  static final Pattern DURATION_PARTS = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

  static final String[] DURATION_LETTERS = {"Y", "M", "W", "D", "H", "M", "S"};

  /**
   * A duration of smaller units right after a duration, alone or after "and", adds to it: "two
   * hours and 40 minutes" PT2H40M, "three years and six months" P3Y6M, "1 year 2 months".
   */
  static Match durationAfter(Scan d, Match m, java.util.Set<String> openers) {
    if (!"DURATION".equals(m.type()) || m.mod() != null) return null;
    int k = d.lex.and.at(d, m.end()) ? m.end() + 1 : m.end();
    if (k >= d.a.tokenCount() || !openers.contains(low(d, k)) && !Character.isDigit(low(d, k).charAt(0))) return null;
    Match next = duration(d, k);
    if (next == null || next.start() != k || !"DURATION".equals(next.type()) || next.mod() != null) return null;
    Matcher a = DURATION_PARTS.matcher(m.value()), b = DURATION_PARTS.matcher(next.value());
    if (!a.matches() || !b.matches() || m.value().equals("P") || next.value().equals("P")) return null;
    int lastA = -1, firstB = -1;
    for (int i = 1; i <= 7; i++) {
      if (a.group(i) != null) lastA = i;
      if (b.group(i) != null && firstB < 0) firstB = i;
    }
    if (lastA < 0 || firstB <= lastA) return null; // "two hours and two days": no sum of a bigger unit
    // only the next smaller unit (months may go on in days, skipping the weeks): "15 years and 200 hours of community service"
    // are two sentences; and no amount of something: "two years and 40 minutes of footage"
    if (firstB != lastA + 1 && !(lastA == 2 && firstB == 4) || d.lex.of.at(d, next.end())) return null;
    StringBuilder v = new StringBuilder("P");
    for (int i = 1; i <= 7; i++) {
      String part = a.group(i) != null ? a.group(i) : b.group(i);
      if (i == 5 && (a.group(5) != null || a.group(6) != null || a.group(7) != null || b.group(5) != null || b.group(6) != null || b.group(7) != null)) v.append('T');
      if (part != null) v.append(part).append(DURATION_LETTERS[i - 1]);
    }
    return new Match(m.start(), next.end(), "DURATION", v.toString(), null);
  }

  /**
   * A duration of calendar units before a distance of a smaller unit counts with it: "1 month 21
   * days ago" (a month and 21 days back), "two years and three months later"; the date has the
   * granularity of the last unit, as "21 days ago" has.
   */
  static Match distanceAfterDuration(Scan d, Match m) {
    if (!"DURATION".equals(m.type()) || m.mod() != null || d.dct == null || m.value().indexOf('T') >= 0) return null;
    String first = low(d, m.start()); // a bare count: "for the last 3 months and 2 days ago" holds two expressions
    if (!Character.isDigit(first.charAt(0)) && !d.lex.numbers.containsKey(first) && first.indexOf('-') < 0) return null;
    int k = d.lex.and.at(d, m.end()) || low(d, m.end()).equals(",") ? m.end() + 1 : m.end();
    if (k >= d.a.tokenCount() || !Character.isDigit(low(d, k).charAt(0)) && !d.lex.numbers.containsKey(low(d, k))) return null; // one look rules most out
    Match dist = distance(d, k);
    Object[] c = count(d, k);
    if (dist == null || dist.start() != k || c == null || !((String) c[0]).matches("\\d{1,4}")) return null;
    String unit = d.lex.units.get(low(d, (int) c[1]));
    Matcher parts = DURATION_PARTS.matcher(m.value());
    if (unit == null || !parts.matches()) return null;
    int finest = switch (unit) { case "Y" -> 1; case "M" -> 2; case "W" -> 3; case "D" -> 4; default -> 0; };
    int coarsest = 0;
    for (int i = 4; i >= 1; i--) if (parts.group(i) != null) coarsest = i;
    if (finest == 0 || coarsest == 0 || coarsest >= finest) return null; // "2 days 3 weeks ago": no sum of a bigger unit
    String dir = low(d, dist.end() - 1);
    boolean ago = d.lex.ago.has(dir);
    long sign = ago || d.lex.earlier.has(dir) || d.lex.before.has(dir) ? -1 : 1;
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
    return new Match(m.start(), dist.end(), "DATE", value, ago ? null : "anchored");
  }

  /** The day that ends a range of days after a full date: "16-19", "1 to 3", "24 and 25" in the date's month. */
  static Match rangeEndDay(Scan d, Match m) {
    if (m.value() == null || m.value().length() != 10 || !Character.isDigit(m.value().charAt(0)) || m.value().charAt(4) != '-') return null;
    Analysis a = d.a;
    int k = m.end();
    if (k + 1 >= a.tokenCount()) return null;
    String joint = a.lower(k);
    boolean glued = (joint.equals("-") || joint.equals("\u2013")) && a.end(k - 1) == a.start(k) && a.end(k) == a.start(k + 1);
    boolean and = d.lex.and.has(joint) && (k + 2 >= a.tokenCount() || !a.pos(k + 2).equals("NOUN") && !a.pos(k + 2).equals("ADJ")); // "April 24 and 25"
    if (!glued && !d.lex.to.has(joint) && !d.lex.through.has(joint) && !and) return null;
    String w = a.lower(k + 1);
    if (w.length() > 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(w.length() - 1))) return null;
    int day = Integer.parseInt(w), first = Integer.parseInt(m.value().substring(8));
    if (day <= first || day > 31) return null;
    if (k + 2 < a.tokenCount() && (d.lex.months.containsKey(a.lower(k + 2)) || a.lower(k + 2).equals(":") || a.lower(k + 2).equals("%")
        || d.lex.dayparts.containsKey(a.lower(k + 2)) || a.lower(k + 2).startsWith("a.m") || a.lower(k + 2).startsWith("p.m"))) {
      return null; // "January 3 to 5 p.m." ends at a time, not a day
    }
    LocalDate end = safeDate(Integer.parseInt(m.value().substring(0, 4)), Integer.parseInt(m.value().substring(5, 7)), day);
    return end == null ? null : new Match(k + 1, k + 2, "DATE", end.toString(), null);
  }

  /** A modifier before the expression joins it: "late November", "more than four hours", "the end of 1989". */
  static Match withModifier(Scan d, Match m) {
    Analysis a = d.a;
    for (int k = Math.min(4, m.start()); k >= 1; k--) {
      int s = m.start() - k;
      if (!d.lex.firstWords.contains(a.lower(s))) continue;
      if (a.sentenceOf(s) != a.sentenceOf(m.start())) continue;
      String p = phrase(a, s, k);
      String mod = d.lex.mods.get(p);
      if (mod == null) {
        if (p.endsWith(" of") && d.lex.mods.containsKey(p.substring(0, p.length() - 3))) mod = d.lex.mods.get(p.substring(0, p.length() - 3));
        else continue;
      }
      boolean bound = mod.equals("MORE_THAN") || mod.equals("LESS_THAN") || mod.startsWith("EQUAL");
      if (bound && !m.type().equals("DURATION")) continue;
      if (d.lex.overUnder.has(p) && d.lex.definite.at(d, m.start())) continue; // "over the past three years"
      if ((mod.equals("START") || mod.equals("END") || mod.equals("MID")) && m.type().equals("DURATION")) continue;
      if (d.lex.earlierLater.has(p) && (m.value().length() == 4 || m.value().contains("-Q"))) continue;
      if (d.lex.some.has(p) && !m.type().equals("DURATION")) continue;
      if (mod.equals("APPROX") && d.lex.possessive.at(d, m.end())) continue; // "get around Wednesday's ruling"
      if (m.mod() != null && !m.mod().equals("anchored")) return m;
      return m.withMod(s, mod);
    }
    return m;
  }
}
