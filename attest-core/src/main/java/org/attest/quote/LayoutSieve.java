package org.attest.quote;

import java.util.List;

/** A sieve for a quote no cue attributed: the quotes around it or its sentence give the speaker. */
interface LayoutSieve extends Rule {
  /** Sets the speaker of quotes[i] (in text order; those before it are decided) and says true, or says false. */
  boolean attribute(Reading r, List<Candidate> quotes, int i);

  /** The quote before quotes[i] when it has a speaker, else null. */
  static Candidate spokenBefore(List<Candidate> quotes, int i) {
    Candidate prev = i > 0 ? quotes.get(i - 1) : null;
    return prev != null && prev.who != null ? prev : null;
  }
}
