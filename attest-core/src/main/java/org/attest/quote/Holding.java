package org.attest.quote;

import org.attest.text.Analysis;

/**
 * What the rules of attributions beyond speech share (belief, intent, stance, claim nouns): the
 * holder before a cue, a passive before it, an infinitive after it, and where a phrase ends.
 */
final class Holding {
  private Holding() {}

  /**
   * The subject that holds what follows the cue ("Some strategists fear"), or a word of quantity
   * ("Many believe"), or null; a participle after a comma has the subject of the clause it follows
   * ("Trump spoke for an hour, criticizing the plan").
   */
  static Who holder(Reading r, ReportCue cue) {
    Who who = r.speakers.participleSubject(cue.from, cue.c); // "..., supporting the bill"
    if (who != null) return r.speakers.proxy(who, cue.c);
    if (cue.afterComma(r) && r.a.lower(cue.c).endsWith(r.cues.participleEnding)) return null; // "for an hour, criticizing": not "an hour"
    who = cue.subject(r);
    if (who != null) return r.speakers.proxy(who, cue.c);
    int k = r.clauses.beforeAuxiliaries(cue.from, cue.c) - 1;
    if (k >= cue.from && r.cues.holding.quantitySubjects.contains(r.a.lower(k))) return new Who(-1, k, k + 1);
    return null;
  }

  /** Whether the cue at c is used as a verb: tagged one, or after a subject word, not after "the", "his" or "’s". */
  static boolean verbLike(Reading r, int from, int c) {
    Analysis a = r.a;
    if (Tokens.isVerb(a, c)) return true;
    if (c == from) return false;
    String prev = a.lower(c - 1);
    if (r.cues.nounBefore.contains(prev) || r.cues.nounMarkers.contains(prev)) return false;
    String pos = a.pos(c - 1);
    return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON") || pos.equals("ADV") || pos.equals("AUX");
  }

  /** A passive before the cue at c: "is expected", "are widely believed"; not a progressive: "is calling for", "is hoping to". */
  static boolean passiveBefore(Reading r, int from, int c) {
    if (r.a.lower(c).endsWith(r.cues.participleEnding)) return false;
    int k = c - 1;
    while (k >= from && r.a.pos(k).equals("ADV")) k--;
    return k >= from && r.cues.holding.passive.contains(r.a.lower(k));
  }

  /** Whether "to" and a verb start at t: "hopes to win", "declined to immediately comment". */
  static boolean infinitiveAt(Reading r, int t, int end) {
    if (t + 1 >= end || !r.a.lower(t).equals(r.cues.to)) return false;
    int v = t + 1;
    if (r.a.pos(v).equals("ADV") && v + 1 < end) v++;
    return Tokens.isVerb(r.a, v);
  }

  /** The end of a phrase from t: the first comma or semicolon outside quotation marks, else end. */
  static int phraseEnd(Reading r, int t, int end) {
    for (int k = t; k < end; k++) {
      String tok = r.a.token(k);
      if ((tok.equals(",") || tok.equals(";")) && !r.a.quoted(k)) return k;
    }
    return end;
  }

  /** The reported words are the phrase from t ({@link #phraseEnd}), of at least min words. */
  static IndirectRule.Verdict phraseFrom(Reading r, ReportCue cue, int t, int min) {
    cue.contentFrom = t;
    cue.contentTo = phraseEnd(r, t, cue.end);
    cue.minTokens = min;
    return IndirectRule.Verdict.FOUND;
  }

  /**
   * A relative pronoun right before the holder and a verb right after the cue: the cue interrupts
   * the relative clause, whose verb is what was said or held ("which officials said will go into
   * effect", "what many analysts said was a sign", "a step they believe could help unify the party", "a probe the
   * agency said was ongoing").
   */
  static boolean relativeGap(Reading r, ReportCue cue, Who who) {
    Analysis a = r.a;
    int rel = who.start() - 1, t = cue.cueEnd;
    if (rel > cue.from && a.pos(rel).equals("ADV")) rel--; // "which even critics say was"
    if (rel < cue.from || t >= cue.end) return false;
    // with no relative pronoun, a noun the clause is on and an auxiliary after the cue: "a probe the agency said was ongoing"
    boolean noun = (a.pos(rel).equals("NOUN") || a.pos(rel).equals("PROPN")) && a.pos(t).startsWith("AUX");
    if (!noun && !r.cues.relativeGaps.contains(a.lower(rel))) return false;
    return a.pos(t).startsWith("AUX") || a.pos(t).equals("VERB") && !a.lower(t).endsWith(r.cues.participleEnding);
  }
}
