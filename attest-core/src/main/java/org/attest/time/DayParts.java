package org.attest.time;

import static org.attest.time.Words.hyphen;
import static org.attest.time.Words.low;

/** The part of a day written after or before its day: "morning", "early morning", "early-morning", and after a day "AM", "PM". */
final class DayParts {
  private DayParts() {}

  /** A part of the day from token k to end (exclusive), with its mod (START for "early", END for "late", or null). */
  record Part(String part, String mod, int end) {}

  /**
   * The part of the day at token k: "morning", "early morning", "late-night" (one token or cut in three), and with
   * {@code meridiem} the halves of the day after a day ([meridiem-part]: "Tuesday AM", "today pm"); null for none.
   */
  static Part at(Scan d, int k, boolean meridiem) {
    String w = low(d, k);
    String part = d.lex.dayparts.get(w);
    if (part != null) return new Part(part, null, k + 1);
    if (meridiem && d.lex.meridiemParts.containsKey(w)) return new Part(d.lex.meridiemParts.get(w), null, k + 1);
    int dash = w.indexOf('-');
    if (dash > 0 && dash == w.length() - 1) { // "late-" "morning": the mod's token keeps the hyphen
      String mod = d.lex.mods.get(w);
      part = k + 1 < d.a.tokenCount() && d.a.end(k) == d.a.start(k + 1) ? d.lex.dayparts.get(low(d, k + 1)) : null;
      return part != null && startOrEnd(mod) && !d.lex.tonight.at(d, k + 1) ? new Part(part, mod, k + 2) : null;
    }
    if (dash > 0) { // "early-morning" as one token: the mod glued to its part ([mod] early-, late-)
      String mod = d.lex.mods.get(w.substring(0, dash + 1));
      part = d.lex.dayparts.get(w.substring(dash + 1));
      return part != null && startOrEnd(mod) ? new Part(part, mod, k + 1) : null;
    }
    String mod = d.lex.mods.get(w);
    int p = k + 1 + hyphen(d, k + 1); // "early morning", "early - morning"
    part = d.lex.dayparts.get(low(d, p));
    if (part == null || !startOrEnd(mod) || d.lex.tonight.at(d, p)) return null;
    return new Part(part, mod, p + 1);
  }

  private static boolean startOrEnd(String mod) {
    return "START".equals(mod) || "END".equals(mod);
  }
}
