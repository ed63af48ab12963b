package org.attest.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML written safe by construction: every text and attribute value is escaped where it is
 * written, tag and attribute names are checked, no event handler or style attribute can be set,
 * a URL attribute keeps only http(s), a path of this site or a fragment, and a script element can
 * only load a file of this site. Nothing takes a string of markup, so an article's words, a name
 * or a URL can never become markup.
 */
final class Html {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*"); // SVG's viewBox
  private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "hr", "img");
  private static final Set<String> FORBIDDEN = Set.of("script", "style", "iframe", "object", "embed", "base", "frame");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "cite");
  private final StringBuilder out;
  private final Deque<String> open = new ArrayDeque<>();

  Html() {
    this(new StringBuilder(16384));
  }

  private Html(StringBuilder out) {
    this.out = out;
  }

  /** Opens an element; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
  Html open(String tag, String... attributes) {
    start(tag, attributes);
    if (!VOID.contains(tag)) open.push(tag);
    return this;
  }

  /** An element without content ({@code meta}, {@code input}, ...) or an empty one. */
  Html empty(String tag, String... attributes) {
    start(tag, attributes);
    if (!VOID.contains(tag)) out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding one text. */
  Html el(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close();
  }

  /** Closes the element opened last. */
  Html close() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  Html text(String s) {
    escape(s, out);
    return this;
  }

  /** A script of this site, loaded after the page: the only way a script gets in. */
  Html script(String path) {
    if (!path.startsWith("/static/")) throw new IllegalArgumentException("a script comes from /static/: " + path);
    out.append("<script src=\"");
    escape(path, out);
    out.append("\" defer></script>");
    return this;
  }

  private void start(String tag, String... attributes) {
    if (!NAME.matcher(tag).matches() || FORBIDDEN.contains(tag)) throw new IllegalArgumentException("no element " + tag);
    if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      String name = attributes[i], value = attributes[i + 1];
      if (value == null) continue;
      String lower = name.toLowerCase(Locale.ROOT);
      if (!ATTRIBUTE.matcher(name).matches() || lower.startsWith("on") || lower.equals("style") || lower.equals("srcdoc")) {
        throw new IllegalArgumentException("no attribute " + name);
      }
      if (URL_ATTRIBUTES.contains(lower)) value = url(value);
      out.append(' ').append(name).append("=\"");
      escape(value, out);
      out.append('"');
    }
    out.append('>');
  }

  /** The URL when it is http(s), a path of this site, a query or a fragment; else "#" ({@code javascript:}, {@code data:}, "//host"). */
  static String url(String value) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) return v;
    if (v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\")) return v;
    if (v.startsWith("#") || v.startsWith("?")) return v;
    return "#";
  }

  /** Whether a URL from an article may be linked to: http(s) only. */
  static boolean linkable(String value) {
    if (value == null) return false;
    String lower = value.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** Escapes text for an element or a quoted attribute; control characters HTML does not allow become U+FFFD. */
  static void escape(String s, StringBuilder out) {
    if (s == null) return;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7f && c < 0xa0) out.append('\uFFFD');
          else out.append(c);
        }
      }
    }
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) throw new IllegalStateException("elements left open: " + open);
    return out.toString();
  }
}
