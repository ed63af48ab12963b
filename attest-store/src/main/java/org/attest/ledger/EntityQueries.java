package org.attest.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Canonical entities read back: who said what, an entity found by name, its profile and its quotes, a mention's identity. */
final class EntityQueries extends LedgerPart {
  /** A quote with its speaker's canonical name and its article's first appearance, as {@link #said} reads it. */
  private static final String SAID = "SELECT k.name AS speaker, q.text AS text, q.type AS type, a.published AS published, "
      + Export.firstAppearance("outlet") + " AS outlet, " + Export.firstAppearance("source_id") + " AS appearance, q.start AS start, q.end AS end";

  private static final String BY_ENTITY = SAID + " FROM quotes q JOIN canon k ON k.id = q.speaker_canon JOIN articles a ON a.id = q.article"
      + " WHERE q.speaker_canon = ? ORDER BY a.published DESC NULLS LAST, a.id DESC, q.start LIMIT ? OFFSET ?";

  EntityQueries(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** The canonical entity of the mention at a span of an article (for {@code attest eval ledger}). */
  Optional<Ledger.Identity> identityAt(String article, int start, int end) throws SQLException {
    // the name mention first; one that names no one for sure (canon -1) answers "no one", not the nominal around it
    PreparedStatement p = sql.bound("SELECT k.id AS id, k.type AS type, k.name AS name, e.evidence AS evidence FROM appearances ap"
        + " JOIN mentions m ON m.article = ap.article"
        + " JOIN entities e ON e.article = m.article AND e.eid = m.eid LEFT JOIN canon k ON k.id = coalesce(m.canon, e.canon)"
        + " WHERE (ap.source_id = ? OR ap.given_id = ?) AND m.start < ? AND m.end > ? ORDER BY (m.kind = 'name') DESC, m.start LIMIT 1", article, article, end, start);
    try (ResultSet r = p.executeQuery()) {
      if (!r.next() || r.getObject("id") == null) return Optional.empty();
      return Optional.of(new Ledger.Identity(r.getLong("id"), r.getString("type"), r.getString("name"), r.getString("evidence")));
    }
  }

  /** What a person said: "James Mattis" asks for him, "Mattis" for every Mattis, "George W. Bush" not for George H. W. Bush. */
  List<Ledger.Said> who(String name) throws SQLException {
    String key = people.key(name);
    String surname = people.surname(name);
    if (key == null && surname.isEmpty()) return List.of(); // "!!!" names no one
    String initials = people.initials(name);
    String full = key == null ? "" : key;
    String initialled = key == null || initials.isEmpty() ? "" : key + "#" + initials;
    // the namesakes kept apart ("Bob Mason, a letter carrier") are named so too: keys from "key~" to "key~\uffff"
    String namesakes = key == null ? "" : key + "~", namesakesEnd = key == null ? "" : key + "~\uffff";
    return Statements.rows(sql.bound(SAID
        + " FROM canon k JOIN quotes q ON q.speaker_canon = k.id JOIN articles a ON a.id = q.article"
        // one indexed lookup each (an OR of them would read every person)
        + " WHERE k.id IN (SELECT id FROM canon WHERE type = 'PERSON' AND key = ? AND (? = '' OR initials IN ('', ?))"
        + "   UNION SELECT id FROM canon WHERE type = 'PERSON' AND key = ?"
        + "   UNION SELECT id FROM canon WHERE type = 'PERSON' AND key > ? AND key < ?"
        + "   UNION SELECT id FROM canon WHERE CAST(? AS TEXT) IS NULL AND surname = ? AND type = 'PERSON')"
        + " ORDER BY a.published NULLS FIRST, a.id, q.start", full, initials, initials, initialled, namesakes, namesakesEnd, key, surname), EntityQueries::said);
  }

  /** An entity's quotes, newest first. */
  List<Ledger.Said> quotesBy(long entity, int offset, int limit) throws SQLException {
    return Statements.rows(sql.bound(BY_ENTITY, entity, limit, offset), EntityQueries::said);
  }

  private static Ledger.Said said(ResultSet r) throws SQLException {
    return new Ledger.Said(r.getString("speaker"), Statements.oneLine(r.getString("text")), r.getString("type"), r.getString("appearance"),
        r.getString("outlet"), r.getString("published"), r.getInt("start"), r.getInt("end"));
  }

  /** Canonical entities whose name holds the words asked for (LIKE, its wildcards escaped): the exact name first, then the shortest. */
  List<Ledger.Named> named(String name, String type, int offset, int limit) throws SQLException {
    String wanted = name == null ? "" : Statements.oneLine(name);
    PreparedStatement p = sql.bound("SELECT k.id AS id, k.type AS type, k.name AS name,"
        + " (SELECT count(*) FROM entities e WHERE e.canon = k.id) AS articles"
        + " FROM canon k WHERE (? = '' OR lower(k.name) LIKE '%' || lower(?) || '%' ESCAPE '\\') AND (CAST(? AS TEXT) IS NULL OR k.type = ?)"
        + " ORDER BY (lower(k.name) = lower(?)) DESC, length(k.name), k.id LIMIT ? OFFSET ?",
        wanted, wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"), type, type, wanted, limit, offset);
    return Statements.rows(p, r -> new Ledger.Named(r.getLong("id"), r.getString("type"), r.getString("name"), r.getLong("articles")));
  }

  /** A canonical entity with the other names its articles gave it and the offices it was given. */
  Optional<Ledger.Profile> profile(long id) throws SQLException {
    PreparedStatement p = sql.bound("SELECT type, name FROM canon WHERE id = ?", id);
    String type, name;
    try (ResultSet r = p.executeQuery()) {
      if (!r.next()) return Optional.empty();
      type = r.getString("type");
      name = r.getString("name");
    }
    List<String> aliases = new ArrayList<>();
    PreparedStatement a = sql.bound("SELECT DISTINCT name FROM entities WHERE canon = ? AND name IS NOT NULL LIMIT 50", id);
    try (ResultSet r = a.executeQuery()) {
      while (r.next()) if (!r.getString("name").equals(name)) aliases.add(r.getString("name"));
    }
    PreparedStatement t = sql.bound("SELECT t.title AS title, t.office AS office, t.past AS past, " + Export.firstAppearance("source_id")
        + " AS appearance, a.published AS published FROM titles t JOIN articles a ON a.id = t.article WHERE t.canon = ?"
        + " ORDER BY a.published NULLS FIRST, a.id, t.start LIMIT 200", id);
    List<Ledger.Office> held = Statements.rows(t, r -> new Ledger.Office(Statements.oneLine(r.getString("title")), r.getString("office"),
        r.getInt("past") == 1, r.getString("appearance"), r.getString("published")));
    return Optional.of(new Ledger.Profile(id, type, name, List.copyOf(aliases), List.copyOf(held)));
  }
}
