package org.attest.quote;

/**
 * Adjectives of a state of mind after "be", "remain" or "seem" (cues.txt [state-adjective],
 * [state-link]), as PolNeAR annotates them: "Some Democrats are concerned that Sanders’ tactics
 * could make it more difficult", "Mr. Ackman is convinced Valeant will be a comeback story",
 * "Freddy was eager to make his mark": the clause or the "to" after the adjective is what its
 * subject holds; and the object of its preposition ("was critical of the deal", "are worried about
 * the deficit", cues.txt [state-adjective-object], [state-preposition]). Not without the verb before it ("corporations willing to set up shop"), nor
 * "The remark worried some analysts".
 */
final class StateOfMind extends IndirectRule {
  /** The most adverbs between the verb and the adjective: "has been acutely aware", "are now more convinced". */
  private static final int ADVERBS = 2;

  StateOfMind() {
    super("state-of-mind");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    boolean objectOnly = r.cues.holding.stateObjectAdjectives.contains(r.a.lower(cue.c));
    if (!objectOnly && !r.cues.holding.stateAdjectives.contains(r.a.lower(cue.c))) return Verdict.PASS;
    int link = link(r, cue);
    if (link < 0) return Verdict.NONE;
    int t = cue.cueEnd;
    if (t + 1 < cue.end && r.cues.holding.statePrepositions.contains(r.a.lower(t)) && nounPhraseAt(r, t + 1)) { // "was critical of the deal"
      Who who = Holding.holder(r, new ReportCue(cue.from, cue.end, link, link + 1, false));
      if (who == null) return Verdict.NONE;
      q.who = who;
      return Holding.phraseFrom(r, cue, t + 1, 1);
    }
    if (objectOnly) return Verdict.NONE;
    boolean that = t < cue.end && r.a.lower(t).equals(r.cues.that);
    boolean infinitive = Holding.infinitiveAt(r, t, cue.end);
    if (!that && !infinitive && !r.clauses.startsClause(t, cue.end)) return Verdict.NONE;
    Who who = Holding.holder(r, new ReportCue(cue.from, cue.end, link, link + 1, false)); // the subject of "remain", "are"
    if (who == null) return Verdict.NONE;
    q.who = who;
    return infinitive ? Holding.phraseFrom(r, cue, t, 2) : cue.clauseFrom(r, that ? t + 1 : t);
  }

  /** A noun phrase or a gerund opens at t: "of the deal", "about losing", not "at first". */
  private static boolean nounPhraseAt(Reading r, int t) {
    String pos = r.a.pos(t);
    return pos.equals("DET") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("NUM") || pos.equals("ADJ")
        || pos.equals("VERB") && r.a.lower(t).endsWith(r.cues.participleEnding);
  }

  /** The linking verb right before the adjective, past a few adverbs ("are optimistic", "remain confident", "are not convinced"), or -1. */
  private static int link(Reading r, ReportCue cue) {
    int k = cue.c - 1;
    for (int n = 0; n < ADVERBS && k > cue.from && (r.a.pos(k).equals("ADV") || r.a.pos(k).equals("PART")); n++) k--;
    return k >= cue.from && r.cues.holding.stateLinks.contains(r.a.lower(k)) ? k : -1;
  }
}
