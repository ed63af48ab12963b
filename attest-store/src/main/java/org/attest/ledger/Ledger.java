package org.attest.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.attest.model.Article;
import org.attest.model.Document;

/**
 * The cross-article ledger: extracted documents, stored once per text with every appearance,
 * their entities joined into canonical ones, their figures in timelines, and the contradictions
 * between sources. {@link SqliteLedger} is the embedded implementation, a folder one writer at a
 * time; {@link #open(String)} also opens one in a PostgreSQL database, which several writers share
 * (docs/POSTGRESQL.md). An instance is not thread-safe: one a thread.
 */
public interface Ledger extends AutoCloseable {
  /** What adding an article did. */
  enum Added { NEW, APPEARANCE, UNCHANGED }

  /** Opens (or creates) the ledger in a folder to write to it: one writer at a time. */
  static Ledger open(java.nio.file.Path dir) throws IOException {
    return SqliteLedger.open(dir);
  }

  /** Opens an existing ledger to read it, beside a writer. */
  static Ledger openReadOnly(java.nio.file.Path dir) throws IOException {
    return SqliteLedger.openReadOnly(dir);
  }

  /**
   * Opens (or creates) the ledger at a location to write to it: a PostgreSQL database
   * ({@code postgresql://user:password@host:port/database}, or a {@code jdbc:postgresql://...} URL),
   * whose schema is made on first use and which several writers share; else a folder (SQLite).
   */
  static Ledger open(String location) throws IOException {
    return onServer(location) ? PostgresLedger.open(location) : SqliteLedger.open(java.nio.file.Path.of(location));
  }

  /** Opens an existing ledger at a location (a database URL or a folder) to read it; on a server, a role that may only SELECT will do. */
  static Ledger openReadOnly(String location) throws IOException {
    return onServer(location) ? PostgresLedger.openReadOnly(location) : SqliteLedger.openReadOnly(java.nio.file.Path.of(location));
  }

  /**
   * Copies the ledger in a folder, row for row, into an empty PostgreSQL ledger (made when the
   * database has none): a ledger moved to a server keeps its ids and answers every query alike.
   * The number of rows copied.
   */
  static long copy(String folder, String database) throws IOException {
    if (!onServer(database)) throw new IOException(database + ": a copy goes into a PostgreSQL database (postgresql://...)");
    try (SqliteLedger from = SqliteLedger.openReadOnly(java.nio.file.Path.of(folder)); PostgresLedger to = PostgresLedger.open(database)) {
      return LedgerCopy.copy(from, to);
    }
  }

  /** Whether a ledger location names a database on a server (a PostgreSQL URL) rather than a folder. */
  static boolean onServer(String location) {
    return PostgresLedger.names(location);
  }

  /** The key of a text: the same text from two outlets is one article. */
  static String hash(String text) {
    return ContentHash.of(text);
  }

  /** Whether an article with this text hash is stored. */
  boolean contains(String hash) throws IOException;

  /** Records another appearance of a stored text (a syndicated copy); nothing when already known. */
  Added appearance(String hash, Article article) throws IOException;

  /** Stores an article and its extraction (or only its appearance when the text is stored). */
  Added add(Article article, Document document) throws IOException;

  /** Makes everything added so far durable, at once. */
  void commit() throws IOException;

  /** Counts of what the ledger holds. */
  record Stats(long articles, long appearances, long entities, long canonical, long quotes, long quantities, long claims) {}

  Stats stats() throws IOException;

  /** The bytes the ledger takes in its store: the SQLite file's pages, or the tables, indexes and TOAST of the PostgreSQL ledger. */
  long size() throws IOException;

  /**
   * A number that grows whenever an article or an appearance is added: what was read at one
   * version holds until it changes (a server may keep answers that long). Cheap to ask.
   */
  long version() throws IOException;

  /**
   * One reported figure in a timeline: the figure ({@code start}, {@code end}: its span in the
   * article's text), what it measures ({@code variable}, see {@link #figures}), its statement kind
   * ("state", "rule", "poll-sample", "hypothetical", "forecast", "change").
   */
  record Figure(String asOf, String asOfStart, String text, Double low, Double high, String modifier, String unit, String subject,
      String place, String source, List<String> via, String outlet, String article, String published, String sentence, int start, int end,
      String variable, String statement) {
    /** The values it allows, written short: "< 1,000", "~5,000", "10-20". */
    public String interval() {
      return Intervals.show(this);
    }
  }

  /**
   * Every figure about a subject ("ISIS fighters", "Democratic voters in Florida", "Cruz's
   * delegates"), oldest as-of first, at most {@code limit}; place and dates narrow it. The subject
   * is matched on its structure: the head counted, and every other word among the figure's
   * qualifiers, organisations, holder or place.
   */
  List<Figure> figures(String subject, String place, String since, String until, int limit) throws IOException;

  /** The first 1,000 figures about a subject. */
  default List<Figure> figures(String subject, String place, String since, String until) throws IOException {
    return figures(subject, place, since, until, 1000);
  }

  /** One side of a conflict: where its evidence is (the appearance id, a character span of the article's text) and what it says. */
  record Side(String article, int start, int end, String text, String sentence, String outlet, String published) {}

  /** Why two sides conflict, typed by kind; each face writes it its own way. */
  sealed interface Evidence permits FigureEvidence, OfficeEvidence, QuoteEvidence {}

  /** Two figures of one measured variable ({@code variable}: "delegate, held by Ted Cruz, count") whose intervals do not meet. */
  record FigureEvidence(String variable, Figure left, Figure right) implements Evidence {}

  /** One person given two offices ({@code leftOffice}, {@code rightOffice}: role keys) they cannot hold at once, {@code days} apart. */
  record OfficeEvidence(String person, String leftOffice, String rightOffice, long days) implements Evidence {}

  /**
   * One speaker's statement in two wordings: {@code shared} words of the shorter one's {@code
   * shorter} in common, the word difference ("to [-accelerate-] {+speed up+} the campaign"), and
   * whether one only cuts the other ({@code excerpt}: reported, never a conflict).
   */
  record QuoteEvidence(String speaker, int shared, int shorter, String difference, boolean excerpt) implements Evidence {}

  /**
   * A contradiction with its evidence side by side. {@code kind}: "figure", "office", "quote" (or
   * "excerpt": one quote cutting another, no contradiction); {@code reason}: a short key of why it
   * was flagged; {@code confidence} in [0, 1].
   */
  record Conflict(String kind, String about, String reason, double confidence, Side left, Side right, Evidence evidence) {}

  /** The kinds {@link #conflicts()} finds by default: real contradictions. */
  List<String> CONFLICT_KINDS = List.of("figure", "office", "quote");

  /** Figures that cannot both hold, a person given offices they cannot hold at once, a statement worded differently; and excerpts. */
  default List<Conflict> conflicts() throws IOException {
    return conflicts(List.of("figure", "office", "quote", "excerpt"));
  }

  /** The conflicts of these kinds only ("figure", "office", "quote", "excerpt"): the rules of the others are not run. */
  List<Conflict> conflicts(java.util.Collection<String> kinds) throws IOException;

  /** The canonical entity holding the mention that overlaps a span of an article (by appearance id), or empty. */
  record Identity(long canon, String type, String name, String evidence) {}

  Optional<Identity> identityAt(String article, int start, int end) throws IOException;

  /** A quote or a claim found by full text. */
  record Hit(String kind, String text, String who, String article, String outlet, String published, double score, int start, int end) {}

  List<Hit> search(String text, int limit) throws IOException;

  /** A speaker's quotes, oldest first. */
  record Said(String speaker, String text, String type, String article, String outlet, String published, int start, int end) {}

  List<Said> who(String name) throws IOException;

  /** A stored article's extraction, its attest/1 JSON, by appearance id ("id", "outlet:id", URL) or hash prefix. */
  Optional<String> show(String article) throws IOException;

  // ---- reading for the faces (the server's pages and API) ----

  /**
   * A stored article as a list shows it: {@code id} its first appearance's id, {@code key} a short
   * prefix of its text hash (an id {@link #article} takes, with no slash in it), how many quotes and
   * figure claims were found in it.
   */
  record Listed(String id, String key, String title, String outlet, String published, int quotes, int claims) {}

  /**
   * The stored articles, newest publication first, from {@code offset}, at most {@code limit}:
   * only those that appeared in {@code outlet} and were published between {@code since} and {@code
   * until} (ISO dates, inclusive) when given.
   */
  List<Listed> articles(String outlet, String since, String until, int offset, int limit) throws IOException;

  /** One place a text appeared: its id ("outlet:id", URL or hash), outlet, URL, publication date. */
  record Appearance(String id, String outlet, String url, String published) {}

  /**
   * A stored article: its key (see {@link Listed}), its attest/1 JSON, every appearance (first
   * first), and the canonical entity of each of its entities that has one (entity id to canonical id).
   */
  record Stored(String key, String document, List<Appearance> appearances, java.util.Map<String, Long> canon) {}

  /** The stored article by appearance id ("id", "outlet:id", URL) or hash prefix, as {@link #show} takes it. */
  Optional<Stored> article(String ref) throws IOException;

  /** A canonical entity as a list shows it, with the number of articles it appears in. */
  record Named(long id, String type, String name, long articles) {}

  /**
   * Canonical entities whose name holds {@code name} (any letter case; null or empty: all), of a type
   * ("PERSON", "ORG", ...; null: any), the exact name first, then the shorter names; paged.
   */
  List<Named> entities(String name, String type, int offset, int limit) throws IOException;

  /** A title an entity was given in an article ({@code office}: the office key it names, "" for a descriptor; {@code past}: "former"). */
  record Office(String title, String office, boolean past, String article, String published) {}

  /** A canonical entity: its name, the names articles gave it (at most 50), its titles in publication order (at most 200). */
  record Profile(long id, String type, String name, List<String> aliases, List<Office> offices) {}

  Optional<Profile> entity(long id) throws IOException;

  /** The quotes of a canonical entity, newest article first; paged. */
  List<Said> quotesBy(long entity, int offset, int limit) throws IOException;

  /** The figures a canonical entity is the source of, newest as-of first, at most {@code limit}. */
  List<Figure> figuresFrom(long entity, int limit) throws IOException;

  /** The articles a canonical entity appears in, newest first; paged. */
  List<Listed> articlesOf(long entity, int offset, int limit) throws IOException;

  /** Writes the ledger out: "jsonl" (documents), "csv" or "parquet" (claims), "claimreview" (schema.org JSON-LD). */
  void export(String format, OutputStream out) throws IOException;

  @Override
  void close() throws IOException;
}
