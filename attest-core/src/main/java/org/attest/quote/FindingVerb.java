package org.attest.quote;

/**
 * Verbs of finding and belief (cues.txt [indirect]) cue only a clause after them, never quoted
 * words nor an object: "The poll shows (that) Clinton leads", "Many Republicans believe the
 * election will be rigged"; not "Investigators found the documents". Every clause-only cue ends
 * here: the rules after it read speech verbs only.
 */
final class FindingVerb extends IndirectRule {
  FindingVerb() {
    super("finding");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    if (!cue.clauseOnly) return Verdict.PASS;
    Who who = cue.subject(r);
    if (who == null) return Verdict.NONE;
    int t = r.clauses.afterAdjunct(cue.cueEnd, cue.end);
    boolean that = t < cue.end && r.a.lower(t).equals(r.cues.that);
    if (that) t++;
    if (!that && !r.clauses.startsClause(t, cue.end, true)) return Verdict.NONE;
    q.who = r.speakers.proxy(who, cue.c);
    return cue.clauseFrom(r, t);
  }
}
