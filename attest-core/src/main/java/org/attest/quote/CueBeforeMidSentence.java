package org.attest.quote;

/**
 * A phrase in quotation marks inside a sentence that has its cue before it ("Cruz says he is
 * “effectively tied for second place” with Rubio, in a finish that he said ..."): the cue before
 * it is the quote's, not a later one, so it is read before the words after the quote.
 */
final class CueBeforeMidSentence extends CueSieve {
  CueBeforeMidSentence() {
    super("cue-before-mid", Candidate.Side.BEFORE);
  }

  @Override
  boolean attribute(Reading r, QuoteFrame f, Candidate q) {
    return f.midSentence && CueBefore.read(r, f.sentenceStart, f.first, q);
  }
}
