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
    boolean after = c > cue.from && a.token(c - 1).equals(",");
    // "Clinton leads by 271 delegates according to a count by The Associated Press, but ...": no comma, a clause before
    boolean closing = !after && c > cue.from && Tokens.hasVerb(a, cue.from, c) && !a.quoted(c - 1);
    Who who = r.speakers.objectAt(cue.cueEnd, end);
    if (who != null && commaBetween(a, cue.cueEnd, who.start())) who = null; // "According to one source, G4S is": not G4S
    if (who == null && (c == cue.from || after || closing)) who = nounsToComma(a, cue.cueEnd, end, after || closing);
    if (who == null) return Verdict.NONE;
    q.who = r.speakers.proxy(who, end);
    if (after) return inserted(r, cue, who) ? cue.clauseAcross(r, who.end() + 1) : cue.clauseBefore(c - 1); // "CLAUSE, according to X."
    if (closing) return sourceLike(r, cue, who) ? cue.clauseBefore(c) : Verdict.NONE; // not "paid according to a schedule"
    int t = who.end();
    while (t < end && !a.token(t).equals(",")) t++;
    return cue.clauseFrom(r, t + 1);
  }

  /** A name right after the cue, or a document ("a count by The Associated Press", "exit polls"): a source, unlike "a schedule". */
  private static boolean sourceLike(Reading r, ReportCue cue, Who who) {
    if (who.mention() >= 0 && who.start() == cue.cueEnd) return true;
    for (int k = who.start(); k < who.end(); k++) if (r.cues.holding.documents.contains(r.a.lower(k))) return true;
    return false;
  }

  private static boolean commaBetween(Analysis a, int from, int to) {
    for (int k = from; k < to; k++) if (a.token(k).equals(",")) return true;
    return false;
  }

  /** "Fundraising, according to the campaign, has surged": no verb before the cue, a comma after X and a verb after it. */
  private static boolean inserted(Reading r, ReportCue cue, Who who) {
    Analysis a = r.a;
    int t = who.end();
    return t + 1 < cue.end && a.token(t).equals(",") && !a.quoted(t + 1) && !Tokens.hasVerb(a, cue.from, cue.c - 1) && Tokens.hasVerb(a, t + 1, cue.end);
  }

  /**
   * "According to exit polls, ...": the words up to the comma, a noun last ("According to an online
   * University of Texas/Texas Tribune poll out Thursday,"); after a clause the words may run to the
   * end of the sentence: "..., according to complete but unofficial returns."
   */
  private static Who nounsToComma(Analysis a, int cueEnd, int end, boolean toEnd) {
    int comma = cueEnd;
    while (comma < end && comma < cueEnd + 12 && !a.token(comma).equals(",") && !a.quoted(comma)) comma++;
    boolean stop = comma < end && a.token(comma).equals(",") || toEnd && comma == end;
    if (comma > cueEnd && stop && (a.pos(comma - 1).equals("NOUN") || a.pos(comma - 1).equals("PROPN"))) {
      return new Who(-1, cueEnd, comma);
    }
    return null;
  }
}
