package org.attest.ledger;

/** The ledger's exports ({@link ExportContract}) on SQLite. */
class SqliteExportTest extends ExportContract {
  @Override
  Store store() {
    return Store.SQLITE;
  }
}
