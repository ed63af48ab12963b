package org.attest.quote;

import org.attest.text.Analysis;

/**
 * Verbs of a stance on their object (cues.txt [stance]), as PolNeAR annotates them: "Wisconsin
 * Gov. Scott Walker endorsed Cruz", "Democrats oppose the bill", "Trump accused Clinton of lying";
 * the object to the next comma; and after a phrase of stance (cues.txt [stance-phrase]): "Sanders
 * called for a ban on fracking". Only a verb the tagger calls one, with its subject: not "support
 * for the bill", nor "was endorsed by".
 */
final class Stance extends IndirectRule {
  Stance() {
    super("stance");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    boolean phrase = r.cues.holding.stancePhraseAt(a, cue.c) > 0; // "called for a ban", "pointed to the polls"
    if (!phrase && !r.cues.holding.stanceVerbs.contains(a.lower(cue.c))) return Verdict.PASS;
    int t = cue.cueEnd;
    if (!Tokens.isVerb(a, cue.c) && !phrase || Holding.passiveBefore(r, cue.from, cue.c) || t >= cue.end) return Verdict.NONE;
    if (phrase && a.lower(t).equals(r.cues.that)) return clauseAfter(r, cue, q, t + 1); // "pointed out that CLAUSE"
    String pos = a.pos(t);
    boolean gerund = phrase && pos.equals("VERB") && a.lower(t).endsWith(r.cues.participleEnding); // "calls for bringing back"
    if (!(pos.equals("DET") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("PRON") || pos.equals("ADJ") || pos.equals("NUM")
        || pos.equals("SYM") || gerund)) { // "calls for $1 trillion"
      return Verdict.NONE; // "supported by", "opposed to"
    }
    if (namedThing(r, cue)) return Verdict.NONE;
    Who who = Holding.holder(r, cue);
    if (who == null) return Verdict.NONE;
    q.who = who;
    return Holding.phraseFrom(r, cue, t, 1);
  }

  /** The clause after a stance phrase and its "that", held by the subject: "Labor leaders point out that Mr. Trump could draw". */
  private static Verdict clauseAfter(Reading r, ReportCue cue, Candidate q, int t) {
    Who who = Holding.holder(r, cue);
    if (who == null || !r.clauses.startsClause(t, cue.end)) return Verdict.NONE;
    q.who = who;
    return cue.clauseFrom(r, t);
  }

  /**
   * A naming verb right after an indefinite noun phrase names that thing (cues.txt [naming],
   * [indefinite]): "a group called Citizens for Trump", "a consulting firm called Gavekal"; not
   * "Critics call it", "Cruz called him a phony".
   */
  private static boolean namedThing(Reading r, ReportCue cue) {
    Analysis a = r.a;
    if (!r.cues.holding.naming.contains(a.lower(cue.c))) return false;
    int k = cue.c - 1;
    while (k > cue.from && k >= cue.c - 4 && (a.pos(k).equals("NOUN") || a.pos(k).equals("PROPN") || a.pos(k).equals("ADJ"))) k--;
    return k < cue.c - 1 && k >= cue.from && r.cues.holding.indefinite.contains(a.lower(k));
  }
}
