package org.attest.claim;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Lexicon;

/**
 * The claim builder's sections of {@code cues.txt}, typed: source verbs, plans, statements,
 * documents, fieldwork. A section it reads that the file lacks fails at load.
 */
final class ClaimLexicon {
  final Set<String> sourceVerbs; // "reported", "estimates", "shows"
  final Set<String> thatVerbs; // "charged", "alleges": a source of what their "that" or "with" clause says
  final Set<String> reports; // "poll", "report", "analysis", "slide": documents
  final Set<String> proposalVerbs; // "would", "promised", "has called for"
  final Set<String> plans; // "plan", "threats", "proposals"
  final Set<String> statements; // "statement", "emphasis", "claim"
  final Set<String> fieldVerbs; // "conducted", "taken", "fielded"
  final Set<String> pollWords; // "poll", "survey"
  final Set<String> pointingBack; // "the data", "this survey": a document named before

  private static final Map<String, ClaimLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  static ClaimLexicon of(String language) {
    return LOADED.computeIfAbsent(language, l -> new ClaimLexicon(Lexicon.sections(l, "cues.txt")));
  }

  ClaimLexicon(Map<String, List<String>> cues) {
    sourceVerbs = words(cues, "source");
    thatVerbs = words(cues, "source-that");
    reports = words(cues, "report");
    proposalVerbs = words(cues, "proposal");
    plans = words(cues, "plan");
    statements = words(cues, "statement");
    fieldVerbs = words(cues, "fieldwork");
    pollWords = words(cues, "poll");
    pointingBack = words(cues, "pointing-back");
  }

  /** The words of a section the lexicon reads; a missing one is an error of the file, not an empty set. */
  private static Set<String> words(Map<String, List<String>> sections, String section) {
    List<String> lines = sections.get(section);
    if (lines == null) throw new IllegalStateException("cues.txt: no [" + section + "] section");
    Set<String> out = new HashSet<>();
    for (String line : lines) out.addAll(List.of(line.split("\\s+")));
    return out;
  }
}
