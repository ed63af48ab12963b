package org.attest.quote;

import org.attest.text.Analysis;

/**
 * A sentence ending in a colon right before the quote, in its paragraph or the one before, with no
 * cue of speech: its subject speaks ("President Clinton released the following statement: “",
 * "McConnell delivered a blunt message to Trump: “"): the sentence's first mention, when it is a
 * person or organisation. Not after a label ("Editor's note:", cues.txt [colon-label]); nor past a
 * digest's headline ("VOTERS ... - Jane Doe: “"), where the figure gold gives the figures to the poll
 * the quote names.
 */
final class ColonSubject extends CueSieve {
  ColonSubject() {
    super("colon-subject", Candidate.Side.BEFORE);
  }

  @Override
  boolean attribute(Reading r, QuoteFrame f, Candidate q) {
    Analysis a = r.a;
    int colon = f.first - 1;
    if (colon < 0 || !a.token(colon).equals(r.cues.holding.colon) || a.quoted(colon)) return false;
    boolean sameParagraph = f.colonIntro;
    if (!sameParagraph && !(f.before == f.first && a.paragraphOf(colon) == f.paragraph - 1)) return false;
    int from = sameParagraph ? f.sentenceStart : a.sentenceStartToken(a.sentenceOf(colon));
    for (int k = from; k < colon; k++) if (a.quoted(k) || r.cues.holding.colonLabels.contains(a.lower(k))) return false;
    int m = r.speakers.firstSubject(from, colon); // the first mention of the sentence, no dateline skipped
    if (m < 0) return false;
    q.attribute(Who.of(r.ents, m), colon, colon + 1);
    return true;
  }
}
