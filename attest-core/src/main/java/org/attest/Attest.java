package org.attest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attest.confidence.Calibration;
import org.attest.entity.Entities;
import org.attest.entity.EntityExtractor;
import org.attest.entity.QuotedSelf;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.Quote;
import org.attest.quote.QuoteExtractor;
import org.attest.text.Analysis;
import org.attest.text.TextAnalyzer;
import org.attest.time.TimeExtractor;
import org.attest.number.QuantityExtractor;
import org.attest.claim.ClaimBuilder;
import org.attest.model.Claim;
import org.attest.model.Quantity;
import org.attest.model.TimeExpression;

/**
 * The engine: an article in, its {@code attest/1} document out. The pipeline is the list of
 * stages in {@link #extract}, run in that order. One instance per thread (the text layer's
 * taggers keep state); models and lexicons are loaded once per process and shared.
 */
public final class Attest {
  /** The stages, in pipeline order; {@link Profile} keeps one timer per stage. */
  public enum Stage { TEXT, ENTITIES, QUOTES, TIMES, NUMBERS, CLAIMS }

  private final TextAnalyzer text = new TextAnalyzer();
  private final EntityExtractor entities = new EntityExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final QuotedSelf quotedSelf = new QuotedSelf();
  private final TimeExtractor times = new TimeExtractor();
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final ClaimBuilder claims = new ClaimBuilder();
  private final Calibration calibration = new Calibration();
  private Profile profile;

  /** Measures each stage's time from now on (for the benchmark). */
  public Attest profile(Profile profile) {
    this.profile = profile;
    return this;
  }

  /**
   * The article's document. The English analysis runs only on an English article (or one of unknown language): another
   * language keeps its text, title, date and language, and finds nothing rather than what English rules would make of it.
   */
  public Document extract(Article article) {
    return run(article, new HashMap<>(), false);
  }

  /**
   * A document and the rules that decided what it holds, by id: a quote's sieve ("q1" →
   * "quote.cue-after"), a time's family ("time.weekday"), a figure's readers and steps
   * ("number.digits", "number.bound-before"), a claim's source rule and steps
   * ("claim.quote-speaker", "as-of.sentence-date"), a mention's sieve by its entity and span
   * ("e1@222-234" → "entity.same-name"). The document is the one {@link #extract} gives.
   */
  public record Explained(Document document, Map<String, List<String>> rules) {}

  /** The article's document with the rule behind each decision (what {@code attest extract --explain} writes). */
  public Explained explain(Article article) {
    Map<String, List<String>> rules = new LinkedHashMap<>();
    return new Explained(run(article, rules, true), rules);
  }

  /**
   * The pipeline. The rules of quotes, figures and claims are always gathered in {@code rules}: the
   * confidence stage reads them; those of times and mentions only when {@code explain}.
   */
  private Document run(Article article, Map<String, List<String>> rules, boolean explain) {
    if (!article.english()) return new Document(article, List.of(), List.of(), List.of(), List.of(), List.of());
    long t0 = System.nanoTime();
    Analysis analysis = text.analyze(article.text());
    long t1 = System.nanoTime();
    Entities found = entities.extract(analysis); // what quotes read: names, pronouns, nominals, coreference
    long t2 = System.nanoTime();
    List<QuoteExtractor.Attributed> attributed = quotes.attributed(analysis, found);
    List<Quote> quoted = new ArrayList<>(attributed.size());
    for (QuoteExtractor.Attributed q : attributed) {
      quoted.add(q.quote());
      if (q.rule() != null) rules.put(q.quote().id(), List.of("quote." + q.rule()));
    }
    Entities linked = quotedSelf.link(found, quoted); // the final entities: "I"/"we" of a quote is its speaker
    long t3 = System.nanoTime();
    List<TimeExtractor.Decided> decidedTimes = times.decide(analysis, article.published());
    List<TimeExpression> timed = new ArrayList<>(decidedTimes.size());
    for (TimeExtractor.Decided t : decidedTimes) {
      timed.add(t.expression());
      if (explain && t.rule() != null) rules.put(t.expression().id(), List.of(t.rule()));
    }
    long t4 = System.nanoTime();
    List<QuantityExtractor.Decided> decidedFigures = quantities.decide(analysis, timed);
    List<Quantity> figures = new ArrayList<>(decidedFigures.size());
    for (QuantityExtractor.Decided n : decidedFigures) {
      figures.add(n.quantity());
      if (!n.rules().isEmpty()) rules.put(n.quantity().id(), List.copyOf(n.rules()));
    }
    long t5 = System.nanoTime();
    List<ClaimBuilder.Decided> decidedClaims = claims.decide(analysis, linked, quoted, figures, timed, article.published());
    List<Claim> claimed = new ArrayList<>(decidedClaims.size());
    for (ClaimBuilder.Decided c : decidedClaims) {
      claimed.add(c.claim());
      if (!c.rules().isEmpty()) rules.put(c.claim().id(), List.copyOf(c.rules()));
    }
    long t6 = System.nanoTime();
    if (profile != null) {
      profile.add(Stage.TEXT, t1 - t0);
      profile.add(Stage.ENTITIES, t2 - t1);
      profile.add(Stage.QUOTES, t3 - t2);
      profile.add(Stage.TIMES, t4 - t3);
      profile.add(Stage.NUMBERS, t5 - t4);
      profile.add(Stage.CLAIMS, t6 - t5);
      profile.count(analysis.tokenCount());
    }
    List<org.attest.model.Entity> model = linked.toModel();
    if (explain) {
      Map<String, String> bySpan = linked.mentionRules();
      for (org.attest.model.Entity e : model) {
        for (org.attest.model.Mention m : e.mentions()) {
          String rule = bySpan.get(m.start() + "-" + m.end());
          if (rule != null) rules.put(e.id() + "@" + m.start() + "-" + m.end(), List.of("entity." + rule));
        }
      }
    }
    Document extracted = new Document(article, model, quoted, figures, timed, claimed);
    return calibration.apply(extracted, rules); // the confidences: the table's, for each decision's rule
  }

  /** Time spent per stage and tokens seen, accumulated over many documents. */
  public static final class Profile {
    private final long[] nanos = new long[Stage.values().length];
    private long tokens;
    private long documents;

    void add(Stage stage, long n) {
      nanos[stage.ordinal()] += n;
    }

    void count(int documentTokens) {
      tokens += documentTokens;
      documents++;
    }

    public long nanos(Stage stage) {
      return nanos[stage.ordinal()];
    }

    public long tokens() {
      return tokens;
    }

    public long documents() {
      return documents;
    }

    public long totalNanos() {
      long sum = 0;
      for (long n : nanos) sum += n;
      return sum;
    }
  }
}
