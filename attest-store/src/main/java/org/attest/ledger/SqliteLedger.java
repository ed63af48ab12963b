package org.attest.ledger;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ledger in one SQLite file ({@code ledger.db} in the ledger's folder), with FTS5 for full
 * text. Writes go into one open transaction until {@link #commit()}: a crash loses the batch in
 * hand and nothing committed, and the same texts added again are skipped by their hash, so an
 * interrupted ingest resumes where it stopped. Not thread-safe.
 *
 * <p>This class opens the file, makes the {@link Schema} and keeps to one writer (a file lock); the
 * rest is {@link SqlLedger}'s, shared with the PostgreSQL ledger.
 */
public final class SqliteLedger extends SqlLedger {
  private final FileChannel lockFile; // held by the one writer of a ledger; null for a reader

  private SqliteLedger(Connection db, FileChannel lockFile) {
    super(db, Dialect.SQLITE);
    this.lockFile = lockFile;
  }

  /**
   * Opens (or creates) the ledger in {@code dir} to write to it. One writer at a time: a second
   * one is refused at once ({@code dir/.lock}), readers go on alongside (WAL).
   */
  public static SqliteLedger open(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(dir + ": not a folder; a ledger is a folder");
    Files.createDirectories(dir);
    FileChannel lock = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      if (lock.tryLock() == null) throw new IOException(dir + ": another process is writing to this ledger (an ingest?); try again when it is done");
    } catch (OverlappingFileLockException e) {
      lock.close();
      throw new IOException(dir + ": this process is already writing to this ledger", e);
    } catch (IOException e) {
      lock.close();
      throw e;
    }
    try {
      return connect(dir, false, lock, false);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Opens an existing ledger to read it: no write, no lock; works while an ingest writes. */
  public static SqliteLedger openReadOnly(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("ledger.db"))) throw new IOException(dir + ": no ledger here");
    try {
      return connect(dir, true, null, false);
    } catch (IOException e) {
      // a ledger in a folder no one may write to (a shared, read-only copy): SQLite cannot make its WAL index there; read it as immutable
      if (Files.exists(dir.resolve("ledger.db-wal"))) throw e;
      return connect(dir, true, null, true);
    }
  }

  private static SqliteLedger connect(Path dir, boolean readOnly, FileChannel lock, boolean immutable) throws IOException {
    Connection c = null;
    try {
      org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
      config.setReadOnly(readOnly);
      config.setBusyTimeout(10000);
      c = config.createConnection(immutable ? "jdbc:sqlite:file:" + dir.resolve("ledger.db").toAbsolutePath() + "?immutable=1"
          : "jdbc:sqlite:" + dir.resolve("ledger.db").toAbsolutePath());
      try (Statement s = c.createStatement()) {
        if (!readOnly) {
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          s.execute("PRAGMA temp_store=MEMORY");
        }
        s.execute("PRAGMA cache_size=-65536"); // 64 MB of pages: the indexes of a large ledger stay in memory
      }
      c.setAutoCommit(false);
      if (readOnly) Schema.check(c);
      else Schema.create(c);
      return new SqliteLedger(c, lock);
    } catch (SQLException e) {
      close(c);
      throw new IOException(dir + ": cannot open the ledger: " + e.getMessage(), e);
    } catch (IOException e) {
      close(c);
      throw new IOException(dir + ": " + e.getMessage(), e);
    }
  }

  private static void close(Connection c) {
    try {
      if (c != null) c.close();
    } catch (SQLException ignored) {
      // already failing: the first error is the one to tell
    }
  }

  @Override
  public void close() throws IOException {
    try {
      sql.close();
    } finally {
      if (lockFile != null) lockFile.close(); // releases the lock
    }
  }
}
