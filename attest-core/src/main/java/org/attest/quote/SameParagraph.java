package org.attest.quote;

import java.util.List;

/** A later quote of a paragraph takes the speaker of the quote before it: “Nothing,” Mattis responded. “I keep ...” */
final class SameParagraph implements LayoutSieve {
  @Override
  public String name() {
    return "same-paragraph";
  }

  @Override
  public boolean attribute(Reading r, List<Candidate> quotes, int i) {
    Candidate q = quotes.get(i), prev = LayoutSieve.spokenBefore(quotes, i);
    if (prev == null || prev.paragraph != q.paragraph) return false;
    q.continues(prev, 0.8);
    return true;
  }
}
