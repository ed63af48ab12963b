package org.attest.web;

import org.jsoup.nodes.Element;

/**
 * One paragraph of a page as the reader sees it: its text (white space collapsed), the innermost
 * block element holding it, and how many of its characters are link text.
 */
record Block(String text, Element owner, int linkChars) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  boolean isHeading() {
    return BodyRules.INSTANCE.headingTags.contains(owner.normalName());
  }
}
