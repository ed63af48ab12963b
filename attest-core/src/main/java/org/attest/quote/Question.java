package org.attest.quote;

import org.attest.text.Analysis;

/**
 * Verbs of asking (cues.txt [question]): what was asked is the question after them, past whom it
 * was asked ("Todd asked Pence whether that would take place", "asked how she would define the
 * establishment", "Hewitt asked Trump about his statements"), or whom and what to do ("Mr. Band
 * asked her to call Mr. Chagoury"). A participle that opens its sentence ("Asked if he was ever
 * bullied, Trump said ...") and a passive ("was asked by", "he said when asked whether") have no
 * source of their own.
 */
final class Question extends IndirectRule {
  /** The most words between the cue and its question word: whom it was asked. */
  private static final int MAX_ADDRESSEE = 5;

  Question() {
    super("question");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    if (!r.cues.holding.questionVerbs.contains(a.lower(cue.c))) return Verdict.PASS;
    int t = questionAt(r, cue);
    if (t < 0) return Verdict.NONE;
    boolean sourceless = cue.c == cue.from || Holding.passiveBefore(r, cue.from, cue.c) || whenAsked(r, cue);
    q.who = sourceless ? null : Holding.holder(r, cue);
    if (q.who == null && !sourceless) return Verdict.NONE;
    return Holding.phraseFrom(r, cue, t, 2);
  }

  /** "he said when asked whether ...", "When asked about ...": a past participle after a link word ([participle-link]) is a passive. */
  private static boolean whenAsked(Reading r, ReportCue cue) {
    return cue.c > cue.from && r.cues.participleLinks.contains(r.a.lower(cue.c - 1)) && !r.a.lower(cue.c).endsWith(r.cues.participleEnding);
  }

  /** Where the question starts: its question word after at most a few words of addressee, or the addressee before "to". */
  private static int questionAt(Reading r, ReportCue cue) {
    Analysis a = r.a;
    for (int k = cue.cueEnd; k < cue.end && k <= cue.cueEnd + MAX_ADDRESSEE; k++) {
      if (r.cues.holding.questionWords.contains(a.lower(k))) return k;
      if (k > cue.cueEnd && Holding.infinitiveAt(r, k, cue.end)) return cue.cueEnd; // "asked her to call"
      if (Tokens.isPunct(a, k) || Tokens.isVerb(a, k)) return -1;
    }
    return -1;
  }
}
