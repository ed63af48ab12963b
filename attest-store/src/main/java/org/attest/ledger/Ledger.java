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
 * between sources. {@link SqliteLedger} is the embedded implementation; a server database can
 * implement the same interface. Not thread-safe: one writer at a time.
 */
public interface Ledger extends AutoCloseable {
  /** What adding an article did. */
  enum Added { NEW, APPEARANCE, UNCHANGED }

  /** The key of a text: the same text from two outlets is one article. */
  static String hash(String text) {
    return SqliteLedger.hashOf(text);
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

  /** One reported figure in a timeline. */
  record Figure(String asOf, String asOfStart, String text, Double low, Double high, String modifier, String unit, String subject,
      String place, String source, List<String> via, String outlet, String article, String published, String sentence) {
    /** The values it allows, written short: "< 1,000", "~5,000", "10-20". */
    public String interval() {
      return Intervals.show(this);
    }
  }

  /** Every figure about a subject ("ISIS fighters"), oldest as-of first, at most {@code limit}; place and dates narrow it. */
  List<Figure> figures(String subject, String place, String since, String until, int limit) throws IOException;

  /** The first 1,000 figures about a subject. */
  default List<Figure> figures(String subject, String place, String since, String until) throws IOException {
    return figures(subject, place, since, until, 1000);
  }

  /** A contradiction with its evidence side by side. */
  record Conflict(String kind, String about, String left, String leftWhere, String right, String rightWhere, String detail) {}

  /** Figures that cannot both hold, a person given different offices, a statement worded differently. */
  List<Conflict> conflicts() throws IOException;

  /** A quote or a claim found by full text. */
  record Hit(String kind, String text, String who, String article, String outlet, String published, double score) {}

  List<Hit> search(String text, int limit) throws IOException;

  /** A speaker's quotes, oldest first. */
  record Said(String speaker, String text, String type, String article, String outlet, String published) {}

  List<Said> who(String name) throws IOException;

  /** A stored article's extraction, its attest/1 JSON, by appearance id ("id", "outlet:id", URL) or hash prefix. */
  Optional<String> show(String article) throws IOException;

  /** Writes the ledger out: "jsonl" (documents), "csv" or "parquet" (claims), "claimreview" (schema.org JSON-LD). */
  void export(String format, OutputStream out) throws IOException;

  @Override
  void close() throws IOException;
}
