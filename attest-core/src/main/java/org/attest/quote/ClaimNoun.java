package org.attest.quote;

import org.attest.text.Analysis;

/**
 * Nouns of what someone holds, before "that" and a clause (cues.txt [claim-noun]): "Trump's claim
 * that thousands cheered", "his argument that the deal is bad", "the belief that taxes are too
 * high" (no source); the possessor holds it. The clause runs to the next comma.
 */
final class ClaimNoun extends IndirectRule {
  ClaimNoun() {
    super("claim-noun");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int c = cue.c;
    if (!r.cues.holding.claimNouns.contains(a.lower(c)) || Tokens.isVerb(a, c)) return Verdict.PASS;
    int t = c + 1;
    if (t >= cue.end || !a.lower(t).equals(r.cues.that) || !r.clauses.startsClause(t + 1, cue.end)) return Verdict.NONE;
    q.who = possessor(r, cue.from, c);
    return Holding.phraseFrom(r, cue, t + 1, 3);
  }

  /** "Trump's claim", "his claim": the possessor's mention, else null. */
  private static Who possessor(Reading r, int from, int c) {
    int k = c - 1;
    if (k > from && r.a.lower(k).equals(r.cues.possessive)) k--;
    if (k < from) return null;
    int m = r.ents.mentionEndingAt(k + 1);
    return m >= 0 && r.ents.mentionStart(m) >= from ? Who.of(r.ents, m) : null;
  }
}
