package org.attest.quote;

import org.attest.text.Analysis;

/**
 * A participle of a speech verb (cues.txt [verb], in -ing) after a link word, a comma or a dash,
 * a clause after it: "Trump picked up from his daughter by saying he is ready to go to work",
 * "Rubio flipped his choice on the spot – saying he was rooting for Manning", "while saying that
 * he respects her"; the subject of the clause before it says it. Not "the same as saying", "a
 * puppet saying", nor a participle opening the sentence ("After saying he was nervous, the man");
 * after a comma only "saying" or "telling" ("raised rates, suggesting that inflation will rise").
 */
final class ParticipleSaid extends IndirectRule {
  ParticipleSaid() {
    super("participle-said");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int c = cue.c;
    String w = a.lower(c);
    if (!r.cues.verbs.containsKey(w) || !w.endsWith(r.cues.participleEnding) || c - 1 <= cue.from) return Verdict.PASS;
    String prev = a.lower(c - 1);
    // after a comma only plain speech (cues.txt [joined-cue]): "raised rates, suggesting that inflation will rise" is no one's words
    boolean comma = prev.equals(",") && r.cues.clause.joinedCues().contains(r.cues.verbs.get(w));
    if (!(comma || Tokens.isDash(a, c - 1) || r.cues.participleLinks.contains(prev))) return Verdict.PASS;
    if (!Tokens.hasVerb(a, cue.from, c - 1) || Tokens.hasQuote(a, cue.cueEnd, cue.end)) return Verdict.PASS;
    int t = XSaidClause.clauseStart(r, cue);
    if (t < 0) return Verdict.PASS;
    Who who = r.speakers.participleSubject(cue.from, c);
    if (who == null) who = Who.of(r.ents, r.speakers.clauseSubject(cue.from, c));
    if (who == null) return Verdict.PASS;
    q.who = r.speakers.proxy(who, c);
    return cue.clauseFrom(r, t);
  }
}
