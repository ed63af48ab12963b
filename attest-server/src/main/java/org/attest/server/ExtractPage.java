package org.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Paste a text or a web page's HTML (and its date), see it marked up as an article page shows it; nothing is stored. */
final class ExtractPage {
  private ExtractPage() {}

  static String render(String text, String published, JsonNode doc) {
    Html h = Layout.start("Extract", null);
    h.el("h1", "Extract");
    h.el("p", "Paste an article's text or a web page's HTML: it is analysed as the ledger's articles are, and shown marked up. Nothing is stored.",
        "class", "meta");
    h.open("form", "class", "extract", "action", "/extract", "method", "post");
    h.open("label", "class", "wide").text("Text or HTML");
    h.el("textarea", text == null ? "" : text, "name", "text", "rows", "10", "required", "required", "maxlength", String.valueOf(Server.MAX_TEXT));
    h.close();
    h.open("label").text("Published ").empty("input", "name", "published", "type", "date", "value", published).close();
    h.el("button", "Extract", "type", "submit");
    h.close();
    if (doc != null) {
      h.el("h2", doc.path("title").isTextual() ? doc.path("title").asText() : "What was found");
      new DocumentView(doc, Map.of()).write(h, -1);
    }
    return Layout.end(h);
  }
}
