package org.attest.time;

import static org.attest.time.AnchoredExpressions.*;
import static org.attest.time.ClockTimes.*;
import static org.attest.time.DeicticUnits.*;
import static org.attest.time.Distances.*;
import static org.attest.time.Durations.*;
import static org.attest.time.ExplicitDates.*;
import static org.attest.time.Holidays.*;
import static org.attest.time.Joins.*;
import static org.attest.time.NumericDates.*;
import static org.attest.time.References.*;
import static org.attest.time.Seasons.*;
import static org.attest.time.Sets.*;
import static org.attest.time.Tenses.*;
import static org.attest.time.Values.*;
import static org.attest.time.Weekdays.*;
import static org.attest.time.Words.*;
import static org.attest.time.YearParts.*;
import static org.attest.time.Years.*;

import java.time.LocalDate;
import java.util.Set;

/** The family time.relative-day: days by their distance from the article: "today", "yesterday morning", "tonight", "last night". */
final class RelativeDays implements TimeRule {
  @Override
  public String name() {
    return "time.relative-day";
  }

  @Override
  public Set<String> openers(TimeLexicon lex) {
    return words(lex.days.keySet(), Set.of("tonight", "this", "last"));
  }

  @Override
  public Match match(Scan d, int t) {
    return relativeDay(d, t);
  }

  /** "today", "yesterday", "tomorrow", with a part of the day: "yesterday morning", "tonight", "last night". */
  static Match relativeDay(Scan d, int t) {
    String w = low(d, t);
    String offset = d.lex.days.get(w);
    if (offset != null) {
      if (d.dct == null) return new Match(t, t + 1, "DATE", "XXXX-XX-XX", null);
      LocalDate day = d.dct.plusDays(Integer.parseInt(offset));
      String part = d.lex.dayparts.get(low(d, t + 1));
      if (part != null && !low(d, t + 1).equals("tonight")) return new Match(t, t + 2, "TIME", iso(day) + "T" + part, null);
      return new Match(t, t + 1, "DATE", iso(day), null);
    }
    if (w.equals("tonight") && d.dct != null) return new Match(t, t + 1, "TIME", iso(d.dct) + "TNI", null);
    // "mid-afternoon yesterday", "morning today": the part of the day before its day
    String before = d.lex.dayparts.get(w.startsWith("mid-") ? w.substring(4) : w);
    String dayWord = low(d, t + 1);
    if (before != null && d.lex.days.containsKey(dayWord) && d.dct != null && !w.equals("tonight")) {
      return new Match(t, t + 2, "TIME", iso(d.dct.plusDays(Integer.parseInt(d.lex.days.get(dayWord)))) + "T" + before, null);
    }
    if ((w.equals("this") || w.equals("last")) && d.dct != null) {
      String part = d.lex.dayparts.get(low(d, t + 1));
      if (part != null && !low(d, t + 1).equals("tonight")) {
        if (w.equals("last") && !low(d, t + 1).equals("night")) return null;
        LocalDate day = w.equals("last") ? d.dct.minusDays(1) : d.dct;
        return new Match(t, t + 2, "TIME", iso(day) + "T" + part, null);
      }
    }
    return null;
  }
}
