package org.attest.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What the commands write to standard error during one test ({@code @RegisterExtension}); the real stream is put back after it. */
final class CapturedStderr implements BeforeEachCallback, AfterEachCallback {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private PrintStream old;

  @Override
  public void beforeEach(ExtensionContext context) {
    old = System.err;
    bytes.reset();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setErr(old);
  }

  /** Everything written so far, as text. */
  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Runs {@code attest ARGS} in this JVM and gives what it wrote to standard output, failing the test
   * (with what it wrote to standard error) when its exit code is not {@code expected}.
   */
  String run(int expected, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(out, args);
    org.junit.jupiter.api.Assertions.assertEquals(expected, code, () -> "exit code of " + String.join(" ", args) + "; stderr: " + text());
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what was written: the next {@link #text()} holds what comes after. */
  void reset() {
    bytes.reset();
  }

  @Override
  public String toString() {
    return text();
  }
}
