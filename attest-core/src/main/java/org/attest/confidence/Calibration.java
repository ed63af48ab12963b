package org.attest.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attest.confidence.ConfidenceTable.Kind;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Quote;

/**
 * The confidence stage, run once after extraction: each quote's, figure's and claim's {@code
 * confidence} is the table's for its keys ({@link Keys}): the rule that decided it and a few facts
 * about it. The rules decide; this stage only sets the numbers. A quote's confidence is that its
 * speaker is right, a figure's that its bound, interval and object are, a claim's that its source is.
 */
public final class Calibration {
  private final ConfidenceTable table;

  public Calibration() {
    this(ConfidenceTable.of("en"));
  }

  public Calibration(ConfidenceTable table) {
    this.table = table;
  }

  /** The document with the table's confidences; {@code rules} are the decisions by id ({@code Attest.explain}). */
  public Document apply(Document doc, Map<String, List<String>> rules) {
    List<Quote> quotes = new ArrayList<>(doc.quotes().size());
    for (Quote q : doc.quotes()) {
      double c = table.confidence(Kind.SPEAKER, Keys.speaker(doc, q, rules.getOrDefault(q.id(), List.of())));
      quotes.add(new Quote(q.id(), q.type(), q.start(), q.end(), q.text(), q.cue(), q.speaker(), q.speakerEntity(), q.speakerName(), c));
    }
    List<Quantity> figures = new ArrayList<>(doc.quantities().size());
    for (Quantity n : doc.quantities()) {
      double c = table.confidence(Kind.FIGURE, Keys.figure(n, rules.getOrDefault(n.id(), List.of())));
      figures.add(new Quantity(n.id(), n.start(), n.end(), n.text(), n.value(), n.low(), n.high(), n.modifier(), n.unit(), n.object(), c,
          n.relativeTo()));
    }
    List<Claim> claims = new ArrayList<>(doc.claims().size());
    java.util.Map<String, Quantity> byId = new java.util.HashMap<>();
    for (Quantity n : doc.quantities()) byId.put(n.id(), n);
    for (Claim k : doc.claims()) {
      double c = table.confidence(Kind.CLAIM, Keys.claim(doc, k, byId.get(k.quantity()), rules.getOrDefault(k.id(), List.of())));
      claims.add(new Claim(k.id(), k.kind(), k.quantity(), k.subject(), k.place(), k.asOf(), k.time(), k.source(), k.quote(), k.start(), k.end(), c));
    }
    return new Document(doc.article(), doc.entities(), quotes, figures, doc.times(), claims);
  }
}
