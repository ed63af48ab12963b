package org.attest.quote;

/**
 * Verbs whose "to" is what their subject wants, intends or refuses (cues.txt [intent]): "The
 * non-Trump candidates hope to prevent him from winning", "Cruz declined to comment", "Trump vowed
 * to repeal the law"; the words from "to" to the next comma. Without a "to" the next rule reads the
 * cue ("vowed that ...").
 */
final class Intent extends IndirectRule {
  Intent() {
    super("intent");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    if (!r.cues.holding.intentVerbs.contains(r.a.lower(cue.c)) || !Holding.infinitiveAt(r, cue.cueEnd, cue.end)) return Verdict.PASS;
    if (!Holding.verbLike(r, cue.from, cue.c) || Holding.passiveBefore(r, cue.from, cue.c)) return Verdict.NONE;
    Who who = Holding.holder(r, cue);
    if (who == null) return Verdict.NONE;
    q.who = who;
    return Holding.phraseFrom(r, cue, cue.cueEnd, 3);
  }
}
