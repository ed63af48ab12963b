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
}
