package org.attest.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attest.SectionChecks;
import org.attest.text.Lexicon;
import org.junit.jupiter.api.Test;

/** Every section of units.txt the number readers read is there; a missing one fails at load, it does not read empty. */
class NumberLexiconTest {
  private static final Map<String, List<String>> SECTIONS = Lexicon.sections("en", "units.txt");
  private static final Map<String, String> NUMBERS = Lexicon.table("en", "numbers.txt");

  @Test
  void theEnglishFilesLoad() {
    NumberLexicon lex = new NumberLexicon(NUMBERS, SECTIONS);
    assertEquals("point", lex.decimalPoint);
    assertEquals(1e6, lex.magnitudeOf("million"));
    assertEquals("43.0", lex.wordValue("forty-three"));
    assertTrue(lex.phraseStarts.contains("fewer"), "bound phrases may start a figure");
  }

  /** Every section of units.txt is read (the time lexicon reads [currency-symbol] too), and each fails when missing. */
  @Test
  void eachSectionFailsWhenMissing() {
    Set<String> failing = SectionChecks.failingWhenMissing(SECTIONS, without -> new NumberLexicon(NUMBERS, without));
    assertEquals(new TreeSet<>(SECTIONS.keySet()), failing);
  }

  @Test
  void aOneWordSectionHoldsOneWord() {
    Map<String, List<String>> two = new HashMap<>(SECTIONS);
    List<String> lines = new ArrayList<>(two.get("decimal-point"));
    lines.add("dot");
    two.put("decimal-point", lines);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new NumberLexicon(NUMBERS, two));
    assertTrue(e.getMessage().contains("[decimal-point]"), e.getMessage());
  }
}
