package org.attest.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/** The cue words of {@code cues.txt}: reporting verbs, phrases, document verbs, speech nouns. */
final class CueLexicon {
  final Map<String, String> verbs = new HashMap<>(); // form -> lemma
  final Set<String> indirectVerbs; // cue indirect quotes only: "the poll shows that ..."
  final Set<String> whenWords; // when it was said, between a cue and its clause: "said Monday the plant will close"
  final Set<String> whenParts; // "said Friday night the plant will close"
  final Set<String> addressee; // "told reporters that": the words after the cue are whom it was said to
  final Set<String> addresseeMaybe; // "warned voters that", "warned the minister": either
  final Set<String> subjectPronouns; // "said after the convention she would"
  final Set<String> contractions; // "he’d", "they’re": a pronoun and its auxiliary in one token
  final Set<String> relatives; // "people who voted ... are angry": a relative clause inside a reported subject
  final Set<String> firstPerson; // "“Okay,” I said": the writer as the speaker
  final Set<String> issueVerbs; // "X issued a statement saying": the statement is X's
  final List<String[]> phrases = new ArrayList<>();
  final Set<String> readVerbs = new HashSet<>();
  final Set<String> speechNouns = new HashSet<>();
  final Set<String> aux = new HashSet<>();
  final Set<String> labelVerbs;
  final Set<String> participles; // "..., explaining that ...": the sentence's subject speaks
  final List<String[]> nameIntros = new ArrayList<>();

  private static final Map<String, CueLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  static CueLexicon of(String language) {
    return LOADED.computeIfAbsent(language, CueLexicon::new);
  }

  private CueLexicon(String language) {
    Map<String, List<String>> sections = Lexicon.sections(language, "cues.txt");
    for (String line : sections.getOrDefault("verb", List.of())) {
      String[] forms = line.split("\\s+");
      for (String f : forms) verbs.put(f, forms[0]);
    }
    for (String line : sections.getOrDefault("phrase", List.of())) phrases.add(line.split("\\s+"));
    phrases.sort((a, b) -> b.length - a.length);
    readVerbs.addAll(sections.getOrDefault("read", List.of()));
    speechNouns.addAll(sections.getOrDefault("noun", List.of()));
    aux.addAll(sections.getOrDefault("aux", List.of()));
    labelVerbs = Lexicon.words(sections, "label");
    indirectVerbs = Lexicon.words(sections, "indirect");
    whenWords = new HashSet<>(Lexicon.words(sections, "when"));
    Lexicon.table(language, "calendar.txt").forEach((word, kind) -> {
      if (kind.startsWith("weekday:") && word.indexOf('.') < 0 && word.length() > 3) whenWords.add(word); // "Monday", not "Mon."
    });
    whenParts = Lexicon.words(sections, "when-part");
    addressee = Lexicon.words(sections, "addressee");
    addresseeMaybe = Lexicon.words(sections, "addressee-maybe");
    subjectPronouns = Lexicon.words(sections, "subject-pronoun");
    contractions = Lexicon.words(sections, "contraction");
    relatives = Lexicon.words(sections, "relative");
    firstPerson = Lexicon.words(sections, "first-person");
    issueVerbs = Lexicon.words(sections, "issue");
    participles = Lexicon.words(sections, "participle");
    for (String line : sections.getOrDefault("name", List.of())) nameIntros.add(line.split("\\s+"));
  }

  /** Forms that are nouns as often as verbs: they cue only when tagged as verbs. */
  private static final Set<String> AMBIGUOUS = Set.of(
      "claims", "notes", "reports", "comments", "remarks", "answers", "states", "promises", "pledges", "vows",
      "warns", "texts", "emails", "tweets", "counters", "jokes", "demands", "questions", "answer", "comment",
      "tweet", "text", "email", "report", "claim", "note", "state", "reply", "promise", "pledge", "vow", "joke",
      "demand", "question", "stress", "stresses", "figures", "post", "posts", "quip", "quips", "ask", "quote", "quotes",
      "quoted", "cries", "laughs", "sighs", "cry", "laugh", "sigh", "taunts", "rails", "crows", "barks", "snaps");

  /** Forms that are cues whatever the tagger says ("read" is mis-tagged as a noun after "statement"). */
  private static final Set<String> ALWAYS = Set.of("said", "says", "told", "added", "say", "tells", "wrote", "tweeted");

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
    boolean verb = pos.equals("VERB") || pos.equals("AUX");
    // "..., The Wall Street Journal reports.", "Trump charges that ...": a name, a cue in -s the
    // tagger took for a plural noun, then "that" or a mark
    boolean sForm = pos.equals("NOUN") && low.endsWith("s") && t > 0
        && (a.pos(t - 1).equals("PRON") || a.pos(t - 1).equals("PROPN") || a.isCapitalized(t - 1) && t - 1 == a.sentenceStartToken(a.sentenceOf(t)))
        && (t + 1 >= limit || a.lower(t + 1).equals("that") || a.token(t + 1).equals(".") || a.token(t + 1).equals(","));
    if (!verb && !sForm && !ALWAYS.contains(low)) {
      // a past form the tagger took for an adjective or noun ("the coalition read")
      if (AMBIGUOUS.contains(low) || !(pos.equals("NOUN") || pos.equals("ADJ")) || !low.endsWith("ed")) return -1;
    }
    if (t > 0) {
      String prev = a.lower(t - 1);
      if (prev.equals("a") || prev.equals("an") || prev.equals("the") || prev.equals("his") || prev.equals("her") || prev.equals("their")) return -1;
      // "Trump’s tweets", "a series of tweets", "late-night tweets": a noun, whatever the tagger says
      // "late-night tweets" ("late-" "night" may come cut in two); not a name ("Smith-Jones claims", "al-Baghdadi warns")
      boolean hyphenated = (prev.indexOf('-') > 0 || t > 1 && a.token(t - 2).endsWith("-") && a.end(t - 2) == a.start(t - 1))
          && !a.isCapitalized(t - 1) && !a.pos(t - 1).equals("PROPN") && !(t > 1 && a.isCapitalized(t - 2));
      if (AMBIGUOUS.contains(low) && (prev.equals("'s") || prev.equals("of") || hyphenated || a.pos(t - 1).equals("ADJ"))) {
        return -1;
      }
    }
    if (t + 1 < a.tokenCount()) {
      String next = a.lower(t + 1);
      // "added to the collection", "continued to push": not speech; "wrote to his colleagues" is
      String lemma = verbs.get(low);
      if (next.equals("to") && lemma != null && (lemma.equals("add") || lemma.equals("continue") || lemma.equals("agree") || lemma.equals("begin"))) return -1;
      if (next.equals("up") || next.equals("for")) return -1;
    }
    return t + 1;
  }

  /** The end of a cue of indirect quotes only ("shows", "found") at token t, tagged as a verb; or -1. */
  int indirectCueAt(Analysis a, int t) {
    if (!indirectVerbs.contains(a.lower(t))) return -1;
    String pos = a.pos(t);
    return pos.equals("VERB") || pos.equals("AUX") ? t + 1 : -1;
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
}
