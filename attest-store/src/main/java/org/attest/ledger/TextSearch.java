package org.attest.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The full-text index ({@code search}) over quotes and claim sentences, written with them: FTS5
 * ranked by BM25 in SQLite, a tsvector column with a GIN index in PostgreSQL ({@link Dialect#matches}).
 */
final class TextSearch extends LedgerPart {
  /**
   * How many of the most recently stored matches a search ranks: words common in a large ledger
   * match hundreds of thousands of rows, and ranking them all would cost a second. The best of the
   * latest matches are what a ledger's reader wants; all matches are ranked below this many.
   */
  static final int RANKED = 5000;

  private static final String INDEX = "INSERT INTO search(text, kind, article, ref) VALUES(?, ?, ?, ?)";

  private static final String SEARCH = "SELECT s.kind AS kind, s.text AS text, s.rank AS rank, a.published AS published,"
      + " " + Export.firstAppearance("outlet") + " AS outlet,"
      + " " + Export.firstAppearance("source_id") + " AS appearance,"
      + " CASE s.kind WHEN 'quote' THEN (SELECT coalesce(k.name, q.speaker_name) FROM quotes q LEFT JOIN canon k ON k.id = q.speaker_canon"
      + "   WHERE q.article = s.article AND q.qid = s.ref)"
      + " ELSE (SELECT coalesce(k.name, c.source_name) FROM claims c LEFT JOIN canon k ON k.id = c.source_canon"
      + "   WHERE c.article = s.article AND c.cid = s.ref) END AS who,"
      + " CASE s.kind WHEN 'quote' THEN (SELECT q.start || ' ' || q.end FROM quotes q WHERE q.article = s.article AND q.qid = s.ref)"
      + " ELSE (SELECT c.start || ' ' || c.end FROM claims c WHERE c.article = s.article AND c.cid = s.ref) END AS span"
      + " FROM (%s) s JOIN articles a ON a.id = s.article ORDER BY s.rank";

  TextSearch(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** Indexes a text of an article ({@code kind} "quote" or "claim", {@code ref} its id), batched until {@link #flush()}. */
  void add(String kind, String text, long article, String ref) throws SQLException {
    sql.bound(INDEX, text, kind, article, ref).addBatch();
  }

  /** Writes the texts batched. */
  void flush() throws SQLException {
    sql.sql(INDEX).executeBatch();
  }

  /** The best matches of every word of the text (as phrases: no FTS5 syntax from the user), among the latest {@link #RANKED}. */
  List<Ledger.Hit> search(String text, int limit) throws SQLException {
    List<String> terms = WordDiff.words(text);
    if (terms.isEmpty()) return List.of();
    StringBuilder match = new StringBuilder();
    for (String t : terms) match.append(match.length() == 0 ? "" : " ").append('"').append(t.replace("\"", "")).append('"');
    PreparedStatement p = sql.bound(String.format(SEARCH, sql.dialect().matches()), match.toString(), match.toString(), limit);
    return Statements.rows(p, TextSearch::hit);
  }

  private static Ledger.Hit hit(ResultSet r) throws SQLException {
    String[] span = r.getString("span") == null ? new String[] {"-1", "-1"} : r.getString("span").split(" ");
    return new Ledger.Hit(r.getString("kind"), Statements.oneLine(r.getString("text")), r.getString("who"), r.getString("appearance"),
        r.getString("outlet"), r.getString("published"), -r.getDouble("rank"), Integer.parseInt(span[0]), Integer.parseInt(span[1]));
  }
}
