package org.attest.time;

import static org.attest.time.Values.durationValue;
import static org.attest.time.Words.count;
import static org.attest.time.Words.low;
import static org.attest.time.Words.month;
import static org.attest.time.Words.words;


/** The family time.set: sets: "every week", "each year", "every Monday", "daily", "once a year", "on Sundays". */
final class Sets extends RuleFamily {
  Sets() {
    super("time.set", lex -> words(lex.sets.keySet(), lex.frequencies, lex.numbers.keySet()));
  }

  @Override
  public boolean opensByShape(Scan d, int t) {
    String w = d.a.lower(t);
    return w.endsWith("s") && d.lex.weekdays.containsKey(w.substring(0, w.length() - 1)); // "Sundays"
  }

  /** "every week", "each year", "every Monday", "daily", "weekly". */
  @Override
  public Match match(Scan d, int t) {
    String w = low(d, t);
    String v = d.lex.sets.get(w);
    if (v != null) {
      if (d.lex.annual.has(w) && !d.a.pos(t).equals("ADV")) return null;
      return new Match(t, t + 1, "SET", v, null);
    }
    // "once a year", "twice a week", "three times a day": so many times each unit, a set of that unit
    int per = d.lex.frequencies.contains(w) ? t + 1 : d.lex.times.at(d, t + 1) && count(d, t) != null ? t + 2 : -1;
    if (per > 0 && d.lex.setAfterCount.at(d, per)) {
      String unit = d.lex.units.get(low(d, per + 1));
      if (unit != null && !low(d, per + 1).endsWith("s")) return new Match(t, per + 2, "SET", durationValue("1", unit), null);
    }
    // "on Sundays": a weekday in the plural recurs
    if (w.endsWith("s") && d.a.isCapitalized(t) && d.lex.weekdays.containsKey(w.substring(0, w.length() - 1))) {
      return new Match(t, t + 1, "SET", "XXXX-WXX-" + d.lex.weekdays.get(w.substring(0, w.length() - 1)), null);
    }
    if (!d.lex.setOpener.has(w)) return null;
    int u = t + 1;
    if (d.lex.other.at(d, u)) u++;
    String unit = d.lex.units.get(low(d, u));
    if (unit != null && !low(d, u).endsWith("s")) {
      if (unit.equals("WE")) return new Match(t, u + 1, "SET", "XXXX-WXX-WE", null); // "every weekend"
      String n = u > t + 1 ? "2" : "1";
      return new Match(t, u + 1, "SET", durationValue(n, unit), null);
    }
    Integer wd = d.lex.weekdays.get(low(d, u));
    if (wd != null) return new Match(t, u + 1, "SET", "XXXX-WXX-" + wd, null);
    Object[] c = u == t + 1 && !d.lex.per.has(w) ? count(d, u) : null; // "every two years", "every 15 minutes"
    if (c != null && ((String) c[0]).matches("\\d+")) {
      int k = (int) c[1];
      String plural = low(d, k);
      String every = plural.endsWith("s") || !c[0].equals("1") ? d.lex.units.get(plural) : null; // "every three week" too
      if (every != null && !every.equals("WE")) return new Match(t, k + 1, "SET", durationValue((String) c[0], every), null);
    }
    Integer month = u == t + 1 && !d.lex.per.has(w) ? month(d, u) : null; // "each July": every year's July
    if (month != null) return new Match(t, u + 1, "SET", String.format("XXXX-%02d", month), null);
    return null;
  }
}
