package org.attest.ledger;

/** The ledger's appearances ({@link AppearancesContract}) on PostgreSQL. */
class PostgresAppearancesTest extends AppearancesContract {
  @Override
  Store store() {
    return Store.POSTGRES;
  }
}
