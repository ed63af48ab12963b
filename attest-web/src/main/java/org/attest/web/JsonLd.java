package org.attest.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD of a page ({@code <script type="application/ld+json">}) read leniently: objects as
 * maps, arrays as lists, strings, numbers and literals as strings; a script that is not JSON is
 * left out. {@link #objects} visits every object, inside {@code @graph} and arrays too.
 */
final class JsonLd {
  private static final int MAX_DEPTH = 64;
  private final String s;
  private int i;
  private int depth; // a page's JSON nested deeper than any JSON-LD is not read (no stack overflow)

  private JsonLd(String s) {
    this.s = s;
  }

  /** The parsed scripts of a page (each a map or a list). */
  static List<Object> of(Document doc) {
    List<Object> out = new ArrayList<>();
    for (Element script : doc.select("script[type]")) {
      if (!script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) continue;
      Object v = parse(script.data());
      if (v != null) out.add(v);
    }
    return out;
  }

  static Object parse(String text) {
    int a = text.indexOf('{');
    int b = text.indexOf('[');
    if (a < 0 && b < 0) return null;
    Object v = parseAt(text, a < 0 ? b : b < 0 ? a : Math.min(a, b)); // past a comment opener
    return v != null || a < 0 || b < 0 || a < b ? v : parseAt(text, a); // "<![CDATA[ {...}": its bracket is no array
  }

  private static Object parseAt(String text, int from) {
    JsonLd p = new JsonLd(text);
    p.i = from;
    try {
      return p.value();
    } catch (RuntimeException e) {
      return null; // not JSON: the page's other metadata stand
    }
  }

  /** Every object in the values, depth first. */
  @SuppressWarnings("unchecked")
  static void objects(Object v, Consumer<Map<String, Object>> visit) {
    if (v instanceof Map) {
      Map<String, Object> m = (Map<String, Object>) v;
      visit.accept(m);
      for (Object child : m.values()) if (child instanceof Map || child instanceof List) objects(child, visit);
    } else if (v instanceof List) {
      for (Object child : (List<Object>) v) objects(child, visit);
    }
  }

  /** Whether an object's @type (a string or a list) has a type ending in one of the names. */
  static boolean hasType(Map<String, Object> m, String... names) {
    Object t = m.get("@type");
    List<Object> types = t instanceof List ? castList(t) : List.of(t == null ? "" : t);
    for (Object x : types) {
      if (!(x instanceof String)) continue;
      for (String n : names) if (((String) x).endsWith(n)) return true;
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  static List<Object> castList(Object v) {
    return (List<Object>) v;
  }

  private Object value() {
    char c = s.charAt(i);
    if (c != '{' && c != '[') return c == '"' ? string() : literal();
    if (++depth > MAX_DEPTH) throw new IllegalArgumentException("nested too deep at " + i);
    try {
      return c == '{' ? object() : array();
    } finally {
      depth--;
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    space();
    if (s.charAt(i) == '}') {
      i++;
      return m;
    }
    while (true) {
      space();
      String key = string();
      space();
      expect(':');
      space();
      m.put(key, value());
      space();
      char c = s.charAt(i++);
      if (c == '}') return m;
      if (c != ',') throw new IllegalArgumentException("expected , or } at " + (i - 1));
      space();
      if (s.charAt(i) == '}') { // trailing comma
        i++;
        return m;
      }
    }
  }

  private List<Object> array() {
    List<Object> l = new ArrayList<>();
    i++;
    space();
    if (s.charAt(i) == ']') {
      i++;
      return l;
    }
    while (true) {
      space();
      l.add(value());
      space();
      char c = s.charAt(i++);
      if (c == ']') return l;
      if (c != ',') throw new IllegalArgumentException("expected , or ] at " + (i - 1));
      space();
      if (s.charAt(i) == ']') {
        i++;
        return l;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') return b.toString();
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n': b.append('\n'); break;
        case 't': b.append('\t'); break;
        case 'r': b.append('\r'); break;
        case 'b': b.append('\b'); break;
        case 'f': b.append('\f'); break;
        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
        default: b.append(e);
      }
    }
  }

  private String literal() {
    int start = i;
    while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) i++;
    if (i == start) throw new IllegalArgumentException("expected a value at " + i);
    String v = s.substring(start, i);
    return v.equals("null") ? null : v;
  }

  private void expect(char c) {
    if (s.charAt(i) != c) throw new IllegalArgumentException("expected " + c + " at " + i);
    i++;
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
  }
}
