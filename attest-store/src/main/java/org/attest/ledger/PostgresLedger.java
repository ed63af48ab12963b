package org.attest.ledger;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.attest.model.Article;
import org.attest.model.Document;

/**
 * The ledger in a PostgreSQL database, which several processes on several machines write and
 * read at once. The SQL is {@link SqlLedger}'s, shared with SQLite; what differs is how writers
 * take turns.
 *
 * <p>A writer holds what it adds in memory until {@link #commit()} (or until it reads: it sees its
 * own writes), then writes it all in one transaction holding a transaction-scoped advisory lock
 * that every writer of the database takes: extraction runs in parallel on every machine, the
 * writes of a batch go one writer at a time. Under the lock each article is looked up again by its
 * hash (another writer may have stored it since: it becomes an appearance) and each canonical
 * entity by its key, so two ingests of overlapping corpora store each text once and join each
 * entity once, as one ingest of their union does. The unique constraints (the text hash, an
 * entity's type and key, an appearance) stand behind the lock; a transaction the server aborts
 * (a serialization failure, a deadlock) is written again from what is held, a few times; a lost
 * connection loses the batch, as a killed SQLite ingest does, and the ingest run again resumes. An
 * article the store refuses (its rows break a constraint) is left out whole, and the commit that
 * writes the batch, having committed the rest, tells it. What {@link #add} answers is what the ledger held when it was called.
 */
final class PostgresLedger extends SqlLedger {
  /** The lock every writer of a database holds while it writes a batch. */
  static final long WRITE_LOCK = 0x4174746573745752L; // "AttestWR"
  private static final int ATTEMPTS = 5;

  /** An article to store (with its extraction), or only an appearance of a stored text ({@code document} null). */
  private record Held(String hash, Article article, Document document) {}

  private final boolean readOnly;
  private final List<Held> held = new ArrayList<>();
  private final Set<String> heldHashes = new HashSet<>();
  private final Set<String> heldAppearances = new HashSet<>();
  private final List<String> failed = new ArrayList<>(); // the articles of the batch the store refused
  private int written; // how many of the held were written in the open transaction (it holds the lock when any was)

  private PostgresLedger(Connection db, boolean readOnly) {
    super(db, Dialect.POSTGRES);
    this.readOnly = readOnly;
  }

  /** Whether a ledger location names a PostgreSQL database: {@code postgresql://...}, {@code postgres://...} or {@code jdbc:postgresql:...}. */
  static boolean names(String location) {
    return location.startsWith("postgresql://") || location.startsWith("postgres://") || location.startsWith("jdbc:postgresql:");
  }

  /** Opens the ledger in a database to write to it, making its schema when it has none. */
  static PostgresLedger open(String url) throws IOException {
    return connect(url, false);
  }

  /** Opens the ledger in a database to read it: a role that may only SELECT is enough. */
  static PostgresLedger openReadOnly(String url) throws IOException {
    return connect(url, true);
  }

  private static PostgresLedger connect(String url, boolean readOnly) throws IOException {
    Connection c = null;
    try {
      Properties props = new Properties();
      String jdbc = jdbcUrl(url, props);
      props.setProperty("reWriteBatchedInserts", "true");
      props.setProperty("ApplicationName", readOnly ? "attest (reading)" : "attest");
      c = DriverManager.getConnection(jdbc, props);
      if (readOnly) {
        c.setReadOnly(true);
        c.setAutoCommit(true); // each query its own snapshot: no transaction left open by a reader
        Schema.checkPostgres(c);
      } else {
        c.setAutoCommit(false);
        Schema.createPostgres(c);
      }
      return new PostgresLedger(c, readOnly);
    } catch (SQLException | IOException e) {
      close(c);
      throw new IOException(shown(url) + ": cannot open the ledger: " + e.getMessage(), e);
    }
  }

  /**
   * The JDBC URL of a ledger location; a user and password given in a {@code postgresql://user:pass@host:port/db}
   * URL go into the connection's properties (the driver does not read them from the URL), else
   * {@code PGUSER} and {@code PGPASSWORD} from the environment when set.
   */
  static String jdbcUrl(String location, Properties props) {
    String env = System.getenv("PGUSER");
    if (env != null) props.setProperty("user", env);
    env = System.getenv("PGPASSWORD");
    if (env != null) props.setProperty("password", env);
    if (location.startsWith("jdbc:postgresql:")) return location;
    URI u = URI.create(location);
    if (u.getRawUserInfo() != null) {
      String info = u.getRawUserInfo();
      int colon = info.indexOf(':');
      props.setProperty("user", URLDecoder.decode(colon < 0 ? info : info.substring(0, colon), StandardCharsets.UTF_8));
      if (colon >= 0) props.setProperty("password", URLDecoder.decode(info.substring(colon + 1), StandardCharsets.UTF_8));
    }
    String host = u.getHost() == null ? "localhost" : u.getHost();
    return "jdbc:postgresql://" + host + (u.getPort() < 0 ? "" : ":" + u.getPort()) + (u.getRawPath() == null ? "/" : u.getRawPath())
        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
  }

  /** A location as messages show it: without its password. */
  static String shown(String location) {
    return location.replaceFirst("^([a-z:]+//[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  private static void close(Connection c) {
    try {
      if (c != null) c.close();
    } catch (SQLException ignored) {
      // already failing: the first error is the one to tell
    }
  }

  @Override
  public boolean contains(String hash) throws IOException {
    return heldHashes.contains(hash) || super.contains(hash);
  }

  @Override
  public Added appearance(String hash, Article article) throws IOException {
    if (!contains(hash)) throw new IllegalArgumentException("no article with hash " + hash);
    return hold(new Held(hash, article, null), true);
  }

  @Override
  public Added add(Article article, Document document) throws IOException {
    String hash = ContentHash.of(article.text());
    boolean known = contains(hash);
    return hold(new Held(hash, article, known ? null : document), known);
  }

  /** Holds a write until the batch is written; what it adds, as far as this writer knows now ({@code known}: whether the text is). */
  private Added hold(Held h, boolean known) throws IOException {
    if (readOnly) throw new IOException("ledger: opened to read; it takes no writes");
    Origin o = origin(h);
    Added added;
    if (!known) {
      added = Added.NEW;
    } else if (heldAppearances.contains(o.key()) || stored(h, o)) {
      return Added.UNCHANGED;
    } else {
      added = Added.APPEARANCE;
    }
    held.add(h);
    heldHashes.add(h.hash());
    heldAppearances.add(o.key());
    if (written > 0) write(); // the transaction holds the lock already: write through, as SQLite does
    return added;
  }

  /** An appearance's key: its id, its text and its origin, as the appearances' primary key takes them. */
  private record Origin(String key, String sourceId, String originKey) {}

  private static Origin origin(Held h) {
    String sourceId = ArticleWrites.sourceId(h.article(), h.hash());
    String originKey = h.article().origin() == null ? "" : h.article().origin().key();
    return new Origin(sourceId + "\u0000" + h.hash() + "\u0000" + originKey, sourceId, originKey);
  }

  private boolean stored(Held h, Origin o) throws IOException {
    return Statements.io(() -> Statements.first(sql.bound("SELECT 1 AS found FROM appearances p JOIN articles a ON a.id = p.article"
        + " WHERE a.hash = ? AND p.source_id = ? AND p.origin_key = ?", h.hash(), o.sourceId(), o.originKey()), "found") != null);
  }

  /** Writes what is held and not yet written, in the open transaction, holding the writers' lock. */
  private void write() throws IOException {
    if (written == held.size()) return;
    Statements.io(() -> {
      if (written == 0) {
        try (Statement s = sql.connection().createStatement()) {
          s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
        }
      }
      return null;
    });
    while (written < held.size()) {
      Held h = held.get(written);
      // looked up again under the lock (by the writes, for an article): another writer may have stored the text since it was held
      if (h.document() == null) {
        Statements.io(() -> writes.appearance(h.hash(), h.article()));
      } else {
        try {
          writes.add(h.article(), h.document());
        } catch (IOException e) { // the article's savepoint undid all of it: the batch goes on without it
          if (retryable(e)) throw e;
          failed.add((h.article().id() == null ? h.hash() : h.article().id()) + ": " + e.getMessage());
          held.remove(written);
          continue;
        }
      }
      written++;
    }
  }

  @Override
  void beforeRead() throws IOException {
    if (!held.isEmpty()) write();
  }

  @Override
  public void commit() throws IOException {
    if (readOnly) return;
    for (int attempt = 1; ; attempt++) {
      try {
        write();
        Statements.io(() -> {
          sql.connection().commit();
          return null;
        });
        held.clear();
        heldHashes.clear();
        heldAppearances.clear();
        written = 0;
        if (!failed.isEmpty()) {
          String told = String.join("; ", failed);
          failed.clear();
          throw new IOException("ledger: not stored (the rest of the batch is committed): " + told);
        }
        return;
      } catch (IOException e) {
        if (attempt >= ATTEMPTS || !retryable(e)) throw e;
        rollback();
      }
    }
  }

  /** A failure the server may not repeat: a serialization failure, a deadlock. */
  private static boolean retryable(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException q && q.getSQLState() != null) {
        String state = q.getSQLState();
        return state.equals("40001") || state.equals("40P01");
      }
    }
    return false;
  }

  private void rollback() throws IOException {
    failed.clear();
    Statements.io(() -> {
      sql.clearBatches();
      sql.connection().rollback();
      return null;
    });
    written = 0;
  }

  @Override
  public void close() throws IOException {
    held.clear();
    sql.close(); // rolls back what was not committed
  }
}
