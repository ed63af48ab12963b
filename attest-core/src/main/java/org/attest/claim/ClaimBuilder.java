package org.attest.claim;

import java.util.ArrayList;
import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Claim;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Source;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;

/**
 * Makes one figure claim of each quantity: what it counts (its object), where ("in Iraq and
 * Syria", {@link Places}), for when ({@link AsOf}: a date of its sentence, else the publication
 * date) and according to whom ({@link SourceRules}: the owner of the plan it belongs to, the
 * speaker of the quotation it stands in, direct or reported, ...; else the article itself). Each
 * claim records the rules that decided its source and as-of ({@link #decide}). Thread-safe.
 */
public final class ClaimBuilder {
  static final String SUBJECT = "subject.object";

  private final SourceRules sources;
  private final PreviousSource previous;
  private final AsOf asOf;
  private final ClaimLexicon lex;

  public ClaimBuilder() {
    this("en");
  }

  ClaimBuilder(String language) {
    lex = ClaimLexicon.of(language);
    sources = new SourceRules(lex);
    previous = new PreviousSource(sources, lex);
    asOf = new AsOf(lex);
  }

  /** A claim and the names of the rules that decided its source, as-of and (when it has one) place; for {@code --explain}. */
  /** A claim and its rules: the source rule, the as-of step, then place and subject steps. */
  public record Decided(Claim claim, List<String> rules) {}

  public List<Claim> build(Analysis a, Entities ents, List<Quote> quotes, List<Quantity> quantities, List<TimeExpression> times, String published) {
    List<Decided> decided = decide(a, ents, quotes, quantities, times, published);
    List<Claim> out = new ArrayList<>(decided.size());
    for (Decided d : decided) out.add(d.claim());
    return out;
  }

  /** The claims of the figures, each with the names of the rules that decided it. */
  public List<Decided> decide(Analysis a, Entities ents, List<Quote> quotes, List<Quantity> quantities, List<TimeExpression> times, String published) {
    List<Decided> out = new ArrayList<>();
    String day = published == null || published.length() < 10 ? published : published.substring(0, 10);
    Source lastSource = null;
    int lastSentence = -2;
    boolean lastList = false; // whether the last source goes on past the next sentence: a body's findings, not a statement
    AsOf.Dated lastYear = null; // the year the figures of a sentence hold for, by their own sentence
    int lastYearSentence = -2;
    AsOf.Frame frame = asOf.frame(a, times, published == null ? null : day);
    java.util.Map<String, TimeExpression> fiscal = FiscalQuarter.ends(a, times, lex);
    Source poll = sources.poll.of(a, ents);
    for (Quantity q : quantities) {
      int tok = a.tokenAt(q.start());
      if (tok >= a.tokenCount()) continue;
      int sentence = a.sentenceOf(tok);
      // the figure's sentence, at most 40 words either side (an endless sentence is no clause)
      int sFrom = Math.max(a.sentenceStartToken(sentence), tok - 40), sTo = Math.min(a.sentenceEndToken(sentence), tok + 40);
      int start = a.start(sFrom), end = a.end(sTo - 1);
      Quote quote = FigureQuotes.of(lex, a, quotes, q, start, end, sFrom);
      FigureSentence f = new FigureSentence(a, ents, quote, sFrom, sTo, tok);
      Attribution said = sources.attribute(f);
      Span cue = FigureQuotes.cueOf(quotes, quote);
      AsOf.Dated when = asOf.of(a, times, q, cue, tok, start, end, day, frame, false);
      boolean history = PreviousSource.history(when, day); // "..., supporting Dukakis by five points over Bush in 1988": the writer's, not the poll's
      if (said == null && !history && lastSource != null && lastSentence >= sentence - 1 && a.paragraphOf(a.sentenceStartToken(lastSentence)) == a.paragraphOf(tok)
          && !PreviousSource.market(lex, a, sentence)) { // "In composite trading yesterday, Oneida's shares closed at $18.375": the writer's
        said = new Attribution(lastSource, 0.55, lastList, SourceRules.PREVIOUS); // "A poll found 74 percent ... Sixty-two percent of Republicans agreed.": the source goes on
      }
      if (said == null && !history) said = previous.of(f, quotes);
      Attribution polled = sources.poll.attribute(poll, said, f, q, ArticlePoll.background(when, day));
      if (polled != null) said = polled;
      Source source = said == null ? null : said.source();
      if (source != null && said.goesOn()) {
        lastSource = source;
        lastSentence = sentence;
        lastList = !PreviousSource.statement(lex, a, ents, said, quote);
      }
      boolean ofPoll = poll != null && source != null && poll.name().equals(source.name());
      if (ofPoll) when = asOf.of(a, times, q, cue, tok, start, end, day, frame, true);
      if (lastYear != null && lastYearSentence == sentence - 1 && AsOf.PUBLISHED.equals(when.step()) && a.paragraphOf(a.sentenceStartToken(lastYearSentence)) == a.paragraphOf(tok)
          && !asOf.present(a, tok, false)) { // (not "Paulson Partners Enhanced ... is down 15.9 percent so far this year")
        when = new AsOf.Dated(lastYear.when(), AsOf.PREVIOUS); // "... found that in 2015, there were 9 million deaths. India suffered ... 2.5 million of these deaths."
      }
      lastYear = AsOf.pastYear(when, day) ? when : null; // (the last figure of a sentence decides)
      lastYearSentence = lastYear == null ? -2 : sentence;
      String subject = q.object() == null ? null : q.object().text().startsWith("of ") ? q.object().text().substring(3) : q.object().text();
      String place = Places.of(a, ents, q, sTo);
      TimeExpression at = FiscalQuarter.of(fiscal, when.when()); // "the fiscal-first quarter ended Sept. 30": 1989-09-30, not 1989-Q1
      Claim claim = new Claim("c" + (out.size() + 1), "figure", q.id(), subject, place, AsOf.value(a, at, day),
          at == null ? null : at.id(), source, quote == null ? null : quote.id(), start, end, said == null ? 0.6 : said.confidence());
      List<String> rules = new ArrayList<>(4);
      rules.add(said == null ? SourceRules.ARTICLE : said.rule());
      rules.add(at != when.when() ? FiscalQuarter.NAME : when.step());
      if (place != null) rules.add(Places.IN);
      if (subject != null) rules.add(SUBJECT);
      out.add(new Decided(claim, List.copyOf(rules)));
    }
    return out;
  }
}
