package org.attest.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a page into {@link Block}s: block elements end a paragraph, inline ones continue it, two
 * {@code <br>} in a row end it; script, style and their kin give no text, nor do hidden elements
 * and page furniture (navigation, footers, sharing, related stories, comments, captions…: the
 * tags and class/id patterns of body-rules.txt). One walker a page.
 */
final class BlockWalker {
  private final BodyRules rules;
  private final List<Block> blocks = new ArrayList<>();
  private final Set<Element> holdsContent = Collections.newSetFromMap(new IdentityHashMap<>());
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private boolean lastWasBr;

  BlockWalker(BodyRules rules) {
    this.rules = rules;
  }

  List<Block> walk(Element root) {
    markContentHolders(root);
    visit(root, root, false);
    flush(root);
    return blocks;
  }

  private void visit(Element e, Element owner, boolean inLink) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode) {
        append(((TextNode) child).getWholeText(), inLink);
      } else if (child instanceof Element) {
        Element c = (Element) child;
        String tag = c.normalName();
        if (tag.equals("br")) {
          if (lastWasBr) flush(owner);
          else append(" ", false);
          lastWasBr = true;
          continue;
        }
        if (rules.skipTags.contains(tag)) continue;
        boolean block = rules.blockTags.contains(tag);
        if (isFurniture(c, tag)) {
          if (block) flush(owner);
          continue;
        }
        if (block) {
          flush(owner);
          visit(c, c, inLink);
          flush(c);
        } else {
          visit(c, owner, inLink || tag.equals("a"));
        }
      }
    }
  }

  /**
   * The elements that hold the article whatever their class says: those above an element whose
   * class/id says it is the article's text, and those holding more than half the page's text
   * outside links ("content-with-sidebar", "elementor-widget-container", "author-jane-doe" on
   * the article itself). Pruning applies below them.
   */
  /** Visible characters below which the larger half of a page's text is no article by its size alone. */
  private static final int MIN_ARTICLE = 200;

  private void markContentHolders(Element root) {
    Map<Element, Integer> sizes = new IdentityHashMap<>();
    int total = textSize(root, false, sizes);
    for (Map.Entry<Element, Integer> e : sizes.entrySet()) {
      if (e.getValue() * 2 > total && e.getValue() >= MIN_ARTICLE) holdsContent.add(e.getKey()); // a menu alone ("Home") is no article
    }
    for (Element e : root.getAllElements()) {
      if (e == root) continue;
      BodyRules.Names names = BodyRules.Names.of(e);
      if (names.isEmpty() || !rules.content.matches(names)) continue;
      for (Element p = e.parent(); p != null && p != root && holdsContent.add(p); p = p.parent()) {}
    }
  }

  /** Characters of text outside links under an element; recorded for the elements that may be pruned. */
  private int textSize(Element e, boolean inLink, Map<Element, Integer> sizes) {
    int n = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode) {
        if (!inLink) n += visibleChars(((TextNode) child).getWholeText());
      } else if (child instanceof Element) {
        Element c = (Element) child;
        String tag = c.normalName();
        if (rules.skipTags.contains(tag)) continue;
        n += textSize(c, inLink || tag.equals("a"), sizes);
      }
    }
    if (e.attributesSize() > 0 || rules.boilerplateTags.contains(e.normalName())) sizes.put(e, n);
    return n;
  }

  /** Hidden, or furniture by its tag or its class/id (unless the class/id says it is the content). */
  private boolean isFurniture(Element c, String tag) {
    if (c.hasAttr("hidden") || "true".equals(c.attr("aria-hidden"))) return true;
    String style = c.attr("style");
    if (!style.isEmpty() && (style.contains("display:none") || style.contains("display: none"))) return true;
    BodyRules.Names names = BodyRules.Names.of(c);
    if (!names.isEmpty() && rules.content.matches(names)) return false;
    if (holdsContent.contains(c)) return false;
    return rules.boilerplateTags.contains(tag) || rules.boilerplate.matches(names);
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
    return n;
  }

  private void append(String s, boolean inLink) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u202f' || c == '\u2007') {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
      } else {
        text.append(c);
        if (inLink) linkChars++;
        lastWasBr = false;
      }
    }
  }

  private void flush(Element owner) {
    int n = text.length();
    if (n > 0 && text.charAt(n - 1) == ' ') n--;
    if (n > 0) blocks.add(new Block(text.substring(0, n), owner, Math.min(linkChars, n)));
    text.setLength(0);
    linkChars = 0;
    lastWasBr = false;
  }
}
