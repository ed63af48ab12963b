package org.attest.quote;

import org.attest.text.Analysis;

/**
 * Verbs that tell someone to do something (cues.txt [directive]), as PolNeAR annotates them: "The
 * White House urged Silicon Valley to find a compromise", "Sanders called on the Obama
 * administration to block the deal", "A judge ordered the city to make the video public", "Trump
 * told Christie to get on a plane"; whom and what to do, to the next comma, with the subject as the
 * source. Without an addressee and its "to" the next rule reads the cue ("urged to", "told reporters that").
 */
final class Directive extends IndirectRule {
  /** The most words of the addressee between the cue and its "to". */
  private static final int MAX_ADDRESSEE = 8;

  Directive() {
    super("directive");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    int phrase = r.cues.holding.directivePhraseAt(a, cue.c); // "called on", "called upon"
    if (phrase < 0 && !r.cues.holding.directiveVerbs.contains(a.lower(cue.c)) || !Holding.verbLike(r, cue.from, cue.c)) return Verdict.PASS;
    int t = phrase > 0 ? phrase : cue.cueEnd;
    if (t >= cue.end || !addresseeThenTo(r, t, cue.end) || Holding.passiveBefore(r, cue.from, cue.c)) return Verdict.PASS;
    Who who = Holding.holder(r, cue);
    if (who == null) return Verdict.PASS;
    q.who = who;
    return Holding.phraseFrom(r, cue, t, 3);
  }

  /** Whether a noun phrase opens at t and "(not) to" and a verb follow it: "the city to make", "him not to back down". */
  private static boolean addresseeThenTo(Reading r, int t, int end) {
    Analysis a = r.a;
    String pos = a.pos(t);
    if (!(pos.equals("DET") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("PRON") || pos.equals("ADJ") || pos.equals("NUM"))) return false;
    for (int k = t + 1; k < end && k <= t + MAX_ADDRESSEE; k++) {
      int to = r.cues.holding.directiveNot.contains(a.lower(k)) ? k + 1 : k;
      if (Holding.infinitiveAt(r, to, end)) return true;
      if (Tokens.isVerb(a, k) || Tokens.isPunct(a, k) || a.quoted(k)) return false;
    }
    return false;
  }
}
