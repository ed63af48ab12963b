package org.attest.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Dates of JSON-LD blocks ({@code <script type="application/ld+json">}): {@code datePublished}
 * (then {@code dateCreated}) of an article-like object, also inside {@code @graph} and arrays;
 * a page-level object's only when no article has one; {@code dateModified} only on request.
 */
final class JsonLdDates {
  private JsonLdDates() {}

  private static final DateRules R = DateRules.RULES;
  private static final Pattern KEY_VALUE = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]{6,40})\"");

  /** The publication date of an article object ({@code article}) or of any object. */
  static DateText.Hit published(PublishedDates.Page p, boolean article) {
    for (String key : R.jsonPublished) {
      DateText.Hit h = search(p, List.of(key), article);
      if (h != null) return h;
    }
    return null;
  }

  static DateText.Hit modified(PublishedDates.Page p) {
    return search(p, R.jsonModified, false);
  }

  private static DateText.Hit search(PublishedDates.Page p, List<String> keys, boolean article) {
    for (Element script : p.doc().getElementsByTag("script")) {
      String text = script.data();
      if (!isJsonLd(script, text)) continue;
      Object json = JsonLd.parse(text.strip());
      DateText.Hit h = json != null ? walk(p, json, keys, article, 0) : scan(p, text, keys, article);
      if (h != null) return h;
    }
    return null;
  }

  /** A script typed application/ld+json, or an untyped one that holds a JSON object with an {@code @context}. */
  private static boolean isJsonLd(Element script, String text) {
    String type = DateRules.lower(script.attr("type"));
    if (type.contains("ld+json")) return !text.isBlank();
    if (!type.isEmpty() && !type.contains("javascript")) return false;
    String t = text.stripLeading();
    return (t.startsWith("{") || t.startsWith("[")) && text.contains("\"@context\"");
  }

  private static DateText.Hit walk(PublishedDates.Page p, Object node, List<String> keys, boolean article, int depth) {
    if (depth > 16) return null;
    if (node instanceof List<?> list) {
      for (Object o : list) {
        DateText.Hit h = walk(p, o, keys, article, depth + 1);
        if (h != null) return h;
      }
      return null;
    }
    if (!(node instanceof Map<?, ?> map)) return null;
    if (!article || isArticle(map.get("@type"))) {
      for (String key : keys) {
        if (map.get(key) instanceof String s) {
          DateText.Hit h = DateText.TEXT.attribute(s, p.monthFirst());
          if (h != null && p.plausible(h.date())) return h;
        }
      }
    }
    for (Object v : map.values()) {
      if (v instanceof Map || v instanceof List) {
        DateText.Hit h = walk(p, v, keys, article, depth + 1);
        if (h != null) return h;
      }
    }
    return null;
  }

  private static boolean isArticle(Object type) {
    if (type instanceof String s) return R.jsonArticle.contains(s.startsWith("http") ? s.substring(s.lastIndexOf('/') + 1) : s);
    if (type instanceof List<?> list) for (Object o : list) if (isArticle(o)) return true;
    return false;
  }

  /** Broken JSON: the first {@code "key": "value"} pair of a wanted key (only when any object will do). */
  private static DateText.Hit scan(PublishedDates.Page p, String text, List<String> keys, boolean article) {
    if (article) return null;
    Matcher m = KEY_VALUE.matcher(text);
    while (m.find()) {
      if (!keys.contains(m.group(1))) continue;
      DateText.Hit h = DateText.TEXT.attribute(m.group(2), p.monthFirst());
      if (h != null && p.plausible(h.date())) return h;
    }
    return null;
  }
}
