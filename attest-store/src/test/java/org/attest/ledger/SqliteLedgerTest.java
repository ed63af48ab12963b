package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The ledger's contract on SQLite, and what only a ledger in a folder does: one writer at a time, a folder no one may write to. */
class SqliteLedgerTest extends LedgerContract {
  @Override
  Store store() {
    return Store.SQLITE;
  }

  @Test
  void aReaderWorksWhileTheWriterHoldsTheLedgerAndASecondWriterIsRefused() throws Exception {
    try (SqliteLedger writer = SqliteLedger.open(dir)) {
      add(writer, article("a", "A", "2017-12-01", "Fewer than 3,000 fighters remain, the coalition said."));
      writer.commit();
      add(writer, article("b", "B", "2017-12-02", "About 5,000 fighters remain, the monitor said.")); // uncommitted
      try (SqliteLedger reader = SqliteLedger.openReadOnly(dir)) {
        assertEquals(1, reader.stats().articles(), "a reader sees what is committed");
      }
      java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> SqliteLedger.open(dir));
      assertTrue(e.getMessage().contains("writing to this ledger"), e.getMessage());
    }
  }

  @Test
  void aLedgerInAFolderNoOneMayWriteToCanBeRead() throws Exception {
    try (SqlLedger l = demoLedger()) {
      l.commit();
    }
    java.nio.file.Files.deleteIfExists(dir.resolve(".lock"));
    // root writes anywhere: only the immutable attribute stops it (where the file system has it)
    boolean locked = new ProcessBuilder("chattr", "+i", dir.toString()).redirectErrorStream(true).start().waitFor() == 0;
    org.junit.jupiter.api.Assumptions.assumeTrue(locked, "chattr +i is not available here");
    try {
      assertFalse(java.nio.file.Files.isWritable(dir.resolve("x")) && canCreate(dir), "the folder is read-only");
      try (SqliteLedger r = SqliteLedger.openReadOnly(dir)) {
        assertEquals(3, r.stats().articles());
        assertEquals(3, r.figures("ISIS fighters", null, null, null).size());
      }
    } finally {
      new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
    }
  }

  private static boolean canCreate(Path dir) {
    try {
      java.nio.file.Files.delete(java.nio.file.Files.createFile(dir.resolve("probe")));
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

}
