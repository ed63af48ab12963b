package org.attest.quote;

import org.attest.text.Analysis;

/** Where a reported clause starts and ends: the tests the indirect rules and the cue sieves share. */
final class Clauses {
  /** The most words from the start of a long subject to its auxiliary. */
  private static final int LONG_SUBJECT = 18;

  private final CueLexicon cues;
  private final Analysis a;

  Clauses(CueLexicon cues, Analysis a) {
    this.cues = cues;
    this.a = a;
  }

  /** A clause follows: a subject word and, within a few words, a finite verb. */
  boolean startsClause(int t, int end) {
    return startsClause(t, end, false);
  }

  /**
   * As {@link #startsClause(int, int)}; {@code objectFirst}: the cue also takes a plain
   * object ("found a gun", "knows the city"), so a noun phrase followed by "and" and a verb is that
   * object, not a clause.
   */
  boolean startsClause(int t, int end, boolean objectFirst) {
    if (t >= end) return false;
    if (isPronounContraction(a.lower(t))) return true; // "said he’d battled"
    t = pastQuantityLead(t, end);
    if (gerundSubject(t, end)) return true;
    String pos = a.pos(t);
    if (!(pos.equals("PRON") || pos.equals("DET") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("NUM") || pos.equals("ADJ")
        || cues.clauseOpeners.contains(a.lower(t)))) {
      return false; // the tagger may miss an article, or take "there are" for an adverb
    }
    if (pos.equals("PRON") && cues.objectPronouns.contains(a.lower(t))) {
      // "said it", "said what" may be objects; still a clause when a verb follows at once ("it’s", the tagger's PUNCT)
      return t + 1 < end && (Tokens.isVerb(a, t + 1) || isAux(t + 1));
    }
    for (int k = t + 1; k < end && k <= t + 10; k++) {
      String p = a.pos(k);
      if (p.equals("PUNCT") && a.end(k - 1) == a.start(k) && k + 1 < end && a.end(k) == a.start(k + 1)) continue; // "EB-5"
      // "Pence's performance should", a possessive; after a pronoun it is a verb: "said he's not ready"
      if (a.lower(k).equals(cues.possessive) && !a.pos(k - 1).equals("PRON")) continue;
      // "said a prayer for the victims and left": an object and a second verb; "said a spokesman for the group that
      // runs it": the verb of a relative clause inside a noun phrase
      if (k + 1 < end && Tokens.isVerb(a, k + 1)) {
        if (p.equals("CCONJ") && objectFirst) return false; // "found a gun in his car and arrested him": an object, then a second verb
        // "people who voted for Trump are angry": the clause goes on after the relative one
        if (cues.relatives.contains(a.lower(k))) return goesOnAfterRelative(k, end);
      }
      if (isAux(k)) return true;
      if (!objectFirst && presentTenseAsNoun(k, end)) return true; // "said the system favors the wealthy": "favors" tagged a noun
      if (p.equals("VERB")) {
        boolean nonFinite = a.lower(k).endsWith(cues.participleEnding) || a.lower(k - 1).equals(cues.to);
        if (!nonFinite) return true;
        if (!insideNounPhrase(t, k)) return false;
        continue; // "said the decision to forgo foreign money had", "said the upside of using him would": the subject goes on
      }
      // a preposition inside the subject ("praise from Putin would", "a device in Chelsea was") goes on; one right after
      // the first word or after another preposition ("said Tuesday in a statement") does not
      // (a common noun may take one: "said life for the next generation would be worse")
      boolean nounFirst = k == t + 1 && a.pos(t).equals("NOUN") && !a.isCapitalized(t) && !cues.timeNouns.contains(a.lower(t)) && !cues.whenWords.contains(a.lower(t));
      if (p.equals("PUNCT") || p.equals("ADP") && !a.lower(k).equals(cues.subjectOf) && (k == t + 1 && !nounFirst || a.pos(k - 1).equals("ADP"))) return false;
    }
    return false;
  }

  /**
   * A subject too long or too mistagged for {@link #startsClause(int, int)}, then its finite
   * auxiliary (cues.txt [finite-aux], in lower case, however tagged) within a few words, with no
   * punctuation, quote or subordinating word on the way: "said Clinton’s acceptance of donations
   * from those seeking her assistance was akin to extortion", "said the majority of voters passing
   * by were polite". Not an auxiliary right after a subject pronoun or a relative one ("said the
   * words he had prepared"), a determiner or "to"; not after "and" ("said a prayer
   * and was led away": an object and a second verb).
   */
  boolean longSubject(int t, int end) {
    if (t >= end || a.quoted(t) || !opensNounPhrase(t)) return false;
    for (int k = t + 1; k < end && k <= t + LONG_SUBJECT; k++) {
      String p = a.pos(k), w = a.token(k);
      if (a.quoted(k)) return false;
      if (!finiteAt(k)) { // "wasn’t" may be tagged punctuation
        if (p.equals("SCONJ") || p.equals("PUNCT") && !(a.start(k) == a.end(k - 1) && !w.equals(","))) return false;
        if (p.equals("CCONJ") && k + 1 < end && (Tokens.isVerb(a, k + 1) || finiteAt(k + 1))) return false;
        continue;
      }
      String prev = a.lower(k - 1), pp = a.pos(k - 1);
      if (cues.relatives.contains(prev)) continue; // "the people who were" : the relative clause's own
      return !(cues.subjectPronouns.contains(prev) || pp.equals("DET") || pp.equals("CCONJ") || prev.equals(cues.to));
    }
    return false;
  }

  /**
   * A finite verb however tagged: an auxiliary of cues.txt [finite-aux] in lower case, a negated one
   * ("aren’t"), or a verb in -s after a noun ("having Trump at the top of the ticket puts").
   */
  private boolean finiteAt(int k) {
    String w = a.lower(k);
    if (cues.clause.finiteAux().contains(a.token(k)) || w.endsWith(cues.negation) && w.indexOf('\'') > 0) return true;
    String pp = a.pos(k - 1);
    return a.pos(k).equals("VERB") && w.endsWith(cues.sEnding) && !w.endsWith("ss") && (pp.equals("NOUN") || pp.equals("PROPN"));
  }

  /** A word that may open a subject noun phrase, however the tagger takes it: not a preposition, adverb, conjunction or auxiliary. */
  private boolean opensNounPhrase(int t) {
    String p = a.pos(t), w = a.lower(t);
    if (cues.objectPronouns.contains(w) || cues.answers.contains(w) || cues.clause.finiteAux().contains(w) || w.equals(cues.that)) return false;
    return !(p.equals("ADP") || p.equals("ADV") || p.equals("SCONJ") || p.equals("CCONJ") || p.equals("PART") || p.equals("PUNCT") || p.equals("AUX"));
  }

  /**
   * Whether a gerund or an infinitive at k modifies the noun phrase that opens at t ("the decision
   * to forgo", "the upside of using"): a determiner or a possessive opens it and a noun comes before, right before
   * or before "to", "of" or "for".
   */
  private boolean insideNounPhrase(int t, int k) {
    if (k - 1 <= t) return false;
    int h = a.lower(k - 1).equals(cues.to) || a.pos(k - 1).equals("ADP") ? k - 2 : k - 1;
    return h > t && (a.pos(h).equals("NOUN") || a.pos(h).equals("PROPN")) && (a.pos(t).equals("DET") || possessiveIn(t + 1, h));
  }

  /** A possessive that opens the noun phrase as a determiner would: "Obama’s new actions to regulate gun sales are". */
  private boolean possessiveIn(int from, int to) {
    for (int j = from; j < to; j++) if (a.lower(j).equals(cues.possessive)) return true;
    return false;
  }

  /**
   * A verb in -s the tagger took for a plural noun, after the singular head of the subject and
   * before the start of its object: "the economic system favors the wealthy", "taxing consumption
   * encourages savings"; not "the party leaders".
   */
  private boolean presentTenseAsNoun(int k, int end) {
    String w = a.lower(k), prev = a.lower(k - 1);
    if (!a.pos(k).equals("NOUN") || !w.endsWith(cues.sEnding) || w.endsWith("ss") || k + 1 >= end) return false;
    if (!(a.pos(k - 1).equals("NOUN") && !prev.endsWith(cues.sEnding) || a.pos(k - 1).equals("PROPN"))) return false;
    String next = a.pos(k + 1);
    return next.equals("DET") || next.equals("PRON") || next.equals("NUM");
  }

  /** The number after a word that leads it ("more than 1 million", "nearly 3,000", "at least 12"), else t. */
  int pastQuantityLead(int t, int end) {
    int k = t;
    while (k < end && k < t + 3 && cues.quantityLeads.contains(a.lower(k))) k++;
    return k > t && k < end && a.pos(k).equals("NUM") ? k : t;
  }

  /**
   * A gerund that is the clause's subject, then its finite auxiliary before any pronoun, verb or
   * punctuation: "said running for president is hard"; not "said hoping he would win".
   */
  private boolean gerundSubject(int t, int end) {
    if (!(a.pos(t).equals("VERB") && a.lower(t).endsWith(cues.participleEnding))) return false;
    for (int k = t + 1; k < end && k <= t + 6; k++) {
      if (isAux(k)) return a.pos(k).startsWith("AUX") && !a.lower(k - 1).equals(cues.to);
      String p = a.pos(k);
      if (p.equals("PRON") || p.equals("VERB") || p.equals("PUNCT") || p.equals("SCONJ") || a.lower(k).equals(cues.that)) return false;
    }
    return false;
  }

  /**
   * An auxiliary, however the tagger reads a contraction: "aren’t" (AUX+PART), "can’t" (PUNCT), "’s"
   * after a pronoun (PUNCT): "said stocks aren’t a good investment", "says it’s important".
   */
  boolean isAux(int k) {
    String pos = a.pos(k), w = a.lower(k);
    if (pos.startsWith("AUX")) return true;
    int apostrophe = w.indexOf('\''); // Analysis.lower writes ’ as '
    if (apostrophe < 0) return false;
    if (w.endsWith(cues.negation) && apostrophe > 0) return true; // "can't", "don't"
    return apostrophe == 0 && k > 0 && a.pos(k - 1).equals("PRON") && cues.contractions.contains(w.substring(1));
  }

  /** Whether a finite verb of the main clause follows the relative clause opened at k: "people who voted for Trump | are angry". */
  private boolean goesOnAfterRelative(int k, int end) {
    int r0 = k + 2; // past the relative clause's own verb group: "who was seen", "that have cut", "who had been wounded"
    if (a.pos(k + 1).equals("AUX")) {
      while (r0 < end && (a.pos(r0).equals("AUX") || a.pos(r0).equals("ADV") || a.pos(r0).equals("PART"))) r0++;
      if (r0 < end && a.pos(r0).equals("VERB")) r0++;
    }
    for (int r = r0; r < end && r <= k + 10; r++) {
      String rp = a.pos(r);
      if (rp.equals("PUNCT") || rp.equals("CCONJ")) return false;
      if (r == r0 && r0 > k + 2 && (rp.equals("AUX") || rp.equals("VERB") && !a.lower(r).endsWith(cues.participleEnding))) return true; // "who was shot died"
      if (rp.equals("AUX") || rp.equals("VERB") && !a.lower(r).endsWith(cues.participleEnding) && !a.lower(r - 1).equals(cues.to) && !rp.equals(a.pos(r - 1))) {
        return r > k + 2 && !a.pos(r - 1).equals("AUX");
      }
    }
    return false; // "said a spokesman for the group that runs it"
  }

  /** A subject pronoun and its auxiliary in one token, as the tokenizer leaves "he’d", "they’re". */
  private boolean isPronounContraction(String w) {
    int apostrophe = w.indexOf('\''); // Analysis.lower writes ’ as '
    return apostrophe > 0 && cues.subjectPronouns.contains(w.substring(0, apostrophe)) && cues.contractions.contains(w.substring(apostrophe + 1));
  }

  /** The first token of the clause a cue introduces ("that" skipped), or -1 when no clause follows it. */
  int clauseAfter(int t, int end) {
    boolean that = t < end && a.lower(t).equals(cues.that);
    if (that) t++;
    return that || startsClause(t, end) ? t : -1;
  }

  /**
   * Where a reported clause ends: at a semicolon, after which another clause has its own subject
   * ("X estimates that ... $1.1 trillion; the Tax Foundation puts the figure at $498 billion"), else at end.
   */
  int semicolonOr(int from, int end) {
    for (int t = from; t < end; t++) if (a.token(t).equals(";") && !a.quoted(t) && startsClause(t + 1, end)) return t;
    return end;
  }

  /**
   * The token after a short adjunct that separates a cue from its "that": "on Tuesday", "in an
   * interview", "last week", "Tuesday" — a few words without a verb, then "that". Else t itself.
   */
  int afterAdjunct(int t, int end) {
    if (t >= end || a.lower(t).equals(cues.that)) return t;
    String pos = a.pos(t);
    if (!(pos.equals("ADP") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("DET"))) return t;
    for (int k = t + 1; k < end && k <= t + 6; k++) {
      if (a.lower(k).equals(cues.that)) return a.lower(k - 1).equals(",") || a.pos(k - 1).equals("NOUN") || a.pos(k - 1).equals("PROPN") ? k : t;
      String p = a.pos(k);
      // "said after the convention he would not accept": a subject pronoun and its verb start the clause
      // (an auxiliary: "in the letter he wrote to the board that ..." is a relative clause, its "that" comes later)
      if (pos.equals("ADP") && cues.subjectPronouns.contains(a.lower(k)) && k + 1 < end && a.pos(k + 1).equals("AUX")
          && (a.pos(k - 1).equals("NOUN") || a.pos(k - 1).equals("PROPN"))) {
        return k;
      }
      if (p.equals("VERB") || p.equals("AUX") || p.equals("PRON") || a.quoted(k)) return t;
    }
    return t;
  }

  /** The end of the words before the cue at c once auxiliaries and adverbs are set aside: "he was known to | tell". */
  int beforeAuxiliaries(int from, int c) {
    int end = c;
    while (end > from && (cues.aux.contains(a.lower(end - 1)) || a.pos(end - 1).equals("ADV"))) end--;
    return end;
  }

  /**
   * The token after a label's colon that opens the sentence ("Editor’s note:", "UPDATE:", cues.txt
   * [colon-label]): the words before it label the text and hold no one who speaks; else from.
   */
  int afterColonLabel(int from, int c) {
    boolean label = false;
    for (int k = from; k < c && k <= from + 3; k++) {
      if (a.token(k).equals(cues.holding.colon)) return label ? k + 1 : from;
      label |= cues.holding.colonLabels.contains(a.lower(k));
    }
    return from;
  }

  /** Whether a comma and a cue close the sentence after t: "..., Smith said." */
  boolean laterSpeaker(int t, int end) {
    for (int k = t; k < end; k++) {
      if (!a.token(k).equals(",")) continue;
      for (int c = k + 1; c < end && c <= k + 5; c++) if (cues.cueAt(a, c, end) > 0) return true;
    }
    return false;
  }

  /** "I think the plan will fail, Smith said": a lone first-person subject is the quoted person's when a speaker closes the sentence. */
  boolean quotedPersonsI(Who who, int cueEnd, int end) {
    return who.mention() < 0 && who.end() - who.start() == 1 && cues.firstPerson.contains(a.lower(who.start())) && laterSpeaker(cueEnd, end);
  }

  /** Whether the cue at c opens a relative clause set off by a comma: ", who thought", ", which reported". */
  boolean relativeBefore(int from, int c) {
    int k = beforeAuxiliaries(from, c) - 1;
    return k - 1 >= from && cues.relatives.contains(a.lower(k)) && !a.lower(k).equals(cues.that) && a.token(k - 1).equals(",");
  }
}
