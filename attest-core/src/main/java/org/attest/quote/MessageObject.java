package org.attest.quote;

import org.attest.text.Analysis;

/**
 * Verbs whose object is what was said or shown (cues.txt [message]), as PolNeAR annotates them:
 * "Sanders announced his candidacy", "The campaign denied any wrongdoing", "Clinton touted her
 * record", "Cruz never mentioned the man who beat him"; the object to the next comma, with the
 * subject as its source. A clause after the verb ("announced that ...", "denied he knew") is the
 * speech rules' to read, and so is a cue without an object; not a passive ("was announced"), nor a
 * day or a time ("announced Monday", "reported last week"), nor a pronoun alone ("denied it").
 */
final class MessageObject extends IndirectRule {
  MessageObject() {
    super("message-object");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int t = cue.cueEnd;
    if (!r.cues.holding.messageVerbs.contains(a.lower(cue.c)) || !Tokens.isVerb(a, cue.c) || t >= cue.end) return Verdict.PASS;
    if (Holding.passiveBefore(r, cue.from, cue.c) || !objectAt(r, t, cue.end)) return Verdict.PASS;
    Who who = Holding.holder(r, cue);
    if (who == null) return Verdict.PASS;
    q.who = who;
    return Holding.phraseFrom(r, cue, t, 2);
  }

  /** Whether a noun phrase that is no clause, day or lone pronoun opens at t. */
  private static boolean objectAt(Reading r, int t, int end) {
    Analysis a = r.a;
    String pos = a.pos(t), w = a.lower(t);
    if (!(pos.equals("DET") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("PRON") || pos.equals("ADJ") || pos.equals("NUM"))) return false;
    if (w.equals(r.cues.that) || r.cues.whenWords.contains(w) || r.cues.objectPronouns.contains(w) || r.a.quoted(t)) return false;
    if (pos.equals("PRON") && !r.cues.holding.possessivePronouns.contains(w)) return false; // "denied it", "told him"; not "his record"
    if (t + 1 < end && r.cues.timeNouns.contains(a.lower(t + 1)) && (t + 2 == end || a.token(t + 2).equals(","))) return false; // "reported last week"
    return !r.clauses.startsClause(t, end, true);
  }
}
