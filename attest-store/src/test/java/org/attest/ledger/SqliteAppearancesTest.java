package org.attest.ledger;

/** The ledger's appearances ({@link AppearancesContract}) on SQLite. */
class SqliteAppearancesTest extends AppearancesContract {
  @Override
  Store store() {
    return Store.SQLITE;
  }
}
