package org.attest.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attest.SectionChecks;
import org.attest.text.Lexicon;
import org.junit.jupiter.api.Test;

/** Every section of cues.txt the claim rules read is there; a missing one fails at load, it does not read empty. */
class ClaimLexiconTest {
  /** The sections ClaimLexicon reads; the others of cues.txt are the quote sieves'. */
  private static final Set<String> READ = Set.of("source", "inner-said", "belief", "intent", "stance", "message", "view", "source-that", "report", "document-itself", "document-participle", "document-of", "present-tense", "present-back", "past-tense", "past-ending", "proposal", "plan", "statement", "fieldwork", "field-opener", "poll", "poll-figure", "poll-unit", "poll-rate", "joint", "counted-of", "release", "to-date", "forecast", "forecast-in", "passive-aux", "adjunct-link", "contrast-link", "change-from", "clause-link", "relative-opener", "market", "session-move", "close-word", "close-stock", "poll-sample",
      "pointing-back", "stretch-end", "deadline", "deadline-opener", "date-relative", "measuring", "date-adverbial", "present", "future-modal", "relative", "relative-subject", "statement-link",
      "time-opener", "time-unit", "according", "relative-object", "pair-join", "baseline", "restatement", "company-head", "plural-ending", "modal-state", "earnings", "to", "said-missed", "population-share", "year-back", "media-head", "stretch-start", "relative-bare",
      "market-report", "quarter-ended", "results-baseline", "results-to-date");

  private static final Map<String, List<String>> SECTIONS = Lexicon.sections("en", "cues.txt");

  @Test
  void theEnglishFileLoads() {
    ClaimLexicon lex = new ClaimLexicon(SECTIONS);
    assertTrue(lex.reports.contains("poll"), "a poll is a document");
  }

  @Test
  void eachSectionItReadsFailsWhenMissing() {
    Set<String> failing = SectionChecks.failingWhenMissing(SECTIONS, without -> new ClaimLexicon(without));
    assertEquals(new TreeSet<>(READ), failing);
  }
}
