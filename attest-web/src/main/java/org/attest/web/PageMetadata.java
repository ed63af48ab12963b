package org.attest.web;

import java.util.List;
import org.jsoup.nodes.Document;

/** A page's title (headline), authors, outlet (site name), canonical URL and language. */
record PageMetadata(String title, List<String> authors, String outlet, String url, String language) {
  static PageMetadata of(Document doc, String url) {
    String title = doc.title().isBlank() ? null : doc.title().strip();
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    String language = lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(java.util.Locale.ROOT) : null;
    return new PageMetadata(title, List.of(), null, url, language);
  }
}
