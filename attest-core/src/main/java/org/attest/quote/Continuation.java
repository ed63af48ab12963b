package org.attest.quote;

import java.util.List;

/** A paragraph that opens with a quote right after a quoting paragraph goes on with its speaker: “A,” Smith said. ¶ “B.” */
final class Continuation implements LayoutSieve {
  @Override
  public String name() {
    return "continuation";
  }

  @Override
  public boolean attribute(Reading r, List<Candidate> quotes, int i) {
    Candidate q = quotes.get(i), prev = LayoutSieve.spokenBefore(quotes, i);
    boolean startsParagraph = r.a.paragraphStart(q.paragraph) == r.a.quoteStart(q.region);
    if (prev == null || !startsParagraph || prev.paragraph < q.paragraph - 1) return false;
    q.continues(prev, 0.8);
    return true;
  }
}
