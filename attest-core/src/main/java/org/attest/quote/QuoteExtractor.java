package org.attest.quote;

import java.util.ArrayList;
import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.text.Analysis;

/**
 * Finds quotations and attributes them to speakers. Direct and mixed quotes start from the
 * quoted regions of the text layer; each goes through an ordered list of named sieves
 * ({@link Sieves}): the cue and speaker in the words after it, before it, or the layout around it
 * (a quote paragraph without a cue continues the last speaker). Indirect quotes come from
 * reporting verbs with a clause and from "according to", each kind a rule of its own. Every quote
 * records the sieve or rule that decided it ({@link #attributed}).
 * Thread-safe: all state is per call.
 */
public final class QuoteExtractor {
  private final CueLexicon cues;

  public QuoteExtractor() {
    this("en");
  }

  QuoteExtractor(String language) {
    this.cues = CueLexicon.of(language);
  }

  /** A quote and the name of the sieve or rule that attributed it ("cue-after"), or null when none did. */
  /** A quote and the sieve that attributed it (null when none decided: confidence 0.4). */
  public record Attributed(Quote quote, String rule) {}

  public List<Quote> extract(Analysis a, Entities ents) {
    List<Attributed> attributed = attributed(a, ents);
    List<Quote> out = new ArrayList<>(attributed.size());
    for (Attributed q : attributed) out.add(q.quote());
    return out;
  }

  /** The quotes of {@link #extract}, each with the rule that decided it: the provenance for {@code --explain}. */
  public List<Attributed> attributed(Analysis a, Entities ents) {
    Reading r = new Reading(cues, a, ents);
    List<Candidate> found = DirectQuotes.find(r);
    found.addAll(IndirectQuotes.find(r, found));
    found.sort((x, y) -> Integer.compare(x.startChar, y.startChar));
    List<Attributed> out = new ArrayList<>(found.size());
    String text = a.text();
    int n = 1;
    for (Candidate q : found) {
      Span cue = q.cueStart < 0 ? null : Span.of(text, a.start(q.cueStart), a.end(q.cueEnd - 1));
      // a speaker inferred from the layout has a name but no mention of its own (FORMAT.md)
      Span speaker = q.who == null || q.continuation ? null : Span.of(text, a.start(q.who.start()), a.end(q.who.end() - 1));
      Quote quote = new Quote("q" + n++, q.type, q.startChar, q.endChar, text.substring(q.startChar, q.endChar), cue, speaker,
          ents.entityId(q.entity), ents.entityName(q.entity), q.confidence);
      out.add(new Attributed(quote, q.rule));
    }
    return out;
  }
}
