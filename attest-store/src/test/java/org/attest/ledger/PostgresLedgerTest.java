package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The ledger's contract on PostgreSQL, and what only a ledger on a server does: its schema's
 * version in the database, a role that may only read, several writers at once.
 */
class PostgresLedgerTest extends LedgerContract {
  private static final Attest ENGINE = new Attest();

  @Override
  Store store() {
    return Store.POSTGRES;
  }

  @Test
  void aLedgerOfANewerSchemaIsRefusedClearly() throws Exception {
    try (SqlLedger l = open(); var s = l.connection().createStatement()) {
      s.execute("UPDATE schema_version SET version = " + (Schema.VERSION + 1));
      l.commit();
    }
    IOException writer = assertThrows(IOException.class, this::open);
    assertTrue(writer.getMessage().contains("newer than this Attest reads"), writer.getMessage());
    IOException reader = assertThrows(IOException.class, this::openReadOnly);
    assertTrue(reader.getMessage().contains("newer than this Attest reads"), reader.getMessage());
  }

  @Test
  void aDatabaseWithNoLedgerIsNoLedgerToRead() {
    IOException e = assertThrows(IOException.class, this::openReadOnly);
    assertTrue(e.getMessage().contains("no Attest ledger in this database"), e.getMessage());
  }

  @Test
  void aRoleThatMayOnlySelectReadsTheLedgerAndWritesNothing() throws Exception {
    try (SqlLedger l = demoLedger(); var s = l.connection().createStatement()) {
      String db = location().substring(location().lastIndexOf('/') + 1);
      s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'attest_reader') THEN"
          + " CREATE ROLE attest_reader LOGIN PASSWORD 'reads'; END IF; END $$");
      s.execute("GRANT CONNECT ON DATABASE " + db + " TO attest_reader");
      s.execute("GRANT USAGE ON SCHEMA public TO attest_reader");
      s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO attest_reader");
      l.commit();
    }
    String reader = location().replace("postgresql://postgres@", "postgresql://attest_reader:reads@");
    try (Ledger r = Ledger.openReadOnly(reader)) {
      assertEquals(3, r.stats().articles());
      assertEquals("James Mattis", r.search("accelerate campaign", 5).get(0).who());
      assertEquals(3, r.figures("ISIS fighters", null, null, null).size());
      assertTrue(r.article("r1").isPresent());
    }
    try (Ledger w = Ledger.open(reader)) { // the schema is there: opening checks it; a write is refused by the server
      Article a = article("x", "X", "2017-12-30", "Some 2,000 fighters remain, the monitor said.");
      w.add(a, ENGINE.extract(a));
      IOException e = assertThrows(IOException.class, w::commit);
      assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    }
  }

  /** Fifty articles of named people, figures and quotes; the same index gives the same article. */
  private static Article corpus(int i) {
    String[][] people = {{"Secretary of Defense", "James Mattis"}, {"Secretary of State", "Rex Tillerson"}, {"Senator", "Ted Cruz"},
        {"Ambassador", "Nikki Haley"}, {"Governor", "John Kasich"}, {"Mayor", "Bill de Blasio"}, {"General", "Joseph Votel"}};
    String[] places = {"Iraq and Syria", "Raqqa", "Mosul", "Afghanistan", "Libya"};
    String[] title = people[i % people.length];
    String surname = title[1].substring(title[1].lastIndexOf(' ') + 1);
    String day = String.format("2017-%02d-%02d", 1 + i % 12, 1 + i % 28);
    String text = title[0] + " " + title[1] + " said on Monday that about " + (1000 + 250 * i) + " ISIS fighters remain in "
        + places[i % places.length] + ".\n\n\u201CWe will keep up the pressure on them, day " + i + " of the campaign,\u201D " + surname
        + " said.\n\nThe " + places[(i + 2) % places.length] + " office of the Red Cross said " + (10 + i) + " people were hurt.";
    return new Article("c" + i, text, day, "Report " + i, "https://example.invalid/c" + i, "Outlet " + (i % 4), java.util.Map.of());
  }

  private static void ingest(Ledger l, List<Article> articles) throws IOException {
    int n = 0;
    Attest engine = new Attest(); // one a thread: a pipeline is not thread-safe
    for (Article a : articles) {
      Document d = engine.extract(a);
      l.add(a, d);
      if (++n % 5 == 0) l.commit();
    }
    l.commit();
  }

  @Test
  void twoConcurrentIngestsOfOverlappingCorporaGiveTheLedgerOfOneIngestOfTheirUnion() throws Exception {
    List<Article> first = new ArrayList<>(), second = new ArrayList<>(), union = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      if (i < 30) first.add(corpus(i));
      if (i >= 20) second.add(corpus(49 - (i - 20))); // the other way round: the overlap is met from both ends
      union.add(corpus(i));
    }
    String shared = location();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (List<Article> part : List.of(first, second)) {
        runs.add(pool.submit(() -> {
          try (Ledger l = Ledger.open(shared)) { // each its own connection, as two processes on two machines
            ingest(l, part);
          }
          return null;
        }));
      }
      for (Future<?> f : runs) f.get();
    } finally {
      pool.shutdown();
    }
    String alone = Store.POSTGRES.newLedger(dir);
    try (Ledger l = Ledger.open(alone)) {
      ingest(l, union);
    }
    try (Ledger both = Ledger.openReadOnly(shared); Ledger one = Ledger.openReadOnly(alone)) {
      assertEquals(one.stats(), both.stats());
      assertEquals(50, both.stats().articles());
      for (String format : List.of("jsonl", "csv")) assertEquals(sortedExport(one, format), sortedExport(both, format), format);
      assertEquals(entities(one), entities(both), "each entity joined once, as one ingest joins it");
      assertEquals(one.who("James Mattis").size(), both.who("James Mattis").size());
    }
  }

  @Test
  void aLedgerCopiedFromAFolderAnswersAsTheFolderDoes() throws Exception {
    String folder = dir.resolve("folder").toString();
    try (SqlLedger l = (SqlLedger) Ledger.open(folder)) {
      for (int i = 0; i < 12; i++) {
        Article a = corpus(i);
        l.add(a, ENGINE.extract(a));
      }
      l.commit();
    }
    assertTrue(Ledger.copy(folder, location()) > 12 * 5);
    try (Ledger from = Ledger.openReadOnly(folder); Ledger to = Ledger.openReadOnly(location())) {
      assertEquals(from.stats(), to.stats());
      for (String format : List.of("jsonl", "csv", "claimreview")) assertEquals(sortedExport(from, format), sortedExport(to, format), format);
      assertEquals(from.who("James Mattis"), to.who("James Mattis"));
      assertEquals(from.figures("ISIS fighters", null, null, null), to.figures("ISIS fighters", null, null, null));
      assertEquals(from.articles(null, null, null, 0, 20), to.articles(null, null, null, 0, 20));
      assertEquals(from.search("pressure campaign", 5).stream().map(Ledger.Hit::text).sorted().toList(),
          to.search("pressure campaign", 5).stream().map(Ledger.Hit::text).sorted().toList());
    }
    try (Ledger to = Ledger.open(location())) { // the ids go on after the copied ones
      Article a = corpus(40);
      assertEquals(Ledger.Added.NEW, to.add(a, ENGINE.extract(a)));
      to.commit();
      assertEquals(13, to.stats().articles());
    }
  }

  private static List<String> sortedExport(Ledger l, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    l.export(format, out);
    return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
  }

  private static List<String> entities(Ledger l) throws IOException {
    return l.entities(null, null, 0, 10_000).stream().map(n -> n.type() + " " + n.name() + " " + n.articles()).sorted().toList();
  }
}
