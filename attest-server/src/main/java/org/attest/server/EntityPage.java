package org.attest.server;

import java.util.List;
import org.attest.ledger.Ledger;

/** A person or organisation: names, titles and offices with dates, quotes newest first, the figures they are the source of, their articles. */
final class EntityPage {
  private EntityPage() {}

  static final int PAGE = 20;

  static String render(Ledger.Profile p, List<Ledger.Said> quotes, int quotePage, List<Ledger.Figure> figures, List<Ledger.Listed> articles,
      int articlePage) {
    Html h = Layout.start(p.name(), null);
    h.open("header", "class", "article-head");
    h.el("h1", p.name());
    h.el("p", p.type() + (p.aliases().isEmpty() ? "" : " · also named " + String.join(", ", p.aliases())), "class", "meta");
    h.close();
    h.open("div", "class", "columns");
    h.open("section");
    h.el("h2", "Quotes, newest first");
    if (quotes.isEmpty()) h.el("p", "No quotes" + (quotePage > 1 ? " on this page." : "."), "class", "empty");
    h.open("ol", "class", "hits");
    for (Ledger.Said s : quotes) {
      h.open("li", "class", "hit");
      h.el("div", s.type() + " · " + Parts.nz(s.outlet(), "no outlet") + " · " + Parts.nz(s.published(), "undated"), "class", "meta");
      h.el("blockquote", s.text());
      h.el("a", "Open the article →", "href", Links.article(s.article(), s.start()));
      h.close();
    }
    h.close();
    Parts.pager(h, Links.entity(p.id()) + "?apage=" + articlePage, "qpage", quotePage, quotes.size() == PAGE);
    h.close();
    h.open("section");
    h.el("h2", "Titles and offices");
    if (p.offices().isEmpty()) h.el("p", "No titles.", "class", "empty");
    h.open("ul", "class", "articles");
    for (Ledger.Office o : p.offices()) {
      h.open("li");
      h.el("a", o.title(), "href", Links.article(o.article(), -1));
      h.el("span", " · " + Parts.nz(o.published(), "undated") + (o.office().isEmpty() ? " · descriptor" : " · office " + o.office()) + (o.past() ? " · former" : ""),
          "class", "meta");
      h.close();
    }
    h.close();
    h.el("h2", "Figures they are the source of");
    if (figures.isEmpty()) h.el("p", "None.", "class", "empty");
    h.open("ul", "class", "articles");
    for (Ledger.Figure f : figures) {
      h.open("li");
      h.el("a", f.text(), "href", Links.article(f.article(), f.start()));
      h.text(" " + Parts.nz(f.subject(), "")).text(" ");
      if (f.subject() != null) h.el("a", "timeline", "href", Links.timeline(f.subject(), null), "class", "meta");
      h.el("div", "as of " + Parts.nz(f.asOf(), "?") + " · " + Parts.nz(f.outlet(), "no outlet"), "class", "meta");
      h.close();
    }
    h.close();
    h.el("h2", "Articles");
    Parts.articles(h, articles);
    Parts.pager(h, Links.entity(p.id()) + "?qpage=" + quotePage, "apage", articlePage, articles.size() == PAGE);
    h.close();
    h.close();
    return Layout.end(h);
  }

  static String list(String name, String type, List<Ledger.Named> found, int page) {
    Html h = Layout.start("Entities", null);
    h.el("h1", "People, organisations and places");
    h.open("form", "class", "filters", "action", "/entities", "method", "get");
    h.open("label").text("Name ").empty("input", "name", "name", "value", name, "maxlength", String.valueOf(Params.TEXT), "placeholder", "Mattis").close();
    h.open("label").text("Type ").open("select", "name", "type");
    for (String t : new String[] {"", "PERSON", "ORG", "GPE", "LOC", "NORP"}) {
      h.el("option", t.isEmpty() ? "any" : t, "value", t, "selected", t.equals(type == null ? "" : type) ? "selected" : null);
    }
    h.close().close();
    h.el("button", "Find", "type", "submit");
    h.close();
    if (found.isEmpty()) h.el("p", "No entity.", "class", "empty");
    h.open("ul", "class", "articles");
    for (Ledger.Named n : found) {
      h.open("li").el("a", n.name(), "href", Links.entity(n.id())).el("span", " · " + n.type() + " · in " + n.articles() + " article(s)", "class", "meta").close();
    }
    h.close();
    String base = "/entities?" + (name == null ? "" : "name=" + Links.encode(name) + "&") + (type == null ? "" : "type=" + type + "&");
    Parts.pager(h, base.substring(0, base.length() - 1), "page", page, found.size() == PAGE);
    return Layout.end(h);
  }
}
