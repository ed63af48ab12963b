package org.attest.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Dates in the visible text: the byline near the title ("Posted on December 27, 2017", "27.
 * Dezember 2017"), else the most frequent date of the page (htmldate's extensive search). A date
 * after a cue of change ("Updated", "Aktualisiert am") is never the publication.
 */
final class TextDates {
  private TextDates() {}

  private static final DateRules R = DateRules.RULES;
  private static final int BEFORE_TITLE = 300;
  private static final int AFTER_TITLE = 1500;

  /** The page's visible text (outside ignored parts) and where its title heading starts (-1: none). */
  record Visible(String text, int title) {}

  static DateText.Hit nearTitle(PublishedDates.Page p) {
    Visible v = p.visible();
    if (v.title() < 0) return null;
    int from = Math.max(0, v.title() - BEFORE_TITLE), to = Math.min(v.text().length(), v.title() + AFTER_TITLE);
    List<DateText.Hit> hits = DateText.TEXT.all(v.text().substring(from, to), p.monthFirst());
    DateText.Hit after = null, before = null, cued = null;
    for (DateText.Hit h : hits) {
      if (!p.plausible(h.date()) || modifiedCue(v.text(), from + h.start())) continue;
      if (publishedCue(v.text(), from + h.start()) && (cued == null || h.start() < cued.start())) cued = h;
      int at = from + h.start();
      if (at >= v.title()) {
        if (after == null || h.start() < after.start()) after = h;
      } else if (before == null || h.start() > before.start()) {
        before = h;
      }
    }
    if (cued != null) return cued;
    if (after == null || before == null) return after != null ? after : before;
    // the nearer of the two: a dateline just above the title, or the byline under it
    int afterDistance = after.start() - (v.title() - from), beforeDistance = (v.title() - from) - before.end();
    return beforeDistance * 2 < afterDistance ? before : after;
  }

  static DateText.Hit mostFrequent(PublishedDates.Page p) {
    String text = p.visible().text();
    Map<LocalDate, Integer> counts = new HashMap<>();
    Map<LocalDate, DateText.Hit> first = new HashMap<>();
    for (DateText.Hit h : DateText.TEXT.all(text, p.monthFirst())) {
      if (!p.plausible(h.date()) || modifiedCue(text, h.start())) continue;
      counts.merge(h.date(), 1, Integer::sum);
      first.merge(h.date(), h, (a, b) -> a.start() <= b.start() ? a : b);
    }
    DateText.Hit best = null;
    int bestCount = 0;
    for (var e : counts.entrySet()) {
      DateText.Hit h = first.get(e.getKey());
      if (e.getValue() > bestCount || e.getValue() == bestCount && h.start() < best.start()) {
        best = h;
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** The first date of a short text that no cue of change precedes. */
  static DateText.Hit firstPublished(PublishedDates.Page p, String text) {
    DateText.Hit best = null;
    for (DateText.Hit h : DateText.TEXT.all(text, p.monthFirst())) {
      if (!p.plausible(h.date()) || modifiedCue(text, h.start())) continue;
      if (best == null || h.start() < best.start()) best = h;
    }
    return best;
  }

  /** Whether the words just before {@code at} say the date is a later change ("Updated:", "Stand"). */
  static boolean modifiedCue(String text, int at) {
    return cued(text, at, R.cueModified);
  }

  /** Whether the words just before {@code at} say the date is the publication ("Veröffentlicht am"). */
  static boolean publishedCue(String text, int at) {
    return cued(text, at, R.cuePublished);
  }

  private static boolean cued(String text, int at, List<String> cues) {
    int from = Math.max(0, at - 40);
    String before = DateRules.lower(text.substring(from, at));
    int end = before.length();
    while (end > 0 && " :,-–—|(\u00a0".indexOf(before.charAt(end - 1)) >= 0) end--;
    for (String cue : cues) {
      int start = end - cue.length();
      if (start >= 0 && before.startsWith(cue, start) && (start == 0 || !Character.isLetter(before.charAt(start - 1)))) return true;
    }
    return false;
  }

  static Visible visible(PublishedDates.Page p) {
    Element root = p.doc().body() != null ? p.doc().body() : p.doc();
    StringBuilder b = new StringBuilder();
    int[] title = {-1};
    PageParts parts = p.parts();
    root.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          b.append(t.text());
          return FilterResult.CONTINUE;
        }
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("template")) return FilterResult.SKIP_ENTIRELY;
          if (parts.furniture(e)) return FilterResult.SKIP_ENTIRELY;
          if (e.isBlock() || tag.equals("br")) b.append(' ');
          if (tag.equals("h1") && title[0] < 0) title[0] = b.length();
        }
        return FilterResult.CONTINUE;
      }
    });
    return new Visible(b.toString(), title[0]);
  }
}
