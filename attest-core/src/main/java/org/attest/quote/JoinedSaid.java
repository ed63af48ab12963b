package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "X did something and said (that) CLAUSE": a cue of speech joined to an earlier verb by "and" or
 * "but" (cues.txt [verb-join]) has that verb's subject, the sentence's: "Giles attempted to
 * re-engage the campaign in October and said he had prepared a slew of policy papers", "Clinton has
 * disputed both critiques, but says that in retrospect she would have decided differently". A cue
 * other than plain speech (cues.txt [joined-cue]) needs its "that" right after it: "and recalled his tendency to
 * pick fights" is an object.
 */
final class JoinedSaid extends IndirectRule {
  JoinedSaid() {
    super("joined-said");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    String lemma = r.cues.verbs.get(a.lower(cue.c));
    if (lemma == null || cue.subject(r) != null) return Verdict.PASS;
    int join = r.clauses.beforeAuxiliaries(cue.from, cue.c) - 1; // past "later", "also", "then"
    if (join - 1 <= cue.from || !r.cues.clause.verbJoins().contains(a.lower(join))) return Verdict.PASS;
    int from = r.clauses.afterColonLabel(cue.from, cue.c);
    Who who = null;
    for (int v = from + 1; v < join - 1 && who == null; v++) {
      if (Tokens.isVerb(a, v) || r.clauses.isAux(v)) who = r.speakers.subjectIn(from, v);
    }
    int t = who == null ? -1 : XSaidClause.clauseStart(r, cue);
    // another cue ("and admitted", "and recalled") as often takes a plain object: only with its "that"
    if (t < 0 || !r.cues.clause.joinedCues().contains(lemma) && !(t - 1 == cue.cueEnd && a.lower(t - 1).equals(r.cues.that))) return Verdict.PASS;
    q.who = r.speakers.proxy(who, cue.c);
    return cue.clauseFrom(r, t);
  }
}
