package org.attest.quote;

import org.attest.text.Analysis;

/**
 * "X said (that) CLAUSE": past an addressee ("told reporters that"), adverbs, an adjunct ("said on
 * Tuesday that") and a day word ("said Monday the plant will close"), a clause must follow.
 */
final class XSaidClause extends IndirectRule {
  /** The most words of a phrase before the clause: "said despite all that, ...". */
  private static final int FRONTED_WORDS = 8;

  XSaidClause() {
    super("x-said-clause");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Who who = cue.subject(r);
    if (who != null && answerAt(r, cue)) { // "Asked if her practices were illegal, 46 percent said yes."
      q.who = r.speakers.proxy(who, cue.c);
      cue.minTokens = 1;
      return cue.clauseFrom(r, cue.cueEnd);
    }
    if (who != null && r.cues.verbs.containsKey(r.a.lower(cue.c)) && Holding.relativeGap(r, cue, who)) { // "which officials said will go into effect"
      q.who = r.speakers.proxy(who, cue.c);
      return Holding.phraseFrom(r, cue, cue.cueEnd, 2);
    }
    int t = who == null ? -1 : clauseStart(r, cue);
    if (t < 0) return Verdict.NONE;
    q.who = r.speakers.proxy(who, cue.c);
    return cue.clauseFrom(r, t);
  }

  /** A one-word answer right after a cue of speech, the last word of its clause: "said yes", "said no", "said so". */
  private static boolean answerAt(Reading r, ReportCue cue) {
    int t = cue.cueEnd;
    return t < cue.end && r.cues.answers.contains(r.a.lower(t)) && (t + 1 == cue.end || r.a.token(t + 1).equals(","))
        && r.cues.verbs.containsKey(r.a.lower(cue.c));
  }

  /** The first token of the clause after the cue, or -1 when none follows it. */
  static int clauseStart(Reading r, ReportCue cue) {
    Analysis a = r.a;
    int end = cue.end;
    int t = afterCue(r, cue);
    boolean that = t < end && a.lower(t).equals(r.cues.that);
    if (that) t++;
    return that || r.clauses.startsClause(t, end) || frontedPhrase(r, t, end) ? t : -1;
  }

  /** Where the clause after the cue would start: past its addressee, adverbs, an adjunct and a day word. */
  static int afterCue(Reading r, ReportCue cue) {
    Analysis a = r.a;
    int end = cue.end;
    int t = pastAddressee(r, cue);
    // an adverb is skipped, not one that leads a number: "said more than 1 million donors made"
    while (t < end && (a.token(t).equals(",") || a.pos(t).equals("ADV") && !r.cues.clauseAdverbs.contains(a.lower(t)) && r.clauses.pastQuantityLead(t, end) == t)) t++;
    t = r.clauses.afterAdjunct(t, end); // "said on Tuesday that", "said in an interview that"
    return pastDay(r, t, end);
  }

  /**
   * A phrase that opens the clause and ends at a comma, a clause after it: "says despite all that,
   * Obama wasn't influenced", "said if elected, she would"; the phrase is part of what was said.
   */
  private static boolean frontedPhrase(Reading r, int t, int end) {
    Analysis a = r.a;
    if (!(t < end && (a.pos(t).equals("ADP") || a.pos(t).equals("SCONJ")))) return false;
    if (a.lower(t).equals(r.cues.that) || a.lower(t).equals(r.cues.subjectOf)) return false; // "said of Clinton, his words drowned": its topic
    for (int k = t + 1; k < end && k <= t + FRONTED_WORDS; k++) {
      if (a.quoted(k)) return false;
      if (a.token(k).equals(",")) { // not a relative clause on the phrase: "at the debate, which was sponsored by CBS"
        return k > t + 1 && k + 1 < end && !r.cues.relatives.contains(a.lower(k + 1)) && r.clauses.startsClause(k + 1, end);
      }
    }
    return false;
  }

  /** The token after the addressee of a cue that takes one: "told reporters that", "warned voters that", "told the debate audience that". */
  private static int pastAddressee(Reading r, ReportCue cue) {
    Analysis a = r.a;
    int t = cue.cueEnd, end = cue.end;
    String word = a.lower(cue.c);
    if (!(t < end && (r.cues.addressee.contains(word) || r.cues.addresseeMaybe.contains(word)))) return t;
    int that = thatAfterAddressee(r, t, end);
    if (that > 0) return that;
    int obj = r.ents.mentionStartingAt(t);
    if (obj >= 0) return r.ents.mentionEnd(obj);
    if (a.pos(t).equals("PRON") || a.pos(t).equals("NOUN") || a.pos(t).equals("PROPN")) return t + 1;
    if (a.pos(t).equals("DET")) { // the addressee is a noun phrase
      int k = t + 1;
      while (k < end && k <= t + 4 && (a.pos(k).equals("ADJ") || a.pos(k).equals("NOUN") || a.pos(k).equals("PROPN"))) k++;
      if (k > t + 1 && k < end && a.lower(k).equals(r.cues.that)) return k;
    }
    return t;
  }

  /**
   * The "that" after a long addressee with its adjuncts, a noun before it and no verb, pronoun or
   * comma on the way, a clause after it: "told a crowded banquet hall at a hotel in downtown Baltimore that he"; else -1.
   */
  private static int thatAfterAddressee(Reading r, int t, int end) {
    Analysis a = r.a;
    for (int k = t + 1; k < end && k <= t + 12; k++) {
      if (a.lower(k).equals(r.cues.that)) { // not a relative "that": "told the story of a town that was destroyed"
        return (a.pos(k - 1).equals("NOUN") || a.pos(k - 1).equals("PROPN")) && r.clauses.startsClause(k + 1, end) ? k : -1;
      }
      String p = a.pos(k);
      if (Tokens.isVerb(a, k) || p.equals("PRON") || p.equals("PUNCT") && !a.token(k).equals(".") || a.quoted(k)) return -1;
    }
    return -1;
  }

  /**
   * "said Monday the plant will close": the day is when it was said, skipped with a part of the day
   * ("Friday night"); not "said Friday was his last day", where the day is the subject.
   */
  private static int pastDay(Reading r, int t, int end) {
    Analysis a = r.a;
    if (!(t < end && r.cues.whenWords.contains(a.lower(t)))) return t;
    int past = t + 1;
    if (past < end && r.cues.whenParts.contains(a.lower(past))) past++;
    String next = past < end ? a.pos(past) : "";
    return !next.equals("AUX") && !next.equals("VERB") && !(past < end && a.lower(past).equals(r.cues.possessive)) ? past : t;
  }
}
