package org.attest.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attest.io.ArticleReader;
import org.attest.io.Dates;
import org.attest.io.InputProblem;
import org.attest.io.Languages;
import org.attest.model.Article;
import org.attest.model.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0 (and 1.0) and Atom feeds: each item with its link, title, date (RFC 822 or ISO), authors and the full text it
 * carries ({@code content:encoded}, Atom {@code content}; a {@code description} or {@code summary} only when it is long enough to
 * be the article, {@link #FULL_TEXT} characters, not a teaser), HTML run through the page reader. An item without text is
 * reported, or with a {@link Fetcher} its linked page is fetched and read as a page (the page's own date first, the item's when
 * the page has none). An item whose date cannot be read is reported and skipped.
 */
public final class Feeds {
  /** A description or summary this long (in characters of text) is the article, not a teaser. */
  static final int FULL_TEXT = 600;
  private static final Pattern FEED = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");

  private Feeds() {}

  /** Whether the bytes open a feed: an rss, Atom feed or RDF root in the first kilobytes. */
  public static boolean looksLikeFeed(byte[] head) {
    int n = Math.min(head.length, 4096);
    String s = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
    if (s.startsWith("\u00ef\u00bb\u00bf")) s = s.substring(3).stripLeading();
    return s.startsWith("<") && FEED.matcher(s).find() && !s.toLowerCase(Locale.ROOT).contains("<html");
  }

  /** One item as the feed gives it. */
  record Item(int number, String link, String title, String date, List<String> authors, String content, boolean html) {}

  /**
   * Reads a feed ({@code name} in messages; {@code origin} of every item read from the feed itself; {@code follow}: the fetcher
   * for items without text, or null to report them).
   */
  public static void read(byte[] bytes, String name, Origin origin, Fetcher follow, ArticleReader.Sink sink) {
    Document xml = Jsoup.parse(new String(bytes, charset(bytes)), "", Parser.xmlParser());
    Element root = xml.selectFirst("rss, feed, rdf|RDF");
    if (root == null) {
      sink.problem(new InputProblem(name, 0, "not an RSS or Atom feed"));
      return;
    }
    boolean atom = root.tagName().equals("feed");
    Element channel = atom ? root : root.selectFirst("channel");
    String outlet = channel == null ? null : childText(channel, "title");
    String language = channel == null ? null : channel.hasAttr("xml:lang") ? channel.attr("xml:lang") : childText(channel, "language, dc|language");
    if (language == null && root.hasAttr("xml:lang")) language = root.attr("xml:lang");
    List<Item> items = items(root, atom);
    if (items.isEmpty()) {
      sink.problem(new InputProblem(name, 0, "a feed without items"));
      return;
    }
    for (Item item : items) {
      Object r;
      try {
        r = article(item, name, origin, outlet, language, follow);
      } catch (RuntimeException e) { // one item the page reader cannot take must not stop the feed
        r = new InputProblem(name, 0, "item " + item.number() + ": could not be read (" + e + "), skipped");
      }
      if (r instanceof Article a) sink.article(a, 0);
      else sink.problem((InputProblem) r);
    }
  }

  private static java.nio.charset.Charset charset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    var m = Pattern.compile("encoding=[\"']([A-Za-z0-9_.-]+)[\"']").matcher(head);
    if (m.find()) {
      try {
        return java.nio.charset.Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        // an unknown encoding: UTF-8, as XML assumes
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static List<Item> items(Element root, boolean atom) {
    List<Item> out = new ArrayList<>();
    int n = 0;
    for (Element e : root.select(atom ? "entry" : "item")) {
      n++;
      String link, date, content = null;
      boolean html = false;
      List<String> authors = new ArrayList<>();
      if (atom) {
        Element l = e.selectFirst("link[rel=alternate], link:not([rel])");
        link = l == null ? null : l.attr("href");
        date = childText(e, "published");
        if (date == null) date = childText(e, "updated");
        for (Element a : e.select("author > name")) if (!a.text().isBlank()) authors.add(a.text().strip());
        Element c = e.selectFirst("content");
        if (c != null && !c.hasAttr("src")) {
          String type = c.attr("type").toLowerCase(Locale.ROOT);
          html = type.equals("html") || type.equals("xhtml") || type.contains("html");
          content = type.equals("xhtml") ? c.html() : c.wholeText();
        }
        if (blank(content)) {
          Element s = e.selectFirst("summary");
          if (s != null && longEnough(s.wholeText())) {
            content = s.wholeText();
            html = s.attr("type").toLowerCase(Locale.ROOT).contains("html");
          }
        }
      } else {
        link = childText(e, "link");
        if (link == null && e.hasAttr("rdf:about")) link = e.attr("rdf:about");
        if (link == null) {
          Element guid = e.selectFirst("guid");
          if (guid != null && !guid.attr("isPermaLink").equalsIgnoreCase("false")) link = blank(guid.text()) ? null : guid.text().strip();
        }
        date = childText(e, "pubDate");
        if (date == null) date = childText(e, "dc|date");
        for (Element a : e.select("author, dc|creator")) if (!a.text().isBlank()) authors.add(a.text().strip());
        Element c = e.selectFirst("content|encoded");
        if (c != null) content = c.wholeText();
        if (blank(content)) {
          Element d = e.selectFirst("description");
          if (d != null && longEnough(d.wholeText())) content = d.wholeText();
        }
        html = content != null && content.contains("<");
      }
      out.add(new Item(n, link, childText(e, "title"), date, authors, blank(content) ? null : content, html));
    }
    return out;
  }

  /** The item's article, or the problem with it. */
  private static Object article(Item item, String name, Origin origin, String outlet, String language, Fetcher follow) {
    String where = "item " + item.number() + (item.link() != null ? " (" + item.link() + ")" : item.title() != null ? " (\"" + item.title() + "\")" : "");
    String date = Dates.normalize(item.date());
    if (item.date() != null && date == null) return new InputProblem(name, 0, where + ": bad date \"" + item.date() + "\": expected RFC 822 or ISO 8601");
    String id = item.link() != null ? ArticleIds.ofUrl(item.link()) : ArticleIds.ofFile(name.replaceAll(".*/", "")) + "-" + item.number();
    WebArticles.Fallback fallback = new WebArticles.Fallback(item.link(), unescape(item.title()), outlet, date, "feed", language);
    if (item.content() == null) {
      if (follow == null || item.link() == null) {
        return new InputProblem(name, 0, where + ": no full text in the feed" + (item.link() == null ? " and no link" : "; --follow fetches its page"));
      }
      Fetcher.Page fetched;
      try {
        fetched = follow.fetch(item.link());
      } catch (Fetcher.Failure f) {
        return new InputProblem(item.link(), 0, f.getMessage() + " (" + name + " " + "item " + item.number() + "), skipped");
      }
      if (!Pages.looksLikeHtml(fetched.bytes()) && !isHtml(fetched.contentType())) {
        return new InputProblem(item.link(), 0, "not an HTML page (" + fetched.contentType() + "), skipped");
      }
      WebPage page = Pages.read(fetched.bytes(), fetched.contentType(), fetched.url());
      Article a = WebArticles.of(page, id, Origin.url(fetched.url(), fetched.fetched()), fallback);
      if (a == null) return new InputProblem(item.link(), 0, "no article text in the page, skipped");
      // the item's headline as the outlet gives it, without the site's suffix a page title carries
      return fallback.title() == null ? a : new Article(a.id(), a.text(), a.published(), fallback.title(), a.url(), a.outlet(), a.authors(),
          a.language(), a.origin(), a.meta());
    }
    String text;
    List<String> authors = item.authors();
    if (item.html()) {
      String wrapped = "<html><head><meta charset=\"utf-8\"></head><body><article>" + item.content() + "</article></body></html>";
      WebPage page = Pages.read(wrapped.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", item.link());
      text = page.text();
      if (blank(text)) text = Jsoup.parse(item.content()).text(); // a fragment too short for the body extractor
    } else {
      text = item.content().strip();
    }
    if (blank(text)) return new InputProblem(name, 0, where + ": empty text");
    return new Article(id, text, date, fallback.title(), item.link(), outlet, authors, Languages.code(language), origin, java.util.Map.of());
  }

  static boolean isHtml(String contentType) {
    if (contentType == null) return false;
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.startsWith("text/html") || t.startsWith("application/xhtml+xml");
  }

  private static boolean longEnough(String content) {
    return content != null && Jsoup.parse(content).text().length() >= FULL_TEXT;
  }

  private static String childText(Element e, String query) {
    for (Element c : e.select(query)) {
      if (c.parent() == e && !c.text().isBlank()) return c.text().strip();
    }
    return null;
  }

  /** A title as RSS often gives it: with entities escaped once more ("&amp;amp;"), or with markup. */
  private static String unescape(String s) {
    if (s == null) return null;
    return s.contains("&") || s.contains("<") ? Jsoup.parse(s).text() : s;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
