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
    if (!r.cues.holding.intentVerbs.contains(r.a.lower(cue.c)) || !(Holding.infinitiveAt(r, cue.cueEnd, cue.end) || verbAsNoun(r, cue))) {
      return Verdict.PASS;
    }
    if (!Holding.verbLike(r, cue.from, cue.c) || Holding.passiveBefore(r, cue.from, cue.c)) return Verdict.NONE;
    Who who = Holding.holder(r, cue);
    if (who == null) return Verdict.NONE;
    q.who = who;
    return Holding.phraseFrom(r, cue, cue.cueEnd, 2); // "declined to comment"
  }

  /** "declined to comment.", "declined to comment on": a lone word after "to" the tagger took for a noun is the verb. */
  private static boolean verbAsNoun(Reading r, ReportCue cue) {
    int t = cue.cueEnd;
    if (t + 1 >= cue.end || !r.a.lower(t).equals(r.cues.to) || !r.a.pos(t + 1).equals("NOUN")) return false;
    return t + 2 >= cue.end || Tokens.isPunct(r.a, t + 2) || r.a.pos(t + 2).equals("ADP");
  }
}
