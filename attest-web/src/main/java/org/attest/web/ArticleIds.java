package org.attest.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Article ids from where the article was read: a file's name without its extensions ({@code a1b2.html.gz} → {@code a1b2}), a
 * URL's host and path in one word ({@code https://www.example.com/2017/12/27/fighters.html} →
 * {@code example.com-2017-12-27-fighters}), with a short hash of the whole URL when its query or a cut would lose what tells it
 * from another.
 */
public final class ArticleIds {
  /** Extensions taken off a file name, the compression after the kind. */
  private static final String[] EXTENSIONS = {".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp",
      ".aspx", ".warc", ".rss", ".atom", ".xml"};
  private static final int LONGEST = 80;

  private ArticleIds() {}

  /** The file name without its known extensions ({@code .gz} and then the kind's). */
  public static String ofFile(String fileName) {
    String n = fileName;
    if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
    String lower = n.toLowerCase(Locale.ROOT);
    for (String e : EXTENSIONS) {
      if (lower.endsWith(e) && lower.length() > e.length()) return n.substring(0, n.length() - e.length());
    }
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** A readable id of a URL: host (without "www.") and path, letters and digits joined by '-'. */
  public static String ofUrl(String url) {
    URI u;
    try {
      u = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return "url-" + hash(url);
    }
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) host = host.substring(4);
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    String lower = path.toLowerCase(Locale.ROOT);
    for (String e : EXTENSIONS) {
      if (lower.endsWith(e)) {
        path = path.substring(0, path.length() - e.length());
        break;
      }
    }
    StringBuilder b = new StringBuilder(host);
    boolean dash = b.length() > 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        if (dash && b.length() > 0) b.append('-');
        b.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    String id = b.toString();
    if (id.isEmpty()) return "url-" + hash(url);
    if (u.getRawQuery() != null || id.length() > LONGEST) {
      id = id.substring(0, Math.min(id.length(), LONGEST)) + "-" + hash(url);
    }
    return id;
  }

  private static String hash(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 4; i++) b.append(String.format("%02x", h[i]));
      return b.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
