package org.attest.quote;

import org.attest.text.Analysis;

/**
 * Verbs of finding (cues.txt [indirect]) cue only a clause after them, never quoted words nor an
 * object: "The poll shows (that) Clinton leads", "The study found that ..."; not "Investigators found the documents", though a document finds what its
 * object says: "The latest poll showed Trump leading the field". Every clause-only cue ends
 * here: the rules after it read speech verbs only.
 */
final class FindingVerb extends IndirectRule {
  /** The most words between a document word and its cue. */
  private static final int MAX_GAP = 9;

  FindingVerb() {
    super("finding");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    if (!cue.clauseOnly) return Verdict.PASS;
    Who who = cue.subject(r);
    if (who == null) who = documentBefore(r, cue);
    Who near = documentNear(r, cue); // "A Monmouth poll out Monday showed", "The poll by the institute showed"
    if (near != null && (who == null || !isDocument(r, who))) who = near;
    if (who == null) return Verdict.NONE;
    int t = r.clauses.afterAdjunct(cue.cueEnd, cue.end);
    boolean that = t < cue.end && r.a.lower(t).equals(r.cues.that);
    if (that) t++;
    q.who = r.speakers.proxy(who, cue.c);
    if (!that && !r.clauses.startsClause(t, cue.end, true)) {
      // "The latest poll showed Trump leading the field": a document finds what its object says
      boolean document = isDocument(r, who);
      return document && t < cue.end && !r.a.pos(t).equals("ADP") ? Holding.phraseFrom(r, cue, t, 2) : Verdict.NONE;
    }
    return cue.clauseFrom(r, t);
  }

  private static boolean isDocument(Reading r, Who who) {
    return Who.isDocument(r.ents, who) || r.cues.holding.documents.contains(r.a.lower(who.end() - 1));
  }

  /**
   * A document word a few words before the cue with what says when or who made it between them and
   * no verb but a participle: "A Monmouth poll out Monday showed", "a Marquette Law School poll
   * released last week showed", "The poll by the Public Policy Institute of California showed"; the
   * noun phrase it heads, or null.
   */
  static Who documentNear(Reading r, ReportCue cue) {
    Analysis a = r.a;
    for (int k = cue.c - 2; k >= cue.from && k >= cue.c - MAX_GAP; k--) {
      if (a.token(k).equals(",") || a.quoted(k) || a.pos(k).equals("AUX")) return null;
      if (!r.cues.holding.documents.contains(a.lower(k))) { // the tagger may take "poll" for a verb
        if (Tokens.isVerb(a, k) && !a.lower(k).endsWith(r.cues.pastEnding)) return null; // "released", "conducted" go on
        continue;
      }
      int s = k;
      while (s > cue.from && (a.pos(s - 1).equals("ADJ") || a.pos(s - 1).equals("DET") || a.pos(s - 1).equals("PROPN") || a.pos(s - 1).equals("NOUN"))) s--;
      return new Who(-1, s, k + 1);
    }
    return null;
  }

  /** "Early polls show ...": a document word right before the cue, however the tagger took it, and its modifiers. */
  static Who documentBefore(Reading r, ReportCue cue) {
    int c = cue.c;
    if (c == cue.from || !r.cues.holding.documents.contains(r.a.lower(c - 1))) return null;
    int s = c - 1;
    while (s > cue.from && s > c - 4 && (r.a.pos(s - 1).equals("ADJ") || r.a.pos(s - 1).equals("DET") || r.a.pos(s - 1).equals("ADV"))) s--;
    return new Who(-1, s, c);
  }
}
