package org.attest.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attest.confidence.ConfidenceTable.Kind;
import org.junit.jupiter.api.Test;

/** The table: smoothed shares, the most specific key it holds, coarser keys when a key is absent, and bad files. */
class ConfidenceTableTest {
  static final List<String> LINES = List.of(
      "[speaker]", "*\t80\t100", "cue-after\t45\t50", "cue-after|direct|name\t28\t30",
      "[figure]", "*\t6\t10",
      "[claim]", "*\t0\t0");

  @Test
  void aKeyGivesItsShareRightWithOneRightAndOneWrongAdded() {
    assertEquals(0.5, ConfidenceTable.smoothed(0, 0));
    assertEquals(29 / 32.0, ConfidenceTable.smoothed(28, 30));
    ConfidenceTable t = ConfidenceTable.parse("test", LINES);
    assertEquals(29 / 32.0, t.confidence(Kind.SPEAKER, List.of("cue-after|direct|name", "cue-after", Keys.ALL)));
  }

  @Test
  void aSmallCountNeverGivesZeroOrOne() {
    ConfidenceTable t = ConfidenceTable.parse("test", List.of("[speaker]", "*\t0\t3", "[figure]", "*\t5\t5", "[claim]", "*\t0\t0"));
    double none = t.confidence(Kind.SPEAKER, List.of(Keys.ALL)), all = t.confidence(Kind.FIGURE, List.of(Keys.ALL));
    assertTrue(none > 0 && none < 0.25);
    assertTrue(all < 1 && all > 0.8);
  }

  @Test
  void aKeyTheTableLacksFallsBackToACoarserOne() {
    ConfidenceTable t = ConfidenceTable.parse("test", LINES);
    List<String> keys = List.of("cue-after|direct|pronoun-named", "cue-after", Keys.ALL);
    assertEquals("cue-after", t.key(Kind.SPEAKER, keys));
    assertEquals(46 / 52.0, t.confidence(Kind.SPEAKER, keys));
    assertEquals(81 / 102.0, t.confidence(Kind.SPEAKER, List.of("label|mixed|name", "label", Keys.ALL)));
    assertEquals(81 / 102.0, t.confidence(Kind.SPEAKER, List.of("label")), "the kind's whole when no key is held");
    assertEquals(7 / 12.0, t.confidence(Kind.FIGURE, List.of("number.digits", Keys.ALL)));
  }

  @Test
  void aBadTableFailsAtLoadNamingTheFileAndTheRow() {
    assertTrue(assertThrows(IllegalStateException.class, () -> ConfidenceTable.parse("conf.txt", List.of("[speaker]", "*\t1\t2", "[figure]", "*\t1\t2")))
        .getMessage().contains("[claim]"));
    assertTrue(assertThrows(IllegalStateException.class,
        () -> ConfidenceTable.parse("conf.txt", List.of("[speaker]", "x\t1\t2", "[figure]", "*\t1\t2", "[claim]", "*\t1\t2"))).getMessage().contains("no *"));
    assertTrue(assertThrows(IllegalStateException.class,
        () -> ConfidenceTable.parse("conf.txt", List.of("[speaker]", "*\t3\t2", "[figure]", "*\t1\t2", "[claim]", "*\t1\t2"))).getMessage().contains("*\t3\t2"));
    assertTrue(assertThrows(IllegalStateException.class,
        () -> ConfidenceTable.parse("conf.txt", List.of("[speaker]", "*\tone\t2", "[figure]", "*\t1\t2", "[claim]", "*\t1\t2"))).getMessage().startsWith("conf.txt"));
    assertThrows(IllegalStateException.class, () -> ConfidenceTable.parse("conf.txt", List.of("[speaker]", "* 1 2", "[figure]", "*\t1\t2", "[claim]", "*\t1\t2")));
  }

  @Test
  void theShippedTableLoadsWithEveryKind() {
    ConfidenceTable t = ConfidenceTable.of("en");
    for (Kind k : Kind.values()) {
      double c = t.confidence(k, List.of(Keys.ALL));
      assertTrue(c > 0 && c < 1, k + " " + c);
    }
  }
}
