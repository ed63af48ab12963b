package org.attest.time;

import static org.attest.time.Words.low;
import static org.attest.time.Words.phrase;


/** The family time.reference: references: "now", "recently", "the past", "the future", "in recent years". */
final class References extends RuleFamily {
  References() {
    super("time.reference", lex -> lex.refOpeners);
  }

  /** "now", "recently", "the past", "the future", "currently". */
  @Override
  public Match match(Scan d, int t) {
    Object[] p = phrase(d, t, d.lex.refs);
    if (p == null) return null;
    String w = low(d, t);
    if (d.lex.current.has(w) && !d.a.pos(t).equals("ADJ")) return null;
    String value = (String) p[1];
    return new Match(t, (int) p[0], value.startsWith("P") && !value.endsWith("_REF") ? "DURATION" : "DATE", value, null);
  }
}
