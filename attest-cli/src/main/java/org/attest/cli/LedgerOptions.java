package org.attest.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The ledger a command works on: {@code --ledger DIR}, by default {@code ./attest-ledger}. */
final class LedgerOptions {
  @Option(names = "--ledger", paramLabel = "DIR", description = "The ledger's folder (default: ./attest-ledger).")
  Path dir = Path.of("attest-ledger");

  /** Opens the existing ledger for a query, read-only: queries run while an ingest writes. */
  org.attest.ledger.Ledger open() throws java.io.IOException {
    return org.attest.ledger.Ledger.openReadOnly(existing());
  }

  /** The existing ledger for a query: a missing one is an error, not a new empty ledger. */
  Path existing() throws java.io.IOException {
    if (!java.nio.file.Files.isRegularFile(dir.resolve("ledger.db"))) {
      throw new java.io.IOException(dir + ": no ledger here; run 'attest ingest --ledger " + dir + " FILE...' first");
    }
    return dir;
  }
}
