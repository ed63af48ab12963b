package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the figures scorer judges a claim's source name. */
class FiguresEvalTest {
  @Test
  void aSourceIsTheSameNameOrItsSurnameWhateverTheMiddleInitials() {
    assertTrue(FiguresEval.sameSource("Donald Trump", "Donald J. Trump"));
    assertTrue(FiguresEval.sameSource("Jeffrey N. Trimble", "Jeffrey Trimble"));
    assertTrue(FiguresEval.sameSource("Donald Trump", "Trump"));
    assertTrue(FiguresEval.sameSource("reuters", "Reuters"));
    assertTrue(FiguresEval.sameSource(null, null));
    assertFalse(FiguresEval.sameSource("Donald Trump", "Donald Trump Jr"));
    assertFalse(FiguresEval.sameSource("Bill Clinton", "Hillary Clinton"));
    assertFalse(FiguresEval.sameSource("Reuters", null));
  }

  @Test
  void eachPredictedFigureAndClaimSourceIsJudgedForCalibration() throws Exception {
    String text = "Smith said 40 percent of voters agree and 12 did not. Page 3.";
    com.fasterxml.jackson.databind.JsonNode g = new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"quantities\": ["
        + "{\"start\": 11, \"end\": 21, \"modifier\": \"exact\", \"low\": 40, \"high\": 40, \"object\": {\"start\": 22, \"end\": 31}},"
        + "{\"start\": 42, \"end\": 44, \"modifier\": \"exact\", \"low\": 12, \"high\": 12, \"object\": null}],"
        + "\"claims\": [{\"quantity_start\": 11, \"source_name\": \"John Smith\"}, {\"quantity_start\": 42, \"source_name\": null}]}");
    FiguresEval.GoldArticle gold = new FiguresEval.GoldArticle("a", null, text, g.get("quantities"), g.get("claims"));
    org.attest.model.Quantity share = new org.attest.model.Quantity("n1", 11, 21, "40 percent", 40.0, 40.0, 40.0, "exact", "percent",
        org.attest.model.Span.of(text, 25, 31), 0.9);
    org.attest.model.Quantity count = new org.attest.model.Quantity("n2", 42, 44, "12", 12.0, 12.0, 12.0, "at_least", null, null, 0.9);
    org.attest.model.Quantity page = new org.attest.model.Quantity("n3", 59, 60, "3", 3.0, 3.0, 3.0, "exact", null, null, 0.9);
    org.attest.model.Claim c1 = new org.attest.model.Claim("c1", "figure", "n1", "", null, null, null, new org.attest.model.Source("Smith", "e1", java.util.List.of()),
        null, 0, 53, 0.8);
    org.attest.model.Claim c2 = new org.attest.model.Claim("c2", "figure", "n2", "", null, null, null, new org.attest.model.Source("Smith", "e1", java.util.List.of()),
        null, 0, 53, 0.8);
    org.attest.model.Claim c3 = new org.attest.model.Claim("c3", "figure", "n3", "", null, null, null, null, null, 54, 61, 0.8);
    org.attest.model.Document doc = new org.attest.model.Document(new org.attest.model.Article("a", text, null), java.util.List.of(),
        java.util.List.of(), java.util.List.of(share, count, page), java.util.List.of(), java.util.List.of(c1, c2, c3));
    // right (objects overlap); wrong bound; no gold figure: wrong
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(true, false, false), FiguresEval.judgeFigures(gold, doc));
    // the surname names the source; the article's own figure given to Smith is wrong; a claim of no gold claim is not judged
    org.junit.jupiter.api.Assertions.assertEquals(java.util.Arrays.asList(true, false, null), FiguresEval.judgeClaims(gold, doc));
  }

  @Test
  void theFitHalfIsFixedByTheId() {
    org.junit.jupiter.api.Assertions.assertEquals(FiguresEval.fitHalf("nyt_2016-09-08"), FiguresEval.fitHalf("nyt_2016-09-08"));
    int fit = 0;
    for (int i = 0; i < 200; i++) if (FiguresEval.fitHalf("article-" + i)) fit++;
    assertTrue(fit > 70 && fit < 130, "about half: " + fit);
  }
}
