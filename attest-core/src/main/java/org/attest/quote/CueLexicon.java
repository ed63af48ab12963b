package org.attest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/**
 * The cue words of {@code cues.txt}, typed: reporting verbs, phrases, document verbs, speech nouns,
 * and every word a quote sieve compares with. A section it reads that the file lacks fails at load.
 */
final class CueLexicon {
  final Map<String, String> verbs = new HashMap<>(); // form -> lemma
  final Set<String> indirectVerbs; // cue indirect quotes only: "the poll shows that ..."
  final HoldingLexicon holding; // the words of the attributions beyond speech: "believe", "endorsed", "the claim"
  final Set<String> whenWords; // when it was said, between a cue and its clause: "said Monday the plant will close"
  final Set<String> months; // calendar.txt's months: "The Washington Post in April" is no name
  final Set<String> whenParts; // "said Friday night the plant will close"
  final Set<String> whenBefore; // "Beck on Wednesday called": skipped with the day word before a cue
  final Set<String> timeNouns; // "this month", "three years": a noun phrase that says when is no speaker
  final Set<String> addressee; // "told reporters that": the words after the cue are whom it was said to
  final Set<String> addresseeMaybe; // "warned voters that", "warned the minister": either
  final Set<String> subjectPronouns; // "said after the convention she would"
  final Set<String> contractions; // "he’d", "they’re": a pronoun and its auxiliary in one token
  final Set<String> relatives; // "people who voted ... are angry": a relative clause inside a reported subject
  final Set<String> firstPerson; // "“Okay,” I said": the writer as the speaker
  final Set<String> issueVerbs; // "X issued a statement saying": the statement is X's
  final Set<String> answers; // "46 percent said yes": a one-word answer is what was said
  final Set<String> relativeGaps; // "which officials said will go into effect": the cue inside a relative clause
  final List<String[]> phrases = new ArrayList<>();
  final Set<String> readVerbs;
  final Set<String> speechNouns;
  final Set<String> aux;
  final Set<String> labelVerbs;
  final Set<String> participles; // "..., explaining that ...": the sentence's subject speaks
  final List<String[]> nameIntros = new ArrayList<>();
  /** Forms that are nouns as often as verbs: they cue only when tagged as verbs. */
  final Set<String> nounLike;
  /** Forms that are cues whatever the tagger says. */
  final Set<String> alwaysCues;
  final Set<String> nounBefore; // "a statement", "their claims"
  final Set<String> nounMarkers; // "Trump's tweets", "a series of tweets"
  final Set<String> noSpeechTo; // lemmas: "added to the collection", "continued to push"
  final Set<String> noSpeechBefore; // "added up", "asked for"
  final Set<String> speechTo; // lemmas: "“...,” Trump added to People"
  final Set<String> participleLinks; // "..., saying", "before asking her"
  final Set<String> relativeSubjects; // "the Department, which reported"
  final Set<String> origins; // "a statement from the coalition"
  final RoleWords speakerRole;
  final String agent; // "was asked by moderator Gerard Baker": the agent of a passive cue speaks
  final Set<String> clauseJoins; // "“glow in the dark,” and Trump vowed": the next clause's cue is not the quote's
  final Set<String> mixedSkip; // "said that it would “...”"
  final Set<String> titleSmall; // "Defeat Crooked Hillary PAC"
  final Set<String> clauseOpeners; // "said there are ...", an article the tagger missed
  final Set<String> objectPronouns; // "said it", "said what"
  final Set<String> clauseAdverbs; // "said not ...", "said there are ..."
  final ClauseWords clause;
  final Set<String> quantityLeads; // "said more than 1 million donors made", "said nearly 3,000 people"
  final String to;
  final String negation; // "n't": "can't", "aren’t" are auxiliaries
  final String that;
  final String according;
  final String possessive;
  final String labelAs;
  final String definite;
  final String participleEnding;
  final String pastEnding;
  final String sEnding;
  final String nounJoin; // "Developers and supporters"
  final Set<String> subjectLinks; // "Residents of the town said", "supporters in Congress say"
  final String subjectOf; // "the rest of the money was"

  private static final Map<String, CueLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  static CueLexicon of(String language) {
    return LOADED.computeIfAbsent(language, l -> new CueLexicon(Lexicon.sections(l, "cues.txt"), Lexicon.table(l, "calendar.txt")));
  }

  /** The lexicon of the sections of a cues file and the calendar table (weekday names are day words). */
  CueLexicon(Map<String, List<String>> sections, Map<String, String> calendar) {
    readVerbForms(sections);
    readPhrases(sections);
    readVerbs = words(sections, "read");
    speechNouns = words(sections, "noun");
    aux = words(sections, "aux");
    labelVerbs = words(sections, "label");
    indirectVerbs = words(sections, "indirect");
    holding = new HoldingLexicon(sections);
    whenWords = words(sections, "when");
    whenWords.addAll(calendarWords(calendar, "weekday:"));
    months = calendarWords(calendar, "month:");
    whenParts = words(sections, "when-part");
    whenBefore = words(sections, "when-before");
    timeNouns = words(sections, "time-noun");
    addressee = words(sections, "addressee");
    addresseeMaybe = words(sections, "addressee-maybe");
    subjectPronouns = words(sections, "subject-pronoun");
    contractions = words(sections, "contraction");
    relatives = words(sections, "relative");
    firstPerson = words(sections, "first-person");
    issueVerbs = words(sections, "issue");
    participles = words(sections, "participle");
    for (String line : required(sections, "name")) nameIntros.add(line.split("\\s+"));
    nounLike = words(sections, "noun-like");
    alwaysCues = words(sections, "cue-always");
    nounBefore = words(sections, "noun-before");
    nounMarkers = words(sections, "noun-marker");
    noSpeechTo = words(sections, "no-speech-to");
    noSpeechBefore = words(sections, "no-speech-before");
    speechTo = words(sections, "speech-to");
    participleLinks = words(sections, "participle-link");
    relativeSubjects = words(sections, "relative-subject");
    origins = words(sections, "origin");
    mixedSkip = words(sections, "mixed-skip");
    titleSmall = words(sections, "title-small");
    clauseOpeners = words(sections, "clause-opener");
    objectPronouns = words(sections, "object-pronoun");
    clauseAdverbs = words(sections, "clause-adverb");
    answers = words(sections, "answer");
    relativeGaps = words(sections, "relative-gap");
    quantityLeads = words(sections, "quantity-lead");
    clause = new ClauseWords(words(sections, "finite-aux"), words(sections, "verb-join"), words(sections, "joined-cue"), word(sections, "those"));
    to = word(sections, "to");
    negation = word(sections, "negation");
    that = word(sections, "that");
    according = word(sections, "according");
    possessive = word(sections, "possessive");
    labelAs = word(sections, "label-as");
    definite = word(sections, "definite");
    participleEnding = word(sections, "participle-ending");
    pastEnding = word(sections, "past-ending");
    sEnding = word(sections, "s-ending");
    nounJoin = word(sections, "noun-join");
    subjectLinks = words(sections, "subject-link");
    speakerRole = new RoleWords(words(sections, "speaker-role"), words(sections, "speaker-role-link"));
    agent = word(sections, "agent");
    clauseJoins = words(sections, "clause-join");
    subjectOf = word(sections, "subject-of");
  }

  /** The cue phrases, longest first. */
  private void readPhrases(Map<String, List<String>> sections) {
    for (String line : required(sections, "phrase")) phrases.add(line.split("\\s+"));
    phrases.sort((a, b) -> b.length - a.length);
  }

  /** A role whose holder speaks for an organisation and the prepositions that join them: "A spokesman for Seagram", "an official at". */
  record RoleWords(Set<String> roles, Set<String> links) {}

  /** The lines of a section the lexicon reads; a missing one is an error of the file, not an empty list. */
  private static List<String> required(Map<String, List<String>> sections, String section) {
    return Lexicon.required("cues.txt", sections, section);
  }

  /** The words of a section (several on a line), as a set. */
  /** The calendar's words of one kind ("weekday:", "month:"), full names only: "Monday", not "Mon."; "april", not "apr". */
  private static Set<String> calendarWords(Map<String, String> calendar, String kind) {
    Set<String> out = new HashSet<>();
    calendar.forEach((word, k) -> {
      if (k.startsWith(kind) && word.indexOf('.') < 0 && word.length() > 3) out.add(word);
    });
    return out;
  }

  /**
   * Words the clause rules read: finite auxiliaries however tagged ("said the majority of voters
   * passing by were polite"), the joins of a cue to an earlier verb and the plain cues read after
   * them ("attempted to re-engage the campaign and said he had"; lemmas), and "those" before a
   * participle that stands for people ("those surveyed say").
   */
  record ClauseWords(Set<String> finiteAux, Set<String> verbJoins, Set<String> joinedCues, String those) {}

  private static Set<String> words(Map<String, List<String>> sections, String section) {
    return Lexicon.requiredWords("cues.txt", sections, section);
  }

  /** The one word of a section. */
  private static String word(Map<String, List<String>> sections, String section) {
    return Lexicon.requiredWord("cues.txt", sections, section);
  }

  /**
   * The end (exclusive) of the cue that starts at token t, or -1. A participle used as an
   * adjective ("an emailed statement") and a verb followed by "to" ("added to the collection")
   * are not cues.
   */
  int cueAt(Analysis a, int t, int limit) {
    String low = a.lower(t);
    for (String[] phrase : phrases) {
      if (!phrase[0].equals(low) || t + phrase.length > limit) continue;
      boolean ok = true;
      for (int i = 1; i < phrase.length && ok; i++) ok = a.lower(t + i).equals(phrase[i]);
      if (ok) return t + phrase.length;
    }
    if (!verbs.containsKey(low)) return -1;
    String pos = a.pos(t);
    boolean verb = Tokens.isVerb(a, t);
    // "..., The Wall Street Journal reports.", "Trump charges that ...": a name, a cue in -s the
    // tagger took for a plural noun, then "that" or a mark
    boolean sForm = pos.equals("NOUN") && low.endsWith(sEnding) && t > 0
        && (a.pos(t - 1).equals("PRON") || a.pos(t - 1).equals("PROPN") || a.isCapitalized(t - 1) && t - 1 == a.sentenceStartToken(a.sentenceOf(t)))
        && (t + 1 >= limit || a.lower(t + 1).equals(that) || a.token(t + 1).equals(".") || a.token(t + 1).equals(","));
    if (!verb && !sForm && !alwaysCues.contains(low)) {
      // a past form the tagger took for an adjective or noun ("the coalition read")
      if (nounLike.contains(low) || !(pos.equals("NOUN") || pos.equals("ADJ")) || !low.endsWith(pastEnding)) return -1;
    }
    if (t > 0) {
      String prev = a.lower(t - 1);
      if (nounBefore.contains(prev)) return -1;
      // "Trump’s tweets", "a series of tweets", "late-night tweets": a noun, whatever the tagger says
      // "late-night tweets" ("late-" "night" may come cut in two); not a name ("Smith-Jones claims", "al-Baghdadi warns")
      boolean hyphenated = (prev.indexOf('-') > 0 || t > 1 && a.token(t - 2).endsWith("-") && a.end(t - 2) == a.start(t - 1))
          && !a.isCapitalized(t - 1) && !a.pos(t - 1).equals("PROPN") && !(t > 1 && a.isCapitalized(t - 2));
      if (nounLike.contains(low) && (nounMarkers.contains(prev) || hyphenated || a.pos(t - 1).equals("ADJ"))) {
        return -1;
      }
    }
    if (t + 1 < a.tokenCount()) {
      String next = a.lower(t + 1);
      // "added to the collection", "continued to push": not speech; "wrote to his colleagues" is
      String lemma = verbs.get(low);
      if (next.equals(to) && lemma != null && noSpeechTo.contains(lemma)) return -1;
      if (noSpeechBefore.contains(next)) return -1;
    }
    return t + 1;
  }

  /**
   * The end of a cue of indirect quotes only ("shows", "found") at token t, tagged as a verb or
   * right after a noun the tagger took it for ("Polls show that ..."), or -1.
   */
  int indirectCueAt(Analysis a, int t) {
    if (!indirectVerbs.contains(a.lower(t))) return -1;
    if (Tokens.isVerb(a, t) || t > 0 && holding.documents.contains(a.lower(t - 1))) return t + 1; // "Polls show", tagged as nouns or not
    String next = t + 1 < a.tokenCount() ? a.pos(t + 1) : "";
    boolean afterNoun = t > 0 && (a.pos(t - 1).equals("NOUN") || a.pos(t - 1).equals("PROPN")) && a.pos(t).equals("NOUN")
        && (a.lower(t + 1).equals(that) || next.equals("DET") || next.equals("PRON") || next.equals("PROPN") || next.equals("NUM"));
    return afterNoun ? t + 1 : -1;
  }

  /** Whether the words right before token {@code t} introduce a name ("nicknamed", "known as"). */
  boolean introducesName(Analysis a, int t, int from) {
    for (String[] intro : nameIntros) {
      int s = t - intro.length;
      if (s < from) continue;
      boolean ok = true;
      for (int i = 0; i < intro.length && ok; i++) ok = a.lower(s + i).equals(intro[i]);
      if (ok) return true;
    }
    return false;
  }

  boolean isReadVerb(Analysis a, int t) {
    return readVerbs.contains(a.lower(t));
  }

  /** [verb]: each form of a cue verb mapped to its first form, its lemma. */
  private void readVerbForms(Map<String, List<String>> sections) {
    for (String line : required(sections, "verb")) {
      String[] forms = line.split("\\s+");
      for (String f : forms) verbs.put(f, forms[0]);
    }
  }
}
