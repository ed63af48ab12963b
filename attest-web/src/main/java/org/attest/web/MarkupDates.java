package org.attest.web;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Dates in the article's markup: {@code <time pubdate>}, {@code itemprop=datePublished},
 * {@code <abbr class=published>}; then elements whose class or id names a date (published,
 * entry-date, byline, ...); then any {@code <time datetime>}. Never in footers, sidebars, comments.
 */
final class MarkupDates {
  private MarkupDates() {}

  private static final DateRules R = DateRules.RULES;
  private static final int MAX_TEXT = 200;

  /** Markup that says "publication" in so many words. */
  static DateText.Hit published(PublishedDates.Page p) {
    for (Element e : p.doc().select("time[pubdate], [itemprop~=(?i)^(datePublished|dateCreated)$], [property~=(?i)^(schema:|dc:|dcterms:)?(datePublished|dateCreated|created|issued)$], abbr[class~=(?i)published], time[class]")) {
      if (e.normalName().equals("meta") || p.parts().foreign(e)) continue;
      if (e.normalName().equals("time") && !e.hasAttr("pubdate") && !e.hasAttr("itemprop")
          && !PublishedDates.containsAny(PublishedDates.classAndId(e), R.classPublished)) continue;
      DateText.Hit h = of(p, e);
      if (h != null) return h;
    }
    return null;
  }

  /** The first element whose class or id names the publication, else a date, that holds a date. */
  static DateText.Hit header(PublishedDates.Page p) {
    DateText.Hit h = byClass(p, R.classPublished);
    return h != null ? h : byClass(p, R.classDate);
  }

  static DateText.Hit anyTime(PublishedDates.Page p) {
    for (Element e : p.doc().getElementsByTag("time")) {
      if (p.parts().furniture(e) || modified(PublishedDates.classAndId(e))) continue;
      DateText.Hit h = of(p, e);
      if (h != null) return h;
    }
    return null;
  }

  private static DateText.Hit byClass(PublishedDates.Page p, List<String> words) {
    for (Element e : p.doc().body() == null ? p.doc().getAllElements() : p.doc().body().getAllElements()) {
      String c = PublishedDates.classAndId(e);
      if (!PublishedDates.containsAny(c, words) || modified(c) || p.parts().furniture(e)) continue;
      DateText.Hit h = of(p, e);
      if (h != null) return h;
    }
    return null;
  }

  /** A class that names the last change and not the publication. */
  private static boolean modified(String classAndId) {
    return PublishedDates.containsAny(classAndId, R.classModified) && !PublishedDates.containsAny(classAndId, R.classPublished);
  }

  /** The date of an element: its datetime, content or title attribute, else the first date of its short text. */
  static DateText.Hit of(PublishedDates.Page p, Element e) {
    for (String a : new String[] {"datetime", "content", "title", "data-utime"}) {
      String v = e.attr(a);
      if (v.length() < 6) continue;
      DateText.Hit h = DateText.TEXT.attribute(v, p.monthFirst());
      if (h != null && p.plausible(h.date())) return h;
    }
    String text = e.text();
    if (text.length() > MAX_TEXT) return null;
    DateText.Hit h = TextDates.firstPublished(p, text);
    if (h != null || !(e.hasAttr("itemprop") || e.hasAttr("property"))) return h;
    // an archive link marked as the publication: <li itemprop=datePublished><a href="/2019/10/19/">
    for (Element a : e.getElementsByTag("a")) {
      h = UrlDates.find(p, a.attr("href"), true);
      if (h != null) return h;
    }
    return null;
  }
}
