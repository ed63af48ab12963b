package org.attest.testing;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output that takes some bytes, then fails as a full disk ("No space left on device") or a pipe
 * closed by its reader ("Broken pipe") does. Shared with the modules above the store through
 * attest-store's test jar.
 */
public final class FailingOutput extends OutputStream {
  private final String message;
  private long left;

  /** Takes {@code left} bytes, then throws an {@link IOException} with {@code message} on every write. */
  public FailingOutput(String message, long left) {
    this.message = message;
    this.left = left;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len > left) throw new IOException(message);
    left -= len;
  }
}
