package org.attest.quote;

/**
 * Verbs of belief, knowledge and expectation (cues.txt [belief]), as PolNeAR annotates them:
 * "Many Republicans believe the election will be rigged", "Some strategists fear that Clinton has
 * missed her chance", "Cruz expects to win Texas"; in the passive, with no source: "Trump is
 * expected to win" (what is expected: "to win"), and so for verbs of seeming (cues.txt [seeming]):
 * "Trump seemed to back away from the pledge". Not "the fear that" (a noun) nor "he felt betrayed".
 */
final class Belief extends IndirectRule {
  Belief() {
    super("belief");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    boolean seeming = r.cues.holding.seeming.contains(r.a.lower(cue.c));
    if (!seeming && !r.cues.holding.beliefVerbs.contains(r.a.lower(cue.c))) return Verdict.PASS;
    if (!Holding.verbLike(r, cue.from, cue.c)) return Verdict.NONE;
    int t = r.clauses.afterAdjunct(cue.cueEnd, cue.end);
    boolean that = t < cue.end && r.a.lower(t).equals(r.cues.that);
    boolean infinitive = Holding.infinitiveAt(r, t, cue.end);
    if (seeming || Holding.passiveBefore(r, cue.from, cue.c)) { // "Trump is expected to win", "it is believed that ...", "it seems that"
      if (!that && !infinitive) return Verdict.NONE;
      q.who = null;
      return cue.clauseFrom(r, that ? t + 1 : t);
    }
    Who who = Holding.holder(r, cue);
    if (who == null) return Verdict.NONE;
    if (that) t++;
    else if (!infinitive && !r.clauses.startsClause(t, cue.end, true)) return Verdict.NONE;
    q.who = who;
    return cue.clauseFrom(r, t);
  }
}
