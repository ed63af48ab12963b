package org.attest.time;

import static org.attest.time.Values.safeDate;
import static org.attest.time.Words.attributive;
import static org.attest.time.Words.hyphen;
import static org.attest.time.Words.low;

import java.time.LocalDate;
import org.attest.text.Analysis;

/** The value-resolution step shared by the families: the tense of a clause, and the year a month or day without one falls in. */
final class Tenses {
  private Tenses() {}

  static enum Tense { PAST, PRESENT, FUTURE }

  /** The year of a month (and day) without one: the past for a past-tense clause, and so on. */
  static int yearByTense(Scan d, int t, int month, int day) {
    if (d.dct == null) return -1;
    int y = d.dct.getYear();
    int dm = d.dct.getMonthValue();
    // a day within two months of the article is the nearest such day; farther, the tense decides,
    // and a month that names a thing ("a June agreement", "in an August speech") names a past one
    Tense tense = day < 0 && attributive(d, t) ? Tense.PAST : tense(d, t);
    if (day > 0) {
      LocalDate same = safeDate(y, month, day), before = safeDate(y - 1, month, day), after = safeDate(y + 1, month, day);
      LocalDate nearest = same;
      for (LocalDate c : new LocalDate[] {before, after}) {
        if (c != null && (nearest == null || Math.abs(c.toEpochDay() - d.dct.toEpochDay()) < Math.abs(nearest.toEpochDay() - d.dct.toEpochDay()))) nearest = c;
      }
      if (nearest != null && Math.abs(nearest.toEpochDay() - d.dct.toEpochDay()) <= 60) return nearest.getYear();
    } else {
      // a month within two of the article's is the nearest such month: "November transactions" said in October
      int ahead = (month - dm + 12) % 12;
      if (ahead <= 2) return dm + ahead > 12 ? y + 1 : y;
      if (ahead >= 10) return month > dm ? y - 1 : y;
    }
    int cmp = Integer.compare(month, dm);
    if (cmp == 0 && day > 0) cmp = Integer.compare(day, d.dct.getDayOfMonth());
    if (tense == Tense.PAST) return cmp > 0 ? y - 1 : y;
    if (tense == Tense.FUTURE) return cmp < 0 ? y + 1 : y;
    // no tense to go by: news looks back, unless the month is at most a quarter ahead ("April" in December)
    int ahead = (month - dm + 12) % 12;
    if (cmp > 0 && ahead > 3) return y - 1;
    if (cmp < 0 && ahead <= 3) return y + 1;
    return y;
  }

  /**
   * The tense of the clause around token t: the nearest verb form to its left in the sentence
   * (then to its right) decides: will/would → future, is/are → present, was/said/-ed → past.
   */
  static Tense tense(Scan d, int t) {
    // "on patrol since March": what began lies behind; "a pact effective June 1": what takes effect lies ahead
    String before = d.lex.tenseBefore.get(low(d, t - 1));
    if (before != null) return Tense.valueOf(before);
    Tense found = tense(d, t, 6);
    return found == null ? Tense.PRESENT : found;
  }

  /** The tense with a reach of {@code right} words to the right (the left is read first); null when no verb tells. */
  static Tense tense(Scan d, int t, int right) {
    Analysis a = d.a;
    int s = a.sentenceOf(t);
    int from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    from = Math.max(from, t - 30); // a clause, not a whole endless sentence
    to = Math.min(to, t + 30);
    boolean rightOpen = true; // the right is read up to the end of its clause ("on Saturday and were planning", "Tuesday, Castro said")
    for (int dist = 1; t - dist >= from || (dist <= right && t + dist < to); dist++) { // the nearest verb, the left one first
      if (t - dist >= from) {
        if (d.lex.would.has(a.lower(t - dist))) return Tense.FUTURE; // "said the father would be traveling Thursday"
        Tense v = verbTense(d, t - dist, dist == 1, false);
        if (v != null) return v;
      }
      if (rightOpen && t + dist < to && dist <= right) {
        if (d.lex.clauseEnd.has(a.lower(t + dist))) {
          rightOpen = false;
        } else {
          Tense v = verbTense(d, t + dist, false, true);
          if (v != null) return v;
        }
      }
    }
    for (int k = t + 1; k < to; k++) { // "In January, a week after ..., the police found": the main verb
      Tense v = verbTense(d, k, false, true);
      if (v != null) return v;
    }
    return null; // no verb to go by
  }

  /**
   * The tense a word gives its clause, or null; {@code adjacent}: right before the expression ("announced Wednesday");
   * {@code after}: the word follows the expression.
   */
  static Tense verbTense(Scan d, int k, boolean adjacent, boolean after) {
    String w = d.a.lower(k);
    String pos = d.a.pos(k);
    if (adjacent && pos.equals("ADJ") && w.endsWith("ed")) pos = "VERB"; // "the decision, announced Wednesday": a participle
    if (d.lex.would.has(w)) return null; // "said they would ...": the reporting verb decides
    if (d.lex.will.has(w) || w.endsWith("'ll") || d.lex.shall.has(w) || (d.lex.going.has(w) && d.lex.to.at(d, k + 1))) {
      // "'ll" alone or glued to its subject ("I'll", "we’ll": Analysis.lower writes ’ as '), as the tokenizer leaves it
      return Tense.FUTURE;
    }
    if (!(pos.equals("VERB") || pos.equals("AUX"))) return null;
    if (hyphen(d, k - 1) == 1 || hyphen(d, k + 1) == 1) return null; // "lower-than-expected", "long-planned": an adjective
    if (d.lex.presentBe.has(w)) return Tense.PRESENT;
    String prev = low(d, k - 1);
    // "planned to leave on Thursday", "scheduled a news conference Thursday": intent looks ahead;
    // an infinitive of purpose ("staged rallies to mark the entry on Friday") leaves the main verb to decide
    if (d.lex.to.has(prev) && !w.endsWith("ed")) {
      int intent = intentAt(d, k - 1);
      if (intent < 0) return null;
      // "had been scheduled to expire at midnight Friday": a plan of the past, for a day behind
      return pastPerfect(d, intent) ? Tense.PAST : Tense.FUTURE;
    }
    if (d.lex.intentVerbs.contains(w)) {
      if (w.endsWith("ed") && k + 1 < d.a.tokenCount() && d.a.pos(k + 1).equals("NOUN")) return null; // "the hastily planned trip": an adjective
      // "On Friday, the government planned to pay": the time is the planning's, in the past
      if (after && w.endsWith("ed") && !d.lex.auxiliary.has(prev)) return Tense.PAST;
      if (w.endsWith("ed") && pastPerfect(d, k)) return Tense.PAST; // "had been scheduled for Friday": a plan of the past
      return Tense.FUTURE;
    }
    if (d.lex.intentBeforeToOrFor.contains(w) && d.lex.toFor.at(d, k + 1)) return Tense.FUTURE; // "set to vote"
    // "the attacks on Friday ... have changed": a present perfect after the day tells of what is done, a day behind
    // (before it, the day may be a deadline: "has given them until Tuesday")
    if (after && d.lex.perfect.has(prev) && (d.lex.pastForms.contains(w) || w.endsWith("ed") || w.endsWith("en"))) return Tense.PAST;
    boolean participle = d.lex.beforeParticiple.has(prev);
    if (participle) return null;
    if (d.lex.pastForms.contains(w) || w.endsWith("ed")) return Tense.PAST;
    return null;
  }

  /** The word of intent the "to" at {@code to} follows, or -1. */
  static int intentAt(Scan d, int to) {
    for (int k = to - 1; k >= Math.max(0, to - 2); k--) {
      if (d.lex.intentBeforeTo.contains(d.a.lower(k))) return k;
      if (!d.a.pos(k).equals("ADV")) break; // "plans eventually to"
    }
    return -1;
  }

  /** Whether the participle at {@code k} is in the past perfect: "had planned", "had previously been scheduled". */
  static boolean pastPerfect(Scan d, int k) {
    int j = k - 1;
    while (j >= 0 && d.a.pos(j).equals("ADV")) j--;
    if (j >= 0 && d.lex.been.has(d.a.lower(j))) {
      j--;
      while (j >= 0 && d.a.pos(j).equals("ADV")) j--;
    }
    if (j < 0) return false;
    String w = d.a.lower(j);
    // "had", "'d" alone or glued to its subject ("They'd", "they’d"), as the future check takes "'ll"
    return d.lex.had.has(w) || w.endsWith("'d");
  }
}
