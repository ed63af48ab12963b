package org.attest.quote;

import org.attest.text.Analysis;

/** A paragraph ending "Caddell continued:" right before the paragraph the quote opens: its cue and speaker. */
final class ColonParagraph extends CueSieve {
  ColonParagraph() {
    super("colon-paragraph", Candidate.Side.BEFORE);
  }

  @Override
  boolean attribute(Reading r, QuoteFrame f, Candidate q) {
    Analysis a = r.a;
    int first = f.first;
    if (!(f.before == first && first > 0 && a.paragraphOf(first - 1) == f.paragraph - 1 && a.token(first - 1).equals(":"))) return false;
    int prevSentence = a.sentenceStartToken(a.sentenceOf(first - 1));
    return CueBefore.read(r, prevSentence, first, q);
  }
}
