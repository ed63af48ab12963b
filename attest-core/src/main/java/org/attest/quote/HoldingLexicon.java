package org.attest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/**
 * The words of the attributions beyond speech ({@link Holding}), sections of {@code cues.txt}:
 * belief, intent and stance verbs, claim nouns, verbs of seeming and asking, documents, a name's
 * colon. A section it reads that the file lacks fails at load.
 */
final class HoldingLexicon {
  final Set<String> beliefVerbs; // "Many believe (that) ...", "Trump is expected to win"
  final Set<String> intentVerbs; // "Cruz hopes to stop Trump", "declined to comment"
  final Set<String> stanceVerbs; // "Walker endorsed Cruz"
  final Set<String> naming; // "a group called Citizens for Trump": names a thing
  final Set<String> indefinite; // the articles before such a thing
  final Set<String> directiveVerbs; // "urged Congress to act"
  private final Map<String, List<String[]>> directivePhrases; // "called on Congress to act", by first word
  final Set<String> directiveNot; // "urged him not to back down"
  final Set<String> viewVerbs; // "Sanders sees the gains as evidence"
  final Set<String> messageVerbs; // "Sanders announced his candidacy"
  final Set<String> possessivePronouns; // "touted her record": an object, unlike "denied it"
  final Set<String> claimNouns; // "the claim that ...", "his argument that ..."
  final Set<String> seeming; // "Trump seemed to back away": no source
  final Set<String> stateAdjectives; // "Some Democrats are concerned that ..."
  final Set<String> stateLinks; // "are", "remain" before such an adjective
  final Set<String> stateObjectAdjectives; // "Sanders was critical of the deal"
  final Set<String> statePrepositions; // "of", "about" after such an adjective
  final Set<String> hearsay; // "The FBI is reportedly making arrangements": no source
  final Set<String> seemingLike; // "This seems like a comparable moment"
  private final Map<String, List<String[]>> stancePhrases; // "called for", "pointed to", by first word
  final Map<String, List<String[]>> stanceNouns; // "his attacks on", by first word
  final Set<String> intentNouns; // "his decision to"
  final Set<String> quantitySubjects; // "Many believe ..."
  final Set<String> shareLinks; // "One in three said", "four out of 10 say"
  final Set<String> shareUnits; // "42 percent said", "42% say"
  final Set<String> shareWords; // "Nearly half said"
  final Set<String> questionVerbs; // "Todd asked Pence whether ..."
  final Set<String> questionWords; // "whether", "if", "how", "about"
  final String documentIn; // "Kasich was at 25 percent in the most recent Fox poll"
  final Set<String> documents; // "Early polls show voters rejecting Trump": a document finds what its object says
  final Set<String> passive; // "Trump is expected to win"
  final String colon; // "Sanders: Clinton Email Story Has Moved"
  final Set<String> colonLabels; // "Editor's note:", "BREAKING:": no source
  private final String possessive; // "the Fox News's poll"
  private final String to; // "his decision to"

  HoldingLexicon(Map<String, List<String>> sections) {
    beliefVerbs = words(sections, "belief");
    intentVerbs = words(sections, "intent");
    stanceVerbs = words(sections, "stance");
    naming = words(sections, "naming");
    indefinite = words(sections, "indefinite");
    messageVerbs = words(sections, "message");
    viewVerbs = words(sections, "view");
    directiveVerbs = words(sections, "directive");
    directivePhrases = phrases(sections, "directive-phrase");
    directiveNot = words(sections, "directive-not");
    possessivePronouns = words(sections, "possessive-pronoun");
    claimNouns = words(sections, "claim-noun");
    seeming = words(sections, "seeming");
    stateAdjectives = words(sections, "state-adjective");
    stateLinks = words(sections, "state-link");
    stateObjectAdjectives = words(sections, "state-adjective-object");
    statePrepositions = words(sections, "state-preposition");
    hearsay = words(sections, "hearsay");
    seemingLike = words(sections, "seeming-like");
    stancePhrases = phrases(sections, "stance-phrase");
    stanceNouns = phrases(sections, "stance-noun");
    intentNouns = words(sections, "intent-noun");
    quantitySubjects = words(sections, "quantity-subject");
    shareLinks = words(sections, "share-link");
    shareUnits = words(sections, "share-unit");
    shareWords = words(sections, "share-word");
    questionVerbs = words(sections, "question");
    questionWords = words(sections, "question-word");
    documentIn = Lexicon.requiredWord("cues.txt", sections, "document-in");
    documents = words(sections, "report");
    documents.addAll(words(sections, "poll")); // "Early polls show ..."
    passive = words(sections, "passive");
    colon = Lexicon.requiredWord("cues.txt", sections, "colon");
    colonLabels = words(sections, "colon-label");
    possessive = Lexicon.requiredWord("cues.txt", sections, "possessive");
    to = Lexicon.requiredWord("cues.txt", sections, "to");
  }

  private static Set<String> words(Map<String, List<String>> sections, String section) {
    return Lexicon.requiredWords("cues.txt", sections, section);
  }

  /**
   * The end of a cue of an attribution beyond speech at token t ("believe", "hopes", "endorsed",
   * "the claim"), or -1: the rules of belief, intent, stance and claim nouns read it.
   */
  int cueAt(Analysis a, int t) {
    String low = a.lower(t);
    int phrase = stancePhraseAt(a, t);
    if (phrase > 0) return phrase;
    phrase = phraseAt(stanceNouns, a, t);
    if (phrase > 0) return phrase;
    if (intentNouns.contains(low) && t + 1 < a.tokenCount() && a.lower(t + 1).equals(to)) return t + 1; // "his decision to"
    if (a.token(t).equals(colon)) return t + 1; // "Sanders: Clinton Email Story Has Moved"
    if (low.equals(documentIn) && documentAfter(a, t, a.tokenCount()) > 0) return t + 1; // "leads in the polls"
    boolean any = beliefVerbs.contains(low) || stateAdjectives.contains(low) || stateObjectAdjectives.contains(low) || seeming.contains(low) || hearsay.contains(low) || intentVerbs.contains(low) || stanceVerbs.contains(low)
        || claimNouns.contains(low) || messageVerbs.contains(low) && Tokens.isVerb(a, t)
        || viewVerbs.contains(low) || directiveVerbs.contains(low) && Tokens.isVerb(a, t); // not "a Times report that"
    return any ? t + 1 : -1;
  }

  /** The head of a document's noun phrase right after "in" at t ("in the most recent Fox poll"), or -1. */
  int documentAfter(Analysis a, int t, int limit) {
    for (int k = t + 1; k < limit && k <= t + InDocument.MAX_WORDS; k++) {
      if (documents.contains(a.lower(k)) && (k + 1 >= limit || !documents.contains(a.lower(k + 1)))) return k;
      String pos = a.pos(k);
      if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("ADV") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("NUM")
          || a.token(k).equals("-") || a.lower(k).equals(possessive))) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a stance phrase ("called for") at token t, or -1. */
  int stancePhraseAt(Analysis a, int t) {
    return phraseAt(stancePhrases, a, t);
  }

  /** The end of a directive phrase ("called on") at token t, or -1. */
  int directivePhraseAt(Analysis a, int t) {
    return phraseAt(directivePhrases, a, t);
  }

  /** A section's phrases by their first word, in file order: a token looks up only the phrases it can open. */
  private static Map<String, List<String[]>> phrases(Map<String, List<String>> sections, String section) {
    Map<String, List<String[]>> out = new HashMap<>();
    for (String line : Lexicon.required("cues.txt", sections, section)) {
      String[] phrase = line.split("\\s+");
      out.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
    }
    return out;
  }

  private static int phraseAt(Map<String, List<String[]>> byFirst, Analysis a, int t) {
    List<String[]> phrases = byFirst.get(a.lower(t));
    if (phrases == null) return -1;
    for (String[] phrase : phrases) {
      if (t + phrase.length > a.tokenCount()) continue;
      boolean ok = true;
      for (int i = 0; i < phrase.length && ok; i++) ok = a.lower(t + i).equals(phrase[i]);
      if (ok) return t + phrase.length;
    }
    return -1;
  }
}
