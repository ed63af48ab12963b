package org.attest.claim;

import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.text.Analysis;

/**
 * claim.previous-sentence: a figure no rule decides goes on from the sentence before it, in its
 * paragraph. From the source of that sentence's figures ("A poll found 74 percent ... Sixty-two
 * percent of Republicans agreed."), else from the speaker of an attribution that sentence makes
 * without a figure ("..., according to a new Associated Press-GfK poll. Seventy-two percent now
 * believe ..."); never to a figure of the writer's history ({@link #history}).
 */
final class PreviousSource {
  private final SourceRules sources;
  private final ClaimLexicon lex;

  PreviousSource(SourceRules sources, ClaimLexicon lex) {
    this.sources = sources;
    this.lex = lex;
  }

  /**
   * Whether the figure's own sentence dates it to a year at least two before the publication's: the
   * writer's history ("West Virginia ... supported Dukakis by five points over Bush in 1988"), to
   * which no source goes on. (A poll's earlier wave, "from December, when 54 percent ...", is no history.)
   */
  static boolean history(AsOf.Dated own, String day) {
    if (!AsOf.SENTENCE.equals(own.step()) || own.when() == null || day == null || day.length() < 4) return false;
    String v = own.when().value();
    if (v.length() < 4 || !Character.isDigit(v.charAt(0)) || !Character.isDigit(v.charAt(3))) return false;
    return Integer.parseInt(v.substring(0, 4)) < Integer.parseInt(day.substring(0, 4)) - 1;
  }

  /**
   * Whether an attribution is a statement, whose source goes on into the next sentence of its
   * paragraph and no further (a speaker's or a company's words: "..., according to Toyota. Yet the
   * 302-horsepower system ... The SUV ... has a 176 hp engine" is the writer's again), not a body's
   * or a document's findings, whose list may go on ("A poll found ... Sixty-two percent ...
   * Another 1.3 million ...": a document in the speaker's words, "according to a new poll by X").
   */
  static boolean statement(ClaimLexicon lex, Analysis a, Entities ents, Attribution said, Quote quote) {
    if (said.rule().equals(Proposer.NAME)) return true;
    if (!said.rule().equals(QuoteSpeaker.NAME) || quote == null || quote.speaker() == null) return false;
    Span speaker = quote.speaker();
    int first = a.tokenAt(speaker.start());
    for (int t = first; t < a.tokenCount() && a.start(t) < speaker.end(); t++) if (lex.reports.contains(a.lower(t))) return false;
    for (int k = first - 1; k >= Math.max(0, first - 4) && !a.pos(k).equals("PUNCT"); k--) { // "according to a new poll by [the Harvard ...]"
      if (lex.reports.contains(a.lower(k))) return false;
    }
    return !Speakers.isDocument(a, ents, speaker);
  }

  /** The source the figure of {@code f} takes from the attribution of the sentence before it, or null. */
  Attribution of(FigureSentence f, List<Quote> quotes) {
    Analysis a = f.a();
    int sentence = a.sentenceOf(f.tok());
    if (sentence == 0) return null;
    int before = a.sentenceStartToken(sentence - 1);
    if (a.paragraphOf(before) != a.paragraphOf(f.tok()) || market(lex, a, sentence)) return null;
    int from = a.start(before), to = a.start(a.sentenceStartToken(sentence));
    for (int i = FigureQuotes.lastStartingBefore(quotes, to); i >= 0 && quotes.get(i).end() > from; i--) {
      Quote quote = quotes.get(i);
      if (quote.end() > to || quote.speaker() == null || !body(a, f.ents(), quote)) continue; // a quote that goes on into the figure's sentence is its own
      Attribution said = sources.attribute(new FigureSentence(a, f.ents(), quote, f.from(), f.to(), f.tok()));
      if (said != null) return new Attribution(said.source(), 0.55, true, SourceRules.PREVIOUS);
    }
    return null;
  }

  /**
   * Whether the sentence reports a stock's trading: a {@code [session-move]} with a {@code [market-report]} word ("In
   * over-the-counter trading yesterday, POP plunged $4 to $14.75") or a {@code [close-stock]} word ("Du Pont's stock rose $2.50"):
   * the writer's market report, not the list of results the sentence before attributes.
   */
  static boolean market(ClaimLexicon lex, Analysis a, int sentence) {
    boolean stock = false, move = false;
    for (int k = a.sentenceStartToken(sentence); k < a.sentenceEndToken(sentence); k++) {
      String w = a.lower(k);
      stock |= lex.closeStocks.contains(w) || lex.marketReports.contains(w); // (not "the trading value of the new company")
      move |= lex.sessionMoves.contains(w);
    }
    return stock && move;
  }

  /**
   * Whether a quote is a body's or a document's finding, whose results a next sentence may go on
   * listing: not a person's remark (the writer's sentence after it is the writer's), nor what an
   * organisation backs ("..., which supported Kloppenburg").
   */
  private boolean body(Analysis a, Entities ents, Quote quote) {
    Span speaker = quote.speaker();
    int first = a.tokenAt(speaker.start()), next = a.tokenAt(speaker.end() - 1) + 1;
    if (next - first == 1 && a.pos(first).equals("PRON")) return false; // "they say": whose, the sentence does not tell
    boolean document = Speakers.isDocument(a, ents, speaker) || next < a.tokenCount() && lex.reports.contains(a.lower(next)); // "a new Associated Press-GfK poll"
    return (document || Speakers.orgInside(a, ents, speaker.start(), speaker.end()) >= 0) && !FigureQuotes.held(lex, a, quote);
  }
}
