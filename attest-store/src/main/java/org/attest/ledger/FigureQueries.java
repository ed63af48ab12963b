package org.attest.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Figures read back: a subject's timeline (as-of order, straight from the {@code claims_timeline}
 * index), an entity's figures, and the rows of the figure rule. Every figure row has the columns of
 * {@link #COLUMNS}, read by {@link #figure} and {@link #variable}.
 */
final class FigureQueries extends LedgerPart {
  /** A claim with its quantity, and its holder's canonical name when the holder is an entity ("#12"). */
  static final String COLUMNS = "SELECT c.as_of AS as_of, c.as_of_start AS as_of_start, q.text AS figure, q.low AS low, q.high AS high,"
      + " q.modifier AS modifier, q.unit AS unit, c.subject AS subject, c.place AS place, c.source_name AS source_name, c.via AS via,"
      + " c.outlet AS outlet, c.appearance AS appearance, c.published AS published, c.sentence AS sentence, c.subject_orgs AS subject_orgs,"
      + " c.place_key AS place_key, c.as_of_month AS as_of_month, c.article AS article, c.source_canon AS source_canon,"
      + " q.start AS figure_start, q.end AS figure_end, c.subject_head AS subject_head, c.qualifiers AS qualifiers, c.holder AS holder,"
      + " c.measure AS measure, c.pollster AS pollster, c.statement AS statement,"
      + " (SELECT h.name FROM canon h WHERE h.id = CASE WHEN c.holder LIKE '#%' THEN CAST(substr(c.holder, 2) AS BIGINT) END) AS holder_name, c.quoted AS quoted"
      + " FROM claims c JOIN quantities q ON q.article = c.article AND q.nid = c.nid";

  FigureQueries(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** The figures of a subject, in as-of order: the dated ones, then (without {@code since} or {@code until}) the undated ones. */
  List<Ledger.Figure> timeline(String subject, String place, String since, String until, int limit) throws SQLException {
    Keys.Subject wanted = keys.subject(subject);
    String placeKey = keys.place(place);
    List<Ledger.Figure> out = new ArrayList<>();
    if (wanted.head().isEmpty()) return out; // "ISIS" alone counts nothing: no figure is about it
    PreparedStatement p = sql.bound(COLUMNS
        + " WHERE c.subject_head = ? AND c.as_of_start >= coalesce(?, '') AND c.as_of_start <= coalesce(?, '9999')"
        + " ORDER BY c.as_of_start, c.published NULLS FIRST, c.article, c.start", wanted.head(), since, until);
    collect(p, wanted, placeKey, limit, out);
    if (since == null && until == null && out.size() < limit) {
      PreparedStatement u = sql.bound(COLUMNS + " WHERE c.subject_head = ? AND c.as_of_start IS NULL ORDER BY c.published NULLS FIRST, c.article, c.start", wanted.head());
      collect(u, wanted, placeKey, limit, out);
    }
    return out;
  }

  private void collect(PreparedStatement p, Keys.Subject wanted, String placeKey, int limit, List<Ledger.Figure> out) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      while (out.size() < limit && r.next()) {
        if (!new Keys.Subject(wanted.head(), r.getString("subject_orgs")).sameAs(wanted)) continue;
        if (!placeKey.isEmpty() && !placeMatches(placeKey, r.getString("place_key"))) continue;
        if (!qualifiersMatch(wanted.qualifiers(), r)) continue;
        out.add(figure(r));
      }
    }
  }

  /**
   * Whether every qualifier asked for ("democratic" of "Democratic voters", "cruz" of "Cruz's
   * delegates") is among the figure's qualifiers, its organisations, its holder's name or its place.
   */
  private static boolean qualifiersMatch(String wanted, ResultSet r) throws SQLException {
    if (wanted.isEmpty()) return true;
    Set<String> have = new HashSet<>();
    String qualifiers = r.getString("qualifiers");
    have.addAll(List.of(qualifiers == null ? new String[0] : qualifiers.split(" ")));
    for (String column : new String[] {"subject_orgs", "place_key", "holder_name", "place"}) {
      String part = r.getString(column);
      if (part != null) have.addAll(Keys.words(part.replace(',', ' ').replace('|', ' ')));
    }
    for (String w : wanted.split(" ")) if (!have.contains(w)) return false;
    return true;
  }

  /** A place asked for matches a figure's place when it names one of its parts ("Syria" in "Iraq and Syria"). */
  private static boolean placeMatches(String wanted, String have) {
    if (have == null || have.isEmpty()) return false;
    for (String w : wanted.split("\\|")) if (!List.of(have.split("\\|")).contains(w)) return false;
    return true;
  }

  /** The figures an entity is the source of, the latest as-of first. */
  List<Ledger.Figure> from(long entity, int limit) throws SQLException {
    PreparedStatement p = sql.bound(COLUMNS + " WHERE c.source_canon = ?"
        + " ORDER BY c.as_of_start IS NULL, c.as_of_start DESC, c.published DESC NULLS LAST, c.article, c.start LIMIT ?", entity, limit);
    return Statements.rows(p, FigureQueries::figure);
  }

  /** The variable of a figure row, as {@link Variables} made it at ingest. */
  static Variables.Variable variable(ResultSet r) throws SQLException {
    return new Variables.Variable(nz(r.getString("subject_head")), nz(r.getString("qualifiers")), nz(r.getString("subject_orgs")),
        nz(r.getString("holder")), nz(r.getString("measure")), nz(r.getString("pollster")),
        r.getString("statement") == null ? "state" : r.getString("statement"));
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }

  /** A figure row as the faces see it. */
  static Ledger.Figure figure(ResultSet r) throws SQLException {
    String via = r.getString("via");
    Variables.Variable v = variable(r);
    return new Ledger.Figure(r.getString("as_of"), r.getString("as_of_start"), r.getString("figure"), Statements.doubleOrNull(r, "low"),
        Statements.doubleOrNull(r, "high"), r.getString("modifier"), r.getString("unit"), r.getString("subject"), r.getString("place"),
        r.getString("source_name"), via == null ? List.of() : List.of(via.split("\u001f")), r.getString("outlet"), r.getString("appearance"),
        r.getString("published"), r.getString("sentence"), r.getInt("figure_start"), r.getInt("figure_end"),
        FigureConflicts.describe(v, r.getString("holder_name"), null), v.statement());
  }
}
