package org.attest.web;

import org.jsoup.nodes.Document;

/** The article body of a page: the main text without boilerplate, paragraphs as blank-line blocks. */
final class BodyExtractor {
  private BodyExtractor() {}

  static String extract(Document doc) {
    // first cut: all paragraphs; to be replaced by the main-text extraction
    StringBuilder out = new StringBuilder();
    for (var p : doc.select("p")) {
      String t = p.text().strip();
      if (t.isEmpty()) continue;
      if (out.length() > 0) out.append("\n\n");
      out.append(t);
    }
    return out.toString();
  }
}
