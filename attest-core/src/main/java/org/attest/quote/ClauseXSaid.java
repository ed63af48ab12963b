package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "CLAUSE, X said." and "CLAUSE, Mr. Obama said": a speaker and its cue close the sentence after a
 * comma ("During an interview in August, X said" is no clause: it has no verb), or stand inside it
 * before words that go on without a clause of their own ("..., officials said, the first by a consul").
 */
final class ClauseXSaid extends IndirectRule {
  ClauseXSaid() {
    super("clause-x-said");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    if (cue.subject(r) == null) return Verdict.NONE;
    Who who = cue.subject(r);
    int before = titleStart(r, cue.from, who);
    boolean closes = cue.end <= cue.cueEnd + 6;
    if (!(before - 1 > cue.from && r.a.token(before - 1).equals(",") && (closes || goesOn(r, cue)) && Tokens.hasVerb(r.a, cue.from, before - 1))) {
      return Verdict.PASS;
    }
    if (before < who.start()) who = r.speakers.firstConjunct(before, who); // ", hospital officials and family members said"
    q.who = r.speakers.proxy(who, cue.end);
    return closes ? cue.clauseBefore(before - 1) : cue.clauseAcross(r, cue.cueEnd);
  }

  /**
   * "CLAUSE, X said, REST": the reported words go on after the cue's comma with no clause of their
   * own ("..., federal officials said, the first by a consular officer", "..., the Times said,
   * including speeches"); not a participle of speech ("..., he said, adding that"), nor quoted words.
   */
  private static boolean goesOn(Reading r, ReportCue cue) {
    int t = cue.cueEnd;
    if (!(t + 1 < cue.end && r.a.token(t).equals(",") && !r.cues.participles.contains(r.a.lower(t + 1)))) return false;
    return !Tokens.hasQuote(r.a, t, cue.end);
  }

  /** Where the speaker's words begin: a title may stand before the name ("Mr. Obama"), and "The" before a name. */
  private static int titleStart(Reading r, int from, Who who) {
    Analysis a = r.a;
    int before = who.start();
    while (before - 1 > from && before > who.start() - 3 && a.isCapitalized(before - 1) && a.token(before - 1).endsWith(".")) before--;
    if (before - 1 > from && a.lower(before - 1).equals(r.cues.definite)) before--; // ", The Wall Street Journal reports."
    return pastModifiers(r, from, before);
  }

  /**
   * The start of the speaker's noun phrase when the words before its mention run back to the comma:
   * ", Defense Secretary Ash Carter told", ", the news site RTL Info reported", ", teachers and union
   * officials told"; else before. Not a clause joined by "and" or "but" (", but the mayor said").
   */
  private static int pastModifiers(Reading r, int from, int before) {
    Analysis a = r.a;
    int k = before;
    while (k - 1 > from && k > before - 6 && !a.quoted(k - 1) && nounPhraseWord(r, k - 1)) k--;
    return k < before && a.token(k - 1).equals(",") && !a.pos(k).equals("CCONJ") && !a.pos(k).equals("ADP") ? k : before;
  }

  private static boolean nounPhraseWord(Reading r, int k) {
    String p = r.a.pos(k);
    // not across "of": in ", executives of both companies announced" the speaker is the head before it, not the mention after
    return p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("DET") || p.equals("CCONJ") || p.equals("NUM");
  }
}
