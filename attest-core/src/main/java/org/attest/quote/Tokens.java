package org.attest.quote;

import org.attest.text.Analysis;

/** Tests on tokens the quote sieves share: punctuation, sentence ends, dashes, verbs, quotations. */
final class Tokens {
  private Tokens() {}

  /** Whether a token of [from, to) is inside a quotation ({@link Analysis#quoted}). */
  static boolean hasQuote(Analysis a, int from, int to) {
    for (int t = from; t < to; t++) if (a.quoted(t)) return true;
    return false;
  }

  /** A punctuation token; "he’d", which the tagger may call one, holds letters and is none. */
  static boolean isPunct(Analysis a, int t) {
    return a.pos(t).equals("PUNCT") && !Character.isLetter(a.token(t).charAt(0));
  }

  static boolean onlyPunct(Analysis a, int from, int to) {
    for (int t = from; t < to; t++) if (!isPunct(a, t)) return false;
    return true;
  }

  /** The last token of [from, to) that is no punctuation (from at the least). */
  static int lastWord(Analysis a, int from, int to) {
    int t = to - 1;
    while (t > from && isPunct(a, t)) t--;
    return t;
  }

  /** A sentence-final mark that the sentence layer agrees ends a sentence (not "Rep."). */
  static boolean isSentenceEnd(Analysis a, int t) {
    String tok = a.token(t);
    if (!(tok.equals(".") || tok.equals("!") || tok.equals("?"))) return false;
    int s = a.sentenceOf(t);
    int end = a.sentenceEndToken(s);
    for (int k = t + 1; k < end; k++) if (!isPunct(a, k)) return false;
    return true;
  }

  /** Whether a quoted region ends its sentence (“... lose.”). */
  static boolean endsSentence(Analysis a, int region) {
    int end = a.quoteEnd(region);
    int t = a.tokenAt(end) - 1; // the closing mark
    return t - 1 >= 0 && isSentenceEnd(a, t - 1) && a.quoteClosed(region);
  }

  static boolean isDash(Analysis a, int t) {
    String tok = a.token(t);
    return tok.equals("\u2014") || tok.equals("\u2013") || tok.equals("\u2015") || tok.equals("--") || tok.equals("-");
  }

  static boolean isVerb(Analysis a, int t) {
    String pos = a.pos(t);
    return pos.equals("VERB") || pos.equals("AUX");
  }

  static boolean hasVerb(Analysis a, int from, int to) {
    for (int t = from; t < to; t++) if (isVerb(a, t)) return true;
    return false;
  }
}
