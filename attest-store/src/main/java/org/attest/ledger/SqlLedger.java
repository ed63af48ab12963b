package org.attest.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.attest.model.Article;
import org.attest.model.Document;

/**
 * The ledger on a SQL connection, whichever the store: it wires the parts, shared by both stores
 * ({@link SqliteLedger}, {@link PostgresLedger}), each of which only opens its connection, makes
 * its schema and says how its writers take turns. The parts: the writes ({@link ArticleWrites},
 * {@link EntityWrites} with {@link Identities}, {@link QuoteWrites}, {@link FigureWrites},
 * {@link TextSearch}); the queries ({@link FigureQueries}, {@link ConflictRows}, {@link EntityQueries},
 * {@link ArticleQueries}, {@link Export}). The judgments are the policies' ({@link People},
 * {@link Variables}, {@link Offices}, {@link FigureConflicts}, {@link OfficeConflicts},
 * {@link QuoteVariants}), which read no SQL. Where the stores' SQL differs, {@link Dialect} says it.
 */
abstract class SqlLedger implements Ledger {
  final Statements sql;
  final ArticleWrites writes;
  private final TextSearch search;
  private final FigureQueries figures;
  private final ConflictRows conflicts;
  private final EntityQueries entities;
  private final ArticleQueries articles;

  SqlLedger(Connection db, Dialect dialect) {
    this.sql = new Statements(db, dialect);
    Policies policies = Policies.of("en");
    this.writes = new ArticleWrites(sql, policies);
    this.search = new TextSearch(sql, policies);
    this.figures = new FigureQueries(sql, policies);
    this.conflicts = new ConflictRows(sql, policies);
    this.entities = new EntityQueries(sql, policies);
    this.articles = new ArticleQueries(sql, policies);
  }

  /** What a store does before it answers a query: a store that holds writes back writes them first. */
  void beforeRead() throws IOException {}

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
    beforeRead();
    return Statements.io(articles::version);
  }

  @Override
  public long size() throws IOException {
    beforeRead();
    return Statements.io(() -> Statements.first(sql.sql(sql.dialect().size()), "size"));
  }

  @Override
  public Stats stats() throws IOException {
    beforeRead();
    return Statements.io(articles::stats);
  }

  @Override
  public List<Figure> figures(String subject, String place, String since, String until, int limit) throws IOException {
    beforeRead();
    return Statements.io(() -> figures.timeline(subject, place, since, until, limit));
  }

  @Override
  public List<Said> who(String name) throws IOException {
    beforeRead();
    return Statements.io(() -> entities.who(name));
  }

  @Override
  public List<Hit> search(String text, int limit) throws IOException {
    beforeRead();
    return Statements.io(() -> search.search(text, limit));
  }

  @Override
  public Optional<Identity> identityAt(String article, int start, int end) throws IOException {
    beforeRead();
    return Statements.io(() -> entities.identityAt(article, start, end));
  }

  @Override
  public Optional<String> show(String article) throws IOException {
    beforeRead();
    return Statements.io(() -> articles.show(article));
  }

  @Override
  public List<Named> entities(String name, String type, int offset, int limit) throws IOException {
    beforeRead();
    return Statements.io(() -> entities.named(name, type, offset, limit));
  }

  @Override
  public List<Listed> articles(String outlet, String since, String until, int offset, int limit) throws IOException {
    beforeRead();
    return Statements.io(() -> articles.list(outlet, since, until, offset, limit));
  }

  @Override
  public List<Conflict> conflicts(Collection<String> kinds) throws IOException {
    beforeRead();
    return Statements.io(() -> conflicts.find(kinds));
  }

  @Override
  public Optional<Profile> entity(long id) throws IOException {
    beforeRead();
    return Statements.io(() -> entities.profile(id));
  }

  @Override
  public List<Said> quotesBy(long entity, int offset, int limit) throws IOException {
    beforeRead();
    return Statements.io(() -> entities.quotesBy(entity, offset, limit));
  }

  @Override
  public List<Figure> figuresFrom(long entity, int limit) throws IOException {
    beforeRead();
    return Statements.io(() -> figures.from(entity, limit));
  }

  @Override
  public Optional<Stored> article(String ref) throws IOException {
    beforeRead();
    return Statements.io(() -> articles.article(ref));
  }

  @Override
  public void export(String format, OutputStream out) throws IOException {
    beforeRead();
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
    beforeRead();
    return Statements.io(() -> articles.of(entity, offset, limit));
  }

  /** The connection, for the benchmark's bulk copies and the tests. */
  Connection connection() {
    return sql.connection();
  }
}
