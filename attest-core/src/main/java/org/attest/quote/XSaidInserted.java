package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "START, X said, REST.": the speaker and the cue set off by commas inside the clause they report
 * ("Many of the closures, he said, have involved public courses"); the reported words are the whole
 * clause, the inserted "X said" with them. Not when no verb follows the cue's comma soon ("Smith,
 * he said, on Tuesday, ..."), a participle opens the words after it ("..., he said, adding that"), or
 * words are quoted (the direct quote's sieves read those).
 */
final class XSaidInserted extends IndirectRule {
  XSaidInserted() {
    super("x-said-inserted");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Who who = cue.subject(r);
    if (who == null || !inserted(r, cue, who)) return Verdict.PASS;
    q.who = r.speakers.proxy(who, cue.c);
    return cue.clauseAcross(r, cue.cueEnd);
  }

  /** A comma before the speaker, words before it, a comma right after the cue, and a verb after that comma; nothing quoted. */
  private static boolean inserted(Reading r, ReportCue cue, Who who) {
    Analysis a = r.a;
    int before = who.start() - 1;
    int after = cue.cueEnd;
    if (!(before > cue.from && a.token(before).equals(",") && after + 1 < cue.end && a.token(after).equals(","))) return false;
    if (r.clauses.beforeAuxiliaries(who.end(), cue.c) != who.end()) return false; // only adverbs between: "he once said"
    if (a.lower(after + 1).endsWith(r.cues.participleEnding)) return false; // "he said, adding that ...": a clause of its own
    for (int k = cue.from; k < cue.end; k++) if (a.quoted(k)) return false;
    for (int k = after + 1; k < cue.end && k <= after + 8; k++) {
      if (a.token(k).equals(",")) return false;
      if (Tokens.isVerb(a, k) || r.clauses.isAux(k)) return true;
    }
    return false;
  }
}
