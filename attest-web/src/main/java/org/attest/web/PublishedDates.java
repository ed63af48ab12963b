package org.attest.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's original publication date, from its metadata, header, URL and byline: an ordered list
 * of named sieves (htmldate's order), the first that finds a plausible date decides and stamps its
 * name on it. Plausible: not before 1995, not after today.
 */
final class PublishedDates {
  private PublishedDates() {}

  /** A date and the sieve that found it. */
  record Found(String value, LocalDate date, String step) {}

  private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
  private static final DateRules R = DateRules.RULES;
  private static final DateText T = DateText.TEXT;

  /** One page under examination: the document, its URL, how it writes 1/2/2017, the latest plausible day. */
  static final class Page {
    private final Document doc;
    private final String url;
    private final boolean monthFirst;
    private final LocalDate latest;
    private final boolean relaxed;
    private PageParts parts;
    private Page relaxedPage;
    private java.util.Set<LocalDate> shownDays;
    private TextDates.Visible visible;

    Page(Document doc, String url, boolean monthFirst, LocalDate latest) {
      this(doc, url, monthFirst, latest, false);
    }

    private Page(Document doc, String url, boolean monthFirst, LocalDate latest, boolean relaxed) {
      this.relaxed = relaxed;
      this.doc = doc;
      this.url = url;
      this.monthFirst = monthFirst;
      this.latest = latest;
    }

    Document doc() { return doc; }

    String url() { return url; }

    boolean monthFirst() { return monthFirst; }

    boolean plausible(LocalDate d) {
      return d != null && !d.isBefore(EARLIEST) && !d.isAfter(latest);
    }

    PageParts parts() {
      if (parts == null) parts = new PageParts(doc, relaxed);
      return parts;
    }

    /** The same page with only comments set apart. */
    Page relaxed() {
      if (relaxedPage == null) relaxedPage = relaxed ? this : new Page(doc, url, monthFirst, latest, true);
      return relaxedPage;
    }

    /** The days written anywhere in the page's text (comments aside). */
    java.util.Set<LocalDate> shownDays() {
      if (shownDays == null) {
        shownDays = new java.util.HashSet<>();
        for (DateText.Hit h : DateText.TEXT.all(relaxed().visible().text(), monthFirst)) shownDays.add(h.date());
      }
      return shownDays;
    }

    TextDates.Visible visible() {
      if (visible == null) visible = TextDates.visible(this);
      return visible;
    }
  }

  private interface Sieve {
    String name();

    DateText.Hit apply(Page p);
  }

  private record Step(String name, java.util.function.Function<Page, DateText.Hit> f) implements Sieve {
    @Override
    public DateText.Hit apply(Page p) {
      return f.apply(p);
    }
  }

  /** The sieves, in the order they are asked. */
  private static final List<Sieve> SIEVES = List.of(
      new Step("url", p -> UrlDates.find(p, true)),
      new Step("json-ld article", p -> JsonLdDates.published(p, true)),
      new Step("meta", MetaDates::published),
      new Step("json-ld", p -> JsonLdDates.published(p, false)),
      new Step("meta date shown", p -> shown(p, MetaDates.date(p))),
      new Step("meta loosely", MetaDates::publishedLoosely),
      new Step("markup", MarkupDates::published),
      new Step("header", MarkupDates::header),
      new Step("time", MarkupDates::anyTime),
      new Step("relaxed header", p -> or(MarkupDates.published(p.relaxed()), MarkupDates.header(p.relaxed()))),
      new Step("meta date", MetaDates::date),
      new Step("byline", TextDates::nearTitle),
      new Step("modified", p -> or(MetaDates.modified(p), JsonLdDates.modified(p))),
      new Step("page", TextDates::mostFrequent),
      new Step("relaxed time", p -> MarkupDates.anyTime(p.relaxed())),
      new Step("relaxed page", p -> TextDates.mostFrequent(p.relaxed())),
      new Step("url month", p -> UrlDates.find(p, false)));

  static Found find(Document doc, String url) {
    return explain(doc, url, LocalDate.now(ZoneOffset.UTC).plusDays(1));
  }

  /** The date and the sieve that decided, or null; {@code latest} is the last plausible day. */
  static Found explain(Document doc, String url, LocalDate latest) {
    Page p = new Page(doc, url, monthFirst(doc), latest);
    for (Sieve s : SIEVES) {
      DateText.Hit h = s.apply(p);
      if (h != null && p.plausible(h.date())) {
        h = PageZone.local(p, h);
        DateText.Hit change = shownChange(p, h);
        if (change != null) return new Found(change.value(), change.date(), "shown modified");
        return new Found(h.value(), h.date(), s.name());
      }
    }
    return null;
  }

  /**
   * The page's last modification when the page shows it and not the decided day: a republished
   * or reworked article whose metadata keeps its first (or its system's creation) date is dated by
   * what its readers see. A modification before the decided day is no later change and is ignored.
   */
  private static DateText.Hit shownChange(Page p, DateText.Hit decided) {
    DateText.Hit m = or(MetaDates.modified(p), JsonLdDates.modified(p));
    if (m == null || !p.plausible(m.date())) return null;
    m = PageZone.local(p, m);
    if (!m.date().isAfter(decided.date())) return null;
    return p.shownDays().contains(m.date()) && !p.shownDays().contains(decided.date()) ? m : null;
  }

  /** The hit when its day is written in the page's text too (a generic date meta is often a later change). */
  private static DateText.Hit shown(Page p, DateText.Hit h) {
    return h != null && p.shownDays().contains(h.date()) ? h : null;
  }

  private static DateText.Hit or(DateText.Hit a, DateText.Hit b) {
    return a != null ? a : b;
  }

  /** Whether the page writes 12/27/2017 (month first): its language is one of slash-month-first. */
  static boolean monthFirst(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isEmpty()) {
      Element meta = doc.selectFirst("meta[http-equiv=content-language]");
      if (meta != null) lang = meta.attr("content");
    }
    lang = DateRules.lower(lang.strip()).replace('_', '-');
    return R.slashMonthFirst.contains(lang);
  }

  /** The first plausible hit of a list (by position), or null. */
  static DateText.Hit firstPlausible(Page p, List<DateText.Hit> hits) {
    DateText.Hit best = null;
    for (DateText.Hit h : hits) if (p.plausible(h.date()) && (best == null || h.start() < best.start())) best = h;
    return best;
  }

  /** The lower-case class and id of an element, joined by a space. */
  static String classAndId(Element e) {
    String c = e.className(), id = e.id();
    if (c.isEmpty() && id.isEmpty()) return "";
    return DateRules.lower(c + " " + id);
  }

  static boolean containsAny(String s, List<String> words) {
    if (s.isEmpty()) return false;
    for (String w : words) if (s.contains(w)) return true;
    return false;
  }
}
