package org.attest.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 or UTF-32 bytes as UTF-8 bytes, decoded strictly: every byte decoded before a malformed one is delivered, then
 * {@link Malformed} is thrown (so the lines before it are read and the line reached is known).
 */
final class Transcoded extends InputStream {
  /** The input is not valid in its encoding. */
  static final class Malformed extends IOException {
    Malformed(String encoding) {
      super("not valid " + encoding + " (a broken code unit or surrogate pair)");
    }
  }

  /** A buffered transcoded stream: ArticleReader.decoded knows it need not look for a byte order mark again. */
  static final class Marked extends java.io.BufferedInputStream {
    Marked(InputStream in, int size) {
      super(in, size);
    }
  }

  private final InputStream in;
  private final String encoding;
  private final CharsetDecoder decoder;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer raw = ByteBuffer.allocate(1 << 14).flip();
  private final CharBuffer chars = CharBuffer.allocate(1 << 14);
  private final ByteBuffer out = ByteBuffer.allocate(1 << 16).flip();
  private boolean endOfInput;
  private boolean done;
  private IOException failure;

  Transcoded(InputStream in, Charset charset) {
    this.in = in;
    this.encoding = charset.name().startsWith("UTF-32") ? "UTF-32" : "UTF-16";
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    while ((n = read(one, 0, 1)) == 0) {
      // nothing yet
    }
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    while (!out.hasRemaining()) {
      if (!fill()) return -1;
    }
    int n = Math.min(len, out.remaining());
    out.get(b, off, n);
    return n;
  }

  /** Decodes and encodes the next piece; false at the end. */
  private boolean fill() throws IOException {
    if (failure != null) throw failure;
    if (done) return false;
    if (!endOfInput) {
      raw.compact();
      int n = in.read(raw.array(), raw.arrayOffset() + raw.position(), raw.remaining());
      if (n < 0) endOfInput = true;
      else raw.position(raw.position() + n);
      raw.flip();
    }
    CoderResult r = decoder.decode(raw, chars, endOfInput);
    if (r.isError()) {
      failure = new Malformed(encoding);
    } else if (endOfInput && r.isUnderflow()) {
      if (decoder.flush(chars).isError()) failure = new Malformed(encoding);
    }
    boolean last = failure == null && endOfInput && !raw.hasRemaining();
    chars.flip();
    out.clear();
    // a surrogate pair cut by the buffer stays in chars (underflow) until its second half comes
    CoderResult e = encoder.encode(chars, out, last);
    if (e.isError()) failure = new Malformed(encoding);
    if (last && !e.isOverflow()) {
      encoder.flush(out);
      if (!chars.hasRemaining()) done = true;
    }
    chars.compact();
    out.flip();
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
