package org.attest.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;

/** A date in the page's URL path (or its canonical link's): a whole day, or a month (its first day). */
final class UrlDates {
  private UrlDates() {}

  static DateText.Hit find(PublishedDates.Page p, boolean day) {
    DateText.Hit h = find(p, p.url(), day);
    if (h != null) return h;
    var canonical = p.doc().selectFirst("link[rel=canonical]");
    return canonical == null ? null : find(p, canonical.attr("href"), day);
  }

  static DateText.Hit find(PublishedDates.Page p, String url, boolean day) {
    if (url == null || url.isEmpty()) return null;
    String path = path(url);
    for (DateRules.UrlPattern up : DateRules.RULES.url) {
      if (up.day() != day) continue;
      Matcher m = up.pattern().matcher(path);
      while (m.find()) {
        try {
          LocalDate d = date(up.order(), m);
          if (p.plausible(d)) return new DateText.Hit(d, d.toString(), m.start(), m.end());
        } catch (DateTimeException | NumberFormatException e) {
          // not a date: 2017/13/45
        }
      }
    }
    return null;
  }

  private static LocalDate date(String order, Matcher m) {
    int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
    if (order.equals("ym")) return LocalDate.of(a, b, 1);
    int c = Integer.parseInt(m.group(3));
    return order.equals("dmy") ? LocalDate.of(c, b, a) : LocalDate.of(a, b, c);
  }

  /** The URL without scheme and host (a host name may hold digits that are no date). */
  private static String path(String url) {
    int scheme = url.indexOf("://");
    int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    return slash < 0 ? "" : url.substring(slash);
  }
}
