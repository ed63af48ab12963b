package org.attest.server;

/** The frame of every page: head, navigation with the search box, the page's content, footer. */
final class Layout {
  private Layout() {}

  /** Starts a page; the caller writes its content and ends it with {@link #end}. */
  static Html start(String title, String query) {
    Html h = new Html();
    h.open("html", "lang", "en");
    h.open("head");
    h.empty("meta", "charset", "utf-8");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.el("title", title + " · Attest");
    h.empty("link", "rel", "stylesheet", "href", "/static/attest.css");
    h.empty("link", "rel", "icon", "href", "/static/favicon.svg", "type", "image/svg+xml");
    h.script("/static/attest.js");
    h.close();
    h.open("body");
    h.open("header", "class", "top");
    h.el("a", "Attest", "class", "brand", "href", "/");
    h.open("nav");
    h.el("a", "Articles", "href", "/articles");
    h.el("a", "Conflicts", "href", "/conflicts");
    h.el("a", "Timelines", "href", "/figures");
    h.el("a", "Entities", "href", "/entities");
    h.el("a", "Extract", "href", "/extract");
    h.close();
    h.open("form", "class", "search", "action", "/search", "method", "get", "role", "search");
    h.empty("input", "type", "search", "name", "q", "value", query, "placeholder", "Search quotes and figures", "aria-label", "Search quotes and figures",
        "maxlength", String.valueOf(Params.TEXT));
    h.el("button", "Search", "type", "submit");
    h.close();
    h.close();
    h.open("main");
    return h;
  }

  static String end(Html h) {
    h.close(); // main
    h.open("footer").text("Attest · claims attributed from news articles · ").el("a", "API", "href", "/openapi.json").close();
    h.close(); // body
    h.close(); // html
    return "<!doctype html>\n" + h;
  }
}
