package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "CLAUSE, said X." and "CLAUSE, said X, a senior official at ...": the cue, then its speaker,
 * after the clause; not "X, an expert who studies ..., said parents want ...".
 */
final class ClauseSaidX implements IndirectRule {
  @Override
  public String name() {
    return "clause-said-x";
  }

  @Override
  public Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int c = cue.c, from = cue.from, end = cue.end;
    if (!(c - 1 > from && a.token(c - 1).equals(",") && !r.cues.addressee.contains(a.lower(c)))) return Verdict.PASS;
    Who after = r.speakers.objectAt(cue.cueEnd, end);
    if (after == null || !(after.end() + 6 >= end || a.token(after.end()).equals(",")) || !Tokens.hasVerb(a, from, c - 1)) return Verdict.PASS;
    if (!(after.end() < a.tokenCount() && a.token(after.end()).equals(",") || !r.clauses.startsClause(cue.cueEnd, end))) return Verdict.PASS;
    q.who = r.speakers.proxy(after, end);
    return cue.clauseBefore(c - 1);
  }
}
