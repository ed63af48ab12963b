package org.attest.quote;

import java.util.List;

/** A later quote of the same paragraph names the speaker: “A.” “B,” he said. */
final class LaterQuote implements LayoutSieve {
  @Override
  public String name() {
    return "later-quote";
  }

  @Override
  public boolean attribute(Reading r, List<Candidate> quotes, int i) {
    Candidate q = quotes.get(i);
    Candidate next = i + 1 < quotes.size() ? quotes.get(i + 1) : null;
    if (next == null || next.paragraph != q.paragraph || next.who == null || next.continuation) return false;
    q.continues(next, 0.75);
    return true;
  }
}
