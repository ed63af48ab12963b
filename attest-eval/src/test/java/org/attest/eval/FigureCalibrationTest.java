package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Source;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** Each predicted figure and claim source judged right or wrong for calibration, and the fixed halves. */
class FigureCalibrationTest {
  @Test
  void eachPredictedFigureAndClaimSourceIsJudged() throws Exception {
    String text = "Smith said 40 percent of voters agree and 12 did not. Page 3.";
    JsonNode gold = new ObjectMapper().readTree("{\"quantities\": ["
        + "{\"start\": 11, \"end\": 21, \"modifier\": \"exact\", \"low\": 40, \"high\": 40, \"object\": {\"start\": 22, \"end\": 31}},"
        + "{\"start\": 42, \"end\": 44, \"modifier\": \"exact\", \"low\": 12, \"high\": 12, \"object\": null}],"
        + "\"claims\": [{\"quantity_start\": 11, \"source_name\": \"John Smith\"}, {\"quantity_start\": 42, \"source_name\": null}]}");
    Quantity share = new Quantity("n1", 11, 21, "40 percent", 40.0, 40.0, 40.0, "exact", "percent", Span.of(text, 25, 31), 0.9);
    Quantity count = new Quantity("n2", 42, 44, "12", 12.0, 12.0, 12.0, "at_least", null, null, 0.9);
    Quantity page = new Quantity("n3", 59, 60, "3", 3.0, 3.0, 3.0, "exact", null, null, 0.9);
    Source smith = new Source("Smith", "e1", List.of());
    Claim c1 = new Claim("c1", "figure", "n1", "", null, null, null, smith, null, 0, 53, 0.8);
    Claim c2 = new Claim("c2", "figure", "n2", "", null, null, null, smith, null, 0, 53, 0.8);
    Claim c3 = new Claim("c3", "figure", "n3", "", null, null, null, null, null, 54, 61, 0.8);
    Document doc = new Document(new Article("a", text, null), List.of(), List.of(), List.of(share, count, page), List.of(), List.of(c1, c2, c3));
    // right (the objects overlap); a wrong bound; no gold figure at all: wrong
    assertEquals(List.of(true, false, false), FigureCalibration.judgeFigures(gold, doc));
    // the surname names the source; the article's own figure given to Smith is wrong; a claim of no gold claim is not judged
    assertEquals(Arrays.asList(true, false, null), FigureCalibration.judgeClaims(gold, doc));
  }

  @Test
  void theFitHalfIsFixedByTheId() {
    assertEquals(FigureCalibration.fitHalf("nyt_2016-09-08"), FigureCalibration.fitHalf("nyt_2016-09-08"));
    int fit = 0;
    for (int i = 0; i < 200; i++) if (FigureCalibration.fitHalf("article-" + i)) fit++;
    assertTrue(fit > 70 && fit < 130, "about half: " + fit);
  }
}
