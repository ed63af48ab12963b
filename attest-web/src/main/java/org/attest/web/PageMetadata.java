package org.attest.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's title (headline), authors, outlet (site name), canonical URL and language, from its
 * Open Graph and JSON-LD metadata first, then its markup: the headline without the site's name
 * after it, author names without "By" and URLs, the canonical URL made absolute, the language as
 * ISO 639-1 from the markup, checked against the body's words ({@link Languages}).
 */
record PageMetadata(String title, List<String> authors, String outlet, String url, String language) {
  private static final String[] ARTICLE_TYPES = {"Article", "BlogPosting", "Report", "NewsArticle", "Posting", "Review"};
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»]|::)\\s+");
  private static final Pattern BY = Pattern.compile("^(?i)(by|von|par|por|di|door|av|af)\\s+");
  private static final Pattern BYLINE_END = Pattern.compile("\\s*(?:\\d|\\||\\s[-–—•]\\s|\\bupdated\\b|\\bpublished\\b).*", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,\\s*and\\s+|,|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");

  static PageMetadata of(Document doc, String url) {
    return of(doc, url, null);
  }

  static PageMetadata of(Document doc, String url, String bodyText) {
    List<Object> jsonLd = JsonLd.of(doc);
    Map<String, Map<String, Object>> byId = new HashMap<>();
    for (Object v : jsonLd) JsonLd.objects(v, m -> {
      if (m.get("@id") instanceof String && m.size() > 1) byId.putIfAbsent((String) m.get("@id"), m);
    });
    Map<String, Object> article = article(jsonLd);
    String outlet = outlet(doc, article, jsonLd);
    return new PageMetadata(title(doc, article, outlet), authors(doc, article, byId), outlet, url(doc, url),
        Languages.INSTANCE.choose(declaredLanguage(doc), bodyText));
  }

  /** The first JSON-LD object typed as an article (NewsArticle, BlogPosting…), else the first with a headline. */
  private static Map<String, Object> article(List<Object> jsonLd) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (Object v : jsonLd) JsonLd.objects(v, found::add);
    for (Map<String, Object> m : found) if (JsonLd.hasType(m, ARTICLE_TYPES)) return m;
    for (Map<String, Object> m : found) if (m.get("headline") instanceof String) return m;
    return Map.of();
  }

  private static String title(Document doc, Map<String, Object> article, String outlet) {
    String t = meta(doc, "meta[property=og:title]");
    if (t == null) t = string(article.get("headline"));
    if (t == null) t = meta(doc, "meta[name=twitter:title]");
    if (t == null) {
      Element h1 = doc.selectFirst("h1");
      if (h1 != null && !h1.text().isBlank()) t = h1.text().strip();
    }
    if (t == null && !doc.title().isBlank()) t = doc.title().strip();
    return t == null ? null : withoutSiteName(t, outlet);
  }

  /** "Headline | Site", "Headline - Site": the part after the last separator goes when it names the site or is short. */
  static String withoutSiteName(String title, String outlet) {
    var m = TITLE_SEPARATOR.matcher(title);
    int cut = -1;
    int tail = -1;
    while (m.find()) {
      cut = m.start();
      tail = m.end();
    }
    if (cut <= 0) return title;
    String head = title.substring(0, cut).strip();
    String site = title.substring(tail).strip();
    boolean namesSite = outlet != null && squash(site).equals(squash(outlet));
    boolean shortTail = words(site) <= 4 && words(head) >= 3 && head.length() > site.length();
    return namesSite || shortTail ? head : title;
  }

  private static int words(String s) {
    int n = 0;
    for (String w : s.split("\\s+")) if (w.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
    return n;
  }

  private static String squash(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) b.append(Character.toLowerCase(s.charAt(i)));
    return b.toString();
  }

  private static List<String> authors(Document doc, Map<String, Object> article, Map<String, Map<String, Object>> byId) {
    List<String> out = new ArrayList<>();
    Object a = article.get("author");
    if (a == null) a = article.get("creator");
    addPeople(a, byId, out);
    if (out.isEmpty()) for (Element e : doc.select("meta[name=author], meta[name=dc.creator], meta[name=sailthru.author]")) addNames(e.attr("content"), out);
    if (out.isEmpty()) for (Element e : doc.select("meta[property=article:author]")) addNames(e.attr("content"), out);
    if (out.isEmpty()) for (Element e : doc.select("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) addNames(e.text(), out);
    if (out.isEmpty()) {
      Element byline = doc.selectFirst("[class*=byline], [class*=Byline], [class~=^author]");
      if (byline != null) addNames(BYLINE_END.split(byline.text(), 2)[0], out);
    }
    return out;
  }

  /** JSON-LD people: a name, a Person, a list of them, or a reference ({"@id": …}) to a Person of the @graph. */
  private static void addPeople(Object v, Map<String, Map<String, Object>> byId, List<String> out) {
    if (v instanceof String) {
      addNames((String) v, out);
    } else if (v instanceof List) {
      for (Object x : JsonLd.castList(v)) addPeople(x, byId, out);
    } else if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      if (m.get("name") == null && m.get("@id") instanceof String) m = byId.getOrDefault((String) m.get("@id"), Map.of());
      Object name = m.get("name");
      if (name instanceof String) addNames((String) name, out);
    }
  }

  /** Names from a byline: "By A and B" is A, B; URLs and empty parts are not names. */
  static void addNames(String s, List<String> out) {
    if (s == null) return;
    s = s.strip();
    if (s.isEmpty() || s.contains("://") || s.startsWith("www.") || s.startsWith("/")) return;
    s = BY.matcher(s).replaceFirst("");
    for (String part : NAME_SPLIT.split(s)) {
      String name = BY.matcher(part.strip()).replaceFirst("").strip();
      if (name.isEmpty() || name.length() > 60 || name.contains("@") || !Character.isLetter(name.charAt(0))) continue;
      boolean seen = false;
      for (String o : out) seen |= o.equalsIgnoreCase(name);
      if (!seen) out.add(name);
    }
  }

  private static String outlet(Document doc, Map<String, Object> article, List<Object> jsonLd) {
    String o = meta(doc, "meta[property=og:site_name]");
    if (o == null && article.get("publisher") instanceof Map) o = string(((Map<?, ?>) article.get("publisher")).get("name"));
    if (o == null) {
      String[] found = new String[1];
      for (Object v : jsonLd) {
        JsonLd.objects(v, m -> {
          if (found[0] == null && m.get("publisher") instanceof Map) found[0] = string(((Map<?, ?>) m.get("publisher")).get("name"));
        });
      }
      o = found[0];
    }
    if (o == null) o = meta(doc, "meta[name=application-name]");
    return o;
  }

  private static String url(Document doc, String given) {
    for (Element e : doc.select("link[rel=canonical], meta[property=og:url]")) {
      String abs = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("content");
      if (abs.isEmpty()) {
        String raw = e.hasAttr("href") ? e.attr("href") : e.attr("content");
        if (raw.startsWith("http://") || raw.startsWith("https://")) abs = raw;
      }
      if (abs.startsWith("http://") || abs.startsWith("https://")) return abs;
    }
    return given;
  }

  /** The page's own statement of its language, ISO 639-1, or null. */
  static String declaredLanguage(Document doc) {
    Element html = doc.selectFirst("html");
    String l = html == null ? "" : html.attr("lang");
    if (l.isBlank() && html != null) l = html.attr("xml:lang");
    if (l.isBlank()) l = nullToEmpty(meta(doc, "meta[http-equiv=content-language]"));
    if (l.isBlank()) l = nullToEmpty(meta(doc, "meta[name=language]"));
    if (l.isBlank()) l = nullToEmpty(meta(doc, "meta[property=og:locale]"));
    l = l.strip().toLowerCase(Locale.ROOT);
    if (l.length() < 2 || !Character.isLetter(l.charAt(0)) || !Character.isLetter(l.charAt(1))) return null;
    if (l.length() > 2 && Character.isLetter(l.charAt(2))) return null; // "eng", "english": not 639-1
    return l.substring(0, 2);
  }

  private static String meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    if (e == null) return null;
    String c = e.attr("content").strip();
    return c.isEmpty() ? null : c;
  }

  private static String string(Object v) {
    if (!(v instanceof String)) return null;
    String s = ((String) v).strip();
    return s.isEmpty() ? null : s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
