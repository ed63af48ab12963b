package org.attest.web;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A date-time given in UTC, read in the page's own zone: the day a page shows is local, while many
 * systems stamp "2023-11-09T02:11:03Z" for an evening article of November 8 in Boston. The zone is
 * the offset the page writes most in its other date-times, else its language's ({@code [zone]}).
 * A UTC midnight is a bare day and stays.
 */
final class PageZone {
  private PageZone() {}

  private static final Pattern OFFSET = Pattern.compile("[0-9]T[0-2][0-9]:[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?([+-][01][0-9]:?[0-5][0-9])");

  /**
   * The value in the page's zone when it is a UTC date-time; otherwise the value as it is. When the
   * two days differ and the page's text shows the UTC day and not the local one, the page is one
   * that writes its days in UTC and the value stays.
   */
  static DateText.Hit local(PublishedDates.Page p, DateText.Hit h) {
    DateText.Hit local = local(p.doc(), h);
    if (local == h || local.date().equals(h.date())) return local;
    return p.shownDays().contains(h.date()) && !p.shownDays().contains(local.date()) ? h : local;
  }

  static DateText.Hit local(Document doc, DateText.Hit h) {
    OffsetDateTime t = parse(h.value());
    if (t == null || !t.getOffset().equals(ZoneOffset.UTC) || t.toLocalTime().equals(LocalTime.MIDNIGHT)) return h;
    OffsetDateTime local;
    ZoneOffset written = writtenOffset(doc);
    if (written != null) {
      local = t.withOffsetSameInstant(written);
    } else {
      var zone = DateRules.RULES.zones.get(language(doc));
      if (zone == null) return h;
      local = ZonedDateTime.ofInstant(t.toInstant(), zone).toOffsetDateTime();
    }
    return new DateText.Hit(local.toLocalDate(), local.toString(), h.start(), h.end());
  }

  private static OffsetDateTime parse(String value) {
    if (value.length() <= 10) return null;
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The non-zero offset written most often in the page's metadata, time elements and scripts, or null. */
  private static ZoneOffset writtenOffset(Document doc) {
    Map<String, Integer> counts = new HashMap<>();
    for (Element e : doc.select("meta[content], time[datetime]")) count(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"), counts);
    for (Element e : doc.getElementsByTag("script")) count(e.data(), counts);
    String best = null;
    for (var e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
    if (best == null) return null;
    try {
      return ZoneOffset.of(best.length() == 5 ? best.substring(0, 3) + ":" + best.substring(3) : best);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void count(String s, Map<String, Integer> counts) {
    if (s.length() < 16) return;
    Matcher m = OFFSET.matcher(s);
    while (m.find()) {
      String o = m.group(1);
      if (!o.equals("+00:00") && !o.equals("-00:00") && !o.equals("+0000") && !o.equals("-0000")) counts.merge(o, 1, Integer::sum);
    }
  }

  private static String language(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = DateRules.lower(html == null ? "" : html.attr("lang").strip()).replace('_', '-');
    if (DateRules.RULES.zones.containsKey(lang)) return lang;
    int dash = lang.indexOf('-');
    return dash > 0 ? lang.substring(0, dash) : lang;
  }
}
