package org.attest.web;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article body of a page: the main text without boilerplate, paragraphs as blank-line blocks.
 *
 * <p>The page is cut into blocks without its furniture ({@link BlockWalker}); the paragraphs vote
 * for the elements above them as Readability does (length, commas, a class/id that says content or
 * furniture, less the share of link text); the best element and those of its siblings that score
 * near it hold the article. Their blocks are the body, less the headline, link lists, labels
 * ("Advertisement") and captions that repeat their image's alt text.
 */
final class BodyExtractor {
  private BodyExtractor() {}

  static String extract(Document doc) {
    Element root = doc.body() == null ? doc : doc.body();
    BodyRules rules = BodyRules.INSTANCE;
    List<Block> blocks = new BlockWalker(rules).walk(root);
    if (blocks.isEmpty()) return "";
    Map<Element, Tally> tallies = tally(blocks, root);
    String body = join(blocks, Candidates.choose(blocks, tallies, root, rules), root, rules);
    // nothing kept under the chosen element: the page's text is better than none
    return body.isEmpty() ? join(blocks, List.of(root), root, rules) : body;
  }

  private static String join(List<Block> blocks, List<Element> chosen, Element root, BodyRules rules) {
    StringBuilder out = new StringBuilder();
    boolean afterLabel = false;
    for (Block b : blocks) {
      if (!inside(b.owner(), chosen, root)) continue;
      // the links listed under a label ("More stories", "Related coverage") go with it
      if (afterLabel && b.linkChars() > 0 && inListItem(b.owner(), root)) continue;
      afterLabel = rules.isFurnitureLine(b.text());
      if (!keep(b, rules)) continue;
      if (out.length() > 0) out.append("\n\n");
      out.append(b.text());
    }
    return out.toString();
  }

  /** Characters and link characters of the blocks under each element. */
  static final class Tally {
    int chars;
    int linkChars;
    double score;
    boolean candidate;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private static Map<Element, Tally> tally(List<Block> blocks, Element root) {
    Map<Element, Tally> out = new IdentityHashMap<>();
    for (Block b : blocks) {
      for (Element e = b.owner(); e != null; e = e.parent()) {
        Tally t = out.computeIfAbsent(e, k -> new Tally());
        t.chars += b.text().length();
        t.linkChars += b.linkChars();
        if (e == root) break;
      }
    }
    return out;
  }

  private static boolean inside(Element owner, List<Element> chosen, Element root) {
    for (Element e = owner; e != null; e = e.parent()) {
      for (Element c : chosen) if (c == e) return true;
      if (e == root) return false;
    }
    return false;
  }

  /**
   * The headline is the page's title, not its body; a block that is mostly links is navigation; a
   * label ("Advertisement") is furniture.
   */
  private static boolean keep(Block b, BodyRules rules) {
    if (b.owner().normalName().equals("h1")) return false;
    return b.linkDensity() <= 0.5 && !rules.isFurnitureLine(b.text()) && !isAltCaption(b)
        && !rules.isCredit(b.text()) && !rules.isPromotion(b.text());
  }

  private static boolean inListItem(Element owner, Element root) {
    for (Element e = owner; e != null && e != root; e = e.parent()) if (e.normalName().equals("li")) return true;
    return false;
  }

  /** A caption that repeats its image's alt text ("<img alt=X><span>X</span>"). */
  private static boolean isAltCaption(Block b) {
    if (b.text().length() > 300 || b.owner().childrenSize() > 12) return false; // a figure, not a whole page
    for (Element img : b.owner().getElementsByTag("img")) {
      if (img.attr("alt").strip().equalsIgnoreCase(b.text())) return true;
    }
    return false;
  }
}
