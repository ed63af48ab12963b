package org.attest.ledger;

import java.io.IOException;
import java.nio.file.Path;
import org.attest.testing.PostgresServer;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a contract test's ledger lives, by store: a folder of its own (SQLite) or a database of its
 * own on the module's one PostgreSQL server ({@link PostgresServer}). A contract is an abstract test
 * class extending this one; each store runs it through a subclass naming the store.
 */
abstract class LedgerFixture {
  /** The stores every contract runs against. */
  enum Store {
    SQLITE, POSTGRES;

    /** The location of a new, empty ledger. */
    String newLedger(Path dir) {
      return this == SQLITE ? dir.toString() : PostgresServer.freshDatabase();
    }
  }

  @TempDir Path dir;

  private String location;

  /** The store this run of the contract tests. */
  abstract Store store();

  /** This test's ledger: the same each time it is asked for. */
  final String location() {
    if (location == null) location = store().newLedger(dir);
    return location;
  }

  /** Opens this test's ledger to write to it, as {@link Ledger#open(String)} does for the faces. */
  final SqlLedger open() throws IOException {
    return (SqlLedger) Ledger.open(location());
  }

  /** Opens this test's ledger to read it. */
  final SqlLedger openReadOnly() throws IOException {
    return (SqlLedger) Ledger.openReadOnly(location());
  }
}
