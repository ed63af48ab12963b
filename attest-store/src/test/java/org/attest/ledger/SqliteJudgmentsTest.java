package org.attest.ledger;

/** The ledger's cross-article judgments ({@link LedgerJudgmentsContract}) on SQLite. */
class SqliteJudgmentsTest extends LedgerJudgmentsContract {
  @Override
  Store store() {
    return Store.SQLITE;
  }
}
