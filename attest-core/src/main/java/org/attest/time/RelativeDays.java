package org.attest.time;

import static org.attest.time.Values.iso;
import static org.attest.time.Words.low;

import java.time.LocalDate;

/** The family time.relative-day: days by their distance from the article: "today", "yesterday morning", "tonight", "last night". */
final class RelativeDays extends RuleFamily {
  RelativeDays() {
    super("time.relative-day", lex -> lex.days.keySet(), RelativeDays::relativeDay);
  }

  /** "today", "yesterday", "tomorrow", with a part of the day: "yesterday morning", "tonight", "last night". */
  static Match relativeDay(Scan d, int t) {
    String w = low(d, t);
    String offset = d.lex.days.get(w);
    if (offset != null) {
      if (d.dct == null) return new Match(t, t + 1, "DATE", "XXXX-XX-XX", null);
      LocalDate day = d.dct.plusDays(Integer.parseInt(offset));
      String part = d.lex.dayparts.get(low(d, t + 1));
      if (part != null && !d.lex.tonight.at(d, t + 1)) return new Match(t, t + 2, "TIME", iso(day) + "T" + part, null);
      return new Match(t, t + 1, "DATE", iso(day), null);
    }
    if (d.lex.tonight.has(w) && d.dct != null) return new Match(t, t + 1, "TIME", iso(d.dct) + "TNI", null);
    // "mid-afternoon yesterday", "morning today": the part of the day before its day
    String before = d.lex.dayparts.get(w.startsWith("mid-") ? w.substring(4) : w);
    String dayWord = low(d, t + 1);
    if (before != null && d.lex.days.containsKey(dayWord) && d.dct != null && !d.lex.tonight.has(w)) {
      return new Match(t, t + 2, "TIME", iso(d.dct.plusDays(Integer.parseInt(d.lex.days.get(dayWord)))) + "T" + before, null);
    }
    if (d.lex.thisLast.has(w) && d.dct != null) {
      String part = d.lex.dayparts.get(low(d, t + 1));
      if (part != null && !d.lex.tonight.at(d, t + 1)) {
        if (d.lex.last.has(w) && !d.lex.night.at(d, t + 1)) return null;
        LocalDate day = d.lex.last.has(w) ? d.dct.minusDays(1) : d.dct;
        return new Match(t, t + 2, "TIME", iso(day) + "T" + part, null);
      }
    }
    return null;
  }
}
