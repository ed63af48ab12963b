package org.attest.time;

import static org.attest.time.Tenses.tense;
import static org.attest.time.Values.iso;
import static org.attest.time.Values.safeDate;
import static org.attest.time.Values.shifted;
import static org.attest.time.Values.yearValue;
import static org.attest.time.Words.dayOf;
import static org.attest.time.Words.low;

import java.time.LocalDate;
import java.util.Set;
import org.attest.time.Tenses.Tense;

/** The family time.deictic: a unit, season or month from the article's: "this week", "last month", "next year", "last fall", "last May", "earlier this year". */
final class DeicticUnits extends RuleFamily {
  DeicticUnits() {
    super("time.deictic", lex -> Set.of());
  }

  /**
   * "this week", "last month", "next year", "last fall", "this spring", "last May", "earlier
   * this year", "the past year" (a duration), "the quarter".
   */
  @Override
  public Match match(Scan d, int t) {
    String w = low(d, t);
    int start = t;
    boolean earlierLater = false;
    if (d.lex.earlierLater.has(w)) {
      earlierLater = true;
      t++;
      w = low(d, t);
      String unit = d.lex.units.get(low(d, t + 2));
      if (d.lex.in.has(w) && d.lex.definite.at(d, t + 1) && d.dct != null && unit != null && (unit.equals("W") || unit.equals("M") || unit.equals("Y"))) {
        return new Match(start, t + 3, "DATE", shifted(d.dct, unit, 0), null); // "earlier in the week", "later in the month": the article's
      }
    }
    if (!earlierLater && d.lex.definite.has(w) && d.lex.weekendWord.at(d, t + 1) && d.dct != null) {
      // "over the weekend": the weekend the tense points to, the last one when nothing says
      int dow = d.dct.getDayOfWeek().getValue();
      Tense said = tense(d, t);
      int weekendShift = said == Tense.FUTURE || dow >= 6 || dow == 5 && said == Tense.PRESENT ? 0 : -1; // on a Friday, "the weekend" in the present is the coming one
      return new Match(start, t + 2, "DATE", shifted(d.dct, "WE", weekendShift), null);
    }
    int next = d.lex.definite.at(d, t + 3) ? t + 4 : t + 3; // "the week after next", "the month after the next"
    if (!earlierLater && d.lex.definite.has(w) && d.dct != null && d.lex.after.at(d, t + 2) && d.lex.next.at(d, next)
        && d.lex.units.containsKey(low(d, t + 1)) && !low(d, t + 1).endsWith("s")) { // two units on
      String value = shifted(d.dct, d.lex.units.get(low(d, t + 1)), 2);
      return value == null ? null : new Match(start, next + 1, "DATE", value, null);
    }
    if (d.lex.thisWord.has(w) && d.lex.pastComing.at(d, t + 1) && d.lex.units.containsKey(low(d, t + 2))) {
      w = d.lex.past.at(d, t + 1) ? "last" : "next"; // "this past weekend" is the last one, "this coming week" the next
      t++;
    }
    Integer pointed = d.lex.unitDirections.get(w); // this/last/next, current/past/coming...
    if (pointed == null) return null;
    int shift = pointed;
    if (earlierLater && shift != 0) return null;
    if (d.lex.yearKind.at(d, t + 1) && d.lex.yearWord.at(d, t + 2)) t++; // "the current fiscal year", "next fiscal year", "this calendar year"
    String target = low(d, t + 1);
    if (d.dct == null) { // no date to resolve against: the granularity, unspecified
      String unit = d.lex.units.get(target);
      if (unit == null || target.endsWith("s") || d.lex.past.has(w) || d.lex.coming.has(w) || d.lex.following.has(w) || d.lex.previous.has(w)) return null;
      String value = switch (unit) { case "D" -> "XXXX-XX-XX"; case "W" -> "XXXX-WXX"; case "M" -> "XXXX-XX"; case "Q" -> "XXXX-QX"; case "Y" -> "XXXX"; default -> null; };
      return value == null ? null : new Match(start, t + 2, "DATE", value, null);
    }
    String unit = d.lex.units.get(target);
    if (unit != null && !target.endsWith("s")) return unitFrom(d, start, t, w, unit, shift, earlierLater);
    return seasonOrMonth(d, start, t, target, shift, earlierLater);
  }

  /** "this week", "last month", "next week on Friday": the unit {@code shift} from the article's, at its granularity. */
  static Match unitFrom(Scan d, int start, int t, String w, String unit, int shift, boolean earlierLater) {
    if (Character.isUpperCase(d.a.token(t + 1).charAt(0)) && d.a.isCapitalized(t) && d.a.pos(t - 1).equals("PUNCT") && t > 0
        && "\"'`\u201c".indexOf(d.a.token(t - 1).charAt(0)) >= 0) {
      return null; // ABC's "This Week": a title in quotation marks
    }
    if (d.lex.unitOnlyDirection.has(w)) return null; // durations and anchors
    // "this weekend" early in the week, in a past clause, is the weekend just gone
    if (unit.equals("WE") && shift == 0 && d.dct.getDayOfWeek().getValue() <= 3 && tense(d, t) == Tense.PAST) shift = -1;
    int on = d.lex.on.at(d, t + 2) ? t + 3 : t + 2;
    Integer wd = unit.equals("W") && !earlierLater && on < d.a.tokenCount() && d.a.isCapitalized(on) ? d.lex.weekdays.get(low(d, on)) : null;
    if (wd != null && !d.lex.dayparts.containsKey(low(d, on + 1)) && !low(d, on + 1).endsWith("s")) { // "next week on Friday": that week's Friday
      return new Match(start, on + 1, "DATE", iso(d.dct.plusWeeks(shift).with(java.time.temporal.ChronoField.DAY_OF_WEEK, wd)), null);
    }
    String value = shifted(d.dct, unit, shift);
    if (value == null) return null;
    return new Match(start, t + 2, "DATE", value, null);
  }

  /** "last fall", "next spring", "last May", "last Oct. 23": the season or month on the side {@code shift} points to. */
  static Match seasonOrMonth(Scan d, int start, int t, String target, int shift, boolean earlierLater) {
    String season = d.lex.seasons.get(target);
    if (season != null && !earlierLater) {
      int y = d.dct.getYear();
      int m = d.dct.getMonthValue();
      int seasonStart = switch (season) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
      if (shift < 0 && (m < seasonStart + 3 || season.equals("WI"))) y--;
      if (shift > 0 && m >= seasonStart) y++;
      return new Match(start, t + 2, "DATE", yearValue(y) + "-" + season, null);
    }
    Integer month = d.lex.months.get(target);
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
        return c == null ? null : new Match(start, t + 3, "DATE", iso(c), null);
      }
      if (shift < 0 && month >= dm - 1) y--;
      if (shift > 0 && month <= dm) y++;
      return new Match(start, t + 2, "DATE", String.format("%04d-%02d", y, month), null);
    }
    return null;
  }
}
