package org.attest.quote;

import java.util.List;

/** Last, the speaker of the quote before, when it is at most two paragraphs back. */
final class NearbySpeaker implements LayoutSieve {
  @Override
  public String name() {
    return "nearby-speaker";
  }

  @Override
  public boolean attribute(Reading r, List<Candidate> quotes, int i) {
    Candidate q = quotes.get(i), prev = LayoutSieve.spokenBefore(quotes, i);
    if (prev == null || prev.paragraph < q.paragraph - 2) return false;
    q.continues(prev, 0.5);
    return true;
  }
}
