package org.attest.web;

import org.jsoup.nodes.Element;

/** Dates of {@code <meta>} tags: the publication by the rank of its name, else the last modification. */
final class MetaDates {
  private MetaDates() {}

  private static final DateRules R = DateRules.RULES;

  static DateText.Hit published(PublishedDates.Page p) {
    DateText.Hit best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Element meta : p.doc().getElementsByTag("meta")) {
      Integer rank = rankOf(meta);
      if (rank == null || rank >= bestRank) continue;
      DateText.Hit h = DateText.TEXT.attribute(value(meta), p.monthFirst());
      if (h != null && p.plausible(h.date())) {
        best = h;
        bestRank = rank;
      }
    }
    return best;
  }

  /** A meta name that says "published" or "created" in its own way ("five_hundred_pixels:uploaded"). */
  static DateText.Hit publishedLoosely(PublishedDates.Page p) {
    for (Element meta : p.doc().getElementsByTag("meta")) {
      String name = name(meta);
      if (!PublishedDates.containsAny(name, R.metaPublishedWords) || PublishedDates.containsAny(name, R.metaModifiedWords)) continue;
      DateText.Hit h = DateText.TEXT.attribute(value(meta), p.monthFirst());
      if (h != null && p.plausible(h.date())) return h;
    }
    return null;
  }

  static DateText.Hit modified(PublishedDates.Page p) {
    return named(p, R.metaModified);
  }

  /** The page's date of a generic name ("date", "dcterms.date"). */
  static DateText.Hit date(PublishedDates.Page p) {
    return named(p, R.metaDate);
  }

  private static DateText.Hit named(PublishedDates.Page p, java.util.Set<String> names) {
    for (Element meta : p.doc().getElementsByTag("meta")) {
      if (!names.contains(name(meta))) continue;
      DateText.Hit h = DateText.TEXT.attribute(value(meta), p.monthFirst());
      if (h != null && p.plausible(h.date())) return h;
    }
    return null;
  }

  private static Integer rankOf(Element meta) {
    String name = name(meta);
    return name.isEmpty() ? null : R.metaPublished.get(name);
  }

  /** The lower-case name of a meta tag: property, name, itemprop or http-equiv. */
  static String name(Element meta) {
    for (String a : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      String v = meta.attr(a);
      if (!v.isEmpty()) return DateRules.lower(v.strip());
    }
    return "";
  }

  private static String value(Element meta) {
    String v = meta.attr("content");
    return v.isEmpty() ? meta.attr("datetime") : v;
  }
}
