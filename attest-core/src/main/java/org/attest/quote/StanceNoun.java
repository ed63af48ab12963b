package org.attest.quote;

import org.attest.text.Analysis;

/**
 * A noun of a stance after a possessive (cues.txt [stance-noun]), as PolNeAR annotates it: "Mr.
 * Trump has been the most direct in his attacks on Mr. Clinton", "vocal in their criticism of
 * Trump", "Donald Trump’s attacks on Bill Clinton’s scandals": the possessive holds it, the phrase
 * after the preposition to the next comma is its object. Not without a possessive ("support for
 * Sanders has been strongest"): the next rules read it. So too a noun of an intent and its "to"
 * (cues.txt [intent-noun]): "his decision to leave the race".
 */
final class StanceNoun extends IndirectRule {
  StanceNoun() {
    super("stance-noun");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int k = cue.c - 1;
    boolean intent = r.cues.holding.intentNouns.contains(a.lower(cue.c)) && Holding.infinitiveAt(r, cue.cueEnd, cue.end); // "his decision to leave"
    if (k < cue.from || !intent && (cue.cueEnd - cue.c < 2 || !r.cues.holding.stanceNouns.containsKey(a.lower(cue.c)))) {
      return Verdict.PASS;
    }
    if (r.cues.holding.possessivePronouns.contains(a.lower(k))) { // "his attacks on"
      int m = r.ents.mentionStartingAt(k);
      q.who = m >= 0 && r.ents.mentionEnd(m) == k + 1 ? Who.of(r.ents, m) : new Who(-1, k, k + 1);
    } else if (a.lower(k).equals(r.cues.possessive) && k > cue.from) { // "Donald Trump’s attacks on"
      int m = r.ents.mentionEndingAt(k);
      if (m < 0) return Verdict.PASS;
      q.who = Who.of(r.ents, m);
    } else {
      return Verdict.PASS;
    }
    return Holding.phraseFrom(r, cue, cue.cueEnd, 1);
  }
}
