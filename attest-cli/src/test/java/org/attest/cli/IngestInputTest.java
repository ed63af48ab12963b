package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.ledger.Ledger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest's input side: a damaged file or an unreadable folder is reported and skipped, the rest is stored. */
class IngestInputTest {
  @TempDir Path dir;
  @org.junit.jupiter.api.extension.RegisterExtension final CapturedStderr err = new CapturedStderr();

  private int ingest(String... paths) {
    String[] args = new String[paths.length + 3];
    args[0] = "ingest";
    args[1] = "--ledger";
    args[2] = dir.resolve("ledger").toString();
    System.arraycopy(paths, 0, args, 3, paths.length);
    return Main.run(new ByteArrayOutputStream(), args);
  }

  private long articles() throws IOException {
    try (Ledger l = Ledger.open(dir.resolve("ledger"))) {
      return l.stats().articles();
    }
  }

  private Path article(Path folder, String name, String text) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(name), text);
  }

  @Test
  void aTruncatedGzipKeepsWhatWasReadAndTheNextFileIsIngested() throws Exception {
    Path cut = ExtractCommandTest.truncatedGzip(dir.resolve("cut.jsonl.gz"), 2000, 6000);
    Path next = article(dir, "next.jsonl", "{\"id\":\"n1\",\"text\":\"Prices rose 3 percent, officials said.\"}\n");
    assertEquals(1, ingest(cut.toString(), next.toString()));
    long stored = articles();
    assertTrue(stored > 10 && stored < 2000, stored + " articles");
    assertTrue(err.text().contains("attest: " + cut + ":" + stored + ": input cut short or damaged (Unexpected end of ZLIB input stream)"), err.text());
    assertTrue(err.text().contains((stored) + " new, 0 more appearance(s), 0 already stored, 1 skipped"), err.text());
  }

  /**
   * A folder whose path is longer than the system allows (PATH_MAX, 4096 bytes on Linux) cannot be listed by anyone, root
   * included: the walker fails on it as it does on a folder without read permission. Two chains of folders, each short enough
   * to make, are joined by a rename; a rename back undoes it.
   */
  @Test
  void aFolderTheWalkerCannotReadIsReportedAndTheRestStored() throws Exception {
    Path corpus = dir.resolve("corpus");
    article(corpus, "a.txt", "Prices rose 3 percent, officials said.");
    article(corpus.resolve("z"), "b.txt", "About 900 fighters remain, the coalition said.");
    String name = "d".repeat(250);
    Path upper = corpus.resolve("m"), lower = dir.resolve("lower");
    for (int i = 0; i < 10; i++) {
      upper = upper.resolve(name);
      lower = lower.resolve(name);
    }
    Files.createDirectories(upper);
    String unreadable = upper.toString();
    article(lower, "c.txt", "Hidden text, 7 words long, nobody reads it.");
    Path top = dir.resolve("lower").resolve(name), moved = upper.resolve(name);
    Files.move(top, moved);
    assertTrue(moved.toString().length() + 10 * 251 > 4096);
    try {
      assertEquals(1, ingest(corpus.toString()));
      assertEquals(2, articles(), err.text());
      assertTrue(err.text().lines().anyMatch(l -> l.startsWith("attest: " + unreadable) && l.contains(": cannot read, skipped (File name too long)")), err.text());
      assertTrue(err.text().contains("2 new, 0 more appearance(s), 0 already stored, 1 skipped"), err.text());
    } finally { // too deep to delete: move it back
      Files.move(moved, top);
    }
  }

  /** The probe's case, where permissions apply (not as root, who reads every folder). */
  @Test
  void aFolderWithoutReadPermissionIsReportedAndTheRestStored() throws Exception {
    Path corpus = dir.resolve("corpus");
    article(corpus, "a.txt", "Prices rose 3 percent, officials said.");
    Path locked = corpus.resolve("locked");
    article(locked, "b.txt", "About 900 fighters remain, the coalition said.");
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    try {
      Assumptions.assumeFalse(Files.isReadable(locked.resolve("b.txt")) || canList(locked), "running as root: permissions do not stop the walker");
      assertEquals(1, ingest(corpus.toString()));
      assertEquals(1, articles());
      assertTrue(err.text().contains("attest: " + locked + ": cannot read folder, skipped (permission denied)"), err.text());
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static boolean canList(Path folder) {
    try (var s = Files.list(folder)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void anEmptyFileCountsAsSkipped() throws Exception {
    Path corpus = dir.resolve("corpus");
    article(corpus, "a.txt", "Prices rose 3 percent, officials said.");
    article(corpus, "empty.jsonl", "");
    assertEquals(1, ingest(corpus.toString()));
    assertTrue(err.text().contains(corpus.resolve("empty.jsonl") + ": empty file"), err.text());
    assertEquals(1, articles());
  }
}
