package org.attest.quote;

import java.util.List;

/**
 * A sieve for a quote no cue attributed: the quotes around it or its sentence give the speaker.
 * Most take the speaker of a neighbouring quote ({@link #speakerOf}); one that finds a speaker
 * of its own overrides {@link #attribute}.
 */
abstract class LayoutSieve extends Rule {
  private final double confidence;

  LayoutSieve(String name, double confidence) {
    super(name);
    this.confidence = confidence;
  }

  /** Sets the speaker of quotes[i] (in text order; those before it are decided) and says true, or says false. */
  boolean attribute(Reading r, List<Candidate> quotes, int i) {
    Candidate from = speakerOf(r, quotes, i);
    if (from == null) return false;
    quotes.get(i).continues(from, confidence);
    return true;
  }

  /** The quote whose speaker quotes[i] goes on with, or null. */
  Candidate speakerOf(Reading r, List<Candidate> quotes, int i) {
    return null;
  }

  double confidence() {
    return confidence;
  }

  /** The quote before quotes[i] when it has a speaker, else null. */
  static Candidate spokenBefore(List<Candidate> quotes, int i) {
    Candidate prev = i > 0 ? quotes.get(i - 1) : null;
    return prev != null && prev.who != null ? prev : null;
  }
}
