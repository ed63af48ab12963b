package org.attest.quote;

import org.attest.text.Analysis;

/**
 * A participle that reports after a clause: "Stumpf spoke for an hour, explaining (that) the
 * firings amounted to 1 percent": the subject of the sentence says what follows the participle.
 */
final class Saying implements IndirectRule {
  @Override
  public String name() {
    return "saying";
  }

  @Override
  public Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int c = cue.c, from = cue.from;
    if (!(c - 1 > from && a.token(c - 1).equals(",") && r.cues.participles.contains(a.lower(c)) && Tokens.hasVerb(a, from, c - 1))) {
      return Verdict.PASS;
    }
    int t = r.clauses.clauseAfter(cue.cueEnd, cue.end);
    Who who = t > 0 ? r.speakers.participleSubject(from, c) : null;
    if (who == null) return Verdict.PASS;
    q.who = r.speakers.proxy(who, c);
    return cue.clauseFrom(r, t);
  }
}
