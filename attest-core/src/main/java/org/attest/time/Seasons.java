package org.attest.time;

import static org.attest.time.Tenses.tense;
import static org.attest.time.Tenses.yearByTense;
import static org.attest.time.Values.yearValue;
import static org.attest.time.Words.low;
import static org.attest.time.Words.yearAt;

import org.attest.time.Tenses.Tense;

/** The family time.season: seasons: "the summer", "over the summer", "the winter of 1994", "summer 1989". */
final class Seasons extends RuleFamily {
  Seasons() {
    super("time.season", lex -> lex.seasons.keySet());
  }

  /** "the summer", "over the summer", "the early summer", "the winter of 1994", "summer 1989": the season the tense points to. */
  @Override
  public Match match(Scan d, int t) {
    int start = t;
    boolean the = d.lex.definite.at(d, t);
    if (the) t++;
    String mod = null;
    String m = d.lex.mods.get(low(d, t));
    if (the && m != null && (m.equals("START") || m.equals("END") || m.equals("MID"))) {
      mod = m;
      t++;
    }
    String season = d.lex.seasons.get(low(d, t));
    if (season == null) return null;
    String pos = d.a.pos(t);
    if (!(pos.equals("NOUN") || pos.equals("PROPN"))) return null; // "prices fall", "spring into action"
    String prev = low(d, t - 1);
    int end = t + 1;
    int[] y = d.lex.of.at(d, end) ? yearAt(d, end + 1, false) : yearAt(d, end, false);
    if (!the && !d.lex.seasonPrepositions.contains(prev) && !(d.lex.mods.containsKey(prev) && d.lex.seasonPrepositions.contains(low(d, t - 2)))
        && (y == null || !d.a.isCapitalized(t) && !Character.isDigit(low(d, d.lex.of.at(d, end) ? end + 1 : end).charAt(0)))) {
      return null; // a bare season is a date with its year only: "Summer 2016", "summer of 2016"
    }
    if (y != null) return new Match(start, y[1], "DATE", yearValue(y[0]) + "-" + season, mod);
    String next = low(d, end);
    if (d.lex.seasonAfter.has(next)) return null; // "the fall of Saigon", "the fall in prices"
    if (d.dct == null) return new Match(start, end, "DATE", "XXXX-" + season, mod);
    // in the present tense a season is any year's: "students earn $6,000 by working in the summer"
    Tense said = d.lex.tenseBefore.containsKey(low(d, start - 1)) ? tense(d, start) : tense(d, start, 6); // a verb in the present, not just none
    if (said == Tense.PRESENT) return new Match(start, end, "DATE", "XXXX-" + season, mod);
    int first = switch (season) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
    return new Match(start, end, "DATE", yearValue(yearByTense(d, start, first, -1)) + "-" + season, mod);
  }
}
