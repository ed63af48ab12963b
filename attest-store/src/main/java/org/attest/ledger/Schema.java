package org.attest.ledger;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ledger's tables and indexes, and the schema version kept in its {@code meta} table: a ledger
 * of another version is refused, not misread (there are no migrations).
 */
final class Schema {
  /** The schema's version: a ledger of another version is refused. */
  static final int VERSION = 5;

  private Schema() {}

  /** Refuses a ledger of another version, or no ledger at all (for a reader, which creates nothing). */
  static void check(Connection db) throws IOException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'version'")) {
      if (!r.next() || !r.getString("value").equals(String.valueOf(VERSION))) {
        throw new IOException("the ledger was made by another version of Attest (this one reads schema " + VERSION + "); ingest into a new folder");
      }
    } catch (SQLException e) {
      throw new IOException("not an Attest ledger: " + e.getMessage(), e);
    }
  }

  /** Creates what is missing (a new ledger, or the indexes added since a ledger of this version was made), then commits. */
  static void create(Connection db) throws SQLException, IOException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)");
      try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'version'")) {
        if (r.next() && !r.getString("value").equals(String.valueOf(VERSION))) {
          throw new IOException("the ledger was made by another version of Attest (schema " + r.getString("value") + ", this one reads "
              + VERSION + "); ingest into a new ledger folder");
        }
      }
      articles(s);
      extraction(s);
      indexes(s);
      s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(text, kind UNINDEXED, article UNINDEXED, ref UNINDEXED,"
          + " tokenize='porter unicode61')");
      s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES('version', '" + VERSION + "')");
    }
    db.commit();
  }

  /** The texts, where they appeared, and the canonical entities across them. */
  private static void articles(Statement s) throws SQLException {
    s.execute("CREATE TABLE IF NOT EXISTS articles(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, text TEXT NOT NULL,"
        + " published TEXT, title TEXT, language TEXT, document TEXT NOT NULL)");
    // one row per place the text appeared: a syndicated copy is another appearance of one article, and so is the same page
    // read from a file and from a crawl (origin_key: the file, the WARC record or the URL; "" when the input named none)
    s.execute("CREATE TABLE IF NOT EXISTS appearances(article INTEGER NOT NULL REFERENCES articles(id), source_id TEXT NOT NULL,"
        + " given_id TEXT, outlet TEXT, url TEXT, published TEXT, origin_key TEXT NOT NULL, origin TEXT,"
        + " PRIMARY KEY(source_id, article, origin_key))");
    s.execute("CREATE INDEX IF NOT EXISTS appearances_given ON appearances(given_id)");
    s.execute("CREATE INDEX IF NOT EXISTS appearances_url ON appearances(url)");
    // canonical entities across articles, with the evidence of every link to them
    s.execute("CREATE TABLE IF NOT EXISTS canon(id INTEGER PRIMARY KEY, type TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,"
        + " surname TEXT, initials TEXT, UNIQUE(type, key))");
    s.execute("CREATE INDEX IF NOT EXISTS canon_surname ON canon(surname, type)");
  }

  /** Each article's extraction: entities, mentions, titles, quotes, quantities, times, claims. */
  private static void extraction(Statement s) throws SQLException {
    s.execute("CREATE TABLE IF NOT EXISTS entities(article INTEGER NOT NULL, eid TEXT NOT NULL, type TEXT, name TEXT, canon INTEGER,"
        + " evidence TEXT, PRIMARY KEY(article, eid))");
    // canon: a mention's own canonical entity when it is not its entity's ("Donald Trump, Jr." inside Donald Trump's entity),
    // -1 when it names no one for sure ("Bush" in an article of three Bushes, a title alone); null: its entity's
    s.execute("CREATE TABLE IF NOT EXISTS mentions(article INTEGER NOT NULL, eid TEXT NOT NULL, start INTEGER, end INTEGER, kind TEXT, canon INTEGER)");
    // office: the office key a title names ("governor|ohio"), "" for a descriptor ("billionaire"); past: "former", "then-"
    s.execute("CREATE TABLE IF NOT EXISTS titles(article INTEGER NOT NULL, eid TEXT NOT NULL, canon INTEGER, title TEXT, office TEXT,"
        + " start INTEGER, end INTEGER, past INTEGER)");
    s.execute("CREATE TABLE IF NOT EXISTS quotes(article INTEGER NOT NULL, qid TEXT NOT NULL, type TEXT, start INTEGER, end INTEGER,"
        + " text TEXT, speaker_name TEXT, speaker_canon INTEGER, wording INTEGER, speaker_group INTEGER, PRIMARY KEY(article, qid))");
    s.execute("CREATE TABLE IF NOT EXISTS quantities(article INTEGER NOT NULL, nid TEXT NOT NULL, start INTEGER, end INTEGER, text TEXT,"
        + " value REAL, low REAL, high REAL, modifier TEXT, unit TEXT, object TEXT, PRIMARY KEY(article, nid))");
    s.execute("CREATE TABLE IF NOT EXISTS times(article INTEGER NOT NULL, tid TEXT NOT NULL, start INTEGER, end INTEGER, type TEXT,"
        + " value TEXT, PRIMARY KEY(article, tid))");
    s.execute("CREATE TABLE IF NOT EXISTS claims(article INTEGER NOT NULL, cid TEXT NOT NULL, nid TEXT, subject TEXT, subject_head TEXT,"
        + " subject_orgs TEXT, place TEXT, place_key TEXT, as_of TEXT, as_of_start TEXT, as_of_month TEXT, source_name TEXT,"
        + " source_canon INTEGER, via TEXT, start INTEGER, end INTEGER, outlet TEXT, appearance TEXT, published TEXT, sentence TEXT,"
        + " qualifiers TEXT, holder TEXT, measure TEXT, pollster TEXT, statement TEXT, quoted INTEGER, PRIMARY KEY(article, cid))");
  }

  private static void indexes(Statement s) throws SQLException {
    // a timeline is one index range, already in order: no sort however many figures a subject has
    s.execute("CREATE INDEX IF NOT EXISTS claims_timeline ON claims(subject_head, as_of_start, published, article, start)");
    s.execute("CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_canon)");
    // one entry a speaker's wording: the quote rules read each wording once, from the index, however often it was syndicated
    // speaker_group: the speaker's canonical entity when it is known across articles, null for one of a single article ("Mattis" alone)
    s.execute("CREATE INDEX IF NOT EXISTS quotes_wording ON quotes(speaker_group, wording)");
    s.execute("CREATE INDEX IF NOT EXISTS titles_canon ON titles(canon)");
    s.execute("CREATE INDEX IF NOT EXISTS entities_canon ON entities(canon)");
    s.execute("CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(article, eid)");
    s.execute("CREATE INDEX IF NOT EXISTS appearances_article ON appearances(article)");
    // the faces list articles newest first and an entity's figures: indexes added in schema 4 (a ledger gets them at its next ingest)
    s.execute("CREATE INDEX IF NOT EXISTS articles_published ON articles(published)");
    s.execute("CREATE INDEX IF NOT EXISTS claims_source ON claims(source_canon)");
  }
}
