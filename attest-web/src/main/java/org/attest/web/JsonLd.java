package org.attest.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for JSON-LD blocks: objects as maps, arrays as lists, strings as strings,
 * other scalars as their text. Returns null on malformed input (pages often carry broken JSON).
 */
final class JsonLd {
  private final String s;
  private int i;
  private int depth;

  private JsonLd(String s) {
    this.s = s;
  }

  /** The parsed value, or null when the text is not JSON. */
  static Object parse(String text) {
    JsonLd p = new JsonLd(text);
    try {
      Object v = p.value();
      p.space();
      if (p.i < p.s.length() && p.s.charAt(p.i) == ';') p.i++;
      p.space();
      return p.i == p.s.length() ? v : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Object value() {
    space();
    char c = s.charAt(i);
    if (c == '{') return object();
    if (c == '[') return array();
    if (c == '"') return string();
    int start = i;
    while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) i++;
    if (start == i) throw new IllegalArgumentException("value expected at " + i);
    return s.substring(start, i);
  }

  private Map<String, Object> object() {
    if (++depth > 64) throw new IllegalArgumentException("too deep");
    Map<String, Object> out = new LinkedHashMap<>();
    i++;
    space();
    if (s.charAt(i) == '}') {
      i++;
      depth--;
      return out;
    }
    while (true) {
      space();
      String key = string();
      space();
      expect(':');
      out.put(key, value());
      space();
      char c = s.charAt(i++);
      if (c == '}') break;
      if (c != ',') throw new IllegalArgumentException(", or } expected at " + i);
      space();
      if (s.charAt(i) == '}') { // a trailing comma, common in hand-written blocks
        i++;
        break;
      }
    }
    depth--;
    return out;
  }

  private List<Object> array() {
    if (++depth > 64) throw new IllegalArgumentException("too deep");
    List<Object> out = new ArrayList<>();
    i++;
    space();
    if (s.charAt(i) == ']') {
      i++;
      depth--;
      return out;
    }
    while (true) {
      out.add(value());
      space();
      char c = s.charAt(i++);
      if (c == ']') break;
      if (c != ',') throw new IllegalArgumentException(", or ] expected at " + i);
      space();
      if (s.charAt(i) == ']') {
        i++;
        break;
      }
    }
    depth--;
    return out;
  }

  private String string() {
    expect('"');
    StringBuilder b = null;
    int start = i;
    while (true) {
      char c = s.charAt(i);
      if (c == '"') break;
      if (c == '\\') {
        if (b == null) b = new StringBuilder();
        b.append(s, start, i);
        char e = s.charAt(i + 1);
        if (e == 'u') {
          b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          i += 6;
        } else {
          b.append(switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> e;
          });
          i += 2;
        }
        start = i;
      } else {
        i++;
      }
    }
    String out = b == null ? s.substring(start, i) : b.append(s, start, i).toString();
    i++;
    return out;
  }

  private void expect(char c) {
    if (s.charAt(i) != c) throw new IllegalArgumentException(c + " expected at " + i);
    i++;
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
  }
}
