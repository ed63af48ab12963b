package org.attest.quote;

import static org.attest.quote.Tokens.isPunct;

import org.attest.text.Analysis;

/**
 * "Mattis said: “", "The coalition asserted that it would not “", "CBS host John Dickerson’s
 * question: “": the cue and speaker in the sentence before the quote.
 */
final class CueBefore extends CueSieve {
  CueBefore() {
    super("cue-before", Candidate.Side.BEFORE);
  }

  @Override
  boolean attribute(Reading r, QuoteFrame f, Candidate q) {
    return !f.midSentence && read(r, f.sentenceStart, f.first, q); // a phrase mid-sentence was read first (cue-before-mid)
  }

  /** The attribution in the words [from, first) before a quote. */
  static boolean read(Reading r, int from, int first, Candidate q) {
    if (first <= from) return false;
    if (possessorSpeaks(r, from, first, q)) return true;
    Analysis a = r.a;
    for (int c = first - 1; c >= from; c--) {
      int cueEnd = r.cues.cueAt(a, c, first);
      if (cueEnd < 0) continue;
      Who who;
      if (a.lower(c).equals(r.cues.according)) { // "According to Reuters, “...”"
        who = r.speakers.objectAt(cueEnd, first);
        if (who == null) continue;
        who = r.speakers.proxy(who, first);
      } else {
        who = r.speakers.passiveAgent(from, c, cueEnd, first);
        if (who == null) who = r.speakers.subjectOf(from, c);
        if (who == null) continue;
        who = r.speakers.proxy(who, c);
      }
      q.attribute(who, c, cueEnd);
      return true;
    }
    return false;
  }

  /** "John Dickerson’s question:", "Trump’s claim that there have been “...": the possessor of a speech noun speaks. */
  private static boolean possessorSpeaks(Reading r, int from, int first, Candidate q) {
    Analysis a = r.a;
    int t = first - 1;
    while (t > from && isPunct(a, t)) t--;
    for (int n = t; n > from && n >= t - 12; n--) {
      if (!r.cues.speechNouns.contains(a.lower(n)) || !a.lower(n - 1).equals(r.cues.possessive)) continue;
      if (n != t && !(n + 1 < first && a.lower(n + 1).equals(r.cues.that))) continue;
      if (n == first - 1 && first + 1 < a.tokenCount() && Tokens.isVerb(a, first + 1)) return false; // "Trump’s comments “are based on ...”": the subject of the quote
      int m = r.ents.mentionEndingAt(n - 1);
      if (m >= 0) {
        q.attribute(Who.of(r.ents, m), n, n + 1);
        return true;
      }
    }
    return false;
  }
}
