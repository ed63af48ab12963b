package org.attest.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attest.io.Dates;
import org.attest.io.Languages;
import org.attest.model.Article;
import org.attest.model.Origin;

/** A read page as an {@link Article}: the page's own text, title, authors, outlet, URL, language and date. */
public final class WebArticles {
  private WebArticles() {}

  /**
   * What to use where the page itself says nothing: the URL it was fetched or crawled from, a feed item's title and outlet, a
   * date from outside the page ({@code date}, and {@code dateFrom}: "WARC-Date", "feed", kept in {@code meta.published_from}
   * when it is used), a language (a feed's).
   */
  public record Fallback(String url, String title, String outlet, String date, String dateFrom, String language) {
    public static Fallback url(String url) {
      return new Fallback(url, null, null, null, null, null);
    }
  }

  /** The article of a page, or null when the page has no article text. */
  public static Article of(WebPage page, String id, Origin origin, Fallback fallback) {
    if (page.text() == null || page.text().isBlank()) return null;
    Map<String, Object> meta = new LinkedHashMap<>();
    String published = Dates.normalize(page.published());
    if (published == null && fallback.date() != null) {
      published = fallback.date();
      meta.put("published_from", fallback.dateFrom());
    }
    String language = Languages.code(page.language());
    String outlet = or(page.outlet(), fallback.outlet());
    return new Article(id, page.text(), published, or(page.title(), fallback.title()), or(page.url(), fallback.url()),
        outlet != null ? outlet : host(fallback.url()), page.authors(), language != null ? language : Languages.code(fallback.language()),
        origin, meta);
  }

  /** A URL's host without "www.": the outlet of a crawled or fetched page that names none. */
  static String host(String url) {
    if (url == null) return null;
    try {
      String h = java.net.URI.create(url.strip()).getHost();
      if (h == null || h.isBlank()) return null;
      h = h.toLowerCase(java.util.Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String or(String s, String otherwise) {
    if (s != null && !s.isBlank()) return s.strip();
    return otherwise == null || otherwise.isBlank() ? null : otherwise.strip();
  }
}
