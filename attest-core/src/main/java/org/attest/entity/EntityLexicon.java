package org.attest.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Lexicon;

/** The entity rule files of one language, loaded once. */
final class EntityLexicon {
  final Set<String> gpe;
  final Set<String> loc;
  /** Cities and towns besides those of gpe.txt (a gazetteer): places when nothing else types the name. */
  final Set<String> cities;
  final Set<String> norp;
  final Set<String> orgs;
  final Set<String> orgWords;
  /** Head words of facilities and geographic features: "Fisht Stadium", "Grand Mosque". */
  final Set<String> locWords;
  /** Words of names of things, events and works, no people: "Internet Explorer", "World Cup". */
  final Set<String> thingWords;
  /** Acronym to the name it stands for: "isis" -> "islamic state". */
  final Map<String, String> orgAliases;
  /** Words right after, and phrases right before, a name that make an organisation of a name of unknown type. */
  final Set<String> orgAfter = new java.util.HashSet<>();
  /** Last words of organisation names besides the organisation words: "... to Reclaim Our Schools", "Committee to Protect Journalists". */
  final Set<String> orgNameEnds = new java.util.HashSet<>();
  final List<String[]> orgBefore = new ArrayList<>();
  /** First words that make an organisation of the name they open: "Team Estonia". */
  final Set<String> orgFirst = new java.util.HashSet<>();
  /** Verbs of saying next to a one-word name that make it a person's: "Water said" (person-context.txt). */
  final Set<String> speechVerbs = new java.util.HashSet<>();
  /** Phrases right before a name that make a place of a name of unknown type: "the town of Yeoncheon". */
  final List<String[]> placeBefore = new ArrayList<>();
  /** Heads of facilities named after the place they serve: "Shandao Station" (place-context.txt). */
  final Set<String> namedAfter = new java.util.HashSet<>();
  /** Lower-case words that make a region of the place after them: "downtown Taipei" (place-context.txt). */
  final Set<String> regionWords = new java.util.HashSet<>();
  /** First words of names of features and buildings: "Mount Everest", "Masjid Al-Haram" (place-context.txt). */
  final Set<String> locFirst = new java.util.HashSet<>();
  final Map<String, String> firstNames;
  final Map<String, String> pronouns;
  /** Every form of the reporting verbs of {@code cues.txt}: "X said it would" binds "it" to X. */
  final Set<String> reportingVerbs;
  final Map<String, String> nominals;
  final java.util.Set<String> orgRepeaters; // "the bank" repeats the organisation just named
  final Set<String> calendar;
  /** Names of days the time rules know ({@code time.txt [holiday]}): "Cinco de Mayo" is a day, no person. */
  final Set<String> holidays;
  /** Number words ("Sixty-two percent" opens a sentence: no name). */
  final Set<String> numberWords;
  /** Title phrases by first word, longest first; each entry is {tokens..., "h"|"r"}. */
  final Map<String, List<String[]>> titles = new HashMap<>();
  final Set<String> roleHeads = new java.util.HashSet<>();

  private static final Map<String, EntityLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  static EntityLexicon of(String language) {
    return LOADED.computeIfAbsent(language, EntityLexicon::new);
  }

  private EntityLexicon(String lang) {
    gpe = Lexicon.set(lang, "gpe.txt");
    loc = Lexicon.set(lang, "loc.txt");
    cities = Lexicon.set(lang, "cities.txt");
    norp = Lexicon.set(lang, "norp.txt");
    orgs = Lexicon.set(lang, "orgs.txt");
    orgWords = Lexicon.set(lang, "org-words.txt");
    locWords = Lexicon.set(lang, "loc-words.txt");
    thingWords = Lexicon.set(lang, "thing-words.txt");
    orgAliases = Lexicon.table(lang, "org-aliases.txt");
    firstNames = Lexicon.table(lang, "first-names.txt");
    pronouns = Lexicon.table(lang, "pronouns.txt");
    reportingVerbs = Lexicon.words(Lexicon.sections(lang, "cues.txt"), "verb");
    nominals = Lexicon.table(lang, "nominals.txt");
    calendar = Lexicon.table(lang, "calendar.txt").keySet();
    Set<String> days = new java.util.HashSet<>();
    for (String line : Lexicon.sections(lang, "time.txt").getOrDefault("holiday", List.of())) {
      int tab = line.indexOf('\t');
      days.add(Lexicon.normalize(tab < 0 ? line : line.substring(0, tab)));
    }
    holidays = Set.copyOf(days);
    numberWords = Lexicon.table(lang, "numbers.txt").keySet();
    Map<String, List<String>> context = Lexicon.sections(lang, "org-context.txt");
    for (String w : context.getOrDefault("after", List.of())) orgAfter.add(Lexicon.normalize(w));
    for (String w : context.getOrDefault("name-end", List.of())) orgNameEnds.add(Lexicon.normalize(w));
    for (String p : context.getOrDefault("before", List.of())) orgBefore.add(Lexicon.normalize(p).split(" "));
    for (String w : context.getOrDefault("first", List.of())) orgFirst.add(Lexicon.normalize(w));
    orgRepeaters = Lexicon.words(context, "repeats");
    for (String w : Lexicon.sections(lang, "person-context.txt").getOrDefault("speech", List.of())) speechVerbs.add(Lexicon.normalize(w));
    Map<String, List<String>> placeContext = Lexicon.sections(lang, "place-context.txt");
    for (String p : placeContext.getOrDefault("before", List.of())) placeBefore.add(Lexicon.normalize(p).split(" "));
    for (String w : placeContext.getOrDefault("named-after", List.of())) namedAfter.add(Lexicon.normalize(w));
    for (String w : placeContext.getOrDefault("region", List.of())) regionWords.add(Lexicon.normalize(w));
    for (String w : placeContext.getOrDefault("first", List.of())) locFirst.add(Lexicon.normalize(w));
    Map<String, List<String>> sections = Lexicon.sections(lang, "titles.txt");
    addTitles(sections.getOrDefault("honorific", List.of()), "h");
    addTitles(sections.getOrDefault("role", List.of()), "r");
    for (List<String[]> list : titles.values()) list.sort((a, b) -> b.length - a.length);
  }

  private void addTitles(List<String> phrases, String kind) {
    for (String phrase : phrases) {
      String[] words = Lexicon.normalize(phrase).split(" ");
      String[] entry = java.util.Arrays.copyOf(words, words.length + 1);
      entry[words.length] = kind;
      titles.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry);
      if (kind.equals("r")) roleHeads.add(words[words.length - 1]);
    }
  }
}
