package org.attest.quote;

import org.attest.model.Entity;

/**
 * A name and a colon open a sentence whose words are that name's (cues.txt [colon]): headlines
 * ("Sanders: Clinton Email Story Has Moved", "Insiders: Trump will rebound in New Hampshire") and
 * transcripts ("TAPPER: Do you think ..."). The name is a person, an organisation or a noun phrase
 * of a few words, not a place ("WASHINGTON: ..." is a dateline) nor a label (cues.txt [colon-label]:
 * "Editor's note:", "BREAKING:"). Quoted words inside are part of the name's words ("Issa: Hillary
 * Clinton’s ‘Honesty Is In Question’") unless a quote of their own holds them.
 */
final class NameColon extends IndirectRule {
  /** The most words a name before the colon may have. */
  private static final int MAX_WORDS = 4;
  /** The fewest tokens after the colon: a section head's few words are no one's ("Kasich: Win in a walk", "Q: Is he conservative"). */
  private static final int MIN_TOKENS = 4;

  NameColon() {
    super("name-colon");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    if (!r.a.token(cue.c).equals(r.cues.holding.colon)) return Verdict.PASS;
    if (cue.c == cue.from || cue.c - cue.from > MAX_WORDS) return Verdict.NONE;
    for (int k = cue.from; k < cue.c; k++) if (r.cues.holding.colonLabels.contains(r.a.lower(k))) return Verdict.NONE; // "Editor's note:"
    Who who = r.speakers.subjectIn(cue.from, cue.c);
    if (who == null || who.end() != cue.c || who.start() != cue.from) return Verdict.NONE;
    int e = Who.entityOf(r.ents, who);
    String type = e < 0 ? null : r.ents.entityType(e);
    if (Entity.GPE.equals(type) || Entity.LOC.equals(type)) return Verdict.NONE;
    if (e < 0 && !r.a.pos(cue.c - 1).equals("NOUN") && !r.a.pos(cue.c - 1).equals("PROPN")) return Verdict.NONE;
    q.who = who;
    cue.minTokens = MIN_TOKENS;
    cue.quotesInside = true; // "Issa: Hillary Clinton’s ‘Honesty Is In Question’": the name's words, scare quotes and all
    return cue.clauseFrom(r, cue.c + 1);
  }
}
