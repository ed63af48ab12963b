package org.attest.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attest.io.DocumentWriter;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.Origin;

/**
 * An article written: its text once by its content hash, each place it appeared, then its
 * extraction (entities, quotes, figures), all of it or none of it. Writes stay in the open
 * transaction until the ledger commits.
 */
final class ArticleWrites extends LedgerPart {
  private static final String ARTICLE = "INSERT INTO articles(hash, text, published, title, language, document) VALUES(?, ?, ?, ?, ?, ?)";
  private static final String APPEARANCE = "INSERT INTO appearances(article, source_id, given_id, outlet, url, published, origin_key, origin)"
      + " VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final EntityWrites entities = new EntityWrites(sql, policies);
  private final QuoteWrites quotes = new QuoteWrites(sql, policies);
  private final FigureWrites figures = new FigureWrites(sql, policies);

  ArticleWrites(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** The row of the article with this text hash, -1 when none. */
  long articleId(String hash) throws SQLException {
    Long id = Statements.first(sql.bound("SELECT id FROM articles WHERE hash = ?", hash), "id");
    return id == null ? -1 : id;
  }

  Ledger.Added appearance(String hash, Article article) throws SQLException {
    long id = articleId(hash);
    if (id < 0) throw new IllegalArgumentException("no article with hash " + hash);
    return appear(id, hash, article);
  }

  private Ledger.Added appear(long id, String hash, Article article) throws SQLException {
    Origin o = article.origin();
    PreparedStatement p = sql.bound(APPEARANCE, id, sourceId(article, hash), article.id(), article.outlet(), article.url(), article.published(),
        o == null ? "" : o.key(), o == null ? null : originJson(o));
    return p.executeUpdate() > 0 ? Ledger.Added.APPEARANCE : Ledger.Added.UNCHANGED;
  }

  /** An appearance's id: its URL, else "outlet:id", else the text hash. */
  static String sourceId(Article a, String hash) {
    if (a.url() != null && !a.url().isBlank()) return a.url();
    if (a.id() != null && !a.id().isBlank()) return (a.outlet() == null ? "" : a.outlet() + ":") + a.id();
    return hash;
  }

  /** Stores an article and its extraction, or only its appearance when the text is stored. */
  Ledger.Added add(Article article, Document d) throws IOException {
    String hash = ContentHash.of(article.text());
    long stored = Statements.io(() -> articleId(hash));
    if (stored >= 0) return Statements.io(() -> appearance(hash, article));
    // all of the article or none of it: a failure halfway leaves no article that a re-ingest would take for stored
    try (Statement sp = sql.connection().createStatement()) {
      sp.execute("SAVEPOINT article");
      try {
        store(hash, article, d);
        sp.execute("RELEASE article");
        return Ledger.Added.NEW;
      } catch (SQLException | IOException | RuntimeException e) {
        sql.clearBatches();
        sp.execute("ROLLBACK TO article");
        sp.execute("RELEASE article");
        throw e instanceof SQLException q ? Statements.io(q) : e instanceof IOException i ? i : new IOException("ledger: cannot store article "
            + article.id() + ": " + e, e);
      }
    } catch (SQLException e) {
      throw Statements.io(e);
    }
  }

  private void store(String hash, Article article, Document d) throws SQLException, IOException {
    sql.bound(ARTICLE, hash, article.text(), article.published(), article.title(), article.language(), json(d)).executeUpdate();
    long id = sql.lastRowId();
    appear(id, hash, article);
    EntityWrites.Linked linked = entities.write(id, d);
    quotes.write(id, d, linked);
    figures.write(id, sourceId(d.article(), hash), d, linked.canonOf());
  }

  /** An origin as the attest/1 document writes it. */
  private static String originJson(Origin o) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (o.file() != null) m.put("file", o.file());
    if (o.warc() != null) m.put("warc", o.warc());
    if (o.offset() != null) m.put("offset", o.offset());
    if (o.url() != null) m.put("url", o.url());
    if (o.fetched() != null) m.put("fetched", o.fetched());
    if (o.date() != null) m.put("date", o.date());
    try {
      return JSON.writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (DocumentWriter w = new DocumentWriter(out, DocumentWriter.Layout.JSONL, false)) {
      w.write(d);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }
}
