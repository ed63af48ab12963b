package org.attest.quote;

import java.util.List;

/** A quote inside a sentence with no cue: the sentence's subject speaks ("Jane Doe outlined the goal that rivals “do not survive”"). */
final class MixedSubject extends LayoutSieve {
  MixedSubject() {
    super("mixed-subject", 0.6);
  }

  @Override
  boolean attribute(Reading r, List<Candidate> quotes, int i) {
    Candidate q = quotes.get(i);
    int firstTok = r.a.tokenAt(r.a.quoteStart(q.region));
    int m = r.speakers.clauseSubject(r.a.sentenceStartToken(r.a.sentenceOf(firstTok)), firstTok);
    if (m < 0) return false;
    q.who = Who.of(r.ents, m);
    q.entity = r.ents.entityOf(m);
    q.confidence = confidence();
    return true;
  }
}
