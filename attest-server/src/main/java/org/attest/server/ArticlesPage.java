package org.attest.server;

import java.util.List;
import org.attest.ledger.Ledger;

/** The stored articles, newest first, narrowed by outlet and dates, a page at a time. */
final class ArticlesPage {
  private ArticlesPage() {}

  static final int PAGE = 25;

  static String render(String outlet, String since, String until, List<Ledger.Listed> articles, int page) {
    Html h = Layout.start("Articles", null);
    h.el("h1", "Articles");
    h.open("form", "class", "filters", "action", "/articles", "method", "get");
    h.open("label").text("Outlet ").empty("input", "name", "outlet", "value", outlet, "maxlength", String.valueOf(Params.TEXT)).close();
    h.open("label").text("Since ").empty("input", "name", "since", "value", since, "type", "date").close();
    h.open("label").text("Until ").empty("input", "name", "until", "value", until, "type", "date").close();
    h.el("button", "Show", "type", "submit");
    h.close();
    Parts.articles(h, articles);
    StringBuilder base = new StringBuilder("/articles?");
    if (outlet != null) base.append("outlet=").append(Links.encode(outlet)).append('&');
    if (since != null) base.append("since=").append(since).append('&');
    if (until != null) base.append("until=").append(until).append('&');
    Parts.pager(h, base.substring(0, base.length() - 1), "page", page, articles.size() == PAGE);
    return Layout.end(h);
  }
}
