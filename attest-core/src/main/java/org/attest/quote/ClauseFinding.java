package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "CLAUSE, the poll found.": a verb of finding (cues.txt [indirect]) and its subject close the
 * sentence after a comma, the clause before it with a verb of its own: "Most voters in the state
 * have an unfavorable view of the mayor, the poll found", "More than half of the money arrived in
 * March, fundraising reports show". The subject is the words from the comma to the cue, a few
 * words of a noun phrase.
 */
final class ClauseFinding extends IndirectRule {
  /** The most words of the subject between the comma and the cue. */
  private static final int MAX_WORDS = 6;
  /** The most words after the cue, none a verb: "the poll found Tuesday", "records show". */
  private static final int AFTER = 2;

  ClauseFinding() {
    super("clause-finding");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    if (!cue.clauseOnly || cue.end - cue.cueEnd > AFTER || Tokens.hasVerb(a, cue.cueEnd, cue.end)) return Verdict.PASS;
    int comma = cue.c - 1;
    while (comma > cue.from && comma >= cue.c - MAX_WORDS && nounPhraseWord(a, comma)) comma--;
    if (comma == cue.c - 1 || comma <= cue.from || !a.token(comma).equals(",") || !Tokens.hasVerb(a, cue.from, comma)) return Verdict.PASS;
    if (Tokens.hasQuote(a, cue.from, comma)) return Verdict.PASS;
    Who who = cue.subject(r);
    q.who = r.speakers.proxy(who != null && who.start() > comma ? who : new Who(-1, comma + 1, cue.c), cue.c);
    return cue.clauseBefore(comma);
  }

  private static boolean nounPhraseWord(Analysis a, int k) {
    String p = a.pos(k);
    return p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("DET") || p.equals("NUM") || k > 0 && a.start(k) == a.end(k - 1) && !a.token(k).equals(",");
  }
}
