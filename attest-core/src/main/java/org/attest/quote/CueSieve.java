package org.attest.quote;

/** A sieve that reads the words around one quote (its frame) for its cue and speaker. */
interface CueSieve extends Rule {
  /** Which side of the quote the cue stands on: it decides whether the quote is direct or mixed. */
  Candidate.Side side();

  /** Sets the speaker and cue of q and says true, or leaves q as it was and says false. */
  boolean attribute(Reading r, QuoteFrame f, Candidate q);
}
