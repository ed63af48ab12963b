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
  // The tables of time.txt, each read from the section of its name in the singular (units ← [unit], tenseBefore ←
  // [tense-before]); "decades": "nineties" → 9; "tenseBefore": "since March" PAST, "effective June 1" FUTURE;
  // "namedDates": "9/11" → 2001-09-11.
  // "meridiemParts": "AM" → MO, "PM" → AF after a day ("Tuesday AM").
  Map<String, String> units, seasons, days, refs, dayparts, sets, mods, holidays, decades, tenseBefore, namedDates, meridiemParts;
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
  /** Titles of programmes that hold time words, by their first word, longest first: "fox news sunday" ([programme]). */
  final Map<String, List<String[]>> titles = new HashMap<>();
  /** The titles that are also times in prose ("today", "this week"): titles only with a cue. */
  final java.util.Set<String> cuedTitles = new java.util.HashSet<>();
  /** Broadcasters before a title: "NBC's “Today”" ([programme-network]). */
  final java.util.Set<String> networks = new java.util.HashSet<>();
  /** Words after a title that make it one: "the Today show" ([programme-word]). */
  final java.util.Set<String> programmeWords = new java.util.HashSet<>();
  /** The words that open a family besides those of its tables, by family name: "time.anchored" → that, the ([opener]). */
  final Map<String, java.util.Set<String>> openerWords = new HashMap<>();

  // The signals ([signal]), each set at load from the line of its name ("beforeAfter" reads before-after).
  /** The word of a part and its whole: "the week of March 6", "May of this year" */
  Signal of;
  /** The definite article: "the next day", "the year" */
  Signal definite;
  /** The unit year by its name: "this fiscal year", "the year-earlier quarter" */
  Signal yearWord;
  /** The indefinite articles: "a year ago", "half an hour" */
  Signal article;
  /** Half of a unit or of a year: "half an hour", "the first half" */
  Signal halfWord;
  /** The anchor a count lies before: "two days before" */
  Signal before;
  /** This night, one word: "tonight at 7" */
  Signal tonight;
  /** The quarter of a year: "the latest quarter" */
  Signal quarterWord;
  /** The last one: "last night", "the last week of" */
  Signal last;
  /** The unit week by its name: "the week of March 6", "Easter week" */
  Signal weekWord;
  /** Inside: "earlier in the week", "7 in the evening" */
  Signal in;
  /** An anchor counted back: "a year earlier" */
  Signal earlier;
  /** And, between two parts of one expression: "two hours and 40 minutes" */
  Signal and;
  /** To, before a verb or an end: "going to", "Sept. 16 to 19" */
  Signal to;
  /** The determiner pointing back: "that month", "the year that" */
  Signal that;
  /** The sides of an anchor: "the day before", "a week after" */
  Signal beforeAfter;
  /** A number is a share: "20%", "20 percent" */
  Signal percent;
  /** This one: "this past weekend", "this Friday" */
  Signal thisWord;
  /** Counted back from the article's day: "three weeks ago" */
  Signal ago;
  /** A stretch: "day-long", "the month-long strike" */
  Signal longWord;
  /** The unit day by its name: "the 15th day of" */
  Signal dayWord;
  /** The conditional: "said he would travel Thursday" */
  Signal would;
  /** Night: "last night" */
  Signal night;
  /** On, before a day: "next week on Friday", "midnight on Sunday" */
  Signal on;
  /** Before or after the article's time: "earlier this year", "later in the month" */
  Signal earlierLater;
  /** The weekend: "over the weekend", "Labor Day weekend" */
  Signal weekendWord;
  /** After: "the week after next" */
  Signal after;
  /** The next one: "next Christmas" */
  Signal next;
  /** The past one: "this past weekend" */
  Signal past;
  /** The coming one: "this coming Sunday" */
  Signal coming;
  /** The following one: "the following Monday" */
  Signal following;
  /** The previous one: "the previous quarter" */
  Signal previous;
  /** Or: "a week or so", "weeks or months" */
  Signal or;
  /** The unit second, also an ordinal: "a second term" */
  Signal secondWord;
  /** A comparison a year back: "a year-earlier loss" */
  Signal agoEarlier;
  /** An age: "52 years old" */
  Signal old;
  /** The unit month by its name: "the 20th of next month" */
  Signal monthWord;
  /** Some: APPROX before a duration only ("some three weeks") */
  Signal some;
  /** The current one: "the current quarter" */
  Signal current;
  /** Per: "per year" */
  Signal per;
  /** The future: "will meet Thursday" */
  Signal will;
  /** A hundred: "eighteen hundred" */
  Signal hundred;
  /** The tens of a day of the month: "twenty-first" */
  Signal twenty;
  /** A fiscal year or quarter: "fiscal 2016", "the fiscal first quarter" */
  Signal fiscal;
  /** A part of a year after its ordinal: "the third quarter", "the latest period" */
  Signal quarterPeriod;
  /** The latest one: "the latest quarter" */
  Signal latest;
  /** Determiners before "same" and an anchored unit: "that same week", "the same day" */
  Signal anchorDeterminer;
  /** The same one: "the same day" */
  Signal same;
  /** The neighbour of the last date named: "the next day", "the previous week" */
  Signal sequence;
  /** The preceding one: "the preceding week" */
  Signal preceding;
  /** The neighbour after: "the following day" */
  Signal sequenceAfter;
  /** Clock times by name: "noon", "midnight" */
  Signal noonMidnight;
  /** A record, no time: "a high noon" */
  Signal high;
  /** The end of a day: "midnight" (T24:00) */
  Signal midnight;
  /** The middle of a day: "noon", "midday" */
  Signal noon;
  /** This/last/next before a weekday after a clock time: "3 p.m. last Friday" */
  Signal thisLastNext;
  /** This past/coming: "this past weekend", "this coming week" */
  Signal pastComing;
  /** The kinds of year: "the current fiscal year", "this calendar year" */
  Signal yearKind;
  /** Directions that point only before a unit, duration or anchor: "the past year" */
  Signal unitOnlyDirection;
  /** Vague counts: "a few days ago", "a couple of weeks" */
  Signal fewCouple;
  /** "or so": "a week or so ago" */
  Signal so;
  /** A count of units from the last date named: "a year earlier", "two days later" */
  Signal anchoredDirection;
  /** From: "a year from now" */
  Signal from;
  /** The article's time: "a year from now", "two weeks from today" */
  Signal now;
  /** Words opening a stretch with a count: "the past three years", "the first two weeks" */
  Signal durationOpener;
  /** The quarter the duration points to: "the last quarter" */
  Signal quarterDirection;
  /** Ahead of the article: "next quarter", "the coming quarter" */
  Signal ahead;
  /** The unit hour by its name: "one and a half hour" */
  Signal hourWord;
  /** Hours: "24 hours" */
  Signal hoursWord;
  /** A count of units from a date: "a year ago", "a year earlier", "two days later" */
  Signal distanceDirection;
  /** Last or next before a holiday: "last Christmas" */
  Signal lastNext;
  /** At, before a clock time: "at 7" */
  Signal at;
  /** Through, the end of a range: "Monday through Friday" */
  Signal through;
  /** Over and under are bounds but not before "the": "over the past three years" */
  Signal overUnder;
  /** This or last before a part of the day: "this morning", "last night" */
  Signal thisLast;
  /** Words after a season name that make it a noun: "the fall of Saigon", "the fall in prices" */
  Signal seasonAfter;
  /** Annual, a set only as an adverb. */
  Signal annual;
  /** Times: "three times a year" */
  Signal times;
  /** Words after a frequency: "twice a week", "three times per year" */
  Signal setAfterCount;
  /** Words of a whole unit after "for": "for all day", "for full week" (P1D, P1W). */
  Signal wholeUnit;
  /** "for", before a whole unit. */
  Signal forWord;
  /** The words before a holiday's name in lower case that make it one: "on father's day" (not "his father's day job"). */
  Signal holidayBefore;
  /** Words opening a set: "every week", "each July", "per year" */
  Signal setOpener;
  /** Every other: "every other week" */
  Signal other;
  /** The future: "shall" */
  Signal shall;
  /** "going to": the future. */
  Signal going;
  /** To or for after "set": "set to vote", "set for Tuesday" */
  Signal toFor;
  /** Been. */
  Signal been;
  /** Had. */
  Signal had;
  /** A list of weekdays: "Monday and Tuesday nights" */
  Signal andOr;
  /** The neighbour day of an anchor: "the previous Monday" */
  Signal sequenceWeekday;
  /** Directions before a weekday: "next Sunday", "this coming Sunday" */
  Signal weekdayDirection;
  /** The end of a wait: "until Friday" */
  Signal until;
  /** May. */
  Signal may;
  /** June. */
  Signal june;
  /** July. */
  Signal july;
  /** Months that are also verbs: "may", "march" */
  Signal verbMonth;
  /** Centuries said as years: "nineteen ninety-six" */
  Signal centuries;
  /** Two. */
  Signal two;
  /** Thousand. */
  Signal thousand;
  /** Thirty. */
  Signal thirty;
  /** A fiscal part of a year: "fiscal first quarter" */
  Signal fiscalOpener;
  /** A quarter named by its place: "the latest quarter", "the year-ago quarter" */
  Signal quarterPointer;
  /** A period: "the latest period" */
  Signal period;
  /** The half letter of a glued label: "2017-H1" */
  Signal h;
  /** Openers of "the (fiscal) year" */
  Signal theFiscal;
  /** A number, no year: "No. 1999" */
  Signal numberSign;
  /** The kinds of year: "the full year", "the fiscal year" */
  Signal yearKindFull;
  /** The present perfect before a participle: "has taken", "have changed" (a day behind) */
  Signal perfect;
  /** A fiscal year by its abbreviation: "FY 2024" */
  Signal fiscalYear;
  /** Quotation marks around a title: "“Today”" */
  Signal quoteMark;
  /** Units a "the" makes the article's: "the end of the month" */
  Signal monthWeek;
  /** When: "the year when" */
  Signal when;
  /** Which: "the year which" */
  Signal which;
  /** The unit century by its name. */
  Signal centuryWord;
  /** The article a: "a year-earlier quarter" */
  Signal a;

  /** The possessive (and "is") cut off its word: "Wednesday's ruling", "the year's third quarter". */
  Signal possessive;
  /** The present forms of be: "is expected" puts a clause in the present. */
  Signal presentBe;
  /** "Old" as a token with its hyphen ("-old"): an age, no duration. */
  Signal gluedOld;
  /** The words before a participle that make it a verb of its clause: "is expected", "will be", "has planned". */
  Signal beforeParticiple;
  /** Auxiliaries before a participle: "is expected", "has planned". */
  Signal auxiliary;
  /** Words that end the clause of a time expression, to its right. */
  Signal clauseEnd;

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
    readTables(sections);
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
    readSignals(table(sections, "signal"));
    readTitles(sections);
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

  /** The programme titles, keyed by first word, longest first, and the cue words around them. */
  private void readTitles(Map<String, List<String>> sections) {
    for (Map.Entry<String, String> e : table(sections, "programme").entrySet()) {
      String[] words = e.getKey().split(" ");
      titles.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
      if (e.getValue().equals("cued")) cuedTitles.add(e.getKey());
      else if (!e.getValue().equals("always")) throw new IllegalStateException("time.txt [programme]: always or cued, not " + e.getValue());
    }
    for (List<String[]> l : titles.values()) l.sort((x, y) -> y.length - x.length);
    networks.addAll(words(sections, "programme-network"));
    programmeWords.addAll(words(sections, "programme-word"));
  }

  /** Each table of time.txt from the section of its field's name, in the singular ("namedDates" reads [named-date]). */
  private void readTables(Map<String, List<String>> sections) {
    for (java.lang.reflect.Field f : TimeLexicon.class.getDeclaredFields()) {
      if (f.getType() != Map.class || java.lang.reflect.Modifier.isFinal(f.getModifiers()) || java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
      String name = f.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
      try {
        f.set(this, table(sections, name.substring(0, name.length() - (name.endsWith("s") ? 1 : 0))));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Each {@link Signal} field from the line of its name in [signal]; a missing one fails here. */
  private void readSignals(Map<String, String> lines) {
    for (java.lang.reflect.Field f : TimeLexicon.class.getDeclaredFields()) {
      if (f.getType() != Signal.class) continue;
      String name = f.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
      String words = lines.get(name);
      if (words == null) throw new IllegalStateException("no signal " + name + " in time.txt [signal]");
      try {
        f.set(this, new Signal(words.split("\\s+")));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
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
    return Lexicon.requiredWords("time.txt (or units.txt)", sections, name);
  }

  /** The lines of a section; a section the code reads and the file lacks is an error, not an empty list. */
  private static List<String> section(Map<String, List<String>> sections, String name) {
    return Lexicon.required("time.txt (or units.txt)", sections, name);
  }
}
