package org.attest.quote;

import org.attest.text.Analysis;

/**
 * A document as a source after "in" (cues.txt [document-in]): "Trump leads by 57 percent to 33
 * percent in the 50-state poll", "Kasich was at 25 percent in the most recent Fox poll" (the clause before it), "In the
 * CBS poll, Trump's lead narrowed" (the clause after its comma). The document is a noun phrase of
 * a few words whose head is a document word in the singular (cues.txt [report], [poll]) with a word
 * that names or describes it: not "leads in the polls", a race's standing PolNeAR mostly leaves alone.
 */
final class InDocument extends IndirectRule {
  /** The most words of the document's noun phrase, its head last. */
  static final int MAX_WORDS = 7;

  InDocument() {
    super("in-document");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int c = cue.c;
    if (!a.lower(c).equals(r.cues.holding.documentIn)) return Verdict.PASS;
    int head = r.cues.holding.documentAfter(a, c, cue.end);
    // a document named or described ("the CBS poll", "the 50-state poll"), not "the polls" of a race
    if (head < 0 || head - c < 3 || a.lower(head).endsWith(r.cues.sEnding)) return Verdict.NONE;
    q.who = new Who(-1, c + 1, head + 1);
    if (c == cue.from) { // "In the CBS poll, CLAUSE"
      int t = head + 1;
      while (t < cue.end && !a.token(t).equals(",")) t++;
      return t + 1 < cue.end ? cue.clauseFrom(r, t + 1) : Verdict.NONE;
    }
    int after = head + 1; // "CLAUSE in the polls." or "..., in the polls, ...": the document closes its clause
    if (after < cue.end && !Tokens.isPunct(a, after) && !a.pos(after).equals("ADP")) return Verdict.NONE;
    int start = cue.from;
    for (int k = c - 1; k > cue.from; k--) {
      if (a.token(k).equals(",") || a.token(k).equals(";")) {
        start = k + 1;
        break;
      }
    }
    if (!Tokens.hasVerb(a, start, c)) return Verdict.NONE;
    cue.contentFrom = start;
    cue.contentTo = c;
    return Verdict.FOUND;
  }
}
