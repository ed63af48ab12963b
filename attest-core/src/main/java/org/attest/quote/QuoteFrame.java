package org.attest.quote;

import static org.attest.quote.Tokens.isPunct;
import static org.attest.quote.Tokens.isSentenceEnd;

import org.attest.text.Analysis;

/**
 * One quoted region and the words around it, computed once and read by every cue sieve: its
 * tokens, its paragraph, the words before it back to a sentence end or another quote, the words
 * after it, and the start of its sentence across earlier quotes. Token spans are [start, end).
 */
final class QuoteFrame {
  /** How far back (in tokens) a quote looks for the start of its sentence across earlier quotes: one endless sentence stays linear. */
  private static final int SENTENCE_REACH = 400;

  final int region;
  /** The opening mark and the last token of the region (the closing mark when it is closed). */
  final int first, last;
  final boolean closed;
  /** The quoted words between the marks, and how many of them are no punctuation. */
  final int contentFirst, contentLast, words;
  /** A comma, full stop or the like before the closing mark: “We will win,” */
  final boolean punctInside;
  final int paragraph;
  /** The words before the quote [before, first) and after it [afterStart, after), up to a sentence end, another quote or the paragraph edge. */
  final int before, afterStart, after;
  /** “... lose.” Then ...: the sentence ended inside the quote. */
  final boolean endedInside;
  /** The start of the sentence before the quote, across earlier quotes of the same sentence: “disgusting” and “a con”. */
  final int sentenceStart;
  /** After “... strong.” a new sentence has its own subject: "He noted that ..." is not this quote's. */
  final boolean nextSentence;
  /** A phrase inside a sentence that has words before it ("Cruz says he is “...” with Rubio"): the cue before it is its own. */
  final boolean midSentence;
  /** A colon right before the opening mark: "Mattis said: “". */
  final boolean colonIntro;

  private QuoteFrame(Analysis a, int r, int first, int last, int words) {
    this.region = r;
    this.first = first;
    this.last = last;
    closed = a.quoteClosed(r);
    contentFirst = first + 1;
    contentLast = closed ? last - 1 : last;
    this.words = words;
    punctInside = contentLast >= contentFirst && isPunct(a, contentLast) && ",.?!;:\u2026-".indexOf(a.token(contentLast).charAt(0)) >= 0;
    paragraph = a.paragraphOf(first);
    int b = first;
    while (b - 1 >= 0 && a.paragraphOf(b - 1) == paragraph && !a.quoted(b - 1) && !isSentenceEnd(a, b - 1)) b--;
    before = b;
    int e = last + 1;
    while (e < a.tokenCount() && a.paragraphOf(e) == paragraph && !a.quoted(e) && !isSentenceEnd(a, e)) e++;
    afterStart = last + 1;
    endedInside = closed && contentLast >= contentFirst && isSentenceEnd(a, contentLast);
    if (endedInside && afterStart < e && a.isCapitalized(afterStart) && e > afterStart + 6) e = afterStart + 6;
    after = e;
    sentenceStart = sentenceStart(a);
    nextSentence = endedInside && afterStart < after && a.isCapitalized(afterStart);
    midSentence = closed && !punctInside && before < first && !endedInside;
    colonIntro = first - 1 >= before && a.token(first - 1).equals(":");
  }

  /** The frame of quoted region r, or null when the region holds no word. */
  static QuoteFrame of(Analysis a, int r) {
    int first = a.tokenAt(a.quoteStart(r));
    if (first >= a.tokenCount() || a.quoteOf(first) != r) return null;
    int last = first;
    while (last + 1 < a.tokenCount() && a.quoteOf(last + 1) == r) last++;
    int contentLast = a.quoteClosed(r) ? last - 1 : last;
    int words = 0;
    for (int t = first + 1; t <= contentLast; t++) if (!isPunct(a, t)) words++;
    return words == 0 ? null : new QuoteFrame(a, r, first, last, words);
  }

  private int sentenceStart(Analysis a) {
    int s = before;
    while (s - 1 >= 0 && before - s < SENTENCE_REACH && a.paragraphOf(s - 1) == paragraph
        && (a.quoteOf(s - 1) >= 0 ? !Tokens.endsSentence(a, a.quoteOf(s - 1)) : !isSentenceEnd(a, s - 1))) {
      s--;
    }
    return s;
  }
}
