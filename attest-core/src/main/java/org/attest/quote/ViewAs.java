package org.attest.quote;

import org.attest.text.Analysis;

/**
 * Verbs of seeing one thing as another (cues.txt [view]), as PolNeAR annotates a view: "Sanders
 * sees these gains as evidence", "House Republicans saw the attack as a chance to ...", "Many
 * voters view him as a liar"; the object and its "as" to the next comma, with the subject as its
 * source. Without an "as" after the object ("saw the incident") it is no view; a noun
 * ("his view that ...") is the next rule's.
 */
final class ViewAs extends IndirectRule {
  /** The most words between the verb and its "as". */
  private static final int MAX_OBJECT = 8;

  ViewAs() {
    super("view-as");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    if (!r.cues.holding.viewVerbs.contains(a.lower(cue.c))) return Verdict.PASS;
    int t = cue.cueEnd;
    if (!Holding.verbLike(r, cue.from, cue.c)) return Verdict.PASS; // "his view that ...": the claim noun's
    if (Holding.passiveBefore(r, cue.from, cue.c) || !asAfterObject(r, t, cue.end)) return Verdict.NONE;
    Who who = Holding.holder(r, cue);
    if (who == null) return Verdict.NONE;
    q.who = who;
    return Holding.phraseFrom(r, cue, t, 3);
  }

  /** Whether an object opens at t and an "as" follows it before a comma, a verb or a quotation: "Cruz as a uniter". */
  private static boolean asAfterObject(Reading r, int t, int end) {
    Analysis a = r.a;
    for (int k = t + 1; k < end && k <= t + MAX_OBJECT; k++) {
      if (a.lower(k).equals(r.cues.labelAs)) return true;
      if (a.token(k).equals(",") || Tokens.isVerb(a, k) || a.quoted(k)) return false;
    }
    return false;
  }
}
