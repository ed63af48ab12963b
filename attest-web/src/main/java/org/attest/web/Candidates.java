package org.attest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Readability's choice of the article's element: each paragraph of 25 characters or more scores
 * 1 + its commas + a point a hundred characters (at most 3) and gives it to the elements above it
 * (all to the parent, half to the grandparent, a third of it further up, five levels); an element
 * starts with a weight for its tag and its class/id; its score shrinks with its share of link
 * text. The best, lifted to its parent when the parent scores higher, and the siblings near it.
 */
final class Candidates {
  private Candidates() {}

  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

  static List<Element> choose(List<Block> blocks, Map<Element, BodyExtractor.Tally> tallies, Element root, BodyRules rules) {
    for (Block b : blocks) {
      String text = b.text();
      if (text.length() < 25 || b.isHeading() || b.linkDensity() > 0.5) continue;
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      Element start = isParagraph(b.owner()) ? b.owner().parent() : b.owner();
      int level = 0;
      for (Element e = start; e != null && level < 5; e = e.parent(), level++) {
        BodyExtractor.Tally t = tallies.get(e);
        if (t == null) break;
        if (!t.candidate) {
          t.candidate = true;
          t.score = initialScore(e, rules);
        }
        t.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        if (e == root) break;
      }
    }
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, BodyExtractor.Tally> en : tallies.entrySet()) {
      BodyExtractor.Tally t = en.getValue();
      if (!t.candidate) continue;
      t.score *= 1 - t.linkDensity();
      if (t.score > best) {
        best = t.score;
        top = en.getKey();
      }
    }
    if (top == null) return List.of(root);
    top = liftToParent(top, tallies, root);
    return withSiblings(top, tallies, root);
  }

  private static Element liftToParent(Element top, Map<Element, BodyExtractor.Tally> tallies, Element root) {
    double last = tallies.get(top).score;
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && top != root; p = p.parent()) {
      BodyExtractor.Tally t = tallies.get(p);
      if (t != null && t.candidate) {
        if (t.score < threshold) break;
        if (t.score > last) return p;
        last = t.score;
      }
      if (p == root) break;
    }
    return top;
  }

  private static List<Element> withSiblings(Element top, Map<Element, BodyExtractor.Tally> tallies, Element root) {
    List<Element> out = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null || top == root) {
      out.add(top);
      return out;
    }
    double topScore = tallies.get(top).score;
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    for (Element s : parent.children()) {
      if (s == top) {
        out.add(s);
        continue;
      }
      BodyExtractor.Tally t = tallies.get(s);
      if (t == null) continue;
      double bonus = !topClass.isEmpty() && topClass.equals(s.className()) ? topScore * 0.2 : 0;
      if (t.candidate && t.score + bonus >= threshold) {
        out.add(s);
      } else if (s.normalName().equals("p")) {
        double ld = t.linkDensity();
        String text = s.text();
        if (t.chars > 80 && ld < 0.25) out.add(s);
        else if (t.chars > 0 && t.chars <= 80 && ld == 0 && SENTENCE_END.matcher(text).find()) out.add(s);
      }
    }
    addCousins(top, out, threshold, tallies, root);
    return out;
  }

  /** How far above the best element its cousins of the same class are looked for. */
  private static final int COUSIN_LEVELS = 5;

  /**
   * An article cut into blocks of one class, each in a wrapper of its own (page builders' text
   * modules, a story split by ads into sections): the blocks of the best element's tag and class
   * under its ancestors, five levels up, that score as a sibling must.
   */
  private static void addCousins(Element top, List<Element> out, double threshold, Map<Element, BodyExtractor.Tally> tallies, Element root) {
    String cls = top.className();
    if (cls.isBlank()) return;
    Element scope = top;
    for (int i = 0; i < COUSIN_LEVELS && scope != root && scope.parent() != null; i++) scope = scope.parent();
    for (Element e : scope.getAllElements()) {
      if (e == top || !e.normalName().equals(top.normalName()) || !e.className().equals(cls)) continue;
      BodyExtractor.Tally t = tallies.get(e);
      if (t == null || !t.candidate || t.score < threshold || nested(e, out)) continue;
      out.add(e);
    }
  }

  /** Whether an element is inside one of those chosen or holds one (a layout class nests). */
  private static boolean nested(Element e, List<Element> chosen) {
    for (Element c : chosen) {
      for (Element p = e; p != null; p = p.parent()) if (p == c) return true;
      for (Element p = c; p != null; p = p.parent()) if (p == e) return true;
    }
    return false;
  }

  /** Readability's start: the tag's weight and the class/id's. */
  private static double initialScore(Element e, BodyRules rules) {
    double s;
    switch (e.normalName()) {
      case "div": case "article": case "main": case "section": s = 5; break;
      case "pre": case "td": case "blockquote": s = 3; break;
      case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": s = -3; break;
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": s = -5; break;
      default: s = 0;
    }
    BodyRules.Names names = BodyRules.Names.of(e);
    if (names.isEmpty()) return s;
    if (rules.negative.matches(names)) s -= 25;
    if (rules.positive.matches(names)) s += 25;
    if (rules.content.matches(names)) s += 25;
    return s;
  }

  private static boolean isParagraph(Element e) {
    switch (e.normalName()) {
      case "p": case "pre": case "td": case "li": case "blockquote": case "dd": case "dt":
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": case "address":
        return true;
      default:
        return false;
    }
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ',' || text.charAt(i) == '，' || text.charAt(i) == '、') n++;
    return n;
  }
}
