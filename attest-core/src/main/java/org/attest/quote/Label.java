package org.attest.quote;

import static org.attest.quote.Tokens.isPunct;

import org.attest.text.Analysis;

/**
 * A characterisation in quotation marks: "Christie called Clinton a “disgrace”", "urged
 * Republicans to “vote your conscience”", "pounding Trump as a “con artist”": the subject of the
 * labelling verb is the source. Short quotes only (12 words).
 */
final class Label extends CueSieve {
  Label() {
    super("label", Candidate.Side.LABEL);
  }

  @Override
  boolean attribute(Reading r, QuoteFrame f, Candidate q) {
    if (f.words > 12) return false;
    Analysis a = r.a;
    int from = f.sentenceStart, first = f.first;
    // "pounding Trump as a “con artist”": any verb characterises through "as"
    int k = first - 1;
    while (k > from && (a.pos(k).equals("DET") || isPunct(a, k))) k--;
    if (k > from && a.lower(k).equals(r.cues.labelAs)) {
      for (int c = k - 1; c >= from && c >= k - 8; c--) {
        if (!a.quoted(c) && a.pos(c).equals("VERB")) return labelledBy(r, from, c, q);
      }
    }
    for (int c = first - 1; c >= from && c >= first - 12; c--) {
      if (a.quoted(c) || !r.cues.labelVerbs.contains(a.lower(c))) continue;
      if (Tokens.isVerb(a, c)) return labelledBy(r, from, c, q);
    }
    return false;
  }

  /** The labelling verb at c gives the quote its subject as the source. */
  private static boolean labelledBy(Reading r, int from, int c, Candidate q) {
    Who who = r.speakers.subjectOf(from, c);
    if (who == null) return false;
    q.attribute(who, c, c + 1);
    return true;
  }
}
