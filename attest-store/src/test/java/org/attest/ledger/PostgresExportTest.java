package org.attest.ledger;

/** The ledger's exports ({@link ExportContract}) on PostgreSQL. */
class PostgresExportTest extends ExportContract {
  @Override
  Store store() {
    return Store.POSTGRES;
  }
}
