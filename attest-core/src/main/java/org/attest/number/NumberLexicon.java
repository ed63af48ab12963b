package org.attest.number;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Lexicon;

/**
 * The words of {@code numbers.txt} and the sections of {@code units.txt}, typed: every word a
 * number reader compares with. A section it reads that the file lacks fails at load.
 */
final class NumberLexicon {
  /** Number words and their values ("twenty" → 20; "X" for an unknown count: "several"). */
  final Map<String, String> numbers;
  final Map<String, String> magnitude; // "million" → 1000000, "bn", "dozen"
  final Map<String, String> vague; // "thousands" → 2000: at least twice the unit
  final Map<String, String> vagueTens; // "tens" (of thousands) → 20
  final Map<String, String> currencySymbol; // "$" → USD, "c$" → CAD
  final Map<String, String> currencyPrefix; // "C $ 16.4 million" in tokenised text
  final Map<String, String> currencyCode; // "USD 200", "115USD", "30 MUSD"
  final Map<String, String> currencyWord; // "dollars", "cents" → USD/100
  final Map<String, String> currencyAfterMagnitude; // "361 million pounds"
  final Map<String, String> percent; // "%", "per cent", "percentage points"
  final Map<String, String> measure; // "miles", "km", "votes"
  final Map<String, String> bound; // "fewer than" → less_than
  final Map<String, String> boundAfter; // "or more" → at_least
  final Map<String, String> verbBound; // "exceeds" → more_than
  final Set<String> verbBoundEnds = new HashSet<>(); // "at" of "start at": the last words of the verb bounds of two words
  final Map<String, String> fraction; // "a quarter" → 0.25
  final Map<String, String> denominator; // "fifths" → 5
  final Map<String, String> multiplier; // "doubled" → 2
  final Map<String, String> sign; // "minus" → -1
  final Map<String, String> label; // "Section 8", "Route 66": a number that names
  final Map<String, String> level;
  final Set<String> levelSet; // "was cut to 10 percent", "was at 7.8 percent": a level only before "at" or "to"
  final Map<String, String> hyphenCount; // "a 50-state poll": a count as a compound's first half, its unit // "stood at 200,000": the subject is what it counts
  final Map<String, String> rangeJoint; // "10 to 20", "20 through 100"
  final Set<String> rangeAlternative; // "17 or 18 percent": one uncertain figure
  final Set<String> articles; // "a dozen", "a million": an article reads as one
  final Set<String> approxDozen; // "a couple dozen", "a few dozen": about 24
  final Set<String> figureCounts; // "six figures", "a seven-figure salary"
  final Set<String> noObject; // "$60,000 a year", "$12-an-hour": no counted object after
  final Set<String> anaphors; // "a third of that number": a fraction of the figure before
  final Set<String> marginSigns; // "+/- 4 percent"
  final Set<String> spokenMagnitudes; // "4 thousand 3 hundred": the magnitudes spoken digits combine with
  final Set<String> noCompound; // "half", "couple": number words no number in words is compounded of
  final Set<String> rateBefore; // "cut the tax rate to 28 percent": between a rate and its figure
  final Set<String> countedMeasures; // "votes": a measure that is what a figure counts, not its unit
  final Set<String> copula; // "the margin of error is 3 points": the subject is what the figure measures
  final Set<String> marginWords; // "is plus or minus 3 points": the words of a margin before its figure
  final Set<String> figureLinks;
  final ObjectWords objectWords; // the words CountedObjects and SharedObjects read around a figure's object
  final Set<String> labelPossessive; // "Standard & Poor's 500": a name's possessive before a number that names
  final String timesWord; // "50 times the safe level": a multiplier, unit "times"
  final Set<String> timesAfter; // "three times as many", "four times higher"
  final Set<String> rateBase; // "25.9 new cases per 100,000 people": before a rate's base apart from its number
  final Set<String> rateJoint; // "Nine in 10", "eight out of ten": between a rate's number and its base
  final Map<String, String> digitCount; // "double digits": at least 10; "<10": fewer than 10
  final Set<String> digitWords; // "digits", "digit"
  final Market market; // "the Dow rose 24.11 points", "Embiid scored 10 points": points of an index or a game, not of a poll
  final NotFigures notFigures; // "911", "469 Vermont St.", a list's "1. ", "doubled down": numbers that are no figures
  final Set<String> vagueQuantifiers; // "several hundred", "a few thousand": at least twice the magnitude
  final Set<String> aboutTopics; // "his comment about 47 percent": nouns after which "about" is a preposition, no bound
  final AgeWords ages; // "voters 45 or older", "voters under 35", "those over 60": an age
  final VerbWords verbs; // "32% call themselves conservative", "Two-thirds support reducing sentences": no object
  final Set<String> designation; // "a four-cylinder engine": a type, not a count
  final Set<String> changeFrom; // "going from 175 gigawatts to 450 gigawatts": a change of two figures, not a range
  final Set<String> changeDirection; // "fell 0.5 percent to 2,121.65", "down by 30 to 126": a change, not a range // "rose $1.25, or 1.4 percent, to $88.95": words between the figures of one change
  final String decimalPoint; // "five point five"
  final String rangeBetween; // "between 10 and 20"
  final String rangeFrom; // "from 5 percent to 25 percent"
  /** The most words in a bound phrase. */
  final int longestBound;
  /** The first words of the bound and fraction phrases: a figure may start there. */
  final Set<String> phraseStarts = new HashSet<>();

  private static final Map<String, NumberLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  static NumberLexicon of(String language) {
    return LOADED.computeIfAbsent(language, l -> new NumberLexicon(Lexicon.table(l, "numbers.txt"), Lexicon.sections(l, "units.txt")));
  }

  /** The lexicon of the number words and the sections of a units file. */
  NumberLexicon(Map<String, String> numbers, Map<String, List<String>> units) {
    this.numbers = numbers;
    magnitude = table(units, "magnitude");
    vague = table(units, "vague");
    vagueTens = table(units, "vague-tens");
    currencySymbol = table(units, "currency-symbol");
    currencyPrefix = table(units, "currency-prefix");
    currencyCode = table(units, "currency-code");
    currencyWord = table(units, "currency-word");
    currencyAfterMagnitude = table(units, "currency-after-magnitude");
    percent = table(units, "percent");
    measure = table(units, "measure");
    bound = table(units, "bound");
    boundAfter = table(units, "bound-after");
    verbBound = table(units, "verb-bound");
    fraction = table(units, "fraction");
    denominator = table(units, "denominator");
    multiplier = table(units, "multiplier");
    sign = table(units, "sign");
    label = table(units, "label");
    level = table(units, "level");
    levelSet = words(units, "level-set");
    hyphenCount = table(units, "hyphen-count");
    rangeJoint = table(units, "range-joint");
    rangeAlternative = words(units, "range-alternative");
    articles = words(units, "article");
    approxDozen = words(units, "approx-dozen");
    figureCounts = words(units, "figure-count");
    noObject = words(units, "no-object");
    marginSigns = words(units, "margin-sign");
    spokenMagnitudes = words(units, "spoken-magnitude");
    noCompound = words(units, "no-compound");
    rateBefore = words(units, "rate-before");
    countedMeasures = words(units, "counted-measure");
    copula = words(units, "copula");
    figureLinks = words(units, "figure-link");
    objectWords = ObjectWords.of(units);
    marginWords = words(units, "margin-words");
    labelPossessive = words(units, "label-possessive");
    timesWord = word(units, "times-word");
    timesAfter = words(units, "times-after");
    rateJoint = new HashSet<>(required(units, "rate-joint"));
    rateBase = new HashSet<>(required(units, "rate-base"));
    digitCount = table(units, "digit-count");
    digitWords = words(units, "digit-word");
    market = new Market(words(units, "market-word"), words(units, "weak-market-word"));
    notFigures = new NotFigures(words(units, "identifier"), words(units, "street"), List.copyOf(required(units, "figure-caption")), words(units, "multiplier-idiom"), words(units, "rank-sign"));
    aboutTopics = words(units, "about-topic");
    vagueQuantifiers = new HashSet<>(required(units, "vague-quantifier"));
    ages = new AgeWords(new HashSet<>(required(units, "age-after")), words(units, "age-bound"), words(units, "age-group"), new HashSet<>(required(units, "age-compared")), words(units, "age-before"), new HashSet<>(required(units, "age-phrase")));
    verbs = new VerbWords(words(units, "verb-after-figure"), words(units, "verb-or-noun-after-figure"), words(units, "object-determiner"));
    designation = words(units, "designation");
    changeFrom = words(units, "change-from");
    changeDirection = words(units, "change-direction");
    anaphors = normalized(required(units, "anaphor"));
    decimalPoint = word(units, "decimal-point");
    rangeBetween = word(units, "range-between");
    rangeFrom = word(units, "range-from");
    longestBound = derive();
  }

  /** The sets read off the tables (the first words of the bound and fraction phrases, the last words of the verb bounds of two words): the most words in a bound phrase. */
  private int derive() {
    for (Map<String, String> table : List.of(bound, fraction)) {
      for (String key : table.keySet()) phraseStarts.add(key.split(" ")[0]);
    }
    for (String key : verbBound.keySet()) if (key.indexOf(' ') > 0) verbBoundEnds.add(key.substring(key.lastIndexOf(' ') + 1));
    int longest = 1;
    for (String key : bound.keySet()) longest = Math.max(longest, key.split(" ").length);
    return longest;
  }

  private static Set<String> normalized(List<String> lines) {
    Set<String> out = new HashSet<>();
    for (String line : lines) out.add(Lexicon.normalize(line.strip()));
    return out;
  }

  /** The lines of a section the lexicon reads; a missing one is an error of the file, not an empty table. */
  private static List<String> required(Map<String, List<String>> sections, String section) {
    return Lexicon.required("units.txt", sections, section);
  }

  private static Map<String, String> table(Map<String, List<String>> sections, String section) {
    Map<String, String> table = Lexicon.table("units.txt [" + section + "]", required(sections, section));
    if (table.keySet().stream().noneMatch(k -> k.startsWith(CODE_POINT))) return table;
    Map<String, String> out = new java.util.HashMap<>();
    table.forEach((k, v) -> out.put(codePoint(k), v));
    return out;
  }

  private static Set<String> words(Map<String, List<String>> sections, String section) {
    Set<String> words = Lexicon.requiredWords("units.txt", sections, section);
    if (words.stream().noneMatch(k -> k.startsWith(CODE_POINT))) return words;
    Set<String> out = new HashSet<>();
    for (String w : words) out.add(codePoint(w));
    return out;
  }

  /** A character the resource format cannot hold written as its code point ("u+0023" for "#", a comment there). */
  private static String codePoint(String word) {
    return word.startsWith(CODE_POINT) && word.length() > 2 ? Character.toString(Integer.parseInt(word.substring(2), 16)) : word;
  }

  private static final String CODE_POINT = "u+";

  private static String word(Map<String, List<String>> sections, String section) {
    return Lexicon.requiredWord("units.txt", sections, section);
  }

  /** The value of a number word, or of "twenty-four" (tens and units only), or null. */
  String wordValue(String x) {
    String v = numbers.get(x);
    if (v != null) return v;
    int dash = x.indexOf('-');
    if (dash > 0 && dash == x.lastIndexOf('-') && dash < x.length() - 1) { // "twenty-four", "forty-three": tens and units only
      String tens = numbers.get(x.substring(0, dash)), units = numbers.get(x.substring(dash + 1));
      if (tens == null || units == null || tens.equals("X") || units.equals("X")) return null;
      double t = Double.parseDouble(tens), u = Double.parseDouble(units);
      if (t < 20 || t >= 100 || t % 10 != 0 || u < 1 || u > 9) return null;
      return String.valueOf(t + u);
    }
    return null;
  }

  /** Whether w is a magnitude word ("million", "dozen"), not a one- or two-letter suffix ("m", "bn"). */
  boolean isMagnitudeWord(String w) {
    return w.length() > 2 && magnitude.containsKey(w);
  }

  /** The factor of a magnitude word or suffix. */
  double magnitudeOf(String w) {
    return Double.parseDouble(magnitude.get(w));
  }

  /** The unit of a compound adjective's second half ("12-cent", "five-mile", "one-yen"), or null. */
  String hyphenUnit(String word) {
    String cur = currencyWord.get(word);
    if (cur != null) return cur;
    String m = measure.get(word);
    if (m == null) m = measure.get(word + "s"); // "five-mile": the table has "miles" and "mile"
    if (m == null) m = hyphenCount.get(word); // "a 50-state poll", "a seven-member court"
    return m;
  }

  /**
   * The words around a figure's object: adjuncts between a subject and its verb ("in 2015"), "as
   * many" after a multiplier, possessive determiners, the joints of coordinated figures, bounds
   * after a noun ("above"), links before a figure ("of", "worth"), nouns of prepositions ("in front
   * of"), the words of a stock index's name, the prepositions (a word the tagger reads as one that is
   * not is a noun's modifier), the words between an index's change and its level ("shed 47.3 points to
   * close at 2082.1"), the last of them ("to", "at", "or") and the heads of an index beside its names ("index"), the time words walked over between a subject's verb and its
   * figure ("closed yesterday at $45.75"), the phrases of an amount per share ("or $2.02 a share"), the heads of an "in" adjunct that is no partitive ("in
   * Big Board composite trading").
   */
  record ObjectWords(Set<String> adjunctPrepositions, Set<String> timesAs, Set<String> possessives, Set<String> objectJoints, Set<String> nounBounds,
      Set<String> beforeLinks, Set<String> prepositionNouns, Set<String> indexWords, Set<String> prepositions, Set<String> relatives,
      Set<String> levelLinks, Set<String> levelBefore, Set<String> levelIndex, Set<String> timeAdjuncts, PerShare perShare,
      Set<String> adjunctHeads, SetWords setWords, Set<String> fromLevelLinks, Set<String> measureSubjects,
      Set<String> fromLevelBefore, Set<String> fromLevelOwn) {
    static ObjectWords of(Map<String, List<String>> units) {
      return new ObjectWords(words(units, "adjunct-preposition"), words(units, "times-as"), words(units, "possessive"), words(units, "object-joint"),
          new HashSet<>(required(units, "noun-bound")), words(units, "before-link"), words(units, "preposition-noun"), words(units, "index-word"),
          words(units, "preposition"), words(units, "relative-pronoun"), words(units, "level-link"), words(units, "level-before"), words(units, "level-index"),
          words(units, "time-adjunct"), new PerShare(normalized(required(units, "per-share")), normalized(required(units, "per-share-from"))),
          words(units, "adjunct-head"), new SetWords(words(units, "set-verb"), words(units, "set-noun"), words(units, "set-object-link")),
          words(units, "from-level-link"), words(units, "measure-subject"),
          normalized(required(units, "from-level-before")), words(units, "from-level-own"));
    }

    /** Whether a word of tokens [from, to) heads an adjunct, no partitive ([adjunct-head]): "in early trading yesterday". */
    boolean adjunctIn(org.attest.text.Analysis a, int from, int to) {
      for (int k = from; k < to; k++) if (adjunctHeads.contains(a.lower(k))) return true;
      return false;
    }
  }

  /**
   * The verbs that set a measure to a figure ("raised its quarterly dividend to $1.20"), the nouns of such a change
   * before "in" ("a steep drop in operating profit to $58.6 million") and the prepositions inside the measure's noun
   * phrase ("its stake in Lawrence Insurance"): number.rate-before.
   */
  record SetWords(Set<String> verbs, Set<String> nouns, Set<String> links) {}

  /**
   * The phrases after an amount that make it one per share ("a share", "per diluted share") and the links between such an
   * amount and the earlier level of the measure it restates ("from", "compared with").
   */
  record PerShare(Set<String> phrases, Set<String> fromLinks) {
    /** The number of tokens of a per-share phrase at token t, or 0. */
    int phraseAt(org.attest.text.Analysis a, int t) {
      for (int k = 2; k <= 3; k++) if (t + k <= a.tokenCount() && phrases.contains(Tokens.phrase(a, t, k))) return k;
      return 0;
    }
  }

  /**
   * The words of a sentence about markets or games, where "points" are points as written ("the Dow rose 24.11 points"), and
   * those of them that are no market's alone ("average": "the RealClearPolitics average", "an average of 20 points").
   */
  record Market(Set<String> words, Set<String> weak) {}

  /**
   * The words that make a number no figure: numbers that name a service ("911"), the last words of a street address ("469
   * Vermont St."), the captions that keep a number alone on its line before them a figure, no list label ("60." then "The
   * number of countries"), the words after a multiplier that make it an idiom ("doubled down on", "a double standard"), and
   * the currency symbols that are a rank's sign before a bare whole number ("#1 seller"; "#300 million" is WSJ's pound).
   */
  record NotFigures(Set<String> services, Set<String> streets, List<String> captions, Set<String> multiplierIdioms, Set<String> rankSigns) {}

  /**
   * The words around an age: after it ("or older"), the bounds before it ("under") and the people before them ("voters"),
   * the comparisons right before it ("younger than"), the words right before it ("turned", "aged"), the subject and copula
   * right before it ("who is 38 and", "when she was 25").
   */
  record AgeWords(Set<String> after, Set<String> bounds, Set<String> groups, Set<String> compared, Set<String> before, Set<String> phrases) {}

  /**
   * The verbs the tagger reads as a figure's noun: always verbs ("call", "went"), verbs before an object and nouns
   * otherwise ("support"), and the determiners that open such an object ("the").
   */
  record VerbWords(Set<String> only, Set<String> orNouns, Set<String> objectDeterminers) {}
}
