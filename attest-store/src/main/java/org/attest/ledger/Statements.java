package org.attest.ledger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's connection and its prepared statements, each prepared once and kept: the parts of
 * the ledger ask for a statement by its SQL. Also the few ways every part binds and reads values.
 */
final class Statements implements AutoCloseable {
  /** A call to the database, whose {@link SQLException} becomes the ledger's {@link IOException}. */
  @FunctionalInterface
  interface Call<T> {
    T run() throws SQLException, IOException;
  }

  private final Connection db;
  private final Dialect dialect;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  Statements(Connection db, Dialect dialect) {
    this.db = db;
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  Connection connection() {
    return db;
  }

  /** The statement of this SQL, prepared the first time it is asked for. */
  PreparedStatement sql(String query) throws SQLException {
    PreparedStatement p = prepared.get(query);
    if (p == null) {
      p = db.prepareStatement(query);
      prepared.put(query, p);
    }
    return p;
  }

  /** Runs a call, its SQL failure told as the ledger's. */
  static <T> T io(Call<T> call) throws IOException {
    try {
      return call.run();
    } catch (SQLException e) {
      throw io(e);
    }
  }

  static IOException io(SQLException e) {
    return new IOException("ledger: " + e.getMessage(), e);
  }

  /** Drops the rows batched and not yet written: an article given up halfway leaves none behind. */
  void clearBatches() throws SQLException {
    for (PreparedStatement p : prepared.values()) p.clearBatch();
  }

  /** The row id of the last row inserted. */
  long lastRowId() throws SQLException {
    try (ResultSet r = sql(dialect.lastRowId()).executeQuery()) {
      r.next();
      return r.getLong("id");
    }
  }

  /** The statement of this SQL with its parameters bound in order, a null as SQL's NULL. */
  PreparedStatement bound(String query, Object... values) throws SQLException {
    PreparedStatement p = sql(query);
    for (int i = 0; i < values.length; i++) p.setObject(i + 1, values[i]);
    return p;
  }

  /** How a row becomes a value. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** Every row of a query, each read into a value. */
  static <T> List<T> rows(PreparedStatement p, Row<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) out.add(row.read(r));
    }
    return out;
  }

  /** The integer in the named column of the first row, or null when there is no row. */
  static Long first(PreparedStatement p, String column) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      return r.next() ? r.getLong(column) : null;
    }
  }

  /** A number column that may be null. */
  static Double doubleOrNull(ResultSet r, String column) throws SQLException {
    return r.getObject(column) == null ? null : r.getDouble(column);
  }

  /** Text with its white space made single spaces, for one line of output; "" for none. */
  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** Closes the statements, then rolls back what was not committed, then closes the connection; the first failure is told. */
  @Override
  public void close() throws IOException {
    SQLException failed = null;
    for (PreparedStatement p : prepared.values()) {
      try {
        p.close();
      } catch (SQLException e) {
        failed = failed == null ? e : failed;
      }
    }
    try {
      if (!db.getAutoCommit()) db.rollback(); // what was not committed was not meant to stay
    } catch (SQLException e) {
      failed = failed == null ? e : failed;
    }
    try {
      db.close();
    } catch (SQLException e) {
      failed = failed == null ? e : failed;
    }
    if (failed != null) throw io(failed);
  }
}
