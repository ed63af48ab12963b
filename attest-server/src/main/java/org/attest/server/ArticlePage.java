package org.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.attest.ledger.Ledger;

/** One stored article: title, appearances and the link to the original, then its marked text beside the lists of what was found. */
final class ArticlePage {
  private ArticlePage() {}

  static String render(Ledger.Stored stored, JsonNode doc, int focus) {
    String title = doc.path("title").asText(null);
    if (title == null || title.isBlank()) title = firstWords(doc.path("text").asText(""));
    Html h = Layout.start(title, null);
    h.open("header", "class", "article-head");
    h.el("h1", title);
    Ledger.Appearance first = stored.appearances().isEmpty() ? null : stored.appearances().get(0);
    h.open("p", "class", "meta");
    h.text(Parts.nz(first == null ? null : first.outlet(), "no outlet") + " · " + Parts.nz(doc.path("published").asText(null), "undated") + " · ");
    if (first != null && Html.linkable(first.url())) Parts.outside(h, first.url(), "original article");
    else h.text("no link to the original");
    h.text(" · ").el("a", "attest/1 JSON", "href", "/api/articles/" + stored.key());
    h.close();
    if (stored.appearances().size() > 1) {
      h.open("details", "class", "appearances");
      h.el("summary", "Appeared " + stored.appearances().size() + " times");
      appearances(h, stored);
      h.close();
    }
    h.close();
    new DocumentView(doc, stored.canon()).write(h, focus);
    if (stored.appearances().size() <= 1) {
      h.el("h2", "Appearance");
      appearances(h, stored);
    }
    return Layout.end(h);
  }

  private static void appearances(Html h, Ledger.Stored stored) {
    h.open("div", "class", "scroll");
    h.open("table", "class", "grid");
    h.open("thead").open("tr").el("th", "Outlet").el("th", "Published").el("th", "Id or URL").close().close();
    h.open("tbody");
    for (Ledger.Appearance a : stored.appearances()) {
      h.open("tr").el("td", Parts.nz(a.outlet(), "—")).el("td", Parts.nz(a.published(), "—")).open("td");
      Parts.outside(h, a.url(), a.url() != null ? a.url() : a.id());
      h.close().close();
    }
    h.close().close().close();
  }

  /** A title for an article without one: its first words. */
  static String firstWords(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.length() <= 80) return s.isEmpty() ? "(empty article)" : s;
    int cut = s.lastIndexOf(' ', 80);
    return s.substring(0, cut > 20 ? cut : 80) + "…";
  }
}
