package org.attest.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Which part of a page an element is in: a foreign part (comments, related articles, sidebars:
 * other texts' dates) or the page's furniture (footer, breadcrumb, archive). An element that
 * holds the title heading is neither, whatever its class says ("layout-with-sidebar").
 */
final class PageParts {
  private static final DateRules R = DateRules.RULES;

  private final Set<Element> titleAncestors = new HashSet<>();
  private final boolean relaxed;
  private final Map<Element, Boolean> foreign = new HashMap<>();
  private final Map<Element, Boolean> furniture = new HashMap<>();

  /** {@code relaxed}: only comments are foreign, nothing is furniture (when the strict parts leave no date). */
  PageParts(Document doc, boolean relaxed) {
    this.relaxed = relaxed;
    Element h1 = doc.selectFirst("h1");
    for (Element x = h1; x != null; x = x.parent()) titleAncestors.add(x);
  }

  /** Inside comments, related articles, sidebars, asides or navigation. */
  boolean foreign(Element e) {
    return inside(e, foreign, false);
  }

  /** Foreign, or inside the footer, a breadcrumb, an archive or calendar. */
  boolean furniture(Element e) {
    return inside(e, furniture, true);
  }

  private boolean inside(Element e, Map<Element, Boolean> memo, boolean withFurniture) {
    Boolean answer = null;
    Element x = e;
    java.util.ArrayList<Element> path = new java.util.ArrayList<>();
    for (; x != null; x = x.parent()) {
      answer = memo.get(x);
      if (answer != null) break;
      path.add(x);
      if (titleAncestors.contains(x)) {
        answer = Boolean.FALSE; // above the title: its ancestors hold the article too
        break;
      }
      if (is(x, withFurniture)) {
        answer = Boolean.TRUE;
        break;
      }
    }
    if (answer == null) answer = Boolean.FALSE;
    // the answer holds for every element on the path below where it was decided
    for (Element y : path) memo.put(y, answer);
    return answer;
  }

  private boolean is(Element x, boolean withFurniture) {
    String tag = x.normalName();
    if (tag.equals("body") || tag.equals("html")) return false;
    if (relaxed) return hasPart(PublishedDates.classAndId(x), R.classComment);
    if (tag.equals("aside") || tag.equals("nav")) return true;
    if (withFurniture && tag.equals("footer")) return true;
    String c = PublishedDates.classAndId(x);
    if (c.isEmpty()) return false;
    return hasPart(c, R.classComment) || hasPart(c, R.classForeign) || withFurniture && hasPart(c, R.classFurniture);
  }

  /** Whether a part of the class and id (split at spaces, hyphens, underscores) starts with one of the words. */
  static boolean hasPart(String classAndId, List<String> words) {
    int n = classAndId.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && " -_".indexOf(classAndId.charAt(i - 1)) < 0) continue;
      for (String w : words) if (classAndId.startsWith(w, i)) return true;
    }
    return false;
  }
}
