package org.attest.quote;

/**
 * "X said LONG SUBJECT VERB ...": after a cue of speech and its subject, a clause whose subject is
 * too long or too mistagged for the plain rule, read up to its finite auxiliary ({@link
 * Clauses#longSubject}): "Sessions said Clinton’s acceptance of donations from those seeking her
 * assistance was akin to extortion", "He said the majority of voters passing by were polite".
 */
final class XSaidLongSubject extends IndirectRule {
  XSaidLongSubject() {
    super("x-said-long-subject");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    if (!r.cues.verbs.containsKey(r.a.lower(cue.c))) return Verdict.PASS;
    Who who = cue.subject(r);
    if (who == null) return Verdict.PASS;
    int t = XSaidClause.afterCue(r, cue);
    if (t < cue.end && r.a.lower(t).equals(r.cues.that) || r.clauses.startsClause(t, cue.end)) return Verdict.PASS; // the plain rule's
    if (!r.clauses.longSubject(t, cue.end) || Holding.relativeGap(r, cue, who)) return Verdict.PASS;
    q.who = r.speakers.proxy(who, cue.c);
    return cue.clauseFrom(r, t);
  }
}
