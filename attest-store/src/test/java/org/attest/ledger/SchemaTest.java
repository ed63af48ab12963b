package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema a new ledger gets is schema 5 to the letter (tables, columns, indexes, as
 * {@code schema-5.sql} holds them, taken from a ledger made before the storage was split into
 * parts): a ledger made by an earlier build of this version opens, and a change to the schema
 * shows here first.
 */
class SchemaTest {
  @TempDir Path dir;

  @Test
  void aNewLedgerHasSchemaFiveToTheLetter() throws Exception {
    String expected;
    try (InputStream in = SchemaTest.class.getResourceAsStream("schema-5.sql")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder made = new StringBuilder();
    try (SqliteLedger l = SqliteLedger.open(dir); Statement s = l.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT sql || ';' AS sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'search\\_%' ESCAPE '\\'"
            + " ORDER BY name")) {
      while (r.next()) made.append(r.getString("sql")).append('\n');
    }
    assertEquals(expected, made.toString());
    assertEquals(5, Schema.VERSION);
  }

  @Test
  void aLedgerOfAnotherVersionIsRefused() throws Exception {
    try (SqliteLedger l = SqliteLedger.open(dir); Statement s = l.connection().createStatement()) {
      s.execute("UPDATE meta SET value = '4' WHERE key = 'version'");
      l.commit();
    }
    IOException writer = assertThrows(IOException.class, () -> SqliteLedger.open(dir));
    assertTrue(writer.getMessage().contains("schema 4, this one reads 5"), writer.getMessage());
    IOException reader = assertThrows(IOException.class, () -> SqliteLedger.openReadOnly(dir));
    assertTrue(reader.getMessage().contains("another version of Attest"), reader.getMessage());
  }
}
