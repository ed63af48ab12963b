package org.attest.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.attest.model.Article;
import org.attest.model.Document;

/**
 * The ledger in one SQLite file ({@code ledger.db} in the ledger's folder), with FTS5 for full
 * text. Writes go into one open transaction until {@link #commit()}: a crash loses the batch in
 * hand and nothing committed, and the same texts added again are skipped by their hash, so an
 * interrupted ingest resumes where it stopped. Not thread-safe.
 *
 * <p>This class opens the file and wires the parts: {@link Schema}; the writes ({@link ArticleWrites},
 * {@link EntityWrites} with {@link Identities}, {@link QuoteWrites}, {@link FigureWrites},
 * {@link TextSearch}); the queries ({@link FigureQueries}, {@link ConflictRows}, {@link EntityQueries},
 * {@link ArticleQueries}, {@link Export}). The judgments are the policies' ({@link People},
 * {@link Variables}, {@link Offices}, {@link FigureConflicts}, {@link OfficeConflicts},
 * {@link QuoteVariants}), which read no SQL.
 */
public final class SqliteLedger implements Ledger {
  private final Statements sql;
  private final FileChannel lockFile; // held by the one writer of a ledger; null for a reader
  private final ArticleWrites writes;
  private final TextSearch search;
  private final FigureQueries figures;
  private final ConflictRows conflicts;
  private final EntityQueries entities;
  private final ArticleQueries articles;

  private SqliteLedger(Connection db, FileChannel lockFile) {
    this.sql = new Statements(db);
    this.lockFile = lockFile;
    Policies policies = Policies.of("en");
    this.writes = new ArticleWrites(sql, policies);
    this.search = new TextSearch(sql, policies);
    this.figures = new FigureQueries(sql, policies);
    this.conflicts = new ConflictRows(sql, policies);
    this.entities = new EntityQueries(sql, policies);
    this.articles = new ArticleQueries(sql, policies);
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
  public boolean contains(String hash) throws IOException {
    return Statements.io(() -> writes.articleId(hash) >= 0);
  }

  @Override
  public Added appearance(String hash, Article article) throws IOException {
    return Statements.io(() -> writes.appearance(hash, article));
  }

  @Override
  public Added add(Article article, Document d) throws IOException {
    return writes.add(article, d);
  }

  @Override
  public void commit() throws IOException {
    Statements.io(() -> {
      sql.connection().commit();
      return null;
    });
  }

  @Override
  public long version() throws IOException {
    return Statements.io(articles::version);
  }

  @Override
  public Stats stats() throws IOException {
    return Statements.io(articles::stats);
  }

  @Override
  public List<Figure> figures(String subject, String place, String since, String until, int limit) throws IOException {
    return Statements.io(() -> figures.timeline(subject, place, since, until, limit));
  }

  @Override
  public List<Said> who(String name) throws IOException {
    return Statements.io(() -> entities.who(name));
  }

  @Override
  public List<Hit> search(String text, int limit) throws IOException {
    return Statements.io(() -> search.search(text, limit));
  }

  @Override
  public Optional<Identity> identityAt(String article, int start, int end) throws IOException {
    return Statements.io(() -> entities.identityAt(article, start, end));
  }

  @Override
  public Optional<String> show(String article) throws IOException {
    return Statements.io(() -> articles.show(article));
  }

  @Override
  public List<Named> entities(String name, String type, int offset, int limit) throws IOException {
    return Statements.io(() -> entities.named(name, type, offset, limit));
  }

  @Override
  public List<Listed> articles(String outlet, String since, String until, int offset, int limit) throws IOException {
    return Statements.io(() -> articles.list(outlet, since, until, offset, limit));
  }

  @Override
  public List<Conflict> conflicts(Collection<String> kinds) throws IOException {
    return Statements.io(() -> conflicts.find(kinds));
  }

  @Override
  public Optional<Profile> entity(long id) throws IOException {
    return Statements.io(() -> entities.profile(id));
  }

  @Override
  public List<Said> quotesBy(long entity, int offset, int limit) throws IOException {
    return Statements.io(() -> entities.quotesBy(entity, offset, limit));
  }

  @Override
  public List<Figure> figuresFrom(long entity, int limit) throws IOException {
    return Statements.io(() -> figures.from(entity, limit));
  }

  @Override
  public Optional<Stored> article(String ref) throws IOException {
    return Statements.io(() -> articles.article(ref));
  }

  @Override
  public void export(String format, OutputStream out) throws IOException {
    Connection db = sql.connection();
    Statements.io(() -> {
      switch (format) {
        case "jsonl" -> Export.jsonl(db, out);
        case "csv" -> Export.csv(db, out);
        case "claimreview" -> Export.claimReview(db, out);
        case "parquet" -> Export.parquet(db, out);
        default -> throw new IllegalArgumentException("unknown export format " + format + ": jsonl, csv, parquet or claimreview");
      }
      return null;
    });
  }

  @Override
  public List<Listed> articlesOf(long entity, int offset, int limit) throws IOException {
    return Statements.io(() -> articles.of(entity, offset, limit));
  }

  @Override
  public void close() throws IOException {
    try {
      sql.close();
    } finally {
      if (lockFile != null) lockFile.close(); // releases the lock
    }
  }

  /** The connection, for the benchmark's bulk copies and the tests. */
  Connection connection() {
    return sql.connection();
  }
}
