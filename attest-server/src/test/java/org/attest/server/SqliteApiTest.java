package org.attest.server;

import java.nio.file.Path;

/** The API over a ledger in a folder. */
class SqliteApiTest extends ApiContract {
  @Override
  String newLedger(Path dir) {
    return dir.resolve("ledger").toString();
  }

  @Override
  boolean oneWriter() {
    return true;
  }
}
