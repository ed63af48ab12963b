package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "CLAUSE, X said." and "CLAUSE, Mr. Obama said": a speaker and its cue close the sentence after a
 * comma ("During an interview in August, X said" is no clause: it has no verb).
 */
final class ClauseXSaid implements IndirectRule {
  @Override
  public String name() {
    return "clause-x-said";
  }

  @Override
  public Verdict read(Reading r, ReportCue cue, Candidate q) {
    Who who = cue.subject(r);
    if (who == null) return Verdict.NONE;
    Analysis a = r.a;
    int from = cue.from;
    int before = who.start(); // a title may stand before the name
    while (before - 1 > from && before > who.start() - 3 && a.isCapitalized(before - 1) && a.token(before - 1).endsWith(".")) before--;
    if (before - 1 > from && a.lower(before - 1).equals("the")) before--; // ", The Wall Street Journal reports."
    if (!(before - 1 > from && a.token(before - 1).equals(",") && cue.end <= cue.cueEnd + 6 && Tokens.hasVerb(a, from, before - 1))) {
      return Verdict.PASS;
    }
    q.who = r.speakers.proxy(who, cue.end);
    return cue.clauseBefore(before - 1);
  }
}
