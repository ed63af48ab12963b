package org.attest.quote;

import java.util.List;

/** A later quote of a paragraph takes the speaker of the quote before it: “Nothing,” Mattis responded. “I keep ...” */
final class SameParagraph extends LayoutSieve {
  SameParagraph() {
    super("same-paragraph", 0.8);
  }

  @Override
  Candidate speakerOf(Reading r, List<Candidate> quotes, int i) {
    Candidate prev = spokenBefore(quotes, i);
    return prev != null && prev.paragraph == quotes.get(i).paragraph ? prev : null;
  }
}
