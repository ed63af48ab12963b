package org.attest.quote;

/**
 * Verbs of belief, knowledge and expectation (cues.txt [belief]), as PolNeAR annotates them:
 * "Many Republicans believe the election will be rigged", "Some strategists fear that Clinton has
 * missed her chance", "Cruz expects to win Texas"; in the passive, with no source: "Trump is
 * expected to win" (what is expected: "to win"), and so for verbs of seeming (cues.txt [seeming]):
 * "Trump seemed to back away from the pledge". Not "the fear that" (a noun) nor "he felt betrayed".
 */
final class Belief extends IndirectRule {
  /** The most words of an object before its "to". */
  private static final int OBJECT_WORDS = 5;

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
    if (seeming && !that && !infinitive) return seemingPredicate(r, cue, q, t);
    if (seeming || Holding.passiveBefore(r, cue.from, cue.c)) { // "Trump is expected to win", "it is believed that ...", "it seems that"
      if (!that && !infinitive) { // "are worried about the deficit": a state of mind's object (state-of-mind reads it)
        return t < cue.end && r.cues.holding.statePrepositions.contains(r.a.lower(t)) ? Verdict.PASS : Verdict.NONE;
      }
      q.who = null;
      return cue.clauseFrom(r, that ? t + 1 : t);
    }
    Who who = Holding.holder(r, cue);
    if (who == null) return Verdict.NONE;
    if (!that && !infinitive && Holding.relativeGap(r, cue, who)) { // "a step they believe could help unify the party"
      q.who = who;
      return Holding.phraseFrom(r, cue, cue.cueEnd, 2);
    }
    if (that) t++;
    else if (!infinitive && !r.clauses.startsClause(t, cue.end, true) && !objectInfinitive(r, t, cue.end)) return Verdict.NONE;
    q.who = who;
    return cue.clauseFrom(r, t);
  }

  /** An object and its "to": "Experts expect the economy to slow", "Most expect him to win". */
  private static boolean objectInfinitive(Reading r, int t, int end) {
    for (int k = t; k < end && k < t + OBJECT_WORDS; k++) {
      String pos = r.a.pos(k);
      if (k > t && Holding.infinitiveAt(r, k, end)) return true;
      if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON") || pos.equals("NUM"))) return false;
    }
    return false;
  }

  /**
   * What seems, with no source, when no "to" or "that" follows a verb of seeming: a clause ("it
   * seems the public's view is awful"), or a predicate to the next comma: an adjective or a
   * past participle ("seemed rattled by the attacks", "seems increasingly likely", "seemed certain to
   * leave") or "like" ("seems like a comparable moment"); not "appeared on television".
   */
  private static Verdict seemingPredicate(Reading r, ReportCue cue, Candidate q, int t) {
    q.who = null;
    if (r.clauses.startsClause(t, cue.end)) return cue.clauseFrom(r, t);
    int p = t;
    while (p < cue.end && p < t + 2 && r.a.pos(p).equals("ADV")) p++;
    if (p >= cue.end) return Verdict.NONE;
    String pos = r.a.pos(p);
    boolean predicate = pos.equals("ADJ") || r.cues.holding.seemingLike.contains(r.a.lower(p))
        || pos.equals("VERB") && !r.a.lower(p).endsWith(r.cues.participleEnding); // "seemed taken aback"
    return predicate ? Holding.phraseFrom(r, cue, t, 2) : Verdict.NONE;
  }
}
