package org.attest.quote;

import java.util.List;

/** A later quote of the same paragraph names the speaker: “A.” “B,” he said. */
final class LaterQuote extends LayoutSieve {
  LaterQuote() {
    super("later-quote", 0.75);
  }

  @Override
  Candidate speakerOf(Reading r, List<Candidate> quotes, int i) {
    if (i + 1 >= quotes.size()) return null;
    Candidate next = quotes.get(i + 1);
    return next.paragraph == quotes.get(i).paragraph && next.who != null && !next.continuation ? next : null;
  }
}
