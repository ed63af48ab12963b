package org.attest.server;

import java.util.List;
import org.attest.ledger.Ledger;

/** Pieces several pages show: a list of articles, a pager, a figure's interval, a date. */
final class Parts {
  private Parts() {}

  static void articles(Html h, List<Ledger.Listed> articles) {
    if (articles.isEmpty()) {
      h.el("p", "No articles.", "class", "empty");
      return;
    }
    h.open("ul", "class", "articles");
    for (Ledger.Listed a : articles) {
      h.open("li");
      h.el("a", a.title() == null || a.title().isBlank() ? a.id() : a.title(), "href", Links.article(a.key(), -1));
      h.el("div", nz(a.outlet(), "no outlet") + " · " + nz(a.published(), "undated") + " · " + a.quotes() + " quote(s), " + a.claims() + " figure claim(s)",
          "class", "meta");
      h.close();
    }
    h.close();
  }

  /**
   * Links to the previous and next page; {@code base} is the page's address without its page
   * parameter, {@code more} whether a next page may hold anything.
   */
  static void pager(Html h, String base, String param, int page, boolean more) {
    if (page <= 1 && !more) return;
    String sep = base.contains("?") ? "&" : "?";
    h.open("nav", "class", "pager", "aria-label", "pages");
    if (page > 1) h.el("a", "← newer", "href", base + sep + param + "=" + (page - 1), "rel", "prev");
    h.el("span", "page " + page);
    if (more) h.el("a", "older →", "href", base + sep + param + "=" + (page + 1), "rel", "next");
    h.close();
  }

  static String nz(String s, String otherwise) {
    return s == null || s.isBlank() ? otherwise : s;
  }

  /** An outside link (an article's original): http(s) only, opened without telling it where the reader came from. */
  static void outside(Html h, String url, String text) {
    if (Html.linkable(url)) h.el("a", text, "href", url, "rel", "noopener noreferrer nofollow", "class", "out");
    else h.el("span", text);
  }
}
