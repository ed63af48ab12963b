package org.attest.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attest.io.DocumentWriter;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.TimeExpression;
import org.attest.model.Title;

/**
 * The ledger in one SQLite file ({@code ledger.db} in the ledger's folder), with FTS5 for full
 * text. Writes go into one open transaction until {@link #commit()}: a crash loses the batch in
 * hand and nothing committed, and the same texts added again are skipped by their hash, so an
 * interrupted ingest resumes where it stopped. Not thread-safe.
 */
public final class SqliteLedger implements Ledger {
  /** The schema's version, kept in the meta table: a ledger of another version is refused, not misread. */
  private static final int VERSION = 5;
  private final Connection db;
  private final java.nio.channels.FileChannel lockFile; // held by the one writer of a ledger; null for a reader
  private final Keys keys = new Keys("en");
  private final People people = new People("en");
  private final Offices offices = new Offices("en");
  private final Variables variables = new Variables("en", keys);
  private final QuoteVariants quotes = new QuoteVariants("en");
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  private SqliteLedger(Connection db, java.nio.channels.FileChannel lockFile) {
    this.db = db;
    this.lockFile = lockFile;
  }

  /**
   * Opens (or creates) the ledger in {@code dir} to write to it. One writer at a time: a second
   * one is refused at once ({@code dir/.lock}), readers go on alongside (WAL).
   */
  public static SqliteLedger open(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IOException(dir + ": not a folder; a ledger is a folder");
    Files.createDirectories(dir);
    java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(dir.resolve(".lock"), java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE);
    try {
      if (lock.tryLock() == null) throw new IOException(dir + ": another process is writing to this ledger (an ingest?); try again when it is done");
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock.close();
      throw new IOException(dir + ": this process is already writing to this ledger", e);
    } catch (IOException e) {
      lock.close();
      throw e;
    }
    try {
      return connect(dir, false, lock);
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

  private static SqliteLedger connect(Path dir, boolean readOnly, java.nio.channels.FileChannel lock) throws IOException {
    return connect(dir, readOnly, lock, false);
  }

  private static SqliteLedger connect(Path dir, boolean readOnly, java.nio.channels.FileChannel lock, boolean immutable) throws IOException {
    Connection c = null;
    try {
      org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
      config.setReadOnly(readOnly);
      config.setBusyTimeout(10000);
      c = config.createConnection(immutable ? "jdbc:sqlite:file:" + dir.resolve("ledger.db").toAbsolutePath() + "?immutable=1"
          : "jdbc:sqlite:" + dir.resolve("ledger.db").toAbsolutePath());
      if (!readOnly) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          s.execute("PRAGMA temp_store=MEMORY");
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA cache_size=-65536"); // 64 MB of pages: the indexes of a large ledger stay in memory
      }
      c.setAutoCommit(false);
      SqliteLedger ledger = new SqliteLedger(c, lock);
      if (readOnly) ledger.checkVersion();
      else ledger.schema();
      return ledger;
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

  private void checkVersion() throws SQLException, IOException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'version'")) {
      if (!r.next() || !r.getString(1).equals(String.valueOf(VERSION))) {
        throw new IOException("the ledger was made by another version of Attest (this one reads schema " + VERSION + "); ingest into a new folder");
      }
    } catch (SQLException e) {
      throw new IOException("not an Attest ledger: " + e.getMessage(), e);
    }
  }

  private void schema() throws SQLException, IOException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)");
      try (ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'version'")) {
        if (r.next() && !r.getString(1).equals(String.valueOf(VERSION))) {
          throw new IOException("the ledger was made by another version of Attest (schema " + r.getString(1) + ", this one reads "
              + VERSION + "); ingest into a new ledger folder");
        }
      }
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
      s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(text, kind UNINDEXED, article UNINDEXED, ref UNINDEXED,"
          + " tokenize='porter unicode61')");
      s.execute("INSERT OR IGNORE INTO meta VALUES('version', '" + VERSION + "')");
    }
    db.commit();
  }

  private PreparedStatement sql(String query) throws SQLException {
    PreparedStatement p = statements.get(query);
    if (p == null) {
      p = db.prepareStatement(query);
      statements.put(query, p);
    }
    return p;
  }

  /** SHA-256 of the text with its white space made single: the same story, however it was spaced. */
  static String hashOf(String text) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[8192];
    int n = 0;
    boolean space = false, started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
          : Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        space = started;
        continue;
      }
      if (n + 5 > buf.length) { // a space and a four-byte character
        md.update(buf, 0, n);
        n = 0;
      }
      if (space) buf[n++] = ' ';
      space = false;
      started = true;
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else { // the UTF-8 bytes of the character (or of the surrogate pair)
        int cp = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
            ? Character.toCodePoint(c, text.charAt(++i)) : c;
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte x : b) buf[n++] = x;
      }
    }
    md.update(buf, 0, n);
    byte[] h = md.digest();
    StringBuilder b = new StringBuilder(64);
    for (byte x : h) b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
    return b.toString();
  }

  private long articleId(String hash) throws SQLException {
    PreparedStatement p = sql("SELECT id FROM articles WHERE hash = ?");
    p.setString(1, hash);
    try (ResultSet r = p.executeQuery()) {
      return r.next() ? r.getLong(1) : -1;
    }
  }

  @Override
  public boolean contains(String hash) throws IOException {
    try {
      return articleId(hash) >= 0;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public Added appearance(String hash, Article article) throws IOException {
    try {
      long id = articleId(hash);
      if (id < 0) throw new IllegalArgumentException("no article with hash " + hash);
      return appear(id, hash, article);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  private Added appear(long id, String hash, Article article) throws IOException {
    try {
      PreparedStatement p = sql("INSERT OR IGNORE INTO appearances VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
      p.setLong(1, id);
      p.setString(2, sourceId(article, hash));
      p.setString(3, article.id());
      p.setString(4, article.outlet());
      p.setString(5, article.url());
      p.setString(6, article.published());
      p.setString(7, article.origin() == null ? "" : article.origin().key());
      p.setString(8, article.origin() == null ? null : originJson(article.origin()));
      return p.executeUpdate() > 0 ? Added.APPEARANCE : Added.UNCHANGED;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  private long lastRowId() throws SQLException {
    try (ResultSet r = sql("SELECT last_insert_rowid()").executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String sourceId(Article a, String hash) {
    if (a.url() != null && !a.url().isBlank()) return a.url();
    if (a.id() != null && !a.id().isBlank()) return (a.outlet() == null ? "" : a.outlet() + ":") + a.id();
    return hash;
  }

  @Override
  public Added add(Article article, Document d) throws IOException {
    String hash = hashOf(article.text());
    try {
      if (articleId(hash) >= 0) return appearance(hash, article);
    } catch (SQLException e) {
      throw io(e);
    }
    // all of the article or none of it: a failure halfway leaves no article that a re-ingest would take for stored
    try (Statement sp = db.createStatement()) {
      sp.execute("SAVEPOINT article");
      try {
        Added added = store(hash, article, d);
        sp.execute("RELEASE article");
        return added;
      } catch (SQLException | IOException | RuntimeException e) {
        for (PreparedStatement p : statements.values()) p.clearBatch();
        sp.execute("ROLLBACK TO article");
        sp.execute("RELEASE article");
        throw e instanceof SQLException q ? io(q) : e instanceof IOException i ? i : new IOException("ledger: cannot store article "
            + article.id() + ": " + e, e);
      }
    } catch (SQLException e) {
      throw io(e);
    }
  }

  private Added store(String hash, Article article, Document d) throws SQLException, IOException {
    {
      PreparedStatement p = sql("INSERT INTO articles(hash, text, published, title, language, document) VALUES(?, ?, ?, ?, ?, ?)");
      p.setString(1, hash);
      p.setString(2, article.text());
      p.setString(3, article.published());
      p.setString(4, article.title());
      p.setString(5, article.language());
      p.setString(6, json(d));
      p.executeUpdate();
      long id = lastRowId();
      appear(id, hash, article);
      Map<Long, Long> mentionCanon = new HashMap<>();
      Map<String, Long> canonOf = storeEntities(id, d, mentionCanon);
      storeQuotes(id, d, canonOf, mentionCanon);
      storeFigures(id, hash, d, canonOf);
      return Added.NEW;
    }
  }

  /** An origin as the attest/1 document writes it. */
  private static String originJson(org.attest.model.Origin o) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    if (o.file() != null) m.put("file", o.file());
    if (o.warc() != null) m.put("warc", o.warc());
    if (o.offset() != null) m.put("offset", o.offset());
    if (o.url() != null) m.put("url", o.url());
    if (o.fetched() != null) m.put("fetched", o.fetched());
    if (o.date() != null) m.put("date", o.date());
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (DocumentWriter w = new DocumentWriter(out, DocumentWriter.Layout.JSONL, false)) {
      w.write(d);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  // ---- entities across articles ----------------------------------------------------------------

  /**
   * Links each entity of the article to a canonical one, keeping the evidence: a person by full
   * name (first name unabbreviated: "Jim" is "James"); a surname alone only when one person of the
   * ledger has it and holds an office of the same role ("Defense Secretary Mattis") - never on the
   * surname alone; organisations and places by name or alias.
   */
  private Map<String, Long> storeEntities(long article, Document d, Map<Long, Long> mentionCanon) throws SQLException {
    Map<String, Long> canonOf = new HashMap<>();
    java.util.Set<String> speakers = new java.util.HashSet<>();
    for (Quote q : d.quotes()) if (q.speakerEntity() != null) speakers.add(q.speakerEntity());
    String text = d.article().text();
    // the people of the article by surname: a bare "Bush" in an article of Laura, Jeb and George W. Bush names none of them for sure
    // each name mention's full-name key, once: cleaning a name is the costly part of linking it
    Map<Mention, String> keyOf = new HashMap<>();
    Map<String, java.util.Set<String>> bySurname = new HashMap<>();
    java.util.Set<Mention> namedAfter = new java.util.HashSet<>();
    for (Entity e : d.entities()) {
      if (!Entity.PERSON.equals(e.type()) && !(Entity.OTHER.equals(e.type()) && speakers.contains(e.id()))) continue;
      for (Mention m : e.mentions()) {
        if (!Mention.NAME.equals(m.kind())) continue;
        if (people.namedAfter(text, m)) { // "the Edgar A. Poe award" names an award, no person
          namedAfter.add(m);
          continue;
        }
        String k = people.mentionKey(text, m);
        keyOf.put(m, k);
        if (people.titleOnly(m.text())) continue;
        if (k == null && Keys.words(m.text()).size() > 1) k = "partial:" + String.join(" ", Keys.words(m.text())); // "W. Bush" is someone too
        if (k != null) bySurname.computeIfAbsent(people.surname(k.startsWith("partial:") ? k.substring(8) : k), x -> new java.util.HashSet<>()).add(k);
      }
    }
    for (Entity e : d.entities()) {
      Long canon = null;
      String evidence = null;
      // a name of unknown kind that speaks ("Mattis said") is taken for a person
      boolean person = Entity.PERSON.equals(e.type()) || Entity.OTHER.equals(e.type()) && speakers.contains(e.id());
      String key = null;
      boolean thing = true; // every name of it names a thing after someone: "the Edgar A. Poe award"
      for (Mention m : e.mentions()) thing &= !Mention.NAME.equals(m.kind()) || namedAfter.contains(m);
      if (e.name() != null && person && thing) {
        evidence = "\"" + e.name() + "\" names a thing after someone (\"award\", \"prize\"): not joined to anyone";
      } else if (e.name() != null && person) {
        String name = people.clean(e.name());
        key = people.entityKey(e, keyOf);
        if (key != null) {
          String shown = name;
          if (!key.equals(people.key(name))) { // the entity's name is another person's: it goes by its most used full name
            for (Mention m : e.mentions()) if (Mention.NAME.equals(m.kind()) && key.equals(keyOf.get(m))) shown = people.clean(people.mentionName(text, m));
          }
          String[] why = new String[1];
          canon = namesake(key, shown, e, text, why);
          if (canon == null) {
            canon = person(key, people.initials(shown), shown, article);
            evidence = "full name \"" + shown + "\"";
          } else {
            evidence = why[0];
          }
        } else if (people.surname(name).isEmpty()) {
          evidence = "no name left once cleaned (\"" + e.name() + "\"): not joined to anyone"; // "Jr.", "!!!"
        } else {
          String surname = people.surname(name);
          boolean relative = false;
          for (Mention m : e.mentions()) relative |= Mention.NAME.equals(m.kind()) && people.relative(text, m);
          long[] match = relative || bySurname.getOrDefault(surname, java.util.Set.of()).size() > 1 ? null : personBySurnameAndRole(surname, e.titles());
          if (match != null) {
            canon = match[0];
            evidence = "surname \"" + surname + "\" and the role of the office \"" + e.titles().get((int) match[1]).text() + "\"";
          } else {
            // a lone surname joins no one, not even another lone one: its canonical entity is its article's
            canon = canon(Entity.PERSON, "surname:" + surname + "#" + article, name.isEmpty() ? e.name() : name);
            evidence = relative ? "surname \"" + surname + "\" of a relative (\"his wife\", \"son\"): not joined to anyone"
                : "surname \"" + surname + "\" alone: not joined to anyone";
          }
        }
        // mentions that are not this person's for sure: another full name, a title alone, a surname several people of the article share
        for (Mention m : e.mentions()) {
          if (!Mention.NAME.equals(m.kind())) continue;
          String own = keyOf.get(m);
          Long other = null;
          if (namedAfter.contains(m) || people.titleOnly(m.text()) || own == null && people.otherGender(text, m, e.name())) other = -1L; // "President"; "Mr. Obama" in hers
          else if (own != null && key != null && !own.equals(key)) {
            String named = people.clean(people.mentionName(text, m)); // "Donald Trump, Jr." is named with his suffix
            other = person(own, people.initials(named), named, article);
          }
          else if (own == null && bySurname.getOrDefault(people.surname(m.text()), java.util.Set.of()).size() > 1) other = -1L;
          if (other != null) mentionCanon.put(((long) m.start() << 32) | m.end(), other);
        }
      } else if (e.name() != null && !Entity.OTHER.equals(e.type())) {
        String named = keys.named(e.name());
        if (!named.isEmpty()) {
          canon = canon(e.type(), named, e.name());
          evidence = named.equals(String.join(" ", Keys.words(e.name()))) ? "name \"" + e.name() + "\"" : "alias \"" + e.name() + "\" of \"" + named + "\"";
        }
      }
      if (canon != null) canonOf.put(e.id(), canon);
      PreparedStatement p = sql("INSERT INTO entities VALUES(?, ?, ?, ?, ?, ?)");
      p.setLong(1, article);
      p.setString(2, e.id());
      p.setString(3, e.type());
      p.setString(4, e.name());
      setLong(p, 5, canon);
      p.setString(6, evidence);
      p.addBatch();
      PreparedStatement m = sql("INSERT INTO mentions VALUES(?, ?, ?, ?, ?, ?)");
      for (Mention x : e.mentions()) {
        m.setLong(1, article);
        m.setString(2, e.id());
        m.setInt(3, x.start());
        m.setInt(4, x.end());
        m.setString(5, x.kind());
        setLong(m, 6, mentionCanon.get(((long) x.start() << 32) | x.end()));
        m.addBatch();
      }
      PreparedStatement t = sql("INSERT INTO titles VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
      for (Title x : e.titles()) {
        Offices.Office office = offices.parse(x.text(), text.substring(Math.max(0, Math.min(x.start(), text.length()) - 30), Math.max(0, Math.min(x.start(), text.length()))));
        t.setLong(1, article);
        t.setString(2, e.id());
        setLong(t, 3, canon);
        t.setString(4, x.text());
        t.setString(5, office == null ? "" : office.key());
        t.setInt(6, x.start());
        t.setInt(7, x.end());
        t.setInt(8, office != null && office.past() ? 1 : 0);
        t.addBatch();
      }
    }
    sql("INSERT INTO entities VALUES(?, ?, ?, ?, ?, ?)").executeBatch(); // one round trip an article, not one an entity
    sql("INSERT INTO mentions VALUES(?, ?, ?, ?, ?, ?)").executeBatch();
    sql("INSERT INTO titles VALUES(?, ?, ?, ?, ?, ?, ?, ?)").executeBatch();
    return canonOf;
  }

  /**
   * The canonical namesake this entity is kept apart as, or null when it joins the person its key
   * names: two people of one key whose names are written differently ({@link People#variant}: "Bob
   * Mason" and "Robert Mason") and who are each introduced as "a <something>" with no telling word
   * in common ("a retired letter carrier", "a University of Washington professor") are two people.
   * {@code why[0]} gets the evidence.
   */
  private Long namesake(String key, String shown, Entity e, String text, String[] why) throws SQLException {
    String own = key + "~" + String.join(" ", Keys.words(shown));
    PreparedStatement known = sql("SELECT id FROM canon WHERE type = 'PERSON' AND key = ?");
    known.setString(1, own);
    try (ResultSet r = known.executeQuery()) {
      if (r.next()) {
        why[0] = "full name \"" + shown + "\", written as a namesake kept apart before";
        return r.getLong(1);
      }
    }
    PreparedStatement find = sql("SELECT id, name FROM canon WHERE type = 'PERSON' AND key = ?");
    find.setString(1, key);
    long id;
    String name;
    try (ResultSet r = find.executeQuery()) {
      if (!r.next()) return null;
      id = r.getLong(1);
      name = r.getString(2);
    }
    if (!people.variant(shown, name)) return null;
    java.util.Set<String> mine = new java.util.HashSet<>();
    for (Mention m : e.mentions()) if (Mention.NAME.equals(m.kind())) mine.addAll(people.descriptor(text, m));
    if (mine.isEmpty()) return null;
    java.util.Set<String> theirs = descriptorsOf(id);
    if (theirs.isEmpty()) return null;
    for (String w : mine) if (theirs.contains(w)) return null;
    why[0] = "full name \"" + shown + "\", a namesake of \"" + name + "\": another name form and another description (" + String.join(" ", new java.util.TreeSet<>(mine)) + " / " + String.join(" ", new java.util.TreeSet<>(theirs)) + ")";
    return canon(Entity.PERSON, own, shown);
  }

  /** The appositive words ({@link People#descriptor}) of a canonical person's name mentions, in its latest 20 articles. */
  private java.util.Set<String> descriptorsOf(long canon) throws SQLException {
    PreparedStatement p = sql("SELECT a.text, m.start, m.end, m.kind FROM (SELECT DISTINCT article, eid FROM entities WHERE canon = ? ORDER BY article DESC LIMIT 20) e"
        + " JOIN mentions m ON m.article = e.article AND m.eid = e.eid JOIN articles a ON a.id = e.article WHERE m.kind = 'name'");
    p.setLong(1, canon);
    java.util.Set<String> out = new java.util.HashSet<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) out.addAll(people.descriptor(r.getString(1), new Mention(r.getInt(2), r.getInt(3), "", r.getString(4))));
    }
    return out;
  }

  /** {canon, title index} of the one person with this surname who held an office of the same role, or null. */
  private long[] personBySurnameAndRole(String surname, List<Title> titles) throws SQLException {
    if (surname.isEmpty() || titles.isEmpty()) return null;
    PreparedStatement p = sql("SELECT id FROM canon WHERE surname = ? AND type = 'PERSON' AND key NOT LIKE 'surname:%'");
    p.setString(1, surname);
    List<Long> people = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) people.add(r.getLong(1));
    }
    if (people.size() != 1) return null; // two people share it: a surname decides nothing
    PreparedStatement o = sql("SELECT DISTINCT office FROM titles WHERE canon = ? AND office <> ''");
    o.setLong(1, people.get(0));
    List<String> roles = new ArrayList<>();
    try (ResultSet r = o.executeQuery()) {
      while (r.next()) roles.add(offices.head(role(r.getString(1))));
    }
    for (int i = 0; i < titles.size(); i++) {
      String head = offices.head(titles.get(i).text());
      if (!head.isEmpty() && roles.contains(head)) return new long[] {people.get(0), i}; // "Mr." and "billionaire" are no office
    }
    return null;
  }

  /** The role of an office key: "governor" of "governor|ohio". */
  static String role(String officeKey) {
    int bar = officeKey.indexOf('|');
    return bar < 0 ? officeKey : officeKey.substring(0, bar);
  }

  /**
   * The canonical person of a full-name key, with middle initials kept apart: "George H. W. Bush"
   * and "George W. Bush" share the key "george bush" but are two people; a name without initials
   * joins the one already there.
   */
  private long person(String key, String initials, String name, long article) throws SQLException {
    if (name.isEmpty()) name = key;
    if (initials.isEmpty()) { // "George Bush" when the ledger knows George H. W. and George W. Bush: which one is not known
      PreparedStatement other = sql("SELECT count(*) FROM canon WHERE type = 'PERSON' AND key > ? AND key < ?");
      other.setString(1, key + "#");
      other.setString(2, key + "#\uffff");
      try (ResultSet r = other.executeQuery()) {
        if (r.next() && r.getLong(1) > 0) return canon(Entity.PERSON, key + "#?" + article, name);
      }
    }
    PreparedStatement find = sql("SELECT id, initials FROM canon WHERE type = 'PERSON' AND key = ?");
    find.setString(1, key);
    Long id = null;
    String known = null;
    try (ResultSet r = find.executeQuery()) {
      if (r.next()) {
        id = r.getLong(1);
        known = r.getString(2);
      }
    }
    if (id != null && !initials.isEmpty() && known != null && !known.isEmpty() && !known.equals(initials)) {
      return canon(Entity.PERSON, key + "#" + initials, name); // another person of the same first and last name
    }
    long c = canon(Entity.PERSON, key, name);
    if (!initials.isEmpty() && (known == null || known.isEmpty())) {
      PreparedStatement u = sql("UPDATE canon SET initials = ? WHERE id = ?");
      u.setString(1, initials);
      u.setLong(2, c);
      u.executeUpdate();
    }
    return c;
  }

  private long canon(String type, String key, String name) throws SQLException {
    PreparedStatement find = sql("SELECT id, name FROM canon WHERE type = ? AND key = ?");
    find.setString(1, type);
    find.setString(2, key);
    try (ResultSet r = find.executeQuery()) {
      if (r.next()) {
        long id = r.getLong(1);
        if (Entity.PERSON.equals(type) ? people.better(name, r.getString(2)) : name.length() > r.getString(2).length()) { // the fullest clean name seen names it
          PreparedStatement u = sql("UPDATE canon SET name = ? WHERE id = ?");
          u.setString(1, name);
          u.setLong(2, id);
          u.executeUpdate();
        }
        return id;
      }
    }
    PreparedStatement ins = sql("INSERT INTO canon(type, key, name, surname, initials) VALUES(?, ?, ?, ?, '')");
    ins.setString(1, type);
    ins.setString(2, key);
    ins.setString(3, name);
    String bareKey = key.startsWith("surname:") ? key.substring(8) : key;
    for (char cut : new char[] {'#', '~'}) if (bareKey.indexOf(cut) >= 0) bareKey = bareKey.substring(0, bareKey.indexOf(cut));
    ins.setString(4, Entity.PERSON.equals(type) ? people.surname(bareKey) : null);
    ins.executeUpdate();
    return lastRowId();
  }

  private void storeQuotes(long article, Document d, Map<String, Long> canonOf, Map<Long, Long> mentionCanon) throws SQLException {
    PreparedStatement p = sql("INSERT INTO quotes VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Map<Long, Boolean> across = new HashMap<>();
    PreparedStatement f = sql("INSERT INTO search(text, kind, article, ref) VALUES(?, 'quote', ?, ?)");
    for (Quote q : d.quotes()) {
      p.setLong(1, article);
      p.setString(2, q.id());
      p.setString(3, q.type());
      p.setInt(4, q.start());
      p.setInt(5, q.end());
      p.setString(6, q.text());
      p.setString(7, q.speakerName());
      Long speaker = q.speakerEntity() == null ? null : canonOf.get(q.speakerEntity());
      if (q.speaker() != null) { // a speaker named by a mention that is someone else's ("Donald Trump, Jr. said") or no one's for sure
        Long own = mentionCanon.get(((long) q.speaker().start() << 32) | q.speaker().end());
        if (own != null) speaker = own < 0 ? null : own;
      }
      setLong(p, 8, speaker);
      p.setLong(9, wording(q.text()));
      setLong(p, 10, speaker != null && across.computeIfAbsent(speaker, this::acrossArticles) ? speaker : null);
      p.addBatch();
      f.setString(1, q.text());
      f.setLong(2, article);
      f.setString(3, q.id());
      f.addBatch();
    }
    p.executeBatch();
    f.executeBatch();
  }

  private void storeFigures(long article, String hash, Document d, Map<String, Long> canonOf) throws SQLException {
    PreparedStatement n = sql("INSERT INTO quantities VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (Quantity q : d.quantities()) {
      n.setLong(1, article);
      n.setString(2, q.id());
      n.setInt(3, q.start());
      n.setInt(4, q.end());
      n.setString(5, q.text());
      setDouble(n, 6, q.value());
      setDouble(n, 7, q.low());
      setDouble(n, 8, q.high());
      n.setString(9, q.modifier());
      n.setString(10, q.unit());
      n.setString(11, q.object() == null ? null : q.object().text());
      n.addBatch();
    }
    n.executeBatch();
    PreparedStatement t = sql("INSERT INTO times VALUES(?, ?, ?, ?, ?, ?)");
    for (TimeExpression x : d.times()) {
      t.setLong(1, article);
      t.setString(2, x.id());
      t.setInt(3, x.start());
      t.setInt(4, x.end());
      t.setString(5, x.type());
      t.setString(6, x.value());
      t.addBatch();
    }
    t.executeBatch();
    // the first appearance and the sentence go with the claim: a timeline reads no article text
    PreparedStatement c = sql("INSERT INTO claims VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    java.util.Set<String> direct = new java.util.HashSet<>();
    for (Quote q : d.quotes()) if (Quote.DIRECT.equals(q.type())) direct.add(q.id());
    Map<String, Quantity> quantityOf = new HashMap<>();
    for (Quantity q : d.quantities()) quantityOf.put(q.id(), q);
    Article art = d.article();
    String appearance = sourceId(art, hash);
    PreparedStatement f = sql("INSERT INTO search(text, kind, article, ref) VALUES(?, 'claim', ?, ?)");
    String text = d.article().text();
    for (Claim x : d.claims()) {
      Keys.Subject s = keys.subject(x.subject());
      c.setLong(1, article);
      c.setString(2, x.id());
      c.setString(3, x.quantity());
      c.setString(4, x.subject());
      c.setString(5, s.head());
      c.setString(6, s.orgs());
      c.setString(7, x.place());
      c.setString(8, keys.place(x.place()));
      c.setString(9, x.asOf());
      c.setString(10, Periods.start(x.asOf()));
      c.setString(11, Periods.month(x.asOf()));
      c.setString(12, x.source() == null ? null : x.source().name());
      setLong(c, 13, x.source() == null || x.source().entity() == null ? null : canonOf.get(x.source().entity()));
      c.setString(14, x.source() == null || x.source().via().isEmpty() ? null : String.join("\u001f", x.source().via()));
      c.setInt(15, x.start());
      c.setInt(16, x.end());
      c.setString(17, art.outlet());
      c.setString(18, appearance);
      c.setString(19, art.published());
      c.setString(20, x.start() >= 0 && x.end() <= text.length() && x.start() < x.end() ? text.substring(x.start(), x.end()) : null);
      Quantity q = quantityOf.get(x.quantity());
      Variables.Variable v = q == null ? null : variables.of(d, x, q, canonOf);
      if (v != null) c.setString(5, v.head()); // money without a noun goes by its verb ("~rais" of "raised $20 million")
      c.setString(21, v == null ? s.qualifiers() : v.qualifiers());
      c.setString(22, v == null ? "" : v.holder());
      c.setString(23, v == null ? "" : v.measure());
      c.setString(24, v == null ? "" : v.pollster());
      c.setString(25, v == null ? "state" : v.statement());
      c.setInt(26, x.quote() != null && direct.contains(x.quote()) ? 1 : 0); // said in a direct quote: speech, often rhetorical
      c.addBatch();
      if (x.start() >= 0 && x.end() <= text.length() && x.start() < x.end()) {
        f.setString(1, text.substring(x.start(), x.end()));
        f.setLong(2, article);
        f.setString(3, x.id());
        f.addBatch();
      }
    }
    c.executeBatch();
    f.executeBatch();
  }

  @Override
  public void commit() throws IOException {
    try {
      db.commit();
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public long version() throws IOException {
    try (ResultSet r = sql("SELECT coalesce(max(rowid), 0) FROM appearances").executeQuery()) { // rowids only grow: O(log n)
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public Stats stats() throws IOException {
    try (Statement s = db.createStatement()) {
      long[] n = new long[7];
      String[] q = {"articles", "appearances", "entities", "canon", "quotes", "quantities", "claims"};
      for (int i = 0; i < q.length; i++) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + q[i])) {
          r.next();
          n[i] = r.getLong(1);
        }
      }
      return new Stats(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  // ---- queries -----------------------------------------------------------------------------------

  private static final String FIGURE_COLUMNS = "c.as_of, c.as_of_start, q.text, q.low, q.high, q.modifier, q.unit, c.subject, c.place,"
      + " c.source_name, c.via, c.outlet, c.appearance, c.published, c.sentence, c.subject_orgs, c.place_key, c.as_of_month, c.article, c.source_canon,"
      + " q.start, q.end, c.subject_head, c.qualifiers, c.holder, c.measure, c.pollster, c.statement,"
      + " (SELECT h.name FROM canon h WHERE c.holder LIKE '#%' AND h.id = CAST(substr(c.holder, 2) AS INTEGER)), c.quoted";
  private static final String FIGURE_FROM = " FROM claims c JOIN quantities q ON q.article = c.article AND q.nid = c.nid";

  @Override
  public List<Figure> figures(String subject, String place, String since, String until, int limit) throws IOException {
    Keys.Subject wanted = keys.subject(subject);
    String placeKey = keys.place(place);
    List<Figure> out = new ArrayList<>();
    if (wanted.head().isEmpty()) return out; // "ISIS" alone counts nothing: no figure is about it
    try {
      // the dated figures in as-of order, then (without --since or --until) the undated ones
      PreparedStatement p = sql("SELECT " + FIGURE_COLUMNS + FIGURE_FROM
          + " WHERE c.subject_head = ? AND c.as_of_start >= coalesce(?, '') AND c.as_of_start <= coalesce(?, '9999')"
          + " ORDER BY c.as_of_start, c.published, c.article, c.start");
      p.setString(1, wanted.head());
      p.setString(2, since);
      p.setString(3, until);
      collect(p, wanted, placeKey, limit, out);
      if (since == null && until == null && out.size() < limit) {
        PreparedStatement u = sql("SELECT " + FIGURE_COLUMNS + FIGURE_FROM
            + " WHERE c.subject_head = ? AND c.as_of_start IS NULL ORDER BY c.published, c.article, c.start");
        u.setString(1, wanted.head());
        collect(u, wanted, placeKey, limit, out);
      }
      return out;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  private void collect(PreparedStatement p, Keys.Subject wanted, String placeKey, int limit, List<Figure> out) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      while (out.size() < limit && r.next()) {
        if (!new Keys.Subject(wanted.head(), r.getString(16)).sameAs(wanted)) continue;
        if (!placeKey.isEmpty() && !placeMatches(placeKey, r.getString(17))) continue;
        if (!qualifiersMatch(wanted.qualifiers(), r)) continue;
        out.add(figure(r));
      }
    }
  }

  /**
   * Whether every qualifier asked for ("democratic" of "Democratic voters", "cruz" of "Cruz's
   * delegates") is among the figure's qualifiers, its organisations, its holder's name or its place.
   */
  private static boolean qualifiersMatch(String wanted, ResultSet r) throws SQLException {
    if (wanted.isEmpty()) return true;
    java.util.Set<String> have = new java.util.HashSet<>();
    have.addAll(List.of(r.getString(24) == null ? new String[0] : r.getString(24).split(" ")));
    for (String part : new String[] {r.getString(16), r.getString(17), r.getString(29), r.getString(9)}) {
      if (part != null) have.addAll(Keys.words(part.replace(',', ' ').replace('|', ' ')));
    }
    for (String w : wanted.split(" ")) if (!have.contains(w)) return false;
    return true;
  }

  /** A place asked for matches a figure's place when it names one of its parts ("Syria" in "Iraq and Syria"). */
  private static boolean placeMatches(String wanted, String have) {
    if (have == null || have.isEmpty()) return false;
    for (String w : wanted.split("\\|")) if (!List.of(have.split("\\|")).contains(w)) return false;
    return true;
  }

  private Variables.Variable variable(ResultSet r) throws SQLException {
    return new Variables.Variable(nz(r.getString(23)), nz(r.getString(24)), nz(r.getString(16)), nz(r.getString(25)), nz(r.getString(26)),
        nz(r.getString(27)), r.getString(28) == null ? "state" : r.getString(28));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private Figure figure(ResultSet r) throws SQLException {
    String via = r.getString(11);
    Variables.Variable v = variable(r);
    return new Figure(r.getString(1), r.getString(2), r.getString(3), r.getObject(4) == null ? null : r.getDouble(4),
        r.getObject(5) == null ? null : r.getDouble(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
        via == null ? List.of() : List.of(via.split("\u001f")), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
        r.getInt(21), r.getInt(22), FigureConflicts.describe(v, r.getString(29), null), v.statement());
  }

  @Override
  public List<Conflict> conflicts(java.util.Collection<String> kinds) throws IOException {
    try {
      List<Conflict> out = new ArrayList<>();
      if (kinds.contains("figure")) out.addAll(figureConflicts());
      if (kinds.contains("office")) out.addAll(officeConflicts());
      if (kinds.contains("quote") || kinds.contains("excerpt")) out.addAll(quoteVariants(kinds));
      return out;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** The figures reported as states of the world with a dated as-of, for the figure rule. */
  private List<Conflict> figureConflicts() throws SQLException {
    PreparedStatement p = sql("SELECT " + FIGURE_COLUMNS + FIGURE_FROM
        + " WHERE c.subject_head <> '' AND c.as_of IS NOT NULL AND c.statement = 'state' AND c.measure NOT IN ('change', 'ratio')"
        + " AND c.pollster <> '?' AND (c.holder <> '' OR c.qualifiers <> '' OR c.subject_orgs <> '' OR c.place_key <> '')" // the rule's own filters, early
        + " ORDER BY c.subject_head, c.as_of, c.article, c.start");
    List<FigureConflicts.Row> rows = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) rows.add(new FigureConflicts.Row(r.getLong(19), figure(r), variable(r), nz(r.getString(17)), r.getString(29), r.getInt(30) == 1));
    }
    return new FigureConflicts(variables).find(rows);
  }

  private List<Conflict> officeConflicts() throws SQLException {
    // no article row is read (their texts are long): dates come from the appearances, the sides of the conflicts found afterwards
    Map<Long, String> published = publishedByArticle();
    PreparedStatement p = sql("SELECT t.canon, k.name, t.title, t.office, t.past, t.article, t.start, t.end"
        + " FROM titles t JOIN canon k ON k.id = t.canon WHERE k.type = 'PERSON' AND t.office <> ''");
    List<OfficeConflicts.Row> rows = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String date = published.get(r.getLong(6));
        Side side = new Side(String.valueOf(r.getLong(6)), r.getInt(7), r.getInt(8), r.getString(3), null, null, date);
        rows.add(new OfficeConflicts.Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5) == 1, date, r.getLong(6), side));
      }
    }
    // each person's titles together, in publication order
    rows.sort(java.util.Comparator.comparingLong(OfficeConflicts.Row::canon)
        .thenComparing(x -> x.published() == null ? "" : x.published()).thenComparingLong(OfficeConflicts.Row::article)
        .thenComparingInt(x -> x.side().start()));
    return sides(new OfficeConflicts(offices).find(rows), true);
  }

  /** Whether a canonical entity is known across articles: not a surname alone, nor a name the ledger cannot tell apart ("#"). */
  private boolean acrossArticles(long canon) {
    try {
      PreparedStatement k = sql("SELECT key FROM canon WHERE id = ?");
      k.setLong(1, canon);
      try (ResultSet r = k.executeQuery()) {
        return r.next() && r.getString(1).indexOf('#') < 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 64-bit hash of a quote's text (FNV-1a over its characters): one key a wording. */
  static long wording(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** Each article's publication date, from its first appearance: the article rows themselves hold long texts. */
  private Map<Long, String> publishedByArticle() throws SQLException {
    Map<Long, String> out = new HashMap<>();
    try (ResultSet r = sql("SELECT article, published FROM appearances ORDER BY rowid").executeQuery()) {
      while (r.next()) out.putIfAbsent(r.getLong(1), r.getString(2));
    }
    return out;
  }

  private List<Conflict> quoteVariants(java.util.Collection<String> kinds) throws SQLException {
    Map<Long, String> published = publishedByArticle();
    PreparedStatement p = sql("SELECT q.speaker_group, k.name, q.text, q.article, NULL, q.start, q.end, q.type"
        + " FROM quotes q LEFT JOIN canon k ON k.id = q.speaker_group"
        + " WHERE q.rowid IN (SELECT min(rowid) FROM quotes GROUP BY speaker_group, wording) AND q.type IN ('direct', 'mixed')");
    // each speaker's wording once (its first appearance), found in the index: no scan of a million syndicated quotes; a speaker
    // known in one article only ("Mattis said") is an unknown speaker here, whose quote may be a known speaker's
    List<QuoteVariants.Row> rows = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String text = r.getString(3);
        String words = "mixed".equals(r.getString(8)) ? QuoteVariants.quoted(text) : text; // a mixed quote's own words: in quotation marks
        if (words.isEmpty()) continue;
        String date = published.get(r.getLong(4));
        Side side = new Side(String.valueOf(r.getLong(4)), r.getInt(6), r.getInt(7), text, null, null, date);
        rows.add(new QuoteVariants.Row(r.getObject(1) == null ? null : r.getLong(1), r.getString(2), words, r.getLong(4), date, side));
      }
    }
    List<Conflict> found = new ArrayList<>();
    for (Conflict c : quotes.find(rows)) if (kinds.contains(c.kind())) found.add(c); // the sides of those asked for only
    return sides(found, false);
  }

  /** The sides of conflicts found on stored article ids, as readers see them: appearance id, outlet, and (for titles) the words around. */
  private List<Conflict> sides(List<Conflict> found, boolean context) throws SQLException {
    List<Conflict> out = new ArrayList<>(found.size());
    for (Conflict c : found) {
      out.add(new Conflict(c.kind(), c.about(), c.reason(), c.confidence(), side(c.left(), context), side(c.right(), context), c.evidence()));
    }
    return out;
  }

  private Side side(Side s, boolean context) throws SQLException {
    // the text is cut here, in UTF-16 units as the spans are, not by SQLite's substr (code points: an emoji before would shift it)
    PreparedStatement p = sql("SELECT " + Export.firstAppearance("source_id") + ", " + Export.firstAppearance("outlet") + ","
        + " CASE WHEN ? THEN a.text END FROM articles a WHERE a.id = ?");
    p.setBoolean(1, context);
    p.setLong(2, Long.parseLong(s.article()));
    try (ResultSet r = p.executeQuery()) {
      if (!r.next()) return s;
      String around = null;
      if (context && r.getString(3) != null) {
        String text = r.getString(3);
        int from = Math.max(0, Math.min(text.length(), s.start() - 100)), to = Math.max(from, Math.min(text.length(), s.end() + 100));
        around = words(text.substring(from, to));
      }
      return new Side(r.getString(1), s.start(), s.end(), oneLine(s.text()), around, r.getString(2), s.published());
    }
  }

  /** Words around a title, cut to whole words at both ends. */
  private static String words(String around) {
    String s = oneLine(around);
    int first = s.indexOf(' '), last = s.lastIndexOf(' ');
    return first > 0 && last > first ? "\u2026" + s.substring(first, last) + "\u2026" : s;
  }

  @Override
  public Optional<Identity> identityAt(String article, int start, int end) throws IOException {
    try {
      // the name mention first; one that names no one for sure (canon -1) answers "no one", not the nominal around it
      PreparedStatement p = sql("SELECT k.id, k.type, k.name, e.evidence FROM appearances ap JOIN mentions m ON m.article = ap.article"
          + " JOIN entities e ON e.article = m.article AND e.eid = m.eid LEFT JOIN canon k ON k.id = coalesce(m.canon, e.canon)"
          + " WHERE (ap.source_id = ? OR ap.given_id = ?) AND m.start < ? AND m.end > ? ORDER BY (m.kind = 'name') DESC, m.start LIMIT 1");
      p.setString(1, article);
      p.setString(2, article);
      p.setInt(3, end);
      p.setInt(4, start);
      try (ResultSet r = p.executeQuery()) {
        return r.next() && r.getObject(1) != null ? Optional.of(new Identity(r.getLong(1), r.getString(2), r.getString(3), r.getString(4))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw io(e);
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /**
   * How many of the most recently stored matches a search ranks: words common in a large ledger
   * match hundreds of thousands of rows, and ranking them all would cost a second. The best of the
   * latest matches are what a ledger's reader wants; all matches are ranked below this many.
   */
  static final int RANKED = 5000;

  @Override
  public List<Hit> search(String text, int limit) throws IOException {
    List<String> terms = WordDiff.words(text);
    if (terms.isEmpty()) return List.of();
    StringBuilder match = new StringBuilder();
    for (String t : terms) match.append(match.length() == 0 ? "" : " ").append('"').append(t.replace("\"", "")).append('"');
    try {
      PreparedStatement p = sql("SELECT s.kind, s.text, s.article, s.ref, s.rank, a.published,"
          + " " + Export.firstAppearance("outlet") + ","
          + " " + Export.firstAppearance("source_id") + ","
          + " CASE s.kind WHEN 'quote' THEN (SELECT coalesce(k.name, q.speaker_name) FROM quotes q LEFT JOIN canon k ON k.id = q.speaker_canon"
          + "   WHERE q.article = s.article AND q.qid = s.ref)"
          + " ELSE (SELECT coalesce(k.name, c.source_name) FROM claims c LEFT JOIN canon k ON k.id = c.source_canon"
          + "   WHERE c.article = s.article AND c.cid = s.ref) END,"
          + " CASE s.kind WHEN 'quote' THEN (SELECT q.start || ' ' || q.end FROM quotes q WHERE q.article = s.article AND q.qid = s.ref)"
          + " ELSE (SELECT c.start || ' ' || c.end FROM claims c WHERE c.article = s.article AND c.cid = s.ref) END"
          + " FROM (SELECT kind, text, article, ref, rank FROM search WHERE search MATCH ? AND rowid >= coalesce("
          + "   (SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET " + RANKED + "), 0)"
          + "  ORDER BY rank LIMIT ?) s"
          + " JOIN articles a ON a.id = s.article ORDER BY s.rank");
      p.setString(1, match.toString());
      p.setString(2, match.toString());
      p.setInt(3, limit);
      List<Hit> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String[] span = r.getString(10) == null ? new String[] {"-1", "-1"} : r.getString(10).split(" ");
          out.add(new Hit(r.getString(1), oneLine(r.getString(2)), r.getString(9), r.getString(8), r.getString(7), r.getString(6), -r.getDouble(5),
              Integer.parseInt(span[0]), Integer.parseInt(span[1])));
        }
      }
      return out;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public List<Said> who(String name) throws IOException {
    String key = people.key(name);
    try {
      PreparedStatement p = sql("SELECT k.name, q.text, q.type, a.published,"
          + " " + Export.firstAppearance("outlet") + ","
          + " " + Export.firstAppearance("source_id") + ", q.start, q.end"
          + " FROM canon k JOIN quotes q ON q.speaker_canon = k.id JOIN articles a ON a.id = q.article"
          + " WHERE k.id IN (SELECT id FROM canon WHERE type = 'PERSON' AND (key = ? AND (? = '' OR initials IN ('', ?)) OR key = ? OR key > ? AND key < ?)"
          + "   UNION SELECT id FROM canon WHERE ? IS NULL AND surname = ? AND type = 'PERSON')"
          + " ORDER BY a.published, a.id, q.start");
      String surname = people.surname(name);
      if (key == null && surname.isEmpty()) return List.of(); // "!!!" names no one
      String initials = people.initials(name); // "George W. Bush" asks for him, not for George H. W. Bush
      p.setString(1, key == null ? "" : key); // "James Mattis" asks for him; "Mattis" for every Mattis
      p.setString(2, initials);
      p.setString(3, initials);
      p.setString(4, key == null || initials.isEmpty() ? "" : key + "#" + initials);
      p.setString(5, key == null ? "" : key + "~"); // the namesakes kept apart ("Bob Mason, a letter carrier") are named so too
      p.setString(6, key == null ? "" : key + "~\uffff");
      p.setString(7, key);
      p.setString(8, surname);
      List<Said> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Said(r.getString(1), oneLine(r.getString(2)), r.getString(3), r.getString(6), r.getString(5), r.getString(4), r.getInt(7), r.getInt(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public Optional<String> show(String article) throws IOException {
    try {
      Long id = storedId(article);
      if (id != null) {
        PreparedStatement d = sql("SELECT document FROM articles WHERE id = ?");
        d.setLong(1, id);
        try (ResultSet r = d.executeQuery()) {
          if (r.next()) return Optional.of(r.getString(1));
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** The row of an article named by an appearance id, a given id, "outlet:id", a URL or a hash prefix; null when none. */
  private Long storedId(String article) throws SQLException {
    // each way of naming an article is one indexed lookup
    String[] queries = {
        "SELECT article FROM appearances WHERE source_id = ? ORDER BY rowid LIMIT 1",
        "SELECT article FROM appearances WHERE given_id = ? ORDER BY rowid LIMIT 1",
        "SELECT article FROM appearances WHERE url = ? ORDER BY rowid LIMIT 1",
        "SELECT id FROM articles WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 1"};
    int colon = article.indexOf(':');
    for (int i = 0; i < queries.length; i++) {
      if (i == 3 && (article.length() < 8 || !article.matches("[0-9a-f]+"))) continue;
      PreparedStatement p = sql(queries[i]);
      p.setString(1, article);
      if (i == 3) p.setString(2, article + "g");
      Long id = first(p);
      if (id == null && i == 1 && colon > 0) { // "outlet:id"
        PreparedStatement q = sql("SELECT article FROM appearances WHERE given_id = ? AND outlet = ? ORDER BY rowid LIMIT 1");
        q.setString(1, article.substring(colon + 1));
        q.setString(2, article.substring(0, colon));
        id = first(q);
      }
      if (id != null) return id;
    }
    return null;
  }

  // ---- reading for the faces ---------------------------------------------------------------------

  /** How long a key (a prefix of the text hash) the faces show: 64 bits, no collision in any ledger one machine holds. */
  static final int KEY = 16;

  private static final String LISTED = "SELECT " + Export.firstAppearance("source_id") + ", substr(a.hash, 1, " + KEY + "), a.title, "
      + Export.firstAppearance("outlet") + ", a.published, (SELECT count(*) FROM quotes q WHERE q.article = a.id),"
      + " (SELECT count(*) FROM claims c WHERE c.article = a.id) FROM articles a";

  @Override
  public List<Listed> articles(String outlet, String since, String until, int offset, int limit) throws IOException {
    try {
      // published holds dates and date-times: "2017-12-27T10:00" is on the 27th, so until takes anything after the date
      PreparedStatement p = sql(LISTED + " WHERE (?1 IS NULL OR a.published >= ?1) AND (?2 IS NULL OR a.published < ?2 || '~')"
          + " AND (?3 IS NULL OR EXISTS (SELECT 1 FROM appearances o WHERE o.article = a.id AND o.outlet = ?3))"
          + " ORDER BY a.published DESC, a.id DESC LIMIT ?4 OFFSET ?5");
      p.setString(1, since);
      p.setString(2, until);
      p.setString(3, outlet);
      p.setInt(4, limit);
      p.setInt(5, offset);
      return listed(p);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  private static List<Listed> listed(PreparedStatement p) throws SQLException {
    List<Listed> out = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) out.add(new Listed(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getInt(6), r.getInt(7)));
    }
    return out;
  }

  @Override
  public Optional<Stored> article(String ref) throws IOException {
    try {
      Long id = storedId(ref);
      if (id == null) return Optional.empty();
      PreparedStatement d = sql("SELECT substr(hash, 1, " + KEY + "), document FROM articles WHERE id = ?");
      d.setLong(1, id);
      String key, document;
      try (ResultSet r = d.executeQuery()) {
        if (!r.next()) return Optional.empty();
        key = r.getString(1);
        document = r.getString(2);
      }
      List<Appearance> appearances = new ArrayList<>();
      PreparedStatement a = sql("SELECT source_id, outlet, url, published FROM appearances WHERE article = ? ORDER BY rowid");
      a.setLong(1, id);
      try (ResultSet r = a.executeQuery()) {
        while (r.next()) appearances.add(new Appearance(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
      }
      Map<String, Long> canon = new java.util.LinkedHashMap<>();
      PreparedStatement e = sql("SELECT eid, canon FROM entities WHERE article = ? AND canon IS NOT NULL");
      e.setLong(1, id);
      try (ResultSet r = e.executeQuery()) {
        while (r.next()) canon.put(r.getString(1), r.getLong(2));
      }
      return Optional.of(new Stored(key, document, List.copyOf(appearances), java.util.Collections.unmodifiableMap(canon)));
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public List<Named> entities(String name, String type, int offset, int limit) throws IOException {
    String wanted = name == null ? "" : oneLine(name);
    try {
      // a name is matched anywhere in the canonical name (LIKE, its wildcards escaped); the exact name first, then the shortest
      PreparedStatement p = sql("SELECT k.id, k.type, k.name, (SELECT count(*) FROM entities e WHERE e.canon = k.id) FROM canon k"
          + " WHERE (?1 = '' OR k.name LIKE '%' || ?2 || '%' ESCAPE '\\') AND (?3 IS NULL OR k.type = ?3)"
          + " ORDER BY (k.name = ?1 COLLATE NOCASE) DESC, length(k.name), k.id LIMIT ?4 OFFSET ?5");
      p.setString(1, wanted);
      p.setString(2, wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
      p.setString(3, type);
      p.setInt(4, limit);
      p.setInt(5, offset);
      List<Named> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(new Named(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)));
      }
      return out;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public Optional<Profile> entity(long id) throws IOException {
    try {
      PreparedStatement p = sql("SELECT type, name FROM canon WHERE id = ?");
      p.setLong(1, id);
      String type, name;
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) return Optional.empty();
        type = r.getString(1);
        name = r.getString(2);
      }
      List<String> aliases = new ArrayList<>();
      PreparedStatement a = sql("SELECT DISTINCT name FROM entities WHERE canon = ? AND name IS NOT NULL LIMIT 50");
      a.setLong(1, id);
      try (ResultSet r = a.executeQuery()) {
        while (r.next()) if (!r.getString(1).equals(name)) aliases.add(r.getString(1));
      }
      List<Office> offices = new ArrayList<>();
      PreparedStatement t = sql("SELECT t.title, t.office, t.past, " + Export.firstAppearance("source_id") + ", a.published"
          + " FROM titles t JOIN articles a ON a.id = t.article WHERE t.canon = ? ORDER BY a.published, a.id, t.start LIMIT 200");
      t.setLong(1, id);
      try (ResultSet r = t.executeQuery()) {
        while (r.next()) offices.add(new Office(oneLine(r.getString(1)), r.getString(2), r.getInt(3) == 1, r.getString(4), r.getString(5)));
      }
      return Optional.of(new Profile(id, type, name, List.copyOf(aliases), List.copyOf(offices)));
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public List<Said> quotesBy(long entity, int offset, int limit) throws IOException {
    try {
      PreparedStatement p = sql("SELECT k.name, q.text, q.type, a.published, " + Export.firstAppearance("outlet") + ", "
          + Export.firstAppearance("source_id") + ", q.start, q.end"
          + " FROM quotes q JOIN canon k ON k.id = q.speaker_canon JOIN articles a ON a.id = q.article"
          + " WHERE q.speaker_canon = ? ORDER BY a.published DESC, a.id DESC, q.start LIMIT ? OFFSET ?");
      p.setLong(1, entity);
      p.setInt(2, limit);
      p.setInt(3, offset);
      List<Said> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Said(r.getString(1), oneLine(r.getString(2)), r.getString(3), r.getString(6), r.getString(5), r.getString(4), r.getInt(7), r.getInt(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public List<Figure> figuresFrom(long entity, int limit) throws IOException {
    try {
      PreparedStatement p = sql("SELECT " + FIGURE_COLUMNS + FIGURE_FROM + " WHERE c.source_canon = ?"
          + " ORDER BY c.as_of_start IS NULL, c.as_of_start DESC, c.published DESC, c.article, c.start LIMIT ?");
      p.setLong(1, entity);
      p.setInt(2, limit);
      List<Figure> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) out.add(figure(r));
      }
      return out;
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public List<Listed> articlesOf(long entity, int offset, int limit) throws IOException {
    try {
      PreparedStatement p = sql(LISTED + " WHERE a.id IN (SELECT article FROM entities WHERE canon = ?)"
          + " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?");
      p.setLong(1, entity);
      p.setInt(2, limit);
      p.setInt(3, offset);
      return listed(p);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  private static Long first(PreparedStatement p) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      return r.next() ? r.getLong(1) : null;
    }
  }

  @Override
  public void export(String format, OutputStream out) throws IOException {
    try {
      switch (format) {
        case "jsonl" -> Export.jsonl(db, out);
        case "csv" -> Export.csv(db, out);
        case "claimreview" -> Export.claimReview(db, out);
        case "parquet" -> Export.parquet(db, out);
        default -> throw new IllegalArgumentException("unknown export format " + format + ": jsonl, csv, parquet or claimreview");
      }
    } catch (SQLException e) {
      throw io(e);
    }
  }

  @Override
  public void close() throws IOException {
    SQLException failed = null;
    for (PreparedStatement p : statements.values()) {
      try {
        p.close();
      } catch (SQLException e) {
        failed = failed == null ? e : failed;
      }
    }
    try {
      db.rollback(); // what was not committed was not meant to stay
    } catch (SQLException e) {
      failed = failed == null ? e : failed;
    }
    try {
      db.close();
    } catch (SQLException e) {
      failed = failed == null ? e : failed;
    }
    if (lockFile != null) lockFile.close(); // releases the lock
    if (failed != null) throw io(failed);
  }

  /** The connection, for the benchmark's bulk copies and the tests. */
  Connection connection() {
    return db;
  }

  private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
    if (v == null) p.setNull(i, java.sql.Types.INTEGER);
    else p.setLong(i, v);
  }

  private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
    if (v == null) p.setNull(i, java.sql.Types.REAL);
    else p.setDouble(i, v);
  }

  private static IOException io(SQLException e) {
    return new IOException("ledger: " + e.getMessage(), e);
  }
}
