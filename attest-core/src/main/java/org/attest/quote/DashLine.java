package org.attest.quote;

import static org.attest.quote.Tokens.isDash;

import org.attest.model.Mention;

/** A speaker line after a dash: "“This was the best night of my life.” ― Sonya Herridge". */
final class DashLine extends CueSieve {
  DashLine() {
    super("dash-line", Candidate.Side.AFTER);
  }

  @Override
  boolean attribute(Reading r, QuoteFrame f, Candidate q) {
    if (!f.closed) return false;
    int t = CueAfter.firstWordAfter(r, f);
    if (t >= f.after || !isDash(r.a, t)) return false;
    int m = r.ents.mentionStartingAt(t + 1);
    if (m < 0 || !r.ents.mentionKind(m).equals(Mention.NAME)) return false;
    q.who = Who.of(r.ents, m);
    return true;
  }
}
