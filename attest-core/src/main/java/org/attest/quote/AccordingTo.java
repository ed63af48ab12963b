package org.attest.quote;

import org.attest.text.Analysis;

/** "According to X, CLAUSE." and "CLAUSE, according to X.": X, or the words up to the comma ("According to exit polls,"). */
final class AccordingTo extends IndirectRule {
  AccordingTo() {
    super("according-to");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int c = cue.c, end = cue.end;
    if (!a.lower(c).equals(r.cues.according)) return Verdict.PASS;
    Who who = r.speakers.objectAt(cue.cueEnd, end);
    if (who == null && c == cue.from) who = nounsToComma(a, cue.cueEnd, end);
    if (who == null) return Verdict.NONE;
    q.who = r.speakers.proxy(who, end);
    if (c > cue.from && a.token(c - 1).equals(",")) return cue.clauseBefore(c - 1); // "CLAUSE, according to X."
    int t = who.end();
    while (t < end && !a.token(t).equals(",")) t++;
    return cue.clauseFrom(r, t + 1);
  }

  /** "According to exit polls, ...": the words up to the comma, a noun last. */
  private static Who nounsToComma(Analysis a, int cueEnd, int end) {
    int comma = cueEnd;
    while (comma < end && comma < cueEnd + 6 && !a.token(comma).equals(",")) comma++;
    if (comma > cueEnd && comma < end && a.token(comma).equals(",") && (a.pos(comma - 1).equals("NOUN") || a.pos(comma - 1).equals("PROPN"))) {
      return new Who(-1, cueEnd, comma);
    }
    return null;
  }
}
