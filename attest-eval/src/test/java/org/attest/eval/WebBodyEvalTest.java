package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metric as the benchmark's evaluate.py computes it. */
class WebBodyEvalTest {
  @Test
  void tokensAreCaseKeptRunsOfLettersNumbersAndUnderscore() {
    assertEquals(List.of("The", "U", "S", "snake_case", "x²", "Zürich", "2019"), WebBodyEval.words("The U.S. snake_case x² Zürich—2019"));
  }

  @Test
  void caseCountsAsADifference() {
    double[] c = WebBodyEval.shingleMatch("One two three four", "one two three four");
    assertArrayEquals(new double[] {0, 0.5, 0.5}, c, 1e-9);
  }

  @Test
  void shortTextsAreOneShingleAndEmptyTextsNone() {
    assertEquals(Map.of("a b", 1), WebBodyEval.shingles("a b"));
    assertEquals(Map.of(), WebBodyEval.shingles(""));
    assertEquals(Map.of(), WebBodyEval.shingles("— !"));
    assertEquals(Map.of("a b c d", 1, "b c d e", 1), WebBodyEval.shingles("a b c d e"));
  }

  @Test
  void anEmptyPredictionCostsRecallNotPrecision() {
    var missed = new WebBodyEval.Page("a", 0, 0, 1, "x y z w", "");
    var half = new WebBodyEval.Page("b", 0.5, 0.5, 0, "x y z w", "x y z w v u t s");
    var r = WebBodyEval.score(List.of(missed, half), 0);
    assertEquals(0.5, r.precision(), 1e-9);
    assertEquals(0.5, r.recall(), 1e-9);
    assertArrayEquals(new double[] {0, 0, 1}, WebBodyEval.shingleMatch("some words of text", ""), 1e-9);
  }
}
