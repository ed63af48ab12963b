package org.attest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Inside a quotation", the one definition every stage reads: a quoted region, and where an open quote runs on. */
class QuotationsTest {
  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  /** The words inside a quotation, each with its quotation's number, and with its quoted region's (marks only). */
  private static List<String> quoted(String text) {
    Analysis a = ANALYZER.analyze(text);
    List<String> out = new ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) {
      if (a.quoted(t)) out.add(a.token(t) + "/" + a.quotation(t) + "/" + a.quoteOf(t));
    }
    return out;
  }

  @Test
  void aQuotedRegionIsInsideItsMarks() {
    assertEquals(List.of("“/0/0", "Go/0/0", "”/0/0"), quoted("He said “Go” and left."));
  }

  @Test
  void anOpenQuoteRunsOnAcrossParagraphsToItsLoneClosingMark() {
    assertEquals(List.of("“/0/0", "We/0/0", "played/0/0", "well/0/0", "./0/0", "We/0/-1", "scored/0/-1", "./0/-1", "”/0/-1"),
        quoted("He said, “We played well.\n\nWe scored.” Then he left."));
  }

  @Test
  void anOpenQuoteRunsOnNoFurtherThanAnotherQuote() {
    assertEquals(List.of("“/0/0", "We/0/0", "played/0/0", "well/0/0", "./0/0", "“/1/1", "Yes/1/1", "”/1/1"),
        quoted("He said, “We played well.\n\nThey said “Yes” and left.”"));
  }

  @Test
  void anOpenQuoteWithNoClosingMarkStaysInItsParagraph() {
    assertEquals(List.of("“/0/0", "We/0/0", "played/0/0", "well/0/0", "./0/0"), quoted("He said, “We played well.\n\nThen he left."));
  }
}
