package org.attest.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles read back for the faces: found by any name of them, listed newest first, shown as stored; and the ledger's counts. */
final class ArticleQueries extends LedgerPart {
  /** How long a key (a prefix of the text hash) the faces show: 64 bits, no collision in any ledger one machine holds. */
  static final int KEY = 16;

  private static final String LISTED = "SELECT " + Export.firstAppearance("source_id") + " AS appearance, substr(a.hash, 1, " + KEY + ") AS key,"
      + " a.title AS title, " + Export.firstAppearance("outlet") + " AS outlet, a.published AS published,"
      + " (SELECT count(*) FROM quotes q WHERE q.article = a.id) AS quotes, (SELECT count(*) FROM claims c WHERE c.article = a.id) AS claims"
      + " FROM articles a";

  private static final String OF_ENTITY = LISTED + " WHERE a.id IN (SELECT article FROM entities WHERE canon = ?)"
      + " ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?";

  ArticleQueries(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** The latest appearance's row id: it only grows, and asking costs O(log n). */
  long version() throws SQLException {
    try (ResultSet r = sql.sql("SELECT coalesce(max(rowid), 0) AS version FROM appearances").executeQuery()) {
      return r.next() ? r.getLong("version") : 0;
    }
  }

  Ledger.Stats stats() throws SQLException {
    try (Statement s = sql.connection().createStatement()) {
      long[] n = new long[7];
      String[] q = {"articles", "appearances", "entities", "canon", "quotes", "quantities", "claims"};
      for (int i = 0; i < q.length; i++) {
        try (ResultSet r = s.executeQuery("SELECT count(*) AS n FROM " + q[i])) {
          r.next();
          n[i] = r.getLong("n");
        }
      }
      return new Ledger.Stats(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }
  }

  /** The row of an article named by an appearance id, a given id, "outlet:id", a URL or a hash prefix; null when none. */
  Long storedId(String article) throws SQLException {
    // each way of naming an article is one indexed lookup
    String[] queries = {
        "SELECT article AS id FROM appearances WHERE source_id = ? ORDER BY rowid LIMIT 1",
        "SELECT article AS id FROM appearances WHERE given_id = ? ORDER BY rowid LIMIT 1",
        "SELECT article AS id FROM appearances WHERE url = ? ORDER BY rowid LIMIT 1",
        "SELECT id FROM articles WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 1"};
    int colon = article.indexOf(':');
    for (int i = 0; i < queries.length; i++) {
      if (i == 3 && (article.length() < 8 || !article.matches("[0-9a-f]+"))) continue;
      Long id = Statements.first(i == 3 ? sql.bound(queries[i], article, article + "g") : sql.bound(queries[i], article), "id");
      if (id == null && i == 1 && colon > 0) { // "outlet:id"
        id = Statements.first(sql.bound("SELECT article AS id FROM appearances WHERE given_id = ? AND outlet = ? ORDER BY rowid LIMIT 1",
            article.substring(colon + 1), article.substring(0, colon)), "id");
      }
      if (id != null) return id;
    }
    return null;
  }

  /** The attest/1 document of an article, as stored. */
  Optional<String> show(String article) throws SQLException {
    Long id = storedId(article);
    if (id != null) {
      PreparedStatement d = sql.bound("SELECT document FROM articles WHERE id = ?", id);
      try (ResultSet r = d.executeQuery()) {
        if (r.next()) return Optional.of(r.getString("document"));
      }
    }
    return Optional.empty();
  }

  /** An article with its appearances and the canonical entity of each of its entities. */
  Optional<Ledger.Stored> article(String ref) throws SQLException {
    Long id = storedId(ref);
    if (id == null) return Optional.empty();
    PreparedStatement d = sql.bound("SELECT substr(hash, 1, " + KEY + ") AS key, document FROM articles WHERE id = ?", id);
    String key, document;
    try (ResultSet r = d.executeQuery()) {
      if (!r.next()) return Optional.empty();
      key = r.getString("key");
      document = r.getString("document");
    }
    List<Ledger.Appearance> appearances = Statements.rows(sql.bound("SELECT source_id, outlet, url, published FROM appearances WHERE article = ?"
        + " ORDER BY rowid", id), r -> new Ledger.Appearance(r.getString("source_id"), r.getString("outlet"), r.getString("url"), r.getString("published")));
    Map<String, Long> canon = new LinkedHashMap<>();
    PreparedStatement e = sql.bound("SELECT eid, canon FROM entities WHERE article = ? AND canon IS NOT NULL", id);
    try (ResultSet r = e.executeQuery()) {
      while (r.next()) canon.put(r.getString("eid"), r.getLong("canon"));
    }
    return Optional.of(new Ledger.Stored(key, document, List.copyOf(appearances), Collections.unmodifiableMap(canon)));
  }

  /** Articles newest first, of an outlet and between dates when asked. */
  List<Ledger.Listed> list(String outlet, String since, String until, int offset, int limit) throws SQLException {
    // published holds dates and date-times: "2017-12-27T10:00" is on the 27th, so until takes anything after the date
    return Statements.rows(sql.bound(LISTED + " WHERE (CAST(? AS TEXT) IS NULL OR a.published >= ?) AND (CAST(? AS TEXT) IS NULL OR a.published < ? || '~')"
        + " AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM appearances o WHERE o.article = a.id AND o.outlet = ?))"
        + " ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?", since, since, until, until, outlet, outlet, limit, offset),
        ArticleQueries::listed);
  }

  /** The articles an entity is in, newest first. */
  List<Ledger.Listed> of(long entity, int offset, int limit) throws SQLException {
    return Statements.rows(sql.bound(OF_ENTITY, entity, limit, offset), ArticleQueries::listed);
  }

  private static Ledger.Listed listed(ResultSet r) throws SQLException {
    return new Ledger.Listed(r.getString("appearance"), r.getString("key"), r.getString("title"), r.getString("outlet"), r.getString("published"),
        r.getInt("quotes"), r.getInt("claims"));
  }
}
