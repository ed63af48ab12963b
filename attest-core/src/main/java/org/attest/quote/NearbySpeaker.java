package org.attest.quote;

import java.util.List;

/** Last, the speaker of the quote before, when it is at most two paragraphs back. */
final class NearbySpeaker extends LayoutSieve {
  NearbySpeaker() {
    super("nearby-speaker", 0.5);
  }

  @Override
  Candidate speakerOf(Reading r, List<Candidate> quotes, int i) {
    int paragraph = quotes.get(i).paragraph;
    Candidate prev = spokenBefore(quotes, i);
    return prev != null && prev.paragraph >= paragraph - 2 ? prev : null;
  }
}
