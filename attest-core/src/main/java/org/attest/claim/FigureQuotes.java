package org.attest.claim;

import java.util.List;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.text.Analysis;

/** The quote that makes a figure its speaker's: the one that holds it, else one with a speaker in its sentence. */
final class FigureQuotes {
  private FigureQuotes() {}

  /** The quote that holds the figure or shares its sentence [start, end) and says it, or null. */
  static Quote of(ClaimLexicon lex, Analysis a, List<Quote> quotes, Quantity q, int start, int end, int sFrom) {
    Quote quote = around(quotes, q);
    if (quote == null) quote = inSentence(lex, a, quotes, start, end); // “..., ” he said, about thousands of systems
    return quote != null && says(lex, a, quote, q, sFrom) ? quote : null;
  }

  /**
   * Whether the quote holding or beside a figure makes it its speaker's. Not for a figure outside
   * the quotation marks of a mixed quote with no cue (a term in scare quotes: “EB-5 requires a
   * "targeted employment area," ... of at least 150 percent”), nor for one in a relative clause
   * that describes the speaker (“..., said Joseph, who has four children”), nor for one in a
   * participle or phrase fronted before the speaker (“Speaking to thousands of people on the Mall,
   * Mr. Obama said the museum would ...”), nor for one in the writer's adjunct after the cue (“...,”
   * Boudreau said before the Wild's 4-1 win) or in a clause before a contrasting one ("a 149 horsepower
   * engine that's 20% more powerful, yet Nissan says it will offer better mileage").
   */
  private static boolean says(ClaimLexicon lex, Analysis a, Quote quote, Quantity q, int sFrom) {
    int tok = a.tokenAt(q.start());
    if (quote.type().equals(Quote.MIXED) && quote.cue() == null && !a.quoted(tok)) return false;
    if (quote.speaker() == null) return true;
    int speakerEnd = a.tokenAt(quote.speaker().end() - 1) + 1, speakerStart = a.tokenAt(quote.speaker().start());
    if (q.start() >= quote.speaker().end() && q.start() >= quote.end()) { // outside the quote, after its speaker
      for (int k = speakerEnd; k + 1 < tok && k <= speakerEnd + 1; k++) { // ", who has four children"
        String w = a.lower(k + 1);
        if (a.token(k).equals(",") && lex.relatives.contains(w)) return false;
      }
    }
    if (q.start() >= quote.end() && quote.cue() != null && q.start() >= quote.cue().end() && q.start() >= quote.speaker().end()) {
      for (int k = Math.max(speakerEnd, a.tokenAt(quote.cue().end() - 1) + 1); k < tok; k++) {
        if (lex.adjunctLinks.contains(a.lower(k))) return false; // "..., Boudreau said before the Wild's 4-1 win": the writer's adjunct
      }
    }
    if (q.end() <= quote.speaker().start() && quote.start() >= quote.speaker().end()) {
      for (int k = Math.max(tok + 1, speakerStart - 2); k < speakerStart; k++) {
        if (a.token(k - 1).equals(",") && lex.contrastLinks.contains(a.lower(k))) return false; // "... 20% more powerful, yet Nissan says it will ..."
      }
    }
    if (q.end() <= quote.speaker().start() && quote.start() >= quote.speaker().end() && tok > sFrom
        && (a.pos(sFrom).equals("VERB") && a.lower(sFrom).endsWith("ing") || a.pos(sFrom).equals("ADP"))) {
      for (int k = tok + 1; k < speakerStart; k++) if (a.token(k).equals(",")) return false; // the fronted phrase ends before the speaker
    }
    return true;
  }

  /**
   * A quote with a speaker in the figure's sentence: the sentence is that speaker's — when the quote
   * is speech. What someone holds, wants or backs ("Readers ... demonstrated outside the Dallas
   * Morning News after it backed Clinton", "A web video by the RNC references four cases in which
   * Kaine defended ...") makes only what it holds its holder's, not the rest of the sentence.
   */
  private static Quote inSentence(ClaimLexicon lex, Analysis a, List<Quote> quotes, int start, int end) {
    int last = lastStartingBefore(quotes, end);
    for (int i = last; i >= 0 && i >= last - 5; i--) {
      Quote quote = quotes.get(i);
      if (quote.start() < end && start < quote.end() && quote.speakerName() != null && !held(lex, a, quote)) return quote;
    }
    return null;
  }

  /** Whether the quote's cue is one of holding, wanting or backing rather than of saying. */
  static boolean held(ClaimLexicon lex, Analysis a, Quote quote) {
    if (quote.cue() == null) return false;
    for (int k = a.tokenAt(quote.cue().start()), e = a.tokenAt(quote.cue().end() - 1); k >= 0 && k <= e; k++) {
      if (lex.heldCues.contains(a.lower(k))) return true;
    }
    return false;
  }

  private static Quote around(List<Quote> quotes, Quantity q) {
    int last = lastStartingBefore(quotes, q.end());
    for (int i = last; i >= 0 && i >= last - 3; i--) {
      Quote quote = quotes.get(i);
      if (quote.start() <= q.start() && q.end() <= quote.end()) return quote;
    }
    return null;
  }

  /** The index of the last quote that starts before {@code offset} (quotes are in text order), or -1. */
  static int lastStartingBefore(List<Quote> quotes, int offset) {
    int lo = 0, hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The cue of a quote, or of the quote it goes on from (“A,” he said in August. “B.”), or null. */
  static Span cueOf(List<Quote> quotes, Quote quote) {
    if (quote == null || quote.cue() != null) return quote == null ? null : quote.cue();
    int i = lastStartingBefore(quotes, quote.start());
    for (int j = i; j >= 0 && j >= i - 3; j--) {
      Quote before = quotes.get(j);
      if (before == quote) continue;
      if (quote.start() - before.end() > 300 || !java.util.Objects.equals(before.speakerName(), quote.speakerName())) return null;
      if (before.cue() != null) return before.cue();
    }
    return null;
  }
}
