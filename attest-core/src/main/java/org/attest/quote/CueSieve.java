package org.attest.quote;

/** A sieve that reads the words around one quote (its frame) for its cue and speaker. */
abstract class CueSieve extends Rule {
  private final Candidate.Side side;

  CueSieve(String name, Candidate.Side side) {
    super(name);
    this.side = side;
  }

  /** Which side of the quote the cue stands on: it decides whether the quote is direct or mixed. */
  final Candidate.Side side() {
    return side;
  }

  /** Sets the speaker and cue of q and says true, or leaves q as it was and says false. */
  abstract boolean attribute(Reading r, QuoteFrame f, Candidate q);
}
