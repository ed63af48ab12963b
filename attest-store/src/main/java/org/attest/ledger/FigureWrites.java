package org.attest.ledger;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.TimeExpression;

/**
 * An article's quantities, times and figure claims written. A claim row carries what a timeline
 * and the figure rule read, so they read no article text: its subject's keys, place key, as-of
 * start and month, its variable ({@link Variables}), first appearance and sentence.
 */
final class FigureWrites extends LedgerPart {
  private static final String QUANTITY = "INSERT INTO quantities(article, nid, start, \"end\", text, value, low, high, modifier, unit, object)"
      + " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String TIME = "INSERT INTO times(article, tid, start, \"end\", type, value) VALUES(?, ?, ?, ?, ?, ?)";
  private static final String CLAIM = "INSERT INTO claims(article, cid, nid, subject, subject_head, subject_orgs, place, place_key, as_of,"
      + " as_of_start, as_of_month, source_name, source_canon, via, start, \"end\", outlet, appearance, published, sentence, qualifiers, holder,"
      + " measure, pollster, statement, quoted) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** What the claims of one article share: its row, its document, first appearance, direct quotes, quantities by id, canonical entities. */
  private record Context(long article, Document d, String appearance, Set<String> direct, Map<String, Quantity> quantityOf,
      Map<String, Long> canonOf) {}

  private final TextSearch search = new TextSearch(sql, policies);

  FigureWrites(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** Writes the quantities, times and claims ({@code appearance}: the article's first appearance id). */
  void write(long article, String appearance, Document d, Map<String, Long> canonOf) throws SQLException {
    quantities(article, d);
    times(article, d);
    Set<String> direct = new HashSet<>();
    for (Quote q : d.quotes()) if (Quote.DIRECT.equals(q.type())) direct.add(q.id());
    Map<String, Quantity> quantityOf = new HashMap<>();
    for (Quantity q : d.quantities()) quantityOf.put(q.id(), q);
    Context c = new Context(article, d, appearance, direct, quantityOf, canonOf);
    String text = d.article().text();
    for (Claim x : d.claims()) {
      claim(c, x);
      if (x.start() >= 0 && x.end() <= text.length() && x.start() < x.end()) search.add("claim", text.substring(x.start(), x.end()), article, x.id());
    }
    sql.sql(CLAIM).executeBatch();
    search.flush();
  }

  private void quantities(long article, Document d) throws SQLException {
    for (Quantity q : d.quantities()) {
      sql.bound(QUANTITY, article, q.id(), q.start(), q.end(), q.text(), q.value(), q.low(), q.high(), q.modifier(), q.unit(),
          q.object() == null ? null : q.object().text()).addBatch();
    }
    sql.sql(QUANTITY).executeBatch();
  }

  private void times(long article, Document d) throws SQLException {
    for (TimeExpression x : d.times()) sql.bound(TIME, article, x.id(), x.start(), x.end(), x.type(), x.value()).addBatch();
    sql.sql(TIME).executeBatch();
  }

  /** One claim's row, batched: the first appearance and the sentence go with it, so a timeline reads no article text. */
  private void claim(Context ctx, Claim x) throws SQLException {
    Article art = ctx.d().article();
    String text = art.text();
    Keys.Subject s = keys.subject(x.subject());
    Quantity q = ctx.quantityOf().get(x.quantity());
    Variables.Variable v = q == null ? null : policies.variables().of(ctx.d(), x, q, ctx.canonOf());
    String placeKey = keys.place(x.place());
    Long sourceCanon = x.source() == null || x.source().entity() == null ? null : ctx.canonOf().get(x.source().entity());
    String via = x.source() == null || x.source().via().isEmpty() ? null : String.join("\u001f", x.source().via());
    String sentence = x.start() >= 0 && x.end() <= text.length() && x.start() < x.end() ? text.substring(x.start(), x.end()) : null;
    int quoted = x.quote() != null && ctx.direct().contains(x.quote()) ? 1 : 0; // said in a direct quote: speech, often rhetorical
    sql.bound(CLAIM, ctx.article(), x.id(), x.quantity(), x.subject(),
        v != null ? v.head() : s.head(), // money without a noun goes by its verb ("~rais" of "raised $20 million")
        s.orgs(), x.place(), placeKey, x.asOf(), Periods.start(x.asOf()), Periods.month(x.asOf()),
        x.source() == null ? null : x.source().name(), sourceCanon, via, x.start(), x.end(), art.outlet(), ctx.appearance(), art.published(),
        sentence, v == null ? s.qualifiers() : v.qualifiers(), v == null ? "" : v.holder(), v == null ? "" : v.measure(),
        v == null ? "" : v.pollster(), v == null ? "state" : v.statement(), quoted).addBatch();
  }
}
