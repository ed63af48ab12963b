package org.attest.quote;

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

/** Every section of cues.txt the quote sieves read is there; a missing one fails at load, it does not read empty. */
class CueLexiconTest {
  /** The sections CueLexicon reads; the others of cues.txt are the claim builder's. */
  private static final Set<String> READ = Set.of("verb", "indirect", "belief", "stance-noun", "intent-noun", "state-adjective", "state-link", "state-adjective-object", "state-preposition", "intent", "stance", "message", "possessive-pronoun", "naming", "indefinite", "view", "directive", "directive-phrase", "directive-not", "claim-noun", "document-in", "question", "question-word", "report", "poll", "colon-label", "colon", "negation", "seeming", "seeming-like", "hearsay", "stance-phrase", "quantity-subject", "passive", "when", "when-part", "when-before", "time-noun", "addressee", "addressee-maybe",
      "subject-pronoun", "contraction", "first-person", "relative", "phrase", "issue", "read", "noun", "aux", "label", "name",
      "participle", "noun-like", "cue-always", "noun-before", "noun-marker", "no-speech-to", "no-speech-before", "speech-to", "to",
      "that", "according", "possessive", "label-as", "definite", "participle-ending", "past-ending", "s-ending", "participle-link",
      "relative-subject", "noun-join", "subject-link", "speaker-role", "speaker-role-link", "origin", "agent", "clause-join", "mixed-skip", "title-small", "clause-opener", "object-pronoun",
      "clause-adverb", "answer", "relative-gap", "subject-of", "finite-aux", "those", "verb-join", "joined-cue", "quantity-lead", "share-link", "share-unit", "share-word");

  private static final Map<String, List<String>> SECTIONS = Lexicon.sections("en", "cues.txt");
  private static final Map<String, String> CALENDAR = Lexicon.table("en", "calendar.txt");

  @Test
  void theEnglishFileLoads() {
    CueLexicon cues = new CueLexicon(SECTIONS, CALENDAR);
    assertEquals("that", cues.that);
    assertTrue(cues.whenWords.contains("monday"), "weekday names from calendar.txt are day words");
  }

  @Test
  void eachSectionItReadsFailsWhenMissing() {
    Set<String> failing = SectionChecks.failingWhenMissing(SECTIONS, without -> new CueLexicon(without, CALENDAR));
    assertEquals(new TreeSet<>(READ), failing);
  }

  @Test
  void aOneWordSectionHoldsOneWord() {
    Map<String, List<String>> two = new HashMap<>(SECTIONS);
    List<String> lines = new ArrayList<>(two.get("that"));
    lines.add("which");
    two.put("that", lines);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CueLexicon(two, CALENDAR));
    assertTrue(e.getMessage().contains("[that]"), e.getMessage());
  }
}
