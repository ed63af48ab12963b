package org.attest.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.text.Lexicon;

/** The time rule files of one language: calendar names, number words, units, references, mods. */
final class TimeLexicon {
  final Map<String, Integer> months = new HashMap<>();
  final Map<String, Integer> weekdays = new HashMap<>();
  /** this/last/next: the shift in units from the article's ("last year" -1); time.txt [direction]. */
  final Map<String, Integer> directions = new HashMap<>();
  /** The directions and the words that point so only before a unit: "the current quarter", "the past year" ([direction-unit]). */
  final Map<String, Integer> unitDirections = new HashMap<>();
  final Map<String, String> numbers;
  final Map<String, String> ordinals;
  final Map<String, String> units;
  final Map<String, String> seasons;
  final Map<String, String> days;
  final Map<String, String> refs;
  final Map<String, String> dayparts;
  final Map<String, String> sets;
  final Map<String, String> mods;
  final Map<String, String> holidays;
  /** Decades by name: "nineties" → 9. */
  final Map<String, String> decades;
  /** Words right before a date that give it a tense: "since March" (PAST), "effective June 1" (FUTURE). */
  final Map<String, String> tenseBefore;
  /** Days known by their numbers: "9/11" → 2001-09-11. */
  final Map<String, String> namedDates;
  final int longestPhrase;
  final java.util.Set<String> pastForms = new java.util.HashSet<>();
  final java.util.Set<String> intentVerbs = new java.util.HashSet<>();
  /** Words after which "a year", "a day" is a rate, not a duration ("$500 million a year", "24 hours a day"). */
  final java.util.Set<String> rateAfter = new java.util.HashSet<>();
  /** Words after which "to" + verb looks ahead: the verbs of intent and "agreed", "ready", "likely"... */
  final java.util.Set<String> intentBeforeTo = new java.util.HashSet<>();
  /** Words after which "of the year" is part of the year: "the end of the year", "the first nine months of the year". */
  final java.util.Set<String> partOfWords = new java.util.HashSet<>();
  /** Words after "the year" that make it the stretch ending on a date: "the year ended June 30". */
  final java.util.Set<String> periodEndWords = new java.util.HashSet<>();
  /** Words before a bare season name that make it a date: "over summer", "in winter". */
  final java.util.Set<String> seasonPrepositions = new java.util.HashSet<>();
  /** Verbs of intent only before "to" or "for": "set to vote", "set for Tuesday" (but "a record set on Aug. 6"). */
  final java.util.Set<String> intentBeforeToOrFor = new java.util.HashSet<>();
  /** Words between a count and its unit: "two more weeks", "an additional year", "eight trading days". */
  final java.util.Set<String> extraWords = new java.util.HashSet<>();
  /** Words after which a month name alone is a date: "in May", "since March", "for October". */
  final java.util.Set<String> monthBefore = new java.util.HashSet<>();
  /** Determiners before a month used as a modifier: "the October slaying", "a June agreement". */
  final java.util.Set<String> determiners = new java.util.HashSet<>();
  /** Magnitude words after which "quarter(s)" is a fraction: "a quarter million", "three quarters billion". */
  final java.util.Set<String> magnitudes = new java.util.HashSet<>();
  /** Words before a count that make "quarter(s)" a fraction of an amount: "above one quarter". */
  final java.util.Set<String> fractionBefore = new java.util.HashSet<>();
  /** Words before a bare plural unit that make it a stretch of unknown length: "for years", "within weeks". */
  final java.util.Set<String> vagueBefore = new java.util.HashSet<>();
  /** Words between a day and its clock time: "tomorrow at 9 a.m.", "Friday around noon". */
  final java.util.Set<String> clockJoints = new java.util.HashSet<>();
  /** Words before a unit (and a count) that make a duration of one more: "another week", "another two years". */
  final java.util.Set<String> oneMore = new java.util.HashSet<>();
  /** Words of how often: "once a year", "twice a week". */
  final java.util.Set<String> frequencies = new java.util.HashSet<>();
  /** Words of a sentence that make "at 9.50" a price or a level, no clock time: "shares", "closed", "index". */
  final java.util.Set<String> priceWords = new java.util.HashSet<>();
  /** Words after an hour that make it a clock time: "o'clock". */
  final java.util.Set<String> oclock = new java.util.HashSet<>();
  /** The halves of the day after a clock time: "a.m.", "pm". */
  final java.util.Set<String> meridiems = new java.util.HashSet<>();
  /** Month names that are also words in lower case: "may", "march" (a lower-case "june" is still the month). */
  final java.util.Set<String> lowerCaseMonths = new java.util.HashSet<>();
  /** Half of one unit, by unit letter(s) in lower case: "th" → PT30M ("half an hour"). */
  final Map<String, String> halves;
  /** Signs before an amount of money ([currency-symbol] of units.txt): "$12 December 27" holds no "12 December". */
  final java.util.Set<String> currencySigns = new java.util.HashSet<>();
  /** The words right before a bare hour that make it the clock time of the part of the day before: "tonight at 7". */
  final java.util.Set<String> bareHourSignals = new java.util.HashSet<>();
  /** The first words of every phrase of refs, mods and holidays: most tokens need no phrase lookup. */
  final java.util.Set<String> firstWords = new java.util.HashSet<>();
  /** The first words of the phrases of refs ("at present") and of holidays ("new year's day"): their families' openers. */
  final java.util.Set<String> refOpeners = new java.util.HashSet<>();
  final java.util.Set<String> holidayOpeners = new java.util.HashSet<>();
  /** The words that open a family besides those of its tables, by family name: "time.anchored" → that, the ([opener]). */
  final Map<String, java.util.Set<String>> openerWords = new HashMap<>();

  private static final Map<String, TimeLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  static TimeLexicon of(String language) {
    return LOADED.computeIfAbsent(language, TimeLexicon::new);
  }

  private TimeLexicon(String lang) {
    this(lang, Lexicon.sections(lang, "time.txt"));
  }

  /** The lexicon of {@code lang} with the sections of time.txt given; a section it reads that is missing fails here. */
  TimeLexicon(String lang, Map<String, List<String>> sections) {
    for (Map.Entry<String, String> e : Lexicon.table(lang, "calendar.txt").entrySet()) {
      String[] kv = e.getValue().split(":");
      (kv[0].equals("month") ? months : weekdays).put(e.getKey(), Integer.parseInt(kv[1]));
    }
    numbers = Lexicon.table(lang, "numbers.txt");
    ordinals = Lexicon.table(lang, "ordinals.txt");
    units = table(sections, "unit");
    seasons = table(sections, "season");
    days = table(sections, "day");
    refs = table(sections, "ref");
    dayparts = table(sections, "daypart");
    sets = table(sections, "set");
    mods = table(sections, "mod");
    holidays = table(sections, "holiday");
    decades = table(sections, "decade");
    tenseBefore = table(sections, "tense-before");
    namedDates = table(sections, "named-date");
    for (Map.Entry<String, String> e : table(sections, "direction").entrySet()) directions.put(e.getKey(), Integer.parseInt(e.getValue()));
    unitDirections.putAll(directions);
    for (Map.Entry<String, String> e : table(sections, "direction-unit").entrySet()) unitDirections.put(e.getKey(), Integer.parseInt(e.getValue()));
    pastForms.addAll(words(sections, "past"));
    intentVerbs.addAll(words(sections, "future"));
    intentBeforeTo.addAll(intentVerbs);
    rateAfter.addAll(words(sections, "rate-after"));
    intentBeforeTo.addAll(words(sections, "future-to"));
    partOfWords.addAll(words(sections, "part-of"));
    periodEndWords.addAll(words(sections, "period-end"));
    seasonPrepositions.addAll(words(sections, "season-before"));
    intentBeforeToOrFor.addAll(words(sections, "future-to-for"));
    extraWords.addAll(words(sections, "extra"));
    monthBefore.addAll(words(sections, "month-before"));
    determiners.addAll(words(sections, "determiner"));
    magnitudes.addAll(words(sections, "magnitude"));
    fractionBefore.addAll(words(sections, "fraction-before"));
    vagueBefore.addAll(words(sections, "vague-before"));
    clockJoints.addAll(words(sections, "clock-joint"));
    meridiems.addAll(words(sections, "meridiem"));
    priceWords.addAll(words(sections, "price"));
    oclock.addAll(words(sections, "oclock"));
    oneMore.addAll(words(sections, "one-more"));
    frequencies.addAll(words(sections, "frequency"));
    lowerCaseMonths.addAll(words(sections, "lower-case-month"));
    halves = table(sections, "half");
    bareHourSignals.addAll(words(sections, "bare-hour-signal"));
    for (Map.Entry<String, String> e : table(sections, "opener").entrySet()) openerWords.put(e.getKey(), java.util.Set.of(e.getValue().split("\\s+")));
    currencySigns.addAll(Lexicon.table("units.txt [currency-symbol]",
        section(Lexicon.sections(lang, "units.txt"), "currency-symbol")).keySet());
    int longest = 1;
    for (Map<String, String> m : List.of(refs, mods, holidays)) {
      for (String k : m.keySet()) longest = Math.max(longest, k.split(" ").length);
      firstWords.addAll(firstWordsOf(m));
    }
    refOpeners.addAll(firstWordsOf(refs));
    holidayOpeners.addAll(firstWordsOf(holidays));
    longestPhrase = longest;
  }

  /** The words a phrase of the table can begin with, as the tokenizer cuts them. */
  private static java.util.Set<String> firstWordsOf(Map<String, String> table) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String k : table.keySet()) {
      out.add(k.split("[ -]")[0].isEmpty() ? k : k.split("[ -]")[0]);
      out.add(k.split(" ")[0]);
      out.add(k.split("['\u2019 ]")[0]); // "mother's day": the tokenizer cuts "'s" off "Mother"
    }
    return out;
  }

  private static Map<String, String> table(Map<String, List<String>> sections, String name) {
    return Lexicon.table("time.txt [" + name + "]", section(sections, name));
  }

  private static java.util.Set<String> words(Map<String, List<String>> sections, String name) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String line : section(sections, name)) out.addAll(List.of(line.split("\\s+")));
    return out;
  }

  /** The lines of a section; a section the code reads and the file lacks is an error, not an empty list. */
  private static List<String> section(Map<String, List<String>> sections, String name) {
    List<String> lines = sections.get(name);
    if (lines == null) throw new IllegalStateException("no section [" + name + "] in time.txt (or units.txt)");
    return lines;
  }
}
