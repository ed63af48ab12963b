package org.attest.quote;

import java.util.List;

/** A paragraph that opens with a quote right after a quoting paragraph goes on with its speaker: “A,” Smith said. ¶ “B.” */
final class Continuation extends LayoutSieve {
  Continuation() {
    super("continuation", 0.8);
  }

  @Override
  Candidate speakerOf(Reading r, List<Candidate> quotes, int i) {
    Candidate q = quotes.get(i), prev = spokenBefore(quotes, i);
    boolean opens = r.a.paragraphStart(q.paragraph) == r.a.quoteStart(q.region); // the quote opens its paragraph
    return opens && prev != null && prev.paragraph >= q.paragraph - 1 ? prev : null;
  }
}
