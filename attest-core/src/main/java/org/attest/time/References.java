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
import static org.attest.time.RelativeDays.*;
import static org.attest.time.Seasons.*;
import static org.attest.time.Sets.*;
import static org.attest.time.Tenses.*;
import static org.attest.time.Values.*;
import static org.attest.time.Weekdays.*;
import static org.attest.time.Words.*;
import static org.attest.time.YearParts.*;
import static org.attest.time.Years.*;

import java.util.Set;

/** The family time.reference: references: "now", "recently", "the past", "the future", "in recent years". */
final class References implements TimeRule {
  @Override
  public String name() {
    return "time.reference";
  }

  @Override
  public Set<String> openers(TimeLexicon lex) {
    return lex.refOpeners;
  }

  /** "now", "recently", "the past", "the future", "currently". */
  @Override
  public Match match(Scan d, int t) {
    Object[] p = phrase(d, t, d.lex.refs);
    if (p == null) return null;
    String w = low(d, t);
    if (w.equals("current") && !d.a.pos(t).equals("ADJ")) return null;
    String value = (String) p[1];
    return new Match(t, (int) p[0], value.startsWith("P") && !value.endsWith("_REF") ? "DURATION" : "DATE", value, null);
  }
}
