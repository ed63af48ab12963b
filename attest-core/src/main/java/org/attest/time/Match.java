package org.attest.time;

/**
 * What a family decides: tokens [start, end), the TIMEX3 type, value and mod, and the rule that
 * decided it ("time.explicit-date"; null until the scan stamps it).
 */
record Match(int start, int end, String type, String value, String mod, String rule) {
  Match(int start, int end, String type, String value, String mod) {
    this(start, end, type, value, mod, null);
  }

  Match withMod(int newStart, String newMod) {
    return new Match(newStart, end, type, value, newMod, rule);
  }

  /** This match, decided by the named rule. */
  Match by(String name) {
    return new Match(start, end, type, value, mod, name);
  }

  /** The better of two matches at one token: the one that ends later, then the one that starts earlier; the first on a tie. */
  static Match longer(Match best, Match m) {
    return m != null && (best == null || m.end > best.end || (m.end == best.end && m.start < best.start)) ? m : best;
  }
}
