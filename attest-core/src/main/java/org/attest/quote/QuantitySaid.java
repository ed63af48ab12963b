package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "Some say (that) CLAUSE", "Many said ...", "those surveyed say ...": a cue of speech whose subject
 * is a word of quantity standing for people (cues.txt [quantity-subject]) or "those" and a
 * participle ([those]: "those surveyed", "those polled"), no mention the subject finder reads.
 */
final class QuantitySaid extends IndirectRule {
  QuantitySaid() {
    super("quantity-said");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    if (!r.cues.verbs.containsKey(a.lower(cue.c)) || cue.subject(r) != null) return Verdict.PASS;
    int k = r.clauses.beforeAuxiliaries(cue.from, cue.c) - 1;
    if (k < cue.from) return Verdict.PASS;
    Who who = null;
    if (r.cues.holding.quantitySubjects.contains(a.lower(k))) who = new Who(-1, k, k + 1);
    else if (k - 1 >= cue.from && a.lower(k - 1).equals(r.cues.clause.those()) && a.lower(k).endsWith(r.cues.pastEnding)) who = new Who(-1, k - 1, k + 1);
    int t = who == null ? -1 : XSaidClause.clauseStart(r, cue);
    if (t < 0) return Verdict.PASS;
    q.who = who;
    return cue.clauseFrom(r, t);
  }
}
