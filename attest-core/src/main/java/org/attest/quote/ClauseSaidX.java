package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "CLAUSE, said X." and "CLAUSE, said X, a senior official at ...": the cue, then its speaker,
 * after the clause; not "X, an expert who studies ..., said parents want ...".
 */
final class ClauseSaidX extends IndirectRule {
  ClauseSaidX() {
    super("clause-said-x");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Who after = cue.afterComma(r) && !r.cues.addressee.contains(r.a.lower(cue.c)) ? r.speakers.objectAt(cue.cueEnd, cue.end) : null;
    if (after == null || !closesSentence(r, cue, after)) return Verdict.PASS;
    q.who = r.speakers.proxy(after, cue.end);
    return cue.clauseBefore(cue.c - 1);
  }

  /** The speaker ends the sentence or an apposition follows it, a verb stands before the comma, and no clause follows the cue. */
  private static boolean closesSentence(Reading r, ReportCue cue, Who after) {
    Analysis a = r.a;
    int end = cue.end;
    if (!(after.end() + 6 >= end || a.token(after.end()).equals(",")) || !Tokens.hasVerb(a, cue.from, cue.c - 1)) return false;
    return after.end() < a.tokenCount() && a.token(after.end()).equals(",") || !r.clauses.startsClause(cue.cueEnd, end);
  }
}
