package org.attest.time;

import static org.attest.time.ClockTimes.dayAt;
import static org.attest.time.Values.iso;
import static org.attest.time.Values.shifted;
import static org.attest.time.Values.week;
import static org.attest.time.Words.low;
import static org.attest.time.Words.punctOrEnd;

import java.time.LocalDate;
import java.util.Set;

/** The family time.anchored: expressions anchored on the article's last date: "the next day", "the following week", "that month", "the day before last Tuesday", "the week of March 6". */
final class AnchoredExpressions extends RuleFamily {
  AnchoredExpressions() {
    super("time.anchored", lex -> Set.of());
  }

  /**
   * Expressions anchored on the article's last date: "the next day", "the following week", "the
   * previous year", "that month", "the day before".
   */
  @Override
  public Match match(Scan d, int t) {
    if (d.dct == null) return null;
    int start = t;
    String w = low(d, t);
    int shift;
    int u;
    if (d.lex.anchorDeterminer.has(w) && d.lex.same.at(d, t + 1)) { // "the same day", "that same week"
      u = t + 2;
      shift = 0;
    } else if (d.lex.that.has(w) || d.lex.definite.has(w) && d.lex.beforeAfter.at(d, t + 2)) {
      u = t + 1;
      shift = d.lex.that.has(w) ? 0 : d.lex.before.at(d, t + 2) ? -1 : 1;
    } else if (d.lex.definite.has(w) && d.lex.weekWord.at(d, t + 1) && d.lex.of.at(d, t + 2)) {
      Match day = dayAt(d, t + 3); // "the week of March 6": that day's week
      return day == null ? null : new Match(start, day.end(), "DATE", week(LocalDate.parse(day.value().substring(0, 10))), null);
    } else if (d.lex.definite.has(w) && (d.lex.sequence.at(d, t + 1) || d.lex.preceding.at(d, t + 1))) {
      u = t + 2;
      shift = d.lex.sequenceAfter.at(d, t + 1) ? 1 : -1;
    } else {
      return null;
    }
    String unitWord = low(d, u);
    String part = d.lex.dayparts.get(unitWord);
    // "that evening", "the same night": a part of the last day named; "the next morning", "the previous night": of the day next to it
    boolean modifier = u + 1 < d.a.tokenCount() && d.a.pos(u + 1).equals("NOUN"); // "the next morning show"
    if (part != null && (shift == 0 || u == t + 2 && d.lex.definite.has(w) && !modifier) && !d.lex.tonight.has(unitWord)) {
      LocalDate day = d.anchorGrain == Scan.Grain.DAY ? d.anchor : d.dct;
      return new Match(start, u + 1, "TIME", iso(day.plusDays(shift)) + "T" + part, "anchored");
    }
    String unit = d.lex.units.get(unitWord);
    if (unit == null || unitWord.endsWith("s") || unit.startsWith("T")) return null;
    int end = u + 1;
    LocalDate from = d.anchor;
    if (d.lex.definite.has(w) && d.lex.beforeAfter.at(d, u + 1)) {
      end = u + 2;
      Match day = dayAt(d, end); // "the day before last Tuesday's hearing": counted from that day
      if (day != null) {
        from = LocalDate.parse(day.value().substring(0, 10));
        end = day.end();
      } else if (!punctOrEnd(d, end)) {
        // "the day after his death": the day next to the last date; "Oct. 12, the day before the plunge": that date;
        // "the day before authorities issued a warrant": a clause follows, no date
        if (!d.lex.determiners.contains(low(d, end))) return null;
        if (low(d, t - 1).equals(",") && d.lastEnd == t - 1) shift = 0;
        end = u + 1;
      }
    }
    String value = shifted(from, unit, shift);
    if (value == null) return null;
    return new Match(start, end, "DATE", value, "anchored");
  }
}
