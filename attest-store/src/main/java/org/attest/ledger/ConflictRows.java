package org.attest.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.ledger.Ledger.Conflict;
import org.attest.ledger.Ledger.Side;

/**
 * The rows each conflict rule reads, handed to the rules ({@link FigureConflicts},
 * {@link OfficeConflicts}, {@link QuoteVariants}), and the sides of what they find made readable:
 * the appearance id and outlet instead of the stored article's row, and the words around a title.
 */
final class ConflictRows extends LedgerPart {
  ConflictRows(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** The conflicts of the kinds asked for ("figure", "office", "quote", "excerpt"). */
  List<Conflict> find(Collection<String> kinds) throws SQLException {
    List<Conflict> out = new ArrayList<>();
    if (kinds.contains("figure")) out.addAll(figures());
    if (kinds.contains("office")) out.addAll(offices());
    if (kinds.contains("quote") || kinds.contains("excerpt")) out.addAll(quotes(kinds));
    return out;
  }

  /** The figures reported as states of the world with a dated as-of, for the figure rule. */
  private List<Conflict> figures() throws SQLException {
    PreparedStatement p = sql.sql(FigureQueries.COLUMNS
        + " WHERE c.subject_head <> '' AND c.as_of IS NOT NULL AND c.statement = 'state' AND c.measure NOT IN ('change', 'ratio')"
        + " AND c.pollster <> '?' AND (c.holder <> '' OR c.qualifiers <> '' OR c.subject_orgs <> '' OR c.place_key <> '')" // the rule's own filters, early
        + " ORDER BY c.subject_head, c.as_of, c.article, c.start");
    List<FigureConflicts.Row> rows = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        rows.add(new FigureConflicts.Row(r.getLong("article"), FigureQueries.figure(r), FigureQueries.variable(r),
            FigureQueries.nz(r.getString("place_key")), r.getString("holder_name"), r.getInt("quoted") == 1));
      }
    }
    return new FigureConflicts(policies.variables()).find(rows);
  }

  private List<Conflict> offices() throws SQLException {
    // no article row is read (their texts are long): dates come from the appearances, the sides of the conflicts found afterwards
    Map<Long, String> published = publishedByArticle();
    PreparedStatement p = sql.sql("SELECT t.canon AS canon, k.name AS name, t.title AS title, t.office AS office, t.past AS past,"
        + " t.article AS article, t.start AS start, t.end AS end FROM titles t JOIN canon k ON k.id = t.canon WHERE k.type = 'PERSON' AND t.office <> ''");
    List<OfficeConflicts.Row> rows = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        long article = r.getLong("article");
        String date = published.get(article);
        Side side = new Side(String.valueOf(article), r.getInt("start"), r.getInt("end"), r.getString("title"), null, null, date);
        rows.add(new OfficeConflicts.Row(r.getLong("canon"), r.getString("name"), r.getString("title"), r.getString("office"),
            r.getInt("past") == 1, date, article, side));
      }
    }
    // each person's titles together, in publication order
    rows.sort(Comparator.comparingLong(OfficeConflicts.Row::canon)
        .thenComparing(x -> x.published() == null ? "" : x.published()).thenComparingLong(OfficeConflicts.Row::article)
        .thenComparingInt(x -> x.side().start()));
    return sides(new OfficeConflicts(offices).find(rows), true);
  }

  private List<Conflict> quotes(Collection<String> kinds) throws SQLException {
    Map<Long, String> published = publishedByArticle();
    // each speaker's wording once (its first appearance), found in the index: no scan of a million syndicated quotes; a speaker
    // known in one article only ("Mattis said") is an unknown speaker here, whose quote may be a known speaker's
    PreparedStatement p = sql.sql("SELECT q.speaker_group AS speaker, k.name AS name, q.text AS text, q.article AS article,"
        + " q.start AS start, q.end AS end, q.type AS type FROM quotes q LEFT JOIN canon k ON k.id = q.speaker_group"
        + " WHERE q.rowid IN (SELECT min(rowid) FROM quotes GROUP BY speaker_group, wording) AND q.type IN ('direct', 'mixed')");
    List<QuoteVariants.Row> rows = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String text = r.getString("text");
        String words = "mixed".equals(r.getString("type")) ? QuoteVariants.quoted(text) : text; // a mixed quote's own words: in quotation marks
        if (words.isEmpty()) continue;
        long article = r.getLong("article");
        String date = published.get(article);
        Side side = new Side(String.valueOf(article), r.getInt("start"), r.getInt("end"), text, null, null, date);
        Long speaker = r.getObject("speaker") == null ? null : r.getLong("speaker");
        rows.add(new QuoteVariants.Row(speaker, r.getString("name"), words, article, date, side));
      }
    }
    List<Conflict> found = new ArrayList<>();
    for (Conflict c : policies.quotes().find(rows)) if (kinds.contains(c.kind())) found.add(c); // the sides of those asked for only
    return sides(found, false);
  }

  /** Each article's publication date, from its first appearance: the article rows themselves hold long texts. */
  private Map<Long, String> publishedByArticle() throws SQLException {
    Map<Long, String> out = new HashMap<>();
    try (ResultSet r = sql.sql("SELECT article, published FROM appearances ORDER BY rowid").executeQuery()) {
      while (r.next()) out.putIfAbsent(r.getLong("article"), r.getString("published"));
    }
    return out;
  }

  /** The sides of conflicts found on stored article ids, as readers see them: appearance id, outlet, and (for titles) the words around. */
  private List<Conflict> sides(List<Conflict> found, boolean context) throws SQLException {
    List<Conflict> out = new ArrayList<>(found.size());
    for (Conflict c : found) {
      out.add(new Conflict(c.kind(), c.about(), c.reason(), c.confidence(), side(c.left(), context), side(c.right(), context), c.evidence()));
    }
    return out;
  }

  private Side side(Side s, boolean context) throws SQLException {
    // the text is cut here, in UTF-16 units as the spans are, not by SQLite's substr (code points: an emoji before would shift it)
    PreparedStatement p = sql.bound("SELECT " + Export.firstAppearance("source_id") + " AS appearance, " + Export.firstAppearance("outlet") + " AS outlet,"
        + " CASE WHEN ? THEN a.text END AS text FROM articles a WHERE a.id = ?", context, Long.parseLong(s.article()));
    try (ResultSet r = p.executeQuery()) {
      if (!r.next()) return s;
      String around = null;
      String text = r.getString("text");
      if (context && text != null) {
        int from = Math.max(0, Math.min(text.length(), s.start() - 100)), to = Math.max(from, Math.min(text.length(), s.end() + 100));
        around = words(text.substring(from, to));
      }
      return new Side(r.getString("appearance"), s.start(), s.end(), Statements.oneLine(s.text()), around, r.getString("outlet"), s.published());
    }
  }

  /** Words around a title, cut to whole words at both ends. */
  private static String words(String around) {
    String s = Statements.oneLine(around);
    int first = s.indexOf(' '), last = s.lastIndexOf(' ');
    return first > 0 && last > first ? "\u2026" + s.substring(first, last) + "\u2026" : s;
  }
}
