package org.attest.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The key of an article's text, whatever database holds it: the same story from two outlets is one article. */
final class ContentHash {
  private ContentHash() {}

  /** SHA-256 of the text with its white space made single: the same story, however it was spaced. */
  static String of(String text) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[8192];
    int n = 0;
    boolean space = false, started = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
          : Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        space = started;
        continue;
      }
      if (n + 5 > buf.length) { // a space and a four-byte character
        md.update(buf, 0, n);
        n = 0;
      }
      if (space) buf[n++] = ' ';
      space = false;
      started = true;
      if (c < 0x80) {
        buf[n++] = (byte) c;
      } else { // the UTF-8 bytes of the character (or of the surrogate pair)
        int cp = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
            ? Character.toCodePoint(c, text.charAt(++i)) : c;
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte x : b) buf[n++] = x;
      }
    }
    md.update(buf, 0, n);
    byte[] h = md.digest();
    StringBuilder b = new StringBuilder(64);
    for (byte x : h) b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
    return b.toString();
  }

  /** A 64-bit hash of a quote's text (FNV-1a over its characters): one key a wording. */
  static long wording(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
