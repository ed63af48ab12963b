package org.attest.number;

import static org.attest.number.Tokens.PHRASE;
import static org.attest.number.Tokens.lower;

import org.attest.model.Span;
import org.attest.text.Analysis;

/**
 * What a figure counts, first rule that finds it: the noun phrase after it, with an of/from
 * phrase ("fighters from the Islamic State group", "of the vote"); an "in" partitive after a unit
 * ("$1 billion in losses"); the noun before "of" ("a net loss of $915 million"); the rate a verb
 * sets ("cut the tax rate to 28 percent"); the subject it is the level or change of ("the share
 * exceeds 7%", "premiums doubled"). A figure closed by a bound after it ("$100,000 or more") has none.
 */
final class CountedObjects {
  static final String AFTER = "number.object-after";
  static final String IN = "number.object-in";
  static final String BEFORE_OF = "number.object-before";
  static final String RATE = "number.rate-before";
  static final String SUBJECT = "number.subject-before";
  static final String RANGING = "number.ranging-from";
  static final String MEASURED = "number.measured-subject";
  static final String COMPOUND = "number.compound-object";
  static final String BOUNDED = "number.bounded-noun";

  private final NumberLexicon lex;
  private final RateObjects rates;

  CountedObjects(NumberLexicon lex) {
    this.lex = lex;
    this.rates = new RateObjects(lex);
  }

  /** The object of the figure read into num, its words [start, num.end), stamped with the rule that found it; or null. */
  Span of(Analysis a, int start, Figure num) {
    if (num.open) return null;
    int end = num.end;
    // a noun phrase with its own determiner right after a measure is no object: "1.51 percent the day before"
    boolean measure = num.unit != null && !"fraction".equals(num.unit) && !"times".equals(num.unit); // not "half the size"
    // "twice as many evangelical supporters": the noun phrase after "as many"
    if ("times".equals(num.unit) && lower(a, end).equals("as") && lex.objectWords.timesAs().contains(lower(a, end + 1))) end += 2;
    else if ("times".equals(num.unit) && lex.objectWords.possessives().contains(lower(a, end))) end++; // "more than double its renewable energy production"
    Span object = measure && lower(a, end).length() > 0 && a.pos(end).equals("DET") ? null : after(a, end);
    if (object != null) return stamped(num, AFTER, object);
    object = compound(a, end); // "a three-way race", "an 80-19 vote"
    if (object != null) return stamped(num, COMPOUND, object);
    object = num.isMoney() ? null : boundedNoun(a, start); // "with support above 80 percent"; not a class of money: "those with incomes above $1 million"
    if (object != null) return stamped(num, BOUNDED, object);
    object = partitive(a, end, num);
    if (object != null) return stamped(num, IN, object);
    object = classThreshold(a, start, num) ? null : beforeOf(a, start); // "a net loss of more than $915 million"
    if (object != null) return stamped(num, BEFORE_OF, object);
    // "cut the tax rate to 28 percent", "raise the federal minimum wage to $15 an hour", "cut the number of polling places from 400"
    boolean plain = "percent".equals(num.unit) || lower(a, start - 1).equals(lex.rangeFrom) || num.unit != null && lower(a, start - 1).equals("to")
        || lex.rateBefore.contains(lower(a, start - 1)) && lex.changeDirection.contains(lower(a, start - 2));
    if (plain || lower(a, start - 1).equals("to")) object = rates.before(a, start, plain); // "brought the toll for both bombings to 259"
    if (object != null) return stamped(num, RATE, object);
    object = subjectBefore(a, start, end, num.unit); // "the share exceeds 7%", "premiums doubled"
    if (object != null) return stamped(num, SUBJECT, object);
    object = measuredBefore(a, start); // "Exxon rose $1.25, or 1.4 percent, to $88.95"
    return object == null ? null : stamped(num, MEASURED, object);
  }

  /**
   * The subject a figure measures, before the verb of its change or level with the other figures
   * of that change between ("Exxon rose $1.25, or 1.4 percent, to $88.95", "the index closed down
   * 0.4 percent at 18,104", "the yield fell to 1.45 percent from 1.51 percent"), or before a copula
   * right before it ("the margin of error is plus or minus 3 points"); the subject's head found by
   * {@link #subjectHead}.
   */
  private Span measuredBefore(Analysis a, int start) {
    if (start <= 0 || start >= a.tokenCount()) return null;
    int first = a.sentenceStartToken(a.sentenceOf(start));
    int k = start - 1;
    // "is plus or minus 3 points", "is an electronically-limited 124 mph"
    boolean margin = false;
    while (k > first && start - k < PHRASE && (lex.marginWords.contains(a.lower(k)) || modifierWord(a, k))) {
      margin |= lex.marginWords.contains(a.lower(k));
      k--;
    }
    if (margin && a.pos(k).equals("NOUN")) return subjectEndingAt(a, k, first); // "Margin of error +/- 3 percentage points"
    if (k > first && lex.copula.contains(a.lower(k))) { // a common noun: not "Florida is nearly 3% Polish American"
      int head = subjectHead(a, k - 1, first);
      return a.pos(head).equals("NOUN") || taggedAdjective(a, head, first) || measureSubject(a, head) ? subject(a, head, first) : null;
    }
    k = start - 1;
    while (k >= first && start - k < PHRASE && (lex.figureLinks.contains(a.lower(k)) || figureWord(a, k)
        || lex.objectWords.timeAdjuncts().contains(a.lower(k)))) k--; // "closed yesterday at $45.75, down 25 cents"
    if (k <= first) return null;
    // "was up 46 cents", "going from 175 gigawatts"
    boolean level = lex.level.containsKey(a.lower(k)) || lex.copula.contains(a.lower(k)) && lex.changeDirection.contains(lower(a, k + 1))
        || lex.changeFrom.contains(a.lower(k)) && lower(a, k + 1).equals(lex.rangeFrom);
    return level ? subject(a, subjectHead(a, k - 1, first), first) : null;
  }

  /** A word between a copula and its figure: a determiner, an adjective, an adverb, "electronically-limited". */
  private static boolean modifierWord(Analysis a, int k) {
    String pos = a.pos(k);
    if (pos.equals("DET") || pos.equals("ADJ") || pos.equals("ADV")) return true;
    if (a.token(k).equals("-")) return k + 1 < a.tokenCount() && Tokens.glued(a, k - 1, k) && Tokens.glued(a, k, k + 1);
    return pos.equals("VERB") && a.token(k - 1).equals("-") && Tokens.glued(a, k - 1, k);
  }

  /**
   * The last token of the subject before a verb at k + 1: back over adverbs and auxiliaries, an
   * apposition ("Alphabet, the parent company of Google, jumped"), the first verb of a coordination
   * ("benchmark crude reversed earlier losses and was up 46 cents") and up to two adjuncts ("the
   * average debt for a college graduate in 2015 was", "the air quality index in Delhi right now is").
   */
  private int subjectHead(Analysis a, int k, int first) {
    if (measureSubject(a, k)) return k; // "said net was $7.4 million": "net" read as a particle
    int h = k > first && a.pos(k).equals("PART") ? k - 1 : k; // "expect the number to grow from 16"
    h = skipAdverbs(a, h, first);
    // a relative pronoun after a comma stands for the noun before it: "pledged delegates, which stood at 263"
    if (h - 2 >= first && lex.objectWords.relatives().contains(a.lower(h)) && a.lower(h - 1).equals(",")) h -= 2;
    h = skipApposition(a, h, first);
    if (h > first && a.lower(h).equals(",")) h--; // "its production, going from 175 gigawatts"
    h = acrossConjunct(a, h, first);
    for (int i = 0; i < 2; i++) h = beforeAdjunct(a, h, first);
    return h;
  }

  /** "crude reversed earlier losses and was": from the conjunction at h back over the first verb and its object; or h. */
  private static int acrossConjunct(Analysis a, int h, int first) {
    if (h <= first || !a.pos(h).equals("CCONJ")) return h;
    for (int c = h - 1; c > first && h - c < PHRASE / 2; c--) {
      String pos = a.pos(c);
      if (pos.equals("VERB")) return skipAdverbs(a, c - 1, first);
      if (!(pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("ADV") || pos.equals("DET") || pos.equals("NUM") || pos.equals("PROPN"))) return h;
    }
    return h;
  }

  /** Back over an adjunct [adjunct-preposition] ending at h ("in 2015", "in the first six days", "in Delhi"): the noun before it, or h. */
  private int beforeAdjunct(Analysis a, int h, int first) {
    int p = h;
    while (p > first && h - p < PHRASE / 2 && nominal(a, p)) p--;
    if (p == h || p - 1 < first || !lex.objectWords.adjunctPrepositions().contains(a.lower(p))) return h;
    String pos = a.pos(p - 1);
    return pos.equals("NOUN") || pos.equals("PROPN") || taggedAdjective(a, p - 1, first) ? p - 1 : h;
  }

  private static boolean nominal(Analysis a, int k) {
    String pos = a.pos(k);
    return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM") || pos.equals("DET") || a.token(k).equals("-") && k + 1 < a.tokenCount() && Tokens.glued(a, k, k + 1);
  }

  /** A noun the tagger took for an adjective: right before a verb, after a noun, "of" or a determiner ("The price of gold closed"). */
  private static boolean taggedAdjective(Analysis a, int k, int first) {
    if (k - 1 < first || k + 1 >= a.tokenCount() || !a.pos(k).equals("ADJ")) return false;
    String next = a.pos(k + 1), before = a.pos(k - 1);
    return (next.equals("VERB") || next.equals("AUX") || next.equals("ADP")) && (before.equals("NOUN") || before.equals("DET") || a.lower(k - 1).equals("of"));
  }

  /** Back over an apposition between a subject and its verb ("Alphabet, the parent company of Google, jumped"): its subject's last token, or k. */
  private static int skipApposition(Analysis a, int k, int first) {
    if (k <= first || !a.lower(k).equals(",")) return k;
    for (int c = k - 1; c > first && k - c < PHRASE / 2; c--) if (a.lower(c).equals(",")) return c - 1;
    return k;
  }

  /** Whether token k is a word of a figure: a number, a currency, a unit, a magnitude or a bound. */
  private boolean figureWord(Analysis a, int k) {
    String w = a.lower(k);
    return a.pos(k).equals("NUM") || Character.isDigit(w.charAt(w.length() - 1)) || lex.percent.containsKey(w) || lex.currencyWord.containsKey(w)
        || lex.currencySymbol.containsKey(w) || lex.measure.containsKey(w) || lex.magnitude.containsKey(w) || lex.bound.containsKey(w)
        || lex.articles.contains(w) || lex.phraseStarts.contains(w) || w.equals("than") // "rose less than 1 cent", "rose a penny"
        || lex.sign.containsKey(w) || lex.marginSigns.contains(w); // "sits at +32 points"
  }

  /** Back over adverbs and auxiliaries ("was little changed", "was therefore"): the token before them. */
  private static int skipAdverbs(Analysis a, int k, int first) {
    while (k > first && (a.pos(k).equals("ADV") || a.pos(k).equals("AUX") || a.pos(k).equals("ADJ") && a.pos(k - 1).equals("AUX"))) k--;
    return k;
  }

  /**
   * The noun phrase ending at token k in a noun or a name, with the of/on phrase it ends
   * ("Shares of the bank", "the margin of error", "Pfizer's stock", "Exxon"), not before token first; or null.
   */
  private static Span subjectEndingAt(Analysis a, int k, int first) {
    // a noun, a name, or a noun the tagger took for an adjective in a longer phrase ("the Dow Jones industrial average")
    boolean adjectiveHead = k - 1 >= first && a.pos(k).equals("ADJ") && (a.pos(k - 1).equals("ADJ") && k - 2 >= first && a.pos(k - 2).equals("PROPN"))
        || taggedAdjective(a, k, first) || a.pos(k).equals("VERB") && a.lower(k).endsWith("s") && k - 1 >= first && (a.pos(k - 1).equals("PROPN") || a.pos(k - 1).equals("NOUN")); // "Bethlehem shares rose"
    if (k < first || !(a.pos(k).equals("NOUN") || a.pos(k).equals("PROPN") || adjectiveHead)) return null;
    int s = k;
    while (k - s < PHRASE) {
      int p = s - 1;
      if (p < first) break;
      String pos = a.pos(p), w = a.lower(p);
      if (pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN")) s = p;
      else if ((pos.equals("NUM") || w.equals("-")) && Tokens.glued(a, p, p + 1)) s = p; // "10-year Treasury note"
      else if ((w.equals("'s") || w.equals("’s")) && p - 1 >= first && (a.pos(p - 1).equals("PROPN") || a.pos(p - 1).equals("NOUN"))) s = p;
      else if (pos.equals("DET") && p - 1 >= first && (a.lower(p - 1).equals("of") || a.lower(p - 1).equals("on"))) s = p;
      else if ((w.equals("of") || w.equals("on")) && p - 1 >= first && (a.pos(p - 1).equals("NOUN") || a.pos(p - 1).equals("PROPN"))) s = p;
      else break;
    }
    while (s < k && !(a.pos(s).equals("NOUN") || a.pos(s).equals("ADJ") || a.pos(s).equals("PROPN"))) s++;
    return Span.of(a.text(), a.start(s), a.end(k));
  }

  /** The subject ending at k ({@link #subjectEndingAt}), or a word of [measure-subject] the tagger read as no noun alone ("Profit/VERB climbed"). */
  private Span subject(Analysis a, int k, int first) {
    Span s = subjectEndingAt(a, k, first);
    return s == null && measureSubject(a, k) ? Span.of(a.text(), a.start(k), a.end(k)) : s;
  }

  /** Whether token k is a word of [measure-subject] ("net", "profit", "revenue", "sales"), a subject whatever its tag. */
  private boolean measureSubject(Analysis a, int k) {
    return k >= 0 && k < a.tokenCount() && lex.objectWords.measureSubjects().contains(a.lower(k));
  }

  /**
   * Whether a verb of change comes right before token start: 2 with "from" ("going from 175
   * gigawatts to 450 gigawatts"), 1 without ("fell 0.5 percent to 2,121.65", "down by 30 to 126"), else 0.
   */
  int afterChange(Analysis a, int start) {
    int k = start - 1;
    if (lex.rateBefore.contains(lower(a, k))) k--; // "down by 30"
    while (k > 0 && a.pos(k).equals("ADV") && !changed(a, k)) k--; // "was down only 25 cents to $30.25"
    if (lower(a, k).equals(lex.rangeFrom) && lex.changeFrom.contains(lower(a, k - 1))) return 2;
    return changed(a, k) ? 1 : 0;
  }

  private boolean changed(Analysis a, int k) {
    return lex.changeDirection.contains(lower(a, k)) || k >= 0 && lex.level.containsKey(lower(a, k));
  }

  /** The object of a range ending at end: after it, or, for "ranging from X to Y", the noun phrase before. */
  Span ofRange(Analysis a, int start, int end, Figure high, String unit) {
    Span object = after(a, end);
    if (object != null) return stamped(high, AFTER, object);
    // "retaliatory tariffs, ranging from 5 percent to 25 percent"
    if (lower(a, start).equals(lex.rangeFrom) && lower(a, start - 1).equals("ranging")) {
      int k = lower(a, start - 2).equals(",") ? start - 3 : start - 2;
      object = nounPhraseEndingAt(a, k);
    }
    if (object != null) return stamped(high, RANGING, object);
    if ("percent".equals(unit)) object = rates.before(a, start, true); // "slash the corporate tax rate to 17 or 18 percent"
    if (object != null) return stamped(high, RATE, object);
    object = measuredBefore(a, start); // "the height could be 35 to 45 feet"
    return object == null ? null : stamped(high, MEASURED, object);
  }

  private static Span stamped(Figure num, String rule, Span object) {
    num.stamp(rule);
    return object;
  }

  /**
   * The noun phrase the number counts, with an "of"/"from" phrase: "fighters from the Islamic
   * State group", "ISIS terrorists", "of the vote".
   */
  Span after(Analysis a, int t) {
    int n = a.tokenCount();
    int s = t;
    if (s >= n || a.token(s).startsWith("-") || lex.noObject.contains(a.lower(s))) return null; // "$12-an-hour", "$60,000 a year"
    if (s < n && a.lower(s).equals("of")) { // "45 percent of the vote", "40 percent of whom"
      if (s + 1 < n && a.pos(s + 1).equals("PRON")) { // "of its population", not "of its": a possessive opens the noun phrase
        int e = lex.objectWords.possessives().contains(a.lower(s + 1)) ? beforeVerb(a, s + 2, nounPhrase(a, s + 2)) : s + 2;
        return Span.of(a.text(), a.start(s), a.end(e > s + 2 ? e - 1 : s + 1));
      }
      int e = beforeVerb(a, s + 1, nounPhrase(a, s + 1));
      // a noun the tagger read as an adjective, alone before a preposition or a stop: "517 lb-ft of torque in total"
      if (e == s + 1 && s + 2 < n && a.pos(s + 1).equals("ADJ") && (a.pos(s + 2).equals("ADP") || a.pos(s + 2).equals("PUNCT"))) e = s + 2;
      return e > s + 1 ? Span.of(a.text(), a.start(s), a.end(e - 1)) : null;
    }
    int e = beforeVerb(a, s, nounPhrase(a, s));
    if (e <= s) return null;
    if (e < n && (a.lower(e).equals("from") || a.lower(e).equals("of"))) {
      int pp = beforeVerb(a, e + 1, nounPhrase(a, e + 1));
      if (pp > e + 1) e = pp;
    }
    return Span.of(a.text(), a.start(s), a.end(e - 1));
  }

  /**
   * The end of the noun phrase [s, e) before a verb the tagger read as its noun ([verb-after-figure]): "32% call
   * themselves", "37% disagree", "$495,000 went to", "of young Republicans endorse background checks"; a word that is a
   * verb or a noun ([verb-or-noun-after-figure]) when its object follows ("Two-thirds support reducing sentences", not
   * "19 percent support in South Dakota").
   */
  private int beforeVerb(Analysis a, int s, int e) {
    for (int k = s; k < e; k++) {
      String w = a.lower(k);
      if (lex.verbs.only().contains(w)) return k;
      if (lex.verbs.orNouns().contains(w) && k + 1 < a.tokenCount() && verbObject(a, k + 1)) return k;
    }
    return e;
  }

  /**
   * Whether token k opens a verb's object: a name, pronoun, adjective, -ing form or [object-determiner] ("the"); not
   * "that year", nor a participle ("36 percent support followed by Ben Carson").
   */
  private boolean verbObject(Analysis a, int k) {
    String pos = a.pos(k);
    return pos.equals("PROPN") || pos.equals("PRON") || pos.equals("ADJ") || a.lower(k).endsWith("ing")
        || pos.equals("DET") && lex.verbs.objectDeterminers().contains(a.lower(k));
  }

  /**
   * The noun phrase after a compound the figure opens, its second half a word ("a three-way race",
   * "a three-candidate matchup") or the second number of a tally ("an 80-19 vote", "a 4-1 win").
   */
  private Span compound(Analysis a, int end) {
    int w;
    if (lower(a, end).equals("-") && end > 0 && Tokens.glued(a, end - 1, end) && end + 1 < a.tokenCount() && Tokens.glued(a, end, end + 1)) w = end + 1;
    else if (end > 0 && end < a.tokenCount() && a.token(end - 1).endsWith("-") && Tokens.glued(a, end - 1, end)) w = end;
    else return null;
    if (a.pos(w).equals("NUM")) return after(a, w + 1); // "80-19 vote"
    if (!a.pos(w).equals("NOUN") || w + 1 >= a.tokenCount() || !a.pos(w + 1).equals("NOUN")) return null;
    return after(a, w + 1);
  }

  /**
   * The noun phrase right before a bound of [noun-bound] that opens the figure, not a verb's object:
   * "with support above 80 percent", "particles smaller than 2.5 microns" (not "cost the state over $5 million"; a sum of
   * money after a noun is a class's threshold, no object: "those with incomes above $1 million").
   */
  private Span boundedNoun(Analysis a, int start) {
    if (start < 1 || start + 1 >= a.tokenCount() || !a.pos(start - 1).equals("NOUN")
        || !(lex.objectWords.nounBounds().contains(a.lower(start)) || lex.objectWords.nounBounds().contains(Tokens.phrase(a, start, 2)))) {
      return null;
    }
    Span np = nounPhraseEndingAt(a, start - 1);
    int before = a.tokenAt(np.start()) - 1;
    if (before >= 0 && a.pos(before).equals("DET")) before--;
    return before >= 0 && (a.pos(before).equals("VERB") || a.pos(before).equals("AUX")) ? null : np;
  }

  /** "$1 billion in losses", not "in a single year", nor a place: "in Paris", nor a market's session ([adjunct-head]): "in Big Board trading". */
  private Span partitive(Analysis a, int end, Figure num) {
    if (num.unit == null || end + 1 >= a.tokenCount() || !lower(a, end).equals("in") || a.pos(end + 1).equals("DET") || a.pos(end + 1).equals("NUM")) {
      return null;
    }
    int e = nounPhrase(a, end + 1);
    // a common noun: "in losses", not a place: "in Paris", nor a preposition: "in support of Rubio"
    return e > end + 1 && a.pos(e - 1).equals("NOUN") && !lower(a, e).equals("of") && !lex.objectWords.adjunctIn(a, end + 1, e) // not "in composite trading"
        ? Span.of(a.text(), a.start(end), a.end(e - 1)) : null;
  }

  /**
   * The subject a figure is the level or change of: "America's prison population stood at
   * 200,000", "the share exceeds 7%", "the corporate tax rate, which, at 35 percent, ...", and
   * "their premiums doubled", "their coverage cut in half" for multipliers and fractions.
   */
  private Span subjectBefore(Analysis a, int start, int end, String unit) {
    int k = start - 1;
    if ("times".equals(unit) || "fraction".equals(unit)) {
      if (lower(a, k).equals("in") && lower(a, k - 1).equals("cut")) k -= 2; // "cut in half"
      else if (end - start == 1 && a.lower(start).endsWith("ed")) k = start - 1; // "doubled"
      else return null;
      return nounPhraseEndingAt(a, k);
    }
    if (lower(a, k).equals("at") && lower(a, k - 1).equals(",") && lower(a, k - 2).equals("which") && lower(a, k - 3).equals(",")) {
      return nounPhraseEndingAt(a, k - 4); // "the corporate tax rate, which, at 35 percent,"
    }
    boolean set = lower(a, k).equals("at") || lower(a, k).equals("to");
    if (set) k--;
    int first = a.sentenceStartToken(a.sentenceOf(Math.max(k, 0)));
    while (set && k > first && (a.pos(k).equals("ADV") || lex.objectWords.timeAdjuncts().contains(a.lower(k)))) k--; // "is now at 20.4", "closed yesterday at"
    if (k < 1 || !(lex.level.containsKey(lower(a, k)) || set && lex.levelSet.contains(lower(a, k)))) return null;
    int head = subjectHead(a, k - 1, first);
    // a copula states a level of a common noun only ("The unemployment rate was at 7.8 percent", not "Rubio was at 18%")
    if (lex.copula.contains(lower(a, k)) && !(a.pos(head).equals("NOUN") || taggedAdjective(a, head, first) || measureSubject(a, head))) return null;
    return subject(a, head, first);
  }

  /**
   * Whether a bounded sum of money ends a "with" phrase that defines a class (NOTES.md: a threshold
   * in a noun phrase has no object): "those with adjusted gross incomes of more than $5 million".
   */
  private static boolean classThreshold(Analysis a, int start, Figure num) {
    if (!num.isMoney() || !num.rules().contains(Bounds.BEFORE)) return false;
    int first = a.sentenceStartToken(a.sentenceOf(start));
    for (int k = start - 1; k >= first && start - k < PHRASE / 2; k--) {
      String pos = a.pos(k);
      if (a.lower(k).equals("with")) return true;
      if (!(pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("ADP") || pos.equals("VERB") && a.lower(k).endsWith("ed"))) return false;
    }
    return false;
  }

  /**
   * "a net loss of $915 million", "an advantage of 83 points": the noun phrase before "of" (not a
   * preposition's: "in front of 15,522"); the one before "worth" ([before-link]): "a deal worth $5 billion".
   */
  private Span beforeOf(Analysis a, int start) {
    int of = start - 1;
    if (of < 1 || !lex.objectWords.beforeLinks().contains(a.lower(of))) return null;
    int head = of - 1;
    String h = a.lower(head);
    if (!a.lower(of).equals("of") && (a.pos(head).equals("PROPN") || a.pos(head).equals("NOUN"))) { // "a lifeline from investor SoftBank worth up to $8 billion"
      int first = a.sentenceStartToken(a.sentenceOf(head));
      return subjectEndingAt(a, head, first);
    }
    if (!(a.pos(head).equals("NOUN")) || lex.numbers.containsKey(h) || lex.vague.containsKey(h) || lex.magnitude.containsKey(h)) {
      return null; // not "thousands of $12-an-hour workers"
    }
    if (head > 0 && a.pos(head - 1).equals("ADP") && lex.objectWords.prepositionNouns().contains(h)) return null; // "in front of 15,522", "in excess of $5 million"
    int s = head;
    while (s - 1 >= 0 && head - s < PHRASE && (a.pos(s - 1).equals("NOUN") || a.pos(s - 1).equals("ADJ") || Tokens.split(a, s - 1))
        && !lex.objectWords.prepositions().contains(a.lower(s - 1))) s--; // not "versus net income of $5.3 million"
    if (s - 2 >= 0 && a.token(s - 1).equals("-") && Tokens.glued(a, s - 2, s - 1) && Tokens.glued(a, s - 1, s)) s -= 2; // "third-quarter net loss", "after-tax gain"
    return Span.of(a.text(), a.start(s), a.end(head));
  }

  /** The noun phrase (ADJ|NOUN|PROPN)* ending in a common noun at token k, or null ("America's prison population"). */
  private static Span nounPhraseEndingAt(Analysis a, int k) {
    if (k < 0 || !a.pos(k).equals("NOUN")) return null;
    int s = k;
    while (s - 1 >= 0 && k - s < PHRASE && (a.pos(s - 1).equals("NOUN") || a.pos(s - 1).equals("ADJ") || a.pos(s - 1).equals("PROPN")
        || s - 2 >= 0 && (a.lower(s - 1).equals("'s") || a.lower(s - 1).equals("’s")) && a.pos(s - 2).equals("PROPN"))) s--;
    return Span.of(a.text(), a.start(s), a.end(k));
  }

  /**
   * DET? (ADJ|NOUN|PROPN|NUM)* ending in a NOUN or PROPN: the end, or t. Before its head, the
   * modifiers the tagger reads as verbs, adverbs or conjunctions ({@link #modifierLink}); a
   * possessive inside it ("of Saudi Arabia's 70,000 mosques").
   */
  private int nounPhrase(Analysis a, int t) {
    int n = a.tokenCount();
    int k = t;
    if (k < n && a.pos(k).equals("DET")) k++;
    int lastNoun = -1;
    while (k < n && k - t < PHRASE) {
      String pos = a.pos(k);
      // "twenty delegates", "two American billionaires", tagged as a verb
      boolean plural = (k == t || lastNoun < 0 && a.pos(k - 1).equals("ADJ")) && pos.equals("VERB") && a.lower(k).endsWith("s") && !a.lower(k).endsWith("ss")
          && a.lower(k).length() > 3;
      boolean participle = participle(a, k, t, lastNoun < 0);
      if (pos.equals("NOUN") || pos.equals("PROPN") || plural
          || (pos.equals("VERB") && a.lower(k).endsWith("ing") && k > t && a.pos(k - 1).equals("DET"))) lastNoun = k;
      else if (pos.equals("VERB") && !participle && !(lastNoun < 0 && modifierLink(a, k))) break;
      else if (!(participle || pos.equals("ADJ") || pos.equals("NUM") || (a.token(k).endsWith("-") && k + 1 < n && a.end(k) == a.start(k + 1)) // "candidate-focused"
          || lastNoun < 0 && modifierLink(a, k) || lastNoun >= 0 && possessive(a, k))) break;
      k++;
    }
    return lastNoun < 0 ? t : lastNoun + 1;
  }

  /**
   * A participle before a noun is an adjective: "848 registered voters", "of Democratic registered
   * voters"; one in -ing only before the head and before a common word ("leaning Democratic states",
   * "a 3-point polling lead"; not "voters backing Clinton").
   */
  private static boolean participle(Analysis a, int k, int t, boolean beforeHead) {
    if (!a.pos(k).equals("VERB") || k + 1 >= a.tokenCount()) return false;
    if (beforeHead && k > t && a.token(k - 1).equals("-") && Tokens.glued(a, k - 1, k)) return true; // "Republican-leaning"
    String next = a.pos(k + 1), w = a.lower(k);
    if (w.endsWith("ed")) return next.equals("NOUN") || next.equals("ADJ") || next.equals("PROPN");
    return beforeHead && w.endsWith("ing") && (next.equals("NOUN") || next.equals("ADJ"));
  }

  /**
   * A word before a noun phrase's head that the tagger reads as no modifier: an adverb before an
   * adjective ("three most important issues"), a conjunction between modifiers ("14 solidly
   * Democratic or leaning Democratic states"), a preposition in a hyphenated word ("on-board").
   */
  private boolean modifierLink(Analysis a, int k) {
    int n = a.tokenCount();
    if (k + 1 >= n) return false;
    String pos = a.pos(k), next = a.pos(k + 1);
    if (pos.equals("ADV")) return next.equals("ADJ") || next.equals("CCONJ") || a.token(k + 1).equals("-") && Tokens.glued(a, k, k + 1); // "well-known"
    if (pos.equals("VERB")) return k > 0 && a.pos(k - 1).equals("ADJ") && next.equals("NOUN"); // "seven different drive modes"
    // a word the tagger reads as a preposition that is none ([preposition]) before a noun: "a 6.5 percent growth rate", "12.1-inch upper touchscreen"
    if (pos.equals("ADP") && next.equals("NOUN") && !lex.objectWords.prepositions().contains(a.lower(k))) return true;
    if (pos.equals("CCONJ")) {
      String before = k > 0 ? a.pos(k - 1) : "";
      return (before.equals("ADJ") || before.equals("ADV")) && (next.equals("ADJ") || next.equals("ADV") || next.equals("VERB") || next.equals("PROPN"));
    }
    return pos.equals("ADP") && k + 2 < n && a.token(k + 1).equals("-") && Tokens.glued(a, k, k + 1) && Tokens.glued(a, k + 1, k + 2);
  }

  /** "Saudi Arabia's 70,000 mosques": a possessive after a name or noun inside a noun phrase. */
  private static boolean possessive(Analysis a, int k) {
    String w = a.lower(k);
    return (w.equals("'s") || w.equals("’s")) && k + 1 < a.tokenCount() && (a.pos(k + 1).equals("NUM") || a.pos(k + 1).equals("ADJ") || a.pos(k + 1).equals("NOUN"));
  }
}
