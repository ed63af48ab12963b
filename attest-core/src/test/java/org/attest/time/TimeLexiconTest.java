package org.attest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attest.text.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed time lexicon: every section it reads must be in time.txt; a missing one fails at load, not reads empty. */
class TimeLexiconTest {
  /** Every section of time.txt: each is read, so each missing one fails. */
  static java.util.Set<String> sections() {
    return Lexicon.sections("en", "time.txt").keySet();
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("sections")
  void aMissingSectionFailsAtLoad(String section) {
    Map<String, List<String>> sections = new LinkedHashMap<>(Lexicon.sections("en", "time.txt"));
    assertTrue(sections.containsKey(section), section);
    sections.remove(section);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new TimeLexicon("en", sections));
    assertTrue(e.getMessage().contains("[" + section + "]"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ago", "before-after", "of"})
  void aMissingSignalFailsAtLoad(String signal) {
    Map<String, List<String>> sections = new LinkedHashMap<>(Lexicon.sections("en", "time.txt"));
    List<String> lines = new java.util.ArrayList<>(sections.get("signal"));
    assertTrue(lines.removeIf(line -> line.startsWith(signal + "\t")), signal);
    sections.put("signal", lines);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new TimeLexicon("en", sections));
    assertTrue(e.getMessage().contains("signal " + signal), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void thisLastNextAreOneTable() {
    TimeLexicon lex = TimeLexicon.of("en");
    assertEquals(Map.of("this", 0, "last", -1, "next", 1), lex.directions);
    assertEquals(1, lex.unitDirections.get("coming"));
    assertEquals(-1, lex.unitDirections.get("previous"));
  }
}
