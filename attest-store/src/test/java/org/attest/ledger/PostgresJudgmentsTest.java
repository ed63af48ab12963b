package org.attest.ledger;

/** The ledger's cross-article judgments ({@link LedgerJudgmentsContract}) on PostgreSQL. */
class PostgresJudgmentsTest extends LedgerJudgmentsContract {
  @Override
  Store store() {
    return Store.POSTGRES;
  }
}
