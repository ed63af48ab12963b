package org.attest.quote;

/**
 * Verbs of finding (cues.txt [indirect]) cue only a clause after them, never quoted words nor an
 * object: "The poll shows (that) Clinton leads", "The study found that ..."; not "Investigators found the documents", though a document finds what its
 * object says: "The latest poll showed Trump leading the field". Every clause-only cue ends
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
    if (who == null) who = documentBefore(r, cue);
    if (who == null) return Verdict.NONE;
    int t = r.clauses.afterAdjunct(cue.cueEnd, cue.end);
    boolean that = t < cue.end && r.a.lower(t).equals(r.cues.that);
    if (that) t++;
    q.who = r.speakers.proxy(who, cue.c);
    if (!that && !r.clauses.startsClause(t, cue.end, true)) {
      // "The latest poll showed Trump leading the field": a document finds what its object says
      boolean document = Who.isDocument(r.ents, who) || r.cues.holding.documents.contains(r.a.lower(who.end() - 1));
      return document && t < cue.end && !r.a.pos(t).equals("ADP") ? Holding.phraseFrom(r, cue, t, 2) : Verdict.NONE;
    }
    return cue.clauseFrom(r, t);
  }

  /** "Early polls show ...": a document word right before the cue, however the tagger took it, and its modifiers. */
  private static Who documentBefore(Reading r, ReportCue cue) {
    int c = cue.c;
    if (c == cue.from || !r.cues.holding.documents.contains(r.a.lower(c - 1))) return null;
    int s = c - 1;
    while (s > cue.from && s > c - 4 && (r.a.pos(s - 1).equals("ADJ") || r.a.pos(s - 1).equals("DET") || r.a.pos(s - 1).equals("ADV"))) s--;
    return new Who(-1, s, c);
  }
}
