package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attest.ledger.Ledger;
import org.attest.server.Server;
import org.attest.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faces on a PostgreSQL ledger: every command that takes --ledger takes a postgresql:// or a
 * jdbc:postgresql: URL; two ingest processes at once; an ingest killed midway resumes; attest serve through a role
 * that may only read.
 */
class PostgresFacesTest {
  @TempDir Path dir;
  @org.junit.jupiter.api.extension.RegisterExtension final CapturedStderr err = new CapturedStderr();

  private String run(String... args) {
    return err.run(0, args);
  }

  /** Articles {@code from} to {@code to} (excluded) of one corpus, in a JSON Lines file. */
  private Path corpus(String name, int from, int to) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] people = {"James Mattis", "Rex Tillerson", "Nikki Haley", "Ted Cruz"};
    for (int i = from; i < to; i++) {
      String text = "About " + (1000 + i) + " fighters remain in Syria, officials said on Monday. \\u201CWe counted them in " + (2000 + i)
          + ",\\u201D said " + people[i % 4] + ".";
      lines.add("{\"id\":\"a" + i + "\",\"outlet\":\"Test Wire\",\"published\":\"2017-12-" + String.format("%02d", 1 + i % 28) + "\",\"text\":\"" + text
          + "\"}");
    }
    Path file = dir.resolve(name + ".jsonl");
    Files.write(file, lines);
    return file;
  }

  private static List<String> export(String ledger, String format) throws IOException {
    try (Ledger l = Ledger.openReadOnly(ledger)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      l.export(format, out);
      return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }
  }

  @Test
  void everyLedgerCommandTakesADatabaseUrlAndGivesWhatAFolderGives() throws IOException {
    Path file = corpus("c", 0, 12);
    String url = PostgresServer.freshDatabase(), folder = dir.resolve("ledger").toString();
    String jdbc = "jdbc:" + url.replace("postgres@", "") + "?user=postgres";
    run("ingest", "--ledger", url, file.toString());
    run("ingest", "--ledger", folder, file.toString());
    run("ingest", "--ledger", jdbc, file.toString());
    assertTrue(err.text().contains("0 new, 0 more appearance(s), 12 already stored"), err.text());
    for (String format : List.of("jsonl", "csv")) assertEquals(export(folder, format), export(url, format), format);
    for (String ledger : List.of(url, jdbc)) {
      assertEquals(run("search", "--ledger", folder, "counted"), run("search", "--ledger", ledger, "counted"));
      assertEquals(run("who", "--ledger", folder, "James Mattis"), run("who", "--ledger", ledger, "James Mattis"));
      assertEquals(run("figures", "--ledger", folder, "fighters"), run("figures", "--ledger", ledger, "fighters"));
      assertEquals(run("show", "--ledger", folder, "Test Wire:a3"), run("show", "--ledger", ledger, "Test Wire:a3"));
      assertEquals(run("conflicts", "--ledger", folder), run("conflicts", "--ledger", ledger));
    }
    Path out = dir.resolve("claims.csv");
    run("export", "--ledger", url, "--format", "csv", "--output", out.toString());
    assertEquals(13, Files.readAllLines(out).size());
  }

  @Test
  void twoIngestProcessesAtOnceGiveTheLedgerOfOneIngestOfBoth() throws Exception {
    Path first = corpus("first", 0, 60), second = corpus("second", 40, 100), both = corpus("both", 0, 100);
    String shared = PostgresServer.freshDatabase(), alone = PostgresServer.freshDatabase();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> ingests = new ArrayList<>();
    for (Path file : List.of(first, second)) {
      ingests.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--ledger", shared,
          "--batch", "7", file.toString()).redirectErrorStream(true).redirectOutput(dir.resolve(file.getFileName() + ".log").toFile()).start());
    }
    for (Process p : ingests) {
      assertTrue(p.waitFor(240, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), Files.readString(dir.resolve("first.jsonl.log")) + Files.readString(dir.resolve("second.jsonl.log")));
    }
    run("ingest", "--ledger", alone, both.toString());
    try (Ledger a = Ledger.openReadOnly(shared); Ledger b = Ledger.openReadOnly(alone)) {
      assertEquals(b.stats(), a.stats());
      assertEquals(100, a.stats().articles());
    }
    for (String format : List.of("jsonl", "csv")) assertEquals(export(alone, format), export(shared, format), format);
  }

  @Test
  void anIngestKilledMidwayResumesToTheLedgerOfOneCleanRun() throws Exception {
    Path file = corpus("c", 0, 600);
    String clean = PostgresServer.freshDatabase(), killed = PostgresServer.freshDatabase();
    run("ingest", "--ledger", clean, file.toString());
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--ledger", killed,
        "--batch", "10", file.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long committed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && committed < 30 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      try (Ledger l = Ledger.openReadOnly(killed)) {
        committed = l.stats().articles();
      } catch (IOException notYet) {
        committed = 0; // no schema yet
      }
    }
    String log = dir.resolve("child.log").toString();
    assertTrue(p.isAlive(), () -> "the ingest ended before it could be killed: " + log);
    p.destroyForcibly(); // SIGKILL: the server rolls back the transaction of the lost connection
    p.waitFor(30, TimeUnit.SECONDS);
    try (Ledger l = Ledger.openReadOnly(killed)) {
      long left = l.stats().articles();
      assertTrue(left >= 30 && left < 600, "killed midway: " + left + " articles committed");
    }
    run("ingest", "--ledger", killed, file.toString());
    for (String format : List.of("jsonl", "csv")) assertEquals(export(clean, format), export(killed, format), format);
  }

  @Test
  void serveReadsThroughARoleThatMayOnlySelect() throws Exception {
    String url = PostgresServer.freshDatabase();
    run("ingest", "--ledger", url, corpus("c", 0, 8).toString());
    String db = url.substring(url.lastIndexOf('/') + 1);
    try (var c = java.sql.DriverManager.getConnection("jdbc:" + url.replace("postgres@", "") + "?user=postgres"); var s = c.createStatement()) {
      s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'attest_web') THEN"
          + " CREATE ROLE attest_web LOGIN PASSWORD 'web-reads'; END IF; END $$");
      s.execute("GRANT CONNECT ON DATABASE " + db + " TO attest_web");
      s.execute("GRANT USAGE ON SCHEMA public TO attest_web");
      s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO attest_web");
    }
    String reader = url.replace("postgres@", "attest_web:web-reads@");
    HttpClient http = HttpClient.newHttpClient();
    try (Server server = Server.start(new Server.Options(reader, "127.0.0.1", 0, null))) {
      for (String path : List.of("/api/stats", "/api/articles", "/api/search?q=counted", "/api/figures?subject=fighters", "/articles",
          "/search?q=counted", "/api/quotes?speaker=James+Mattis")) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        if (path.equals("/api/stats")) assertTrue(r.body().contains("\"articles\":8"), r.body());
      }
    }
    assertTrue(Main.run(new ByteArrayOutputStream(), "ingest", "--ledger", reader, corpus("more", 8, 9).toString()) != 0,
        "the role may not write: the ingest fails");
  }
}
