package org.attest.time;

import static org.attest.time.Values.durationValue;
import static org.attest.time.Values.halfValue;
import static org.attest.time.Values.quarterOf;
import static org.attest.time.Words.YEAR;
import static org.attest.time.Words.count;
import static org.attest.time.Words.hyphen;
import static org.attest.time.Words.low;
import static org.attest.time.Words.number;
import static org.attest.time.Words.words;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The family time.duration: durations: "seven months", "the past three years", "two-year", "half an hour", "for years". */
final class Durations extends RuleFamily {
  Durations() {
    super("time.duration", lex -> words(lex.numbers.keySet(), lex.oneMore));
  }

  @Override
  public boolean opensByShape(Scan d, int t) {
    String w = d.a.lower(t);
    if (d.lex.units.containsKey(w) && d.lex.longWord.at(d, t + 2)) return true; // "day-long" cut in three
    return w.endsWith("s") && d.lex.units.containsKey(w) && d.lex.vagueBefore.contains(low(d, t - 1)); // "for years"
  }

  @Override
  public Match match(Scan d, int t) {
    return Match.longer(duration(d, t), vagueDuration(d, t)); // the first of two equal matches wins
  }

  static final Pattern HYPHENATED_DURATION = Pattern.compile("([a-z0-9]+(?:-[a-z]+)?)-([a-z]+)(-old)?");
  /** A count glued to its unit: "3h", "45mins", "3.5years" (the unit a word of [unit]). */
  static final Pattern GLUED_DURATION = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,2})?)([a-z]{1,7})");

  /** "seven months", "the past three years", "two-year", "24 hours", "a 63-year-old", "several weeks". */
  static Match duration(Scan d, int t) {
    int start = t;
    boolean the = d.lex.definite.at(d, t);
    if (the) t++;
    String w = low(d, t);
    if (d.lex.durationOpener.has(w)) {
      t++;
      w = low(d, t);
    } else if (the && !(d.lex.numbers.containsKey(w) || Character.isDigit(w.isEmpty() ? 'x' : w.charAt(0)))) {
      return null;
    }
    // hyphenated in one token: "two-year", "63-year-old", "24-hour"; "the" belongs to the noun ("the 24-hour strike")
    Matcher hy = HYPHENATED_DURATION.matcher(w);
    if (hy.matches()) return hyphenated(d, start, t, the, hy);
    if (start == t && (Character.isDigit(w.charAt(0)) || d.lex.wholeUnit.has(w))) {
      Match abbreviated = gluedOrWhole(d, t, w);
      if (abbreviated != null || d.lex.wholeUnit.has(w)) return abbreviated;
    }
    // "half an hour", "half a century"
    if (d.lex.halfWord.has(w) && d.lex.article.at(d, t + 1)) {
      String unit = d.lex.units.get(low(d, t + 2));
      String value = unit == null || low(d, t + 2).endsWith("s") ? null : halfOf(d, unit);
      return value == null ? null : new Match(start, t + 3, "DURATION", value, null);
    }
    // "day-long", "decades-long": a stretch of that unit, of one or of some
    String longUnit = w.endsWith("-long") ? w.substring(0, w.length() - 5) : hyphen(d, t + 1) == 1 && d.lex.longWord.at(d, t + 2) ? w : null;
    if (longUnit != null && start == t && d.lex.units.containsKey(longUnit)) {
      return new Match(t, w.endsWith("-long") ? t + 1 : t + 3, "DURATION", durationValue(longUnit.endsWith("s") ? "X" : "1", d.lex.units.get(longUnit)), null);
    }
    boolean another = d.lex.oneMore.contains(w) && start == t; // "another week", "another two years": that much more
    if (another) {
      t++;
      w = low(d, t);
    }
    Object[] c = count(d, t);
    Counted k;
    if (c != null) {
      k = counted(d, w, c);
    } else if (t > start && d.lex.units.containsKey(w) && !w.endsWith("s")) { // "the past year", "another week"
      String by = low(d, t - 1);
      if (d.lex.quarterWord.has(w) && d.dct != null && !another && !d.lex.units.containsKey(low(d, t + 1)) && !low(d, t + 1).equals("-")
          && d.lex.quarterDirection.has(by)) {
        // "the last quarter", "the coming quarter": a company's quarters are dates, the one before or after the article's
        int shift = d.lex.ahead.has(by) ? 1 : -1;
        if (d.lex.previous.has(by) && d.lastQuarter != null) { // "third-quarter profit rose from the previous quarter": the one before that named
          return new Match(start, t + 1, "DATE", quarterOf(d.lastQuarter.minusMonths(3)), "anchored");
        }
        return new Match(start, t + 1, "DATE", quarterOf(d.dct.plusMonths(3L * shift)), null);
      }
      k = new Counted("1", t, false);
    } else {
      return null;
    }
    return unitAfterCount(d, start, t, w, the, k.n(), k.u(), k.half());
  }

  /** The tokens of a "1/2" right after a count ("5 1/2"), written as one token or cut as "1/" "2"; else 0. */
  static int halfAt(Scan d, int t) {
    String w = low(d, t);
    if (w.equals("1/2") || w.equals("\u00bd")) return 1;
    if (w.equals("1/") && low(d, t + 1).equals("2") && d.a.end(t) == d.a.start(t + 1)) return 2;
    return 0;
  }

  /** Half of one unit ([half] of time.txt): "half an hour" PT30M, "half a year" P6M; null for units without a whole half. */
  static String halfOf(Scan d, String unit) {
    return d.lex.halves.get(unit.toLowerCase(java.util.Locale.ROOT));
  }

  /** "two-year", "63-year-old", "30-minutes", "for all-day" in one token; null for "three-quarter(s)", a fraction. */
  private static Match hyphenated(Scan d, int start, int t, boolean the, Matcher hy) {
    String unit = d.lex.units.get(hy.group(2));
    if (unit != null && (unit.equals("Q") || hy.group(2).endsWith("s") && hy.group(3) != null)) return null;
    String n = number(d, hy.group(1));
    if (n == null && d.lex.wholeUnit.has(hy.group(1)) && d.lex.forWord.at(d, t - 1) && start == t && !hy.group(2).endsWith("s")) n = "1"; // "for all-day"
    if (n == null || unit == null) return null;
    return new Match(the && start == t - 1 ? t : start, t + 1, "DURATION", durationValue(n, unit), null);
  }

  /** A count glued to its unit, "3h", "3.5years"; a whole unit after "for", "for all day", "for full week"; else null. */
  static Match gluedOrWhole(Scan d, int t, String w) {
    Matcher glued = GLUED_DURATION.matcher(w);
    if (glued.matches() && d.lex.units.containsKey(glued.group(2))) {
      return unitAfterCount(d, t, t, w, false, glued.group(1).endsWith(".0") ? glued.group(1).replace(".0", "") : glued.group(1), t, false, glued.group(2));
    }
    if (!d.lex.wholeUnit.has(w) || !d.lex.forWord.at(d, t - 1)) return null;
    int u = t + 1 + hyphen(d, t + 1);
    String unit = low(d, u).endsWith("s") ? null : d.lex.units.get(low(d, u));
    return unit == null ? null : new Match(t, u + 1, "DURATION", durationValue("1", unit), null);
  }

  /** Whether token t ends an amount: digits ("$1.76"), a number word, or a word of [rate-after] ("million", "hours"). */
  static boolean isAmount(Scan d, int t) {
    if (t < 0) return false;
    String w = d.a.lower(t);
    if (w.isEmpty()) return false;
    return Character.isDigit(w.charAt(w.length() - 1)) || d.lex.rateAfter.contains(w)
        || d.lex.numbers.containsKey(w) && !d.lex.article.has(w);
  }

  /** A bare plural unit after "for", "within", "in": a stretch of unknown length ("for years", "within weeks or months"). */
  static Match vagueDuration(Scan d, int t) {
    String w = low(d, t);
    String unit = d.lex.units.get(w);
    if (unit == null || !w.endsWith("s") || !d.lex.vagueBefore.contains(low(d, t - 1)) || d.lex.of.at(d, t + 1)) return null;
    int end = t + 1;
    String other = low(d, t + 2);
    if (d.lex.or.at(d, t + 1) && other.endsWith("s") && d.lex.units.containsKey(other)) end = t + 3; // "weeks or months"
    return new Match(t, end, "DURATION", durationValue("X", unit), null);
  }

  /** A count read before its unit: the number, the token of the unit, and whether a half goes with it ("two and a half"). */
  private record Counted(String n, int u, boolean half) {}

  /** The count at c and what follows it up to the unit: "5 1/2", "one and a half", "two more", "an additional". */
  static Counted counted(Scan d, String w, Object[] c) {
    boolean half = false;
    String n = (String) c[0];
    int u = (int) c[1];
    int h = halfAt(d, u); // "5 1/2 hours"
    if (h > 0 && d.lex.article.has(w)) { // "a ½ hour": half of one
      n = "0.5";
      u += h;
    } else if (h > 0 && n.matches("\\d+")) {
      half = true;
      u += h;
    }
    int a = d.lex.article.at(d, u + 1) ? 1 : 0; // "one and half hour" too
    if (d.lex.and.at(d, u) && d.lex.halfWord.at(d, u + 1 + a)
        && (low(d, u + 2 + a).endsWith("s") || !n.equals("1") || d.lex.hourWord.at(d, u + 2 + a)) && d.lex.units.containsKey(low(d, u + 2 + a))) { // "one and a half hour"
      half = true; // "one and a half years", "two and a half hours"
      u += 2 + a;
    }
    if (d.lex.extraWords.contains(low(d, u)) && d.lex.units.containsKey(low(d, u + 1))) u++; // "two more weeks", "an additional year"
    return new Counted(n, u, half);
  }

  /** The unit after a count and the checks that keep it a duration: no fraction, ordinal, rate, distance; an age; "and a half". */
  static Match unitAfterCount(Scan d, int start, int t, String w, boolean the, String n, int u, boolean half) {
    return unitAfterCount(d, start, t, w, the, n, u, half, null);
  }

  /** As above; {@code gluedUnit} the unit written in the count's own token ("3h": u is that token), else null. */
  static Match unitAfterCount(Scan d, int start, int t, String w, boolean the, String n, int u, boolean half, String gluedUnit) {
    boolean glued = gluedUnit == null && hyphen(d, u) == 1; // "two-year", "30-year", "16-hour"
    if (glued) u++;
    if (glued && the && start == t - 1) start = t; // "the two-year plan": "the" is the plan's
    String unitWord = gluedUnit != null ? gluedUnit : low(d, u);
    String unit = d.lex.units.get(unitWord);
    if (unit == null) return null;
    if (glued && unitWord.endsWith("s") && unit.equals("Q")) return null; // "three-quarters" is a fraction ("30-minutes" a duration)
    if (unit.equals("Q") && d.lex.of.at(d, u + 1)) return null; // "a quarter of the donors" too
    // "a quarter million", "three quarters billion": a fraction of a magnitude; "above one quarter": of an amount
    if (unit.equals("Q") && (d.lex.magnitudes.contains(low(d, u + 1)) || d.lex.fractionBefore.contains(low(d, t - 1)))) return null;
    if (n.equals("1") && d.lex.secondWord.has(unitWord) && d.lex.article.has(low(d, t))) return null; // "a second term" ("one second" is one)
    if (d.lex.secondWord.has(unitWord) && !n.equals("1") && !glued && !Character.isDigit(low(d, t).charAt(0))) return null; // "twenty second": an ordinal ("February twenty second")
    if (start == t && d.lex.article.has(w) && (isAmount(d, t - 1) || t > 1 && d.a.pos(t - 1).equals("NOUN") && d.a.lower(t - 1).endsWith("s")
        && isAmount(d, t - 2))) {
      return null; // "$500 million a year", "24 hours a day", "four flights a week": a rate
    }
    if (n.equals("1") && unitWord.endsWith("s") && !d.lex.hoursWord.has(unitWord) && !half) return null;
    if (!glued && !unitWord.endsWith("s") && YEAR.matcher(n).matches()) return null; // "the 1988 quarter" is a date
    if (d.lex.distanceDirection.at(d, u + 1)) return null;
    if (hyphen(d, u + 1) == 1 && d.lex.agoEarlier.at(d, u + 2)) return null; // "a year-earlier loss"
    int end = u + 1;
    if (hyphen(d, end) == 1 && d.lex.old.at(d, end + 1)) end += 2; // "a 63-year-old"
    else if (d.lex.gluedOld.at(d, end) || d.lex.old.at(d, end) && unitWord.endsWith("s")) end++; // "52 years old": an age
    else if (!glued && d.lex.and.at(d, end) && d.lex.article.at(d, end + 1) && d.lex.halfWord.at(d, end + 2)) {
      half = true; // "a minute and a half"
      end += 3;
    } else if (!glued && d.lex.and.at(d, end) && d.lex.halfWord.at(d, end + 1) && !d.lex.units.containsKey(low(d, end + 2))) {
      half = true; // "an hour and half"
      end += 2;
    }
    String value = half ? halfValue(n, unit) : n.equals("0.5") ? halfOf(d, unit) : null; // "a half hour" PT30M, as "half an hour"
    return new Match(start, end, "DURATION", value != null ? value : durationValue(n, unit), null);
  }
}
