package org.attest.quote;

/**
 * A participle that reports after a clause: "Stumpf spoke for an hour, explaining (that) the
 * firings amounted to 1 percent": the subject of the sentence says what follows the participle.
 */
final class Saying extends IndirectRule {
  Saying() {
    super("saying");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    boolean participle = cue.afterComma(r) && r.cues.participles.contains(r.a.lower(cue.c)) && Tokens.hasVerb(r.a, cue.from, cue.c - 1);
    int t = participle ? r.clauses.clauseAfter(cue.cueEnd, cue.end) : -1;
    Who who = t > 0 ? r.speakers.participleSubject(cue.from, cue.c) : null;
    if (who == null) return Verdict.PASS;
    q.who = r.speakers.proxy(who, cue.c);
    return cue.clauseFrom(r, t);
  }
}
