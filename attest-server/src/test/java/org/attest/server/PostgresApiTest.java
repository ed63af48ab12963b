package org.attest.server;

import java.nio.file.Path;
import org.attest.testing.PostgresServer;

/** The API over a ledger in a PostgreSQL database, which takes several writers at once. */
class PostgresApiTest extends ApiContract {
  @Override
  String newLedger(Path dir) {
    return PostgresServer.freshDatabase();
  }

  @Override
  boolean oneWriter() {
    return false;
  }
}
