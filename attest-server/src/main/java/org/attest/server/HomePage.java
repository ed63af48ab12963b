package org.attest.server;

import java.util.List;
import org.attest.ledger.Ledger;

/** The ledger in numbers, the latest articles, the newest conflicts, a search box and a timeline box. */
final class HomePage {
  private HomePage() {}

  static String render(Ledger.Stats s, List<Ledger.Listed> latest, List<Ledger.Conflict> conflicts) {
    Html h = Layout.start("Ledger", null);
    h.el("h1", "The ledger");
    h.open("ul", "class", "numbers");
    number(h, s.articles(), "articles");
    number(h, s.appearances(), "appearances");
    number(h, s.canonical(), "people, organisations and places");
    number(h, s.quotes(), "quotes");
    number(h, s.claims(), "figure claims");
    h.close();
    h.open("div", "class", "columns");
    h.open("section");
    h.el("h2", "Latest articles");
    Parts.articles(h, latest);
    h.el("a", "All articles →", "href", "/articles");
    h.close();
    h.open("section");
    h.el("h2", "Newest conflicts");
    if (conflicts.isEmpty()) h.el("p", "No conflicts.", "class", "empty");
    h.open("ul", "class", "articles");
    for (Ledger.Conflict c : conflicts) {
      h.open("li");
      h.el("span", c.kind(), "class", "badge " + c.kind()).text(" ");
      boolean quoted = c.kind().equals("quote") || c.kind().equals("excerpt"); // its sides carry their own quotation marks
      String open = quoted ? "" : "“", close = quoted ? "" : "”";
      h.el("a", c.about() + ": " + open + c.left().text() + close + " / " + open + c.right().text() + close, "href", "/conflicts?kind=" + c.kind());
      h.el("div", c.reason() + " · confidence " + String.format(java.util.Locale.ROOT, "%.2f", c.confidence()), "class", "meta");
      h.close();
    }
    h.close();
    h.el("a", "All conflicts →", "href", "/conflicts");
    h.el("h2", "Follow a figure");
    TimelinePage.form(h, "ISIS fighters", null, null, null);
    h.close();
    h.close();
    return Layout.end(h);
  }

  private static void number(Html h, long n, String what) {
    h.open("li").el("strong", String.format(java.util.Locale.ROOT, "%,d", n)).text(" " + what).close();
  }
}
