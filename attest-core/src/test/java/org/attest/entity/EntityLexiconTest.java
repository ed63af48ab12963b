package org.attest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attest.text.Lexicon;
import org.junit.jupiter.api.Test;

/** Every section of a rule file the entity lexicon reads is there; a missing one fails at load, it does not read empty. */
class EntityLexiconTest {
  /** The sections EntityLexicon reads, by file; the other sections of cues.txt and time.txt are other stages'. */
  private static final Map<String, Set<String>> READ = Map.of(
      "org-context.txt", Set.of("after", "name-end", "before", "first", "repeats", "field", "trailing"),
      "person-context.txt", Set.of("speech"),
      "place-context.txt", Set.of("before", "named-after", "city-institution", "region", "first", "locative", "compass-name", "polity-name",
          "name-determiner"),
      "titles.txt", Set.of("honorific", "role", "place-title"),
      "cues.txt", Set.of("verb"),
      "english-words.txt", Set.of("ending", "proper", "common"),
      "time.txt", Set.of("holiday", "day", "season", "daypart"),
      "name-words.txt", Set.of("particle", "epithet", "ezafe", "word-prefix", "hyphen-link", "stance-prefix", "form-label", "name-possessive", "name-link", "corporate-suffix", "org-link", "and", "to", "the",
          "chain-link", "citation-link", "citation-page", "initials-skip", "surname-prefix", "female-title-start", "female-title-word", "male-title-start", "male-title-word", "of",
          "past-ending", "participle-ending", "plural-ending"),
      "coreference.txt", Set.of("determiner", "verb-like", "clause-opener", "irregular-plural", "affiliation", "object-pronoun",
          "possessive-object", "affiliation-before", "indefinite", "that", "relative-who", "possessive", "coordinator", "narrator-cue", "byline",
          "salutation", "self-naming", "hand-off", "contraction", "self-role", "self-role-opener", "self-role-not", "demonym-plural-ending"));

  /** The lines of a file without one section (its header and entries). */
  private static List<String> without(String file, String section) {
    List<String> out = new ArrayList<>();
    boolean skip = false;
    for (String line : Lexicon.lines("en", file)) {
      if (line.startsWith("[") && line.endsWith("]")) skip = line.equals("[" + section + "]");
      if (!skip) out.add(line);
    }
    return out;
  }

  @Test
  void theEnglishFilesLoad() {
    EntityLexicon lex = new EntityLexicon("en", file -> Lexicon.lines("en", file));
    assertEquals(PronounClass.FEMININE, lex.pronouns.get("she"));
    assertEquals(Gender.MALE, lex.firstNames.get("james"));
    assertEquals(Gender.FEMALE, lex.titleGender("mrs."));
    assertEquals(Gender.MALE, lex.titleGender("committee chairman"));
    assertEquals("the", lex.the);
    assertTrue(lex.particles.contains("al"));
  }

  @Test
  void eachSectionItReadsFailsWhenMissing() {
    for (Map.Entry<String, Set<String>> file : READ.entrySet()) {
      Set<String> failing = new TreeSet<>();
      for (String section : Lexicon.sections("en", file.getKey()).keySet()) {
        try {
          new EntityLexicon("en", f -> f.equals(file.getKey()) ? without(f, section) : Lexicon.lines("en", f));
        } catch (IllegalStateException e) {
          assertTrue(e.getMessage().contains(file.getKey() + ": no [" + section + "]"), e.getMessage());
          failing.add(section);
        }
      }
      assertEquals(new TreeSet<>(file.getValue()), failing, file.getKey());
    }
  }

  @Test
  void aOneWordSectionHoldsOneWord() {
    List<String> lines = new ArrayList<>(Lexicon.lines("en", "name-words.txt"));
    lines.add(lines.indexOf("[the]") + 1, "a");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new EntityLexicon("en", f -> f.equals("name-words.txt") ? lines : Lexicon.lines("en", f)));
    assertTrue(e.getMessage().contains("[the]"), e.getMessage());
  }

  @Test
  void anUnknownPronounClassFailsAtLoad() {
    List<String> lines = new ArrayList<>(Lexicon.lines("en", "pronouns.txt"));
    lines.add("thou\t2s");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new EntityLexicon("en", f -> f.equals("pronouns.txt") ? lines : Lexicon.lines("en", f)));
    assertTrue(e.getMessage().contains("2s"), e.getMessage());
  }

  @Test
  void englishWordsReadInflectedFormsThroughTheirStems() {
    EntityLexicon lex = EntityLexicon.of("en");
    assertTrue(lex.commonWord("household") && lex.commonWord("households") && lex.commonWord("studies") && lex.commonWord("rated"));
    assertTrue(lex.properWord("guadeloupe") && lex.properWord("einstein"));
    assertTrue(!lex.commonWord("guadeloupe") && !lex.commonWord("pachomius") && !lex.properWord("pachomius") && !lex.properWord("survey"));
  }
}
