package org.attest.io;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes beyond JSON's own (the C0 controls), for JSON that a terminal shows or a web page
 * embeds: DEL and the C1 controls (no JSON line moves a terminal), U+2028 and U+2029 (line breaks
 * to JavaScript), and {@code <}, {@code >}, {@code &} (article text must not close a page's
 * {@code <script>}). The JSON reads back to the same text.
 */
public final class JsonEscapes extends CharacterEscapes {
  /** The one instance: escapes are stateless. */
  public static final JsonEscapes INSTANCE = new JsonEscapes();

  private static final long serialVersionUID = 1L;
  private final int[] ascii = standardAsciiEscapesForJSON();

  private JsonEscapes() {
    ascii['<'] = ESCAPE_STANDARD;
    ascii['>'] = ESCAPE_STANDARD;
    ascii['&'] = ESCAPE_STANDARD;
    ascii[0x7f] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return ch >= 0x80 && ch <= 0x9f || ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04X", ch)) : null;
  }
}
