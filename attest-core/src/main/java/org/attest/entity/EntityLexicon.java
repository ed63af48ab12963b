package org.attest.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.attest.text.Lexicon;

/**
 * The entity rule files of one language, loaded once, typed: every word an entity rule compares
 * with is a field here. A section it reads that its file lacks fails at load, it never reads empty.
 */
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
  /** Words right after a name that make an organisation of a name of unknown type (org-context.txt). */
  final Set<String> orgAfter;
  /** Last words of organisation names besides the organisation words: "... to Reclaim Our Schools", "Committee to Protect Journalists". */
  final Set<String> orgNameEnds;
  /** Organisation words that, in lower case after a name, still name the organisation: "the Islamic State group" (org-context.txt). */
  final Set<String> trailing;
  /** Phrases right before a name that make an organisation of it: "former members of Scientology". */
  final List<String[]> orgBefore;
  /** First words that make an organisation of the name they open: "Team Estonia". */
  final Set<String> orgFirst;
  /** Verbs of saying next to a one-word name that make it a person's: "Water said" (person-context.txt). */
  final Set<String> speechVerbs;
  /** Phrases right before a name that make a place of a name of unknown type: "the town of Yeoncheon". */
  final List<String[]> placeBefore;
  /** Heads of facilities named after the place they serve: "Shandao Station" (place-context.txt). */
  final Set<String> namedAfter;
  /** Head words of institutions named after their city: "Kyoto University" (place-context.txt). */
  final Set<String> cityInstitutions;
  /** Lower-case words that make a region of the place after them: "downtown Taipei" (place-context.txt). */
  final Set<String> regionWords;
  /** First words of names of features and buildings: "Mount Everest", "Masjid Al-Haram" (place-context.txt). */
  final Set<String> locFirst;
  /** The model's context cues (type-cues.txt): place prepositions, person verbs and auxiliaries, kin, apposition heads, relatives. */
  final Set<String> cuePlaceBefore, cuePersonAfter, cueAuxiliary, cueKin, cuePlaceNoun, cuePersonNoun, cuePersonRelative, cuePlaceRelative;
  final Map<String, Gender> firstNames = new HashMap<>();
  final Map<String, PronounClass> pronouns = new HashMap<>();
  /** Every form of the reporting verbs of {@code cues.txt}: "X said it would" binds "it" to X. */
  final Set<String> reportingVerbs;
  final Map<String, String> nominals;
  /** "the bank" repeats the organisation just named (org-context.txt). */
  final Set<String> orgRepeaters;
  final Set<String> calendar;
  /** Months, weekdays, relative days, seasons and parts of the day (calendar.txt, time.txt): never a person's name. */
  final Set<String> timeWords;
  /** Prepositions of place: a name of unknown words after one is a place (place-context.txt). */
  final Set<String> locative;
  /** Last words of a field joined by "and" inside an organisation's name: "Department of Health and Human Services" (org-context.txt). */
  final Set<String> orgFields;
  /** Names of days the time rules know ({@code time.txt [holiday]}): "Cinco de Mayo" is a day, no person. */
  final Set<String> holidays;
  /** Number words ("Sixty-two percent" opens a sentence: no name). */
  final Set<String> numberWords;
  /** Title phrases by first word, longest first; each entry is {tokens..., "h"|"r"}. */
  final Map<String, List<String[]>> titles = new HashMap<>();
  final Set<String> roleHeads = new HashSet<>();

  // name-words.txt: the words of name chunking, titles and acronyms
  final Set<String> particles;
  /** Epithets after "the" in a ruler's name: "Peter the Great" (name-words.txt). */
  final Set<String> epithets;
  final Set<String> wordPrefixes;
  final Set<String> hyphenLinks;
  final Set<String> stancePrefixes;
  final Set<String> formLabels;
  /** Persian links glued by a hyphen inside names: "Naqsh-e Jahan" (name-words.txt). */
  final Set<String> ezafe;
  /** Titles that open names of places too: "St. Louis" (titles.txt). */
  final Set<String> placeTitles;
  /** Words between the authors of a reference and its year: "Binderman et al., 2005" (name-words.txt). */
  final Set<String> citationLinks;
  /** Compass words, polity words and their determiners: "the West", "our Nation" (place-context.txt). */
  final Set<String> compassNames, polityNames, nameDeterminers;
  /** A page mark after a reference's year and a comma: "2011, p. 1225" (name-words.txt). */
  final Set<String> citationPages;
  final Set<String> namePossessives;
  final Set<String> nameLinks;
  /** The last word of a company's legal name: "Inc.", "Corp.", "PLC" (NameSieves.CorporateShort). */
  final Set<String> corporateSuffixes;
  /** Links inside an organisation's name only, after its organisation word: "Committee on Taxation". */
  private final Set<String> orgLinks;
  final Set<String> chainLinks;
  final String[] initialsSkip;
  final List<String> surnamePrefixes;
  final Set<String> femaleTitleStarts;
  final Set<String> femaleTitleWords;
  final Set<String> maleTitleStarts;
  final Set<String> maleTitleWords;
  final String and;
  final String to;
  final String the;
  final String of;
  final String pastEnding;
  final String participleEnding;
  final String pluralEnding;

  // coreference.txt: the words of pronoun and nominal resolution
  final Set<String> determiners;
  final Set<String> verbLike;
  final Set<String> clauseOpeners;
  final Set<String> irregularPlurals;
  final Set<String> affiliation;
  final Set<String> affiliationBefore;
  final Set<String> objectPronouns;
  final Set<String> indefinite;
  final Set<String> coordinators;
  final String possessiveObject;
  final String that;
  final String relativeWho;
  final String possessive;
  /** Words of the first paragraphs that make the person named there an article's narrator: "interviews", "remarks". */
  final Set<String> narratorCues;
  /** "as President, I must": the word before the role a first-person sentence gives its speaker, the words that may open the role, the words before it that make it none ("such as"). */
  final String selfRole;
  final Set<String> selfRoleOpeners, selfRoleNot;
  /** "Mesoamericans were polytheistic; their gods": the ending of a one-word name of a people "they" may mean. */
  final String demonymPluralEnding;
  /** "By Cory Doctorow": the word of a byline. */
  final String bylineWord;
  /** "Dear Jean:": the word of a letter's salutation. */
  final String salutationWord;
  /** "My name is Amy Sells": the phrases before the name of the one whose turn it is (Turns). */
  final List<String[]> selfNaming;
  /** "Alright, Mr. Sova, please proceed.": words of a sentence that gives the floor to the person it addresses (Turns). */
  final Set<String> handOff;
  /** "I’m", "we’ve": the auxiliaries glued to a pronoun after an apostrophe, whatever the tagger calls the token. */
  final Set<String> contractions;
  /** Lower-case words of English, stems of the inflected ones (english-words.txt [common]): see {@link #commonWord}. */
  private final Set<String> commonWords;
  /** Words English writes only capitalised (english-words.txt [proper]): "guadeloupe", "einstein". */
  private final Set<String> properWords;
  /** An ending and what replaces it to give a word's stem ([ending]): "studies" -> "study". */
  private final List<String[]> endings = new ArrayList<>();

  private static final Map<String, EntityLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  static EntityLexicon of(String language) {
    return LOADED.computeIfAbsent(language, l -> new EntityLexicon(l, file -> Lexicon.lines(l, file)));
  }

  /** The language of the files (its folder: "en"). */
  final String language;

  /** The lexicon of the files {@code lines} gives by name ("gpe.txt" → its lines). */
  EntityLexicon(String language, Function<String, List<String>> lines) {
    this.language = language;
    Files f = new Files(lines);
    gpe = f.set("gpe.txt");
    loc = f.set("loc.txt");
    cities = f.set("cities.txt");
    commonWords = f.normalized("english-words.txt", "common");
    properWords = f.normalized("english-words.txt", "proper");
    for (String line : f.section("english-words.txt", "ending")) endings.add((line + "\t").split("\t", -1));
    norp = f.set("norp.txt");
    orgs = f.set("orgs.txt");
    orgWords = f.set("org-words.txt");
    locWords = f.set("loc-words.txt");
    thingWords = f.set("thing-words.txt");
    orgAliases = f.table("org-aliases.txt");
    f.table("first-names.txt").forEach((name, code) -> firstNames.put(name, Gender.of(code)));
    f.table("pronouns.txt").forEach((word, code) -> pronouns.put(word, PronounClass.of(code)));
    reportingVerbs = f.words("cues.txt", "verb");
    nominals = f.table("nominals.txt");
    calendar = f.table("calendar.txt").keySet();
    Set<String> days = new HashSet<>();
    for (String line : f.section("time.txt", "holiday")) {
      int tab = line.indexOf('\t');
      days.add(Lexicon.normalize(tab < 0 ? line : line.substring(0, tab)));
    }
    holidays = Set.copyOf(days);
    Set<String> time = new HashSet<>(calendar);
    for (String section : List.of("day", "season", "daypart")) {
      for (String line : f.section("time.txt", section)) time.add(Lexicon.normalize(line.split("\t")[0].strip()));
    }
    timeWords = Set.copyOf(time);
    locative = f.normalized("place-context.txt", "locative");
    orgFields = f.normalized("org-context.txt", "field");
    numberWords = f.table("numbers.txt").keySet();
    orgAfter = f.normalized("org-context.txt", "after");
    orgNameEnds = f.normalized("org-context.txt", "name-end");
    trailing = f.normalized("org-context.txt", "trailing");
    orgBefore = f.phrases("org-context.txt", "before");
    orgFirst = f.normalized("org-context.txt", "first");
    orgRepeaters = f.words("org-context.txt", "repeats");
    speechVerbs = f.normalized("person-context.txt", "speech");
    placeBefore = f.phrases("place-context.txt", "before");
    namedAfter = f.normalized("place-context.txt", "named-after");
    cityInstitutions = f.normalized("place-context.txt", "city-institution");
    regionWords = f.normalized("place-context.txt", "region");
    locFirst = f.normalized("place-context.txt", "first");
    compassNames = f.normalized("place-context.txt", "compass-name");
    polityNames = f.normalized("place-context.txt", "polity-name");
    nameDeterminers = f.normalized("place-context.txt", "name-determiner");
    cuePlaceBefore = f.normalized("type-cues.txt", "place-before");
    cuePersonAfter = f.normalized("type-cues.txt", "person-after");
    cueAuxiliary = f.normalized("type-cues.txt", "auxiliary");
    Set<String> kin = f.normalized("type-cues.txt", "kin");
    kin.addAll(f.normalized("type-cues.txt", "person-work"));
    cueKin = Set.copyOf(kin);
    cuePlaceNoun = f.normalized("type-cues.txt", "place-noun");
    cuePersonNoun = f.normalized("type-cues.txt", "person-noun");
    cuePersonRelative = f.normalized("type-cues.txt", "person-relative");
    cuePlaceRelative = f.normalized("type-cues.txt", "place-relative");
    addTitles(f.section("titles.txt", "honorific"), "h");
    addTitles(f.section("titles.txt", "role"), "r");
    for (List<String[]> list : titles.values()) list.sort((a, b) -> b.length - a.length);
    particles = f.words("name-words.txt", "particle");
    epithets = f.words("name-words.txt", "epithet");
    wordPrefixes = f.words("name-words.txt", "word-prefix");
    hyphenLinks = f.words("name-words.txt", "hyphen-link");
    stancePrefixes = f.words("name-words.txt", "stance-prefix");
    formLabels = f.words("name-words.txt", "form-label");
    ezafe = f.words("name-words.txt", "ezafe");
    placeTitles = f.normalized("titles.txt", "place-title");
    citationLinks = f.words("name-words.txt", "citation-link");
    citationPages = f.words("name-words.txt", "citation-page");
    namePossessives = f.words("name-words.txt", "name-possessive");
    corporateSuffixes = f.words("name-words.txt", "corporate-suffix");
    nameLinks = f.words("name-words.txt", "name-link");
    orgLinks = f.words("name-words.txt", "org-link");
    chainLinks = f.words("name-words.txt", "chain-link");
    initialsSkip = f.words("name-words.txt", "initials-skip").toArray(new String[0]);
    surnamePrefixes = List.copyOf(f.section("name-words.txt", "surname-prefix"));
    femaleTitleStarts = f.words("name-words.txt", "female-title-start");
    femaleTitleWords = f.words("name-words.txt", "female-title-word");
    maleTitleStarts = f.words("name-words.txt", "male-title-start");
    maleTitleWords = f.words("name-words.txt", "male-title-word");
    and = f.word("name-words.txt", "and");
    to = f.word("name-words.txt", "to");
    the = f.word("name-words.txt", "the");
    of = f.word("name-words.txt", "of");
    pastEnding = f.word("name-words.txt", "past-ending");
    participleEnding = f.word("name-words.txt", "participle-ending");
    pluralEnding = f.word("name-words.txt", "plural-ending");
    determiners = f.words("coreference.txt", "determiner");
    verbLike = f.words("coreference.txt", "verb-like");
    clauseOpeners = f.words("coreference.txt", "clause-opener");
    irregularPlurals = f.words("coreference.txt", "irregular-plural");
    affiliation = f.words("coreference.txt", "affiliation");
    affiliationBefore = f.words("coreference.txt", "affiliation-before");
    objectPronouns = f.words("coreference.txt", "object-pronoun");
    indefinite = f.words("coreference.txt", "indefinite");
    coordinators = f.words("coreference.txt", "coordinator");
    possessiveObject = f.word("coreference.txt", "possessive-object");
    that = f.word("coreference.txt", "that");
    relativeWho = f.word("coreference.txt", "relative-who");
    possessive = f.word("coreference.txt", "possessive");
    narratorCues = f.words("coreference.txt", "narrator-cue");
    selfRole = f.word("coreference.txt", "self-role");
    selfRoleOpeners = f.words("coreference.txt", "self-role-opener");
    selfRoleNot = f.words("coreference.txt", "self-role-not");
    bylineWord = f.word("coreference.txt", "byline");
    demonymPluralEnding = f.word("coreference.txt", "demonym-plural-ending");
    salutationWord = f.word("coreference.txt", "salutation");
    selfNaming = f.phrases("coreference.txt", "self-naming");
    handOff = f.words("coreference.txt", "hand-off");
    contractions = f.words("coreference.txt", "contraction");
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

  /** The gender a title gives its holder ("Mrs.", "spokeswoman": female; "Mr.", "chairman": male). */
  Gender titleGender(String title) {
    if (startsWithAny(title, femaleTitleStarts) || containsAny(title, femaleTitleWords)) return Gender.FEMALE;
    if (startsWithAny(title, maleTitleStarts) || containsAny(title, maleTitleWords)) return Gender.MALE;
    return Gender.UNKNOWN;
  }

  private static boolean startsWithAny(String s, Set<String> starts) {
    for (String w : starts) if (s.startsWith(w)) return true;
    return false;
  }

  private static boolean containsAny(String s, Set<String> words) {
    for (String w : words) if (s.contains(w)) return true;
    return false;
  }

  /** The files of one language, each read once, by section where it has them. */
  private static final class Files {
    private final Function<String, List<String>> lines;
    private final Map<String, Map<String, List<String>>> sections = new HashMap<>();

    Files(Function<String, List<String>> lines) {
      this.lines = lines;
    }

    Set<String> set(String file) {
      Set<String> out = new HashSet<>();
      for (String line : lines.apply(file)) out.add(Lexicon.normalize(line));
      return out;
    }

    Map<String, String> table(String file) {
      return Lexicon.table(file, lines.apply(file));
    }

    /** The lines of a section; a missing one is an error of the file, not an empty list. */
    List<String> section(String file, String section) {
      return Lexicon.required(file, sectionsOf(file), section);
    }

    private Map<String, List<String>> sectionsOf(String file) {
      return sections.computeIfAbsent(file, k -> Lexicon.sections(k, lines.apply(k)));
    }

    /** The words of a section, several on a line. */
    Set<String> words(String file, String section) {
      return Lexicon.requiredWords(file, sectionsOf(file), section);
    }

    /** The lines of a section, one word or phrase a line, normalised. */
    Set<String> normalized(String file, String section) {
      Set<String> out = new HashSet<>();
      for (String line : section(file, section)) out.add(Lexicon.normalize(line));
      return out;
    }

    List<String[]> phrases(String file, String section) {
      List<String[]> out = new ArrayList<>();
      for (String line : section(file, section)) out.add(Lexicon.normalize(line).split(" "));
      return out;
    }

    /** The one word of a section. */
    String word(String file, String section) {
      return Lexicon.requiredWord(file, sectionsOf(file), section);
    }
  }

  /** Whether {@code link} goes on an organisation's name after {@code before}, its organisation word: "Committee on Taxation". */
  boolean organisationLink(String link, String before) {
    return orgLinks.contains(link) && orgWords.contains(before);
  }

  /** Whether the lower-case word is a common word of English, itself or through an ending ("households", "rated"). */
  boolean commonWord(String w) {
    if (commonWords.contains(w)) return true;
    for (String[] e : endings) {
      if (w.length() - e[0].length() >= 3 && w.endsWith(e[0]) && commonWords.contains(w.substring(0, w.length() - e[0].length()) + e[1])) return true;
    }
    return false;
  }

  /** Whether the lower-case word is one English writes only capitalised, a proper name's ("guadeloupe", "einstein"). */
  boolean properWord(String w) {
    return properWords.contains(w);
  }
}
