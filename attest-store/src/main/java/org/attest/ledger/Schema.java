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
      tables(s, Dialect.SQLITE);
      s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(text, kind UNINDEXED, article UNINDEXED, ref UNINDEXED,"
          + " tokenize='porter unicode61')");
      s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES('version', '" + VERSION + "')");
    }
    db.commit();
  }

  /** The tables and indexes both stores share, in the dialect's types. */
  static void tables(Statement s, Dialect d) throws SQLException {
    articles(s, d);
    extraction(s, d);
    indexes(s, d);
  }

  /** The lock a process holds while it makes or checks a PostgreSQL ledger's schema: two first ingests make it once. */
  private static final long SCHEMA_LOCK = 0x4174746573745343L; // "AttestSC"

  /**
   * Makes a PostgreSQL ledger's schema when it has none (the {@code schema_version} table tells),
   * under an advisory lock, in one transaction; a ledger of a newer schema is refused (this Attest
   * would misread it), and so is an older one (there are no migrations).
   */
  static void createPostgres(Connection db) throws SQLException, IOException {
    try (Statement s = db.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
      Integer found = postgresVersion(s);
      if (found == null) {
        tables(s, Dialect.POSTGRES);
        search(s);
        s.execute("CREATE TABLE schema_version(version INTEGER NOT NULL, created TIMESTAMPTZ NOT NULL DEFAULT now())");
        s.execute("INSERT INTO schema_version(version) VALUES(" + VERSION + ")");
      } else {
        refuse(found);
      }
    } catch (SQLException | IOException e) {
      db.rollback();
      throw e;
    }
    db.commit();
  }

  /** Refuses a PostgreSQL ledger of another schema, or a database with no ledger (for a reader, which creates nothing). */
  static void checkPostgres(Connection db) throws SQLException, IOException {
    try (Statement s = db.createStatement()) {
      Integer found = postgresVersion(s);
      if (found == null) throw new IOException("no Attest ledger in this database (no schema_version table); run 'attest ingest --ledger URL' first");
      refuse(found);
    }
  }

  private static Integer postgresVersion(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL AS present")) {
      r.next();
      if (!r.getBoolean("present")) return null;
    }
    try (ResultSet r = s.executeQuery("SELECT max(version) AS version FROM schema_version")) {
      return r.next() && r.getObject("version") != null ? r.getInt("version") : null;
    }
  }

  private static void refuse(int found) throws IOException {
    if (found > VERSION) {
      throw new IOException("the ledger has schema " + found + ", newer than this Attest reads (schema " + VERSION + "): use a newer Attest");
    }
    if (found < VERSION) {
      throw new IOException("the ledger has schema " + found + ", older than this Attest reads (schema " + VERSION + "); there are no migrations:"
          + " ingest into a new database");
    }
  }

  /**
   * PostgreSQL's full text: English stems as FTS5's porter tokenizer makes them, no stop word left
   * out (FTS5 keeps every word), in a column the server computes from the text, with a GIN index.
   */
  private static void search(Statement s) throws SQLException {
    s.execute("CREATE TEXT SEARCH DICTIONARY attest_english_stem (TEMPLATE = snowball, Language = english)");
    s.execute("CREATE TEXT SEARCH CONFIGURATION attest_english (COPY = english)");
    s.execute("ALTER TEXT SEARCH CONFIGURATION attest_english ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part"
        + " WITH attest_english_stem");
    s.execute("CREATE TABLE search(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, text TEXT, kind TEXT, article BIGINT, ref TEXT,"
        + " words tsvector GENERATED ALWAYS AS (to_tsvector('attest_english', coalesce(text, ''))) STORED)");
    s.execute("CREATE INDEX search_words ON search USING gin(words)");
  }

  /** The texts, where they appeared, and the canonical entities across them. */
  private static void articles(Statement s, Dialect d) throws SQLException {
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS articles(id {id}, hash {text} NOT NULL UNIQUE, text {text} NOT NULL,"
        + " published {text}, title {text}, language {text}, document {text} NOT NULL)"));
    // one row per place the text appeared: a syndicated copy is another appearance of one article, and so is the same page
    // read from a file and from a crawl (origin_key: the file, the WARC record or the URL; "" when the input named none)
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS appearances({rowid}article {int} NOT NULL REFERENCES articles(id), source_id {text} NOT NULL,"
        + " given_id {text}, outlet {text}, url {text}, published {text}, origin_key {text} NOT NULL, origin {text},"
        + " PRIMARY KEY(source_id, article, origin_key))"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS appearances_given ON appearances(given_id)"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS appearances_url ON appearances(url)"));
    // canonical entities across articles, with the evidence of every link to them
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS canon(id {id}, type {text} NOT NULL, key {text} NOT NULL, name {text} NOT NULL,"
        + " surname {text}, initials {text}, UNIQUE(type, key))"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS canon_surname ON canon(surname, type)"));
  }

  /** Each article's extraction: entities, mentions, titles, quotes, quantities, times, claims. */
  private static void extraction(Statement s, Dialect d) throws SQLException {
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS entities(article {int} NOT NULL, eid {text} NOT NULL, type {text}, name {text}, canon {int},"
        + " evidence {text}, PRIMARY KEY(article, eid))"));
    // canon: a mention's own canonical entity when it is not its entity's ("Donald Trump, Jr." inside Donald Trump's entity),
    // -1 when it names no one for sure ("Bush" in an article of three Bushes, a title alone); null: its entity's
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS mentions(article {int} NOT NULL, eid {text} NOT NULL, start {int}, {end} {int}, kind {text}, canon {int})"));
    // office: the office key a title names ("governor|ohio"), "" for a descriptor ("billionaire"); past: "former", "then-"
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS titles(article {int} NOT NULL, eid {text} NOT NULL, canon {int}, title {text}, office {text},"
        + " start {int}, {end} {int}, past {int})"));
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS quotes({rowid}article {int} NOT NULL, qid {text} NOT NULL, type {text}, start {int}, {end} {int},"
        + " text {text}, speaker_name {text}, speaker_canon {int}, wording {int}, speaker_group {int}, PRIMARY KEY(article, qid))"));
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS quantities(article {int} NOT NULL, nid {text} NOT NULL, start {int}, {end} {int}, text {text},"
        + " value {real}, low {real}, high {real}, modifier {text}, unit {text}, object {text}, PRIMARY KEY(article, nid))"));
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS times(article {int} NOT NULL, tid {text} NOT NULL, start {int}, {end} {int}, type {text},"
        + " value {text}, PRIMARY KEY(article, tid))"));
    s.execute(d.ddl("CREATE TABLE IF NOT EXISTS claims(article {int} NOT NULL, cid {text} NOT NULL, nid {text}, subject {text}, subject_head {text},"
        + " subject_orgs {text}, place {text}, place_key {text}, as_of {text}, as_of_start {text}, as_of_month {text}, source_name {text},"
        + " source_canon {int}, via {text}, start {int}, {end} {int}, outlet {text}, appearance {text}, published {text}, sentence {text},"
        + " qualifiers {text}, holder {text}, measure {text}, pollster {text}, statement {text}, quoted {int}, PRIMARY KEY(article, cid))"));
  }

  private static void indexes(Statement s, Dialect d) throws SQLException {
    // a timeline is one index range, already in order: no sort however many figures a subject has
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS claims_timeline ON claims(subject_head, as_of_start, published{nullsfirst}, article, start)"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_canon)"));
    // one entry a speaker's wording: the quote rules read each wording once, from the index, however often it was syndicated
    // speaker_group: the speaker's canonical entity when it is known across articles, null for one of a single article ("Mattis" alone)
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS quotes_wording ON quotes(speaker_group, wording)"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS titles_canon ON titles(canon)"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS entities_canon ON entities(canon)"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(article, eid)"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS appearances_article ON appearances(article{androwid})"));
    // the faces list articles newest first and an entity's figures: indexes added in schema 4 (a ledger gets them at its next ingest)
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS articles_published ON articles(published{nullsfirst}{andid})"));
    s.execute(d.ddl("CREATE INDEX IF NOT EXISTS claims_source ON claims(source_canon)"));
  }
}
