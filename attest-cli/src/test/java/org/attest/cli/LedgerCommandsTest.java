package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attest.ledger.Ledger;
import org.attest.ledger.SqliteLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger commands as users run them: the demo, ingesting twice, an ingest killed midway. */
class LedgerCommandsTest {
  @TempDir Path dir;
  @org.junit.jupiter.api.extension.RegisterExtension final CapturedStderr err = new CapturedStderr();

  private String run(String... args) {
    return err.run(0, args);
  }

  @Test
  void theDemoShowsTheFightersTimelineAndTheConflicts() {
    String out = run("demo");
    assertTrue(out.contains("5 articles stored (6 appearances"), out);
    // the timeline of ISIS fighters: fewer than 3,000 three weeks before the example article, fewer than 1,000 in it, with sources
    // and as-of dates; the example article's "fewer than 3,000 fighters" (no group named) is a variable of its own
    assertTrue(out.contains(" fighter of islamic state, count (6):"), out);
    int threeThousand = out.indexOf("as of 2017-12-06  fewer than 3,000 (< 3,000)");
    int oneThousand = out.indexOf("as of 2017-12-27  fewer than 1,000 (< 1,000)");
    assertTrue(threeThousand > 0 && oneThousand > threeThousand, out);
    assertTrue(out.substring(threeThousand).lines().skip(1).findFirst().orElseThrow().contains("source: U.S.-led coalition"), out);
    assertTrue(out.contains(" fighter, count (2):\n  as of 2017-W49    fewer than 3,000 (< 3,000)"), out);
    assertTrue(out.substring(oneThousand).lines().skip(1).findFirst().orElseThrow().contains("source: Reuters; Example article, 2017-12-27"), out);
    assertTrue(out.contains("about 6,500 (~6,500)") && out.contains("Fewer than 500 (< 500)"), out);
    // the conflicts of the corpus
    assertTrue(out.contains("one person, different offices: James Mattis"), out);
    assertTrue(out.contains("\"Secretary of State\" (2017-12-27) and \"Secretary of Defense\" (2018-01-20) are different offices"), out);
    assertTrue(out.contains("one statement, worded differently: James Mattis"), out);
    assertTrue(out.contains("[-speed up-] {+accelerate+}"), out);
    assertTrue(out.contains("< 1,000 and ~5,000 do not overlap"), out);
  }

  /** A corpus of n short articles, all different, in one JSON Lines file. */
  private Path corpus(int n) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] places = {"Iraq", "Syria", "Libya", "Yemen"};
    for (int i = 0; i < n; i++) {
      String text = "About " + (1000 + i) + " fighters remain in " + places[i % 4] + ", officials said on Monday. "
          + "\\u201CWe counted them in " + (2000 + i) + ",\\u201D said Jane Doe" + i + ", a spokeswoman.";
      lines.add("{\"id\":\"a" + i + "\",\"outlet\":\"Test Wire\",\"published\":\"2017-12-" + String.format("%02d", 1 + i % 28) + "\",\"text\":\"" + text + "\"}");
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.write(file, lines);
    return file;
  }

  private static Ledger.Stats stats(Path ledger) throws IOException {
    try (SqliteLedger l = SqliteLedger.open(ledger)) {
      return l.stats();
    }
  }

  private static List<String> documents(Path ledger) throws IOException {
    try (SqliteLedger l = SqliteLedger.open(ledger)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      l.export("jsonl", out);
      return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }
  }

  @Test
  void ingestingTwiceLeavesOneCopyOfEach() throws IOException {
    Path file = corpus(30);
    Path ledger = dir.resolve("ledger");
    run("ingest", "--ledger", ledger.toString(), file.toString());
    Ledger.Stats once = stats(ledger);
    assertEquals(30, once.articles());
    run("ingest", "--ledger", ledger.toString(), file.toString(), dir.toString()); // the file again, and the folder holding it
    assertEquals(once, stats(ledger));
    assertTrue(err.text().contains("0 new, 0 more appearance(s), 60 already stored"), err.text());
  }

  @Test
  void anIngestKilledMidwayResumesToTheLedgerOfOneCleanRun() throws Exception {
    Path file = corpus(2000);
    Path clean = dir.resolve("clean"), killed = dir.resolve("killed");
    run("ingest", "--ledger", clean.toString(), file.toString());
    // the same ingest in another process, killed (SIGKILL) once some batches are committed
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--ledger", killed.toString(),
        "--batch", "10", file.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long committed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      if (Files.exists(killed.resolve("ledger.db"))) {
        committed = committedArticles(killed);
        if (committed >= 30) break;
      }
    }
    assertTrue(p.isAlive(), () -> "the ingest ended before it could be killed: " + read(dir.resolve("child.log")));
    p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback
    p.waitFor(30, TimeUnit.SECONDS);
    long left = stats(killed).articles();
    assertTrue(left >= 30 && left < 2000, "killed midway: " + left + " articles committed");
    run("ingest", "--ledger", killed.toString(), file.toString());
    assertEquals(stats(clean), stats(killed));
    assertEquals(documents(clean), documents(killed));
  }

  /** The articles committed so far, read without taking the writer's lock; 0 while the schema is being made. */
  private static long committedArticles(Path ledger) {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    try (java.sql.Connection c = config.createConnection("jdbc:sqlite:" + ledger.resolve("ledger.db"));
        java.sql.ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (java.sql.SQLException notYet) {
      return 0;
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
