package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extract and ingest on several threads give what one thread gives, in the input's order. */
class ThreadsTest {
  @TempDir Path dir;
  @org.junit.jupiter.api.extension.RegisterExtension final CapturedStderr err = new CapturedStderr();

  private String run(int expected, String... args) {
    return err.run(expected, args);
  }

  /** Articles of very different lengths (so workers finish out of order), a copy of one, and a broken line among them. */
  private Path corpus() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder();
      int sentences = i % 7 == 0 ? 60 : 1 + i % 3;
      for (int k = 0; k < sentences; k++) {
        text.append("About ").append(1000 + i * 10 + k).append(" fighters remain in Syria, Jane Doe").append(i).append(" said on Monday. ");
      }
      lines.add("{\"id\":\"a" + i + "\",\"outlet\":\"Wire " + (i % 3) + "\",\"published\":\"2017-12-" + String.format("%02d", 1 + i % 28)
          + "\",\"text\":\"" + text.toString().strip() + "\"}");
      if (i == 20) lines.add("{\"id\":\"broken\", \"text\": ");
      if (i == 30) lines.add(lines.get(5).replace("\"a5\"", "\"copy-of-a5\"").replace("Wire 2", "Other Wire"));
    }
    Path f = dir.resolve("corpus.jsonl");
    Files.write(f, lines);
    return f;
  }

  @Test
  void extractOnFourThreadsWritesWhatOneThreadWrites() throws IOException {
    Path corpus = corpus();
    String one = run(Main.SKIPPED, "extract", "--threads", "1", "--format", "jsonl", corpus.toString());
    String four = run(Main.SKIPPED, "extract", "--threads", "4", "--format", "jsonl", corpus.toString());
    assertEquals(41, one.lines().count(), "40 articles and the copy; the broken line skipped");
    assertEquals(one, four);
    assertTrue(err.text().contains("corpus.jsonl:22"), "the broken line is reported with its line: " + err);
  }

  @Test
  void ingestOnFourThreadsMakesTheLedgerOneThreadMakes() throws IOException {
    Path corpus = corpus();
    String a = dir.resolve("one").toString(), b = dir.resolve("four").toString();
    run(Main.SKIPPED, "ingest", "--threads", "1", "--batch", "7", "--ledger", a, corpus.toString());
    assertTrue(err.text().contains("40 new, 1 more appearance(s)"), err.text());
    run(Main.SKIPPED, "ingest", "--threads", "4", "--batch", "7", "--ledger", b, corpus.toString());
    assertEquals(run(0, "export", "--ledger", a, "--format", "jsonl"), run(0, "export", "--ledger", b, "--format", "jsonl"));
    assertEquals(run(0, "export", "--ledger", a, "--format", "csv"), run(0, "export", "--ledger", b, "--format", "csv"));
    assertEquals(run(0, "who", "--ledger", a, "Jane Doe7"), run(0, "who", "--ledger", b, "Jane Doe7"));
    run(Main.SKIPPED, "ingest", "--threads", "3", "--ledger", b, corpus.toString());
    assertTrue(err.text().contains("0 new, 0 more appearance(s), 41 already stored"), "again: nothing changes; " + err);
  }

  @Test
  void aNegativeThreadCountIsAUsageError() {
    run(Main.USAGE, "extract", "--threads", "-1", "-");
  }
}
