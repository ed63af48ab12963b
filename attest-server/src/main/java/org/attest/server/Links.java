package org.attest.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the pages, built in one place: every parameter encoded. */
final class Links {
  private Links() {}

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** An article by any id the ledger takes (appearance id, URL, key), its mark holding {@code at} in focus (-1: none). */
  static String article(String id, int at) {
    return "/article?id=" + encode(id) + (at >= 0 ? "&at=" + at + "#at" : "");
  }

  static String entity(long id) {
    return "/entities/" + id;
  }

  static String timeline(String subject, String place) {
    return "/figures?subject=" + encode(subject) + (place == null ? "" : "&place=" + encode(place));
  }

  static String search(String q) {
    return "/search?q=" + encode(q);
  }
}
