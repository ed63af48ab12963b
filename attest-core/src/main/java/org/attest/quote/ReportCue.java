package org.attest.quote;

/**
 * A reporting cue an indirect rule reads: the sentence [from, end) without its closing
 * punctuation, the cue [c, cueEnd), and the reported words [contentFrom, contentTo) a rule finds.
 */
final class ReportCue {
  final int from, end, c, cueEnd;
  /** A verb of finding or belief ("the poll shows"): it cues only a clause after it. */
  final boolean clauseOnly;
  int contentFrom, contentTo;
  /** The fewest words the reported words may hold: 3, fewer for an object ("endorsed Cruz"). */
  int minTokens = 3;
  /** Quoted words may stand inside the reported words, no quote of their own: "Issa: Clinton’s ‘Honesty Is In Question’". */
  boolean quotesInside;
  private Who subject;
  private boolean subjectRead;

  ReportCue(int from, int end, int c, int cueEnd, boolean clauseOnly) {
    this.from = from;
    this.end = end;
    this.c = c;
    this.cueEnd = cueEnd;
    this.clauseOnly = clauseOnly;
  }

  /**
   * The subject of the cue (read once, for every rule that asks), or null; null too for a lone
   * "I" when a speaker closes the sentence: "I think the plan will fail, Smith said".
   */
  Who subject(Reading r) {
    if (!subjectRead) {
      subjectRead = true;
      int start = r.clauses.afterColonLabel(from, c); // "Editor’s note: Trump is a bully who has pledged": not the editor
      subject = start < c ? r.speakers.subjectIn(start, c) : null;
      if (subject != null && r.clauses.quotedPersonsI(subject, cueEnd, end)) subject = null;
    }
    return subject;
  }

  /** Whether a comma stands right before the cue, after some words of the sentence: "CLAUSE, said X", "..., saying". */
  boolean afterComma(Reading r) {
    return c - 1 > from && r.a.token(c - 1).equals(",");
  }

  /** The reported words are the clause from t to the end of the sentence (or a semicolon before another clause). */
  IndirectRule.Verdict clauseFrom(Reading r, int t) {
    contentFrom = t;
    contentTo = r.clauses.semicolonOr(t, end);
    return IndirectRule.Verdict.FOUND;
  }

  /** The reported words are the whole clause, the cue set off inside it ("Fundraising, according to the campaign, has surged"), up to the end past t. */
  IndirectRule.Verdict clauseAcross(Reading r, int t) {
    contentFrom = from;
    contentTo = r.clauses.semicolonOr(t, end);
    return IndirectRule.Verdict.FOUND;
  }

  /** The reported words are the clause before the cue, up to token to (a comma). */
  IndirectRule.Verdict clauseBefore(int to) {
    contentFrom = from;
    contentTo = to;
    return IndirectRule.Verdict.FOUND;
  }
}
