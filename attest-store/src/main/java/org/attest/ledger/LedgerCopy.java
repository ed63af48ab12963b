package org.attest.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A ledger copied, row for row, into an empty PostgreSQL ledger with COPY: a folder moved to a
 * server, or the benchmark's large ledger made once and loaded into the other store. Ids and
 * insertion order (SQLite's rowid) are kept, so the copy answers every query as the original.
 */
final class LedgerCopy {
  /** The tables in the order their rows may go in; those that keep SQLite's rowid as a column on the server. */
  private static final List<String> TABLES = List.of("articles", "appearances", "canon", "entities", "mentions", "titles", "quotes",
      "quantities", "times", "claims", "search");
  private static final List<String> WITH_ROWID = List.of("appearances", "quotes");

  private LedgerCopy() {}

  static long copy(SqlLedger from, PostgresLedger to) throws IOException {
    if (to.stats().articles() > 0) throw new IOException("ledger: the copy goes into an empty ledger; this one holds articles");
    Connection in = from.connection(), out = to.connection();
    try {
      if (!isSqlite(in)) throw new IOException("ledger: a copy is made from a ledger in a folder");
    } catch (SQLException e) {
      throw Statements.io(e);
    }
    long rows = 0;
    try {
      try (Statement s = out.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + PostgresLedger.WRITE_LOCK + ")");
      }
      for (String table : TABLES) rows += table(in, out, table);
      try (Statement s = out.createStatement()) {
        for (String[] seq : new String[][] {{"articles", "id"}, {"canon", "id"}, {"appearances", "rowid"}, {"quotes", "rowid"}, {"search", "id"}}) {
          s.execute("SELECT setval(pg_get_serial_sequence('" + seq[0] + "', '" + seq[1] + "'), coalesce((SELECT max(" + seq[1] + ") FROM "
              + seq[0] + "), 0) + 1, false)");
        }
      }
      out.commit();
      try (Statement s = out.createStatement()) {
        out.setAutoCommit(true);
        s.execute("ANALYZE");
        out.setAutoCommit(false);
      }
      return rows;
    } catch (SQLException e) {
      throw Statements.io(e);
    }
  }

  private static long table(Connection in, Connection out, String table) throws SQLException {
    String select = table.equals("search") ? "SELECT rowid AS id, text, kind, article, ref FROM search ORDER BY rowid"
        : "SELECT " + (WITH_ROWID.contains(table) ? "rowid AS rowid, " : "") + "* FROM " + table;
    long n = 0;
    try (Statement s = in.createStatement()) {
      s.setFetchSize(10_000);
      try (ResultSet r = s.executeQuery(select)) {
        ResultSetMetaData m = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          String c = m.getColumnLabel(i);
          if (!c.equals("words")) columns.add(c); // the server computes the search vector
        }
        CopyIn copy = out.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + "(\"" + String.join("\", \"", columns)
            + "\") FROM STDIN (FORMAT csv)");
        try {
          StringBuilder chunk = new StringBuilder(1 << 20);
          while (r.next()) {
            for (int i = 0; i < columns.size(); i++) {
              if (i > 0) chunk.append(',');
              String v = r.getString(columns.get(i));
              if (v != null) chunk.append('"').append(v.replace("\"", "\"\"")).append('"');
            }
            chunk.append('\n');
            n++;
            if (chunk.length() > 1 << 20) {
              byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
              copy.writeToCopy(b, 0, b.length);
              chunk.setLength(0);
            }
          }
          byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(b, 0, b.length);
          copy.endCopy();
        } finally {
          if (copy.isActive()) copy.cancelCopy();
        }
      }
    }
    return n;
  }

  private static boolean isSqlite(Connection c) throws SQLException {
    return c.getMetaData().getURL().startsWith("jdbc:sqlite:");
  }
}
