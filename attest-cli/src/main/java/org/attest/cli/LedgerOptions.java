package org.attest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.ledger.Ledger;
import picocli.CommandLine.Option;

/**
 * The ledger a command works on: {@code --ledger LEDGER}, a folder (by default {@code ./attest-ledger})
 * or a PostgreSQL database ({@code postgresql://user:password@host:port/database} or a
 * {@code jdbc:postgresql://...} URL).
 */
final class LedgerOptions {
  @Option(names = "--ledger", paramLabel = "LEDGER",
      description = "The ledger: a folder (default: ./attest-ledger) or a PostgreSQL database, postgresql://user:password@host:port/db"
          + " or jdbc:postgresql://... (see docs/POSTGRESQL.md).")
  String dir = "attest-ledger";

  /** Opens the existing ledger for a query, read-only: queries run while an ingest writes. */
  Ledger open() throws IOException {
    return Ledger.openReadOnly(existing());
  }

  /** Opens (or creates) the ledger to write to it. */
  Ledger openToWrite() throws IOException {
    return Ledger.open(dir);
  }

  /** The existing ledger for a query: a missing folder is an error, not a new empty ledger (a database is checked as it opens). */
  String existing() throws IOException {
    if (!Ledger.onServer(dir) && !Files.isRegularFile(Path.of(dir).resolve("ledger.db"))) {
      throw new IOException(dir + ": no ledger here; run 'attest ingest --ledger " + dir + " FILE...' first");
    }
    return dir;
  }

  /** The ledger as messages name it: a database URL without its password. */
  String shown() {
    return dir.replaceFirst("(//[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
