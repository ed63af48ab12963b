package org.attest.quote;

import static org.attest.quote.Tokens.isPunct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Quote;
import org.attest.text.Analysis;

/** Indirect quotes: at each reporting cue outside quotation marks, the first {@link Sieves#INDIRECT} rule that reads it. */
final class IndirectQuotes {
  /** The dashes, with a space before them, a clause is cut at before a quote, as at a comma or semicolon. */
  private static final java.util.Set<String> CUTS = java.util.Set.of("-", "--", "–", "—");

  private IndirectQuotes() {}

  /**
   * The indirect quotes of the document, none over the words a direct or mixed quote holds, nor over
   * part of an earlier indirect one: a sentence may hold several ("X said CLAUSE, and Y believes
   * CLAUSE"), and a later one may hold a whole earlier one, as PolNeAR nests them ("CLAUSE holding
   * a stance, according to X").
   */
  static List<Candidate> find(Reading r, List<Candidate> direct) {
    List<Candidate> out = new ArrayList<>();
    int[] held = new int[r.a.text().length() + 1]; // characters a quote already holds: -1 a direct one, i+1 indirect i
    for (Candidate q : direct) Arrays.fill(held, q.startChar, q.endChar, -1);
    for (int s = 0; s < r.a.sentenceCount(); s++) {
      int c = r.a.sentenceStartToken(s);
      for (Candidate q = inSentence(r, s, c, direct, held, out); q != null; q = inSentence(r, s, c, direct, held, out)) {
        out.add(q);
        for (int ch = q.startChar; ch < q.endChar; ch++) if (held[ch] == 0) held[ch] = out.size();
        c = q.cueEnd;
      }
    }
    return out;
  }

  /**
   * True when the characters of q are free, or hold only whole indirect quotes found before it whose
   * cue and speaker it holds too (a nested attribution, not "Asked if X, Trump said no").
   */
  private static boolean free(Reading r, Candidate q, int[] held, List<Candidate> found) {
    for (int ch = q.startChar; ch < q.endChar; ch++) {
      int h = held[ch];
      if (h < 0) return false;
      if (h == 0) continue;
      if ((q.startChar > 0 && held[q.startChar - 1] == h) || held[q.endChar] == h) return false; // part of it
      Candidate in = found.get(h - 1);
      if (in.who == null || !inside(r, q, in.cueStart) || !inside(r, q, in.who.start())) return false;
    }
    return true;
  }

  private static boolean inside(Reading r, Candidate q, int token) {
    return token >= 0 && r.a.start(token) >= q.startChar && r.a.end(token) <= q.endChar;
  }

  /** The first indirect quote of sentence s at a cue from token c on, or null. */
  private static Candidate inSentence(Reading r, int s, int c0, List<Candidate> direct, int[] held, List<Candidate> found) {
    Analysis a = r.a;
    int from = joinedStart(a, s), to = a.sentenceEndToken(s);
    int end = to;
    while (end > from && isPunct(a, end - 1)) end--;
    if (end - from < 4) return null;
    for (int c = c0; c < end; c++) {
      if (a.quoted(c)) continue;
      int cueEnd = r.cues.cueAt(a, c, end);
      boolean clauseOnly = cueEnd < 0; // "The poll shows (that) CLAUSE": only the subject-cue-clause reading
      if (clauseOnly) cueEnd = r.cues.indirectCueAt(a, c);
      if (cueEnd < 0) cueEnd = r.cues.holding.cueAt(a, c); // "believe", "hopes", "endorsed", "the claim"
      if (cueEnd < 0) continue;
      ReportCue cue = new ReportCue(from, end, c, cueEnd, clauseOnly);
      Candidate q = new Candidate();
      q.type = Quote.INDIRECT;
      q.paragraph = a.paragraphOf(c);
      q.cueStart = c;
      q.cueEnd = cueEnd;
      if (decide(r, cue, q) && reported(r, cue, q, held, found)) {
        q.entity = Who.entityOf(r.ents, q.who);
        if (q.entity < 0 && q.who != null && Who.isPronoun(r.ents, q.who)) q.entity = lastPersonSpeaker(r, direct, q.startChar);
        q.confidence = q.entity >= 0 ? 0.8 : 0.65;
        return q;
      }
    }
    return null;
  }

  /**
   * Where sentence s starts, with the sentences before it that end at a comma in its paragraph: the
   * splitter may break after an abbreviation and its comma ("StatesWest Airlines, Phoenix, Ariz., | said
   * it withdrew", "The Menlo Park, Calif., | company said"), and the subject before the break is the cue's.
   */
  static int joinedStart(Analysis a, int s) {
    int from = a.sentenceStartToken(s);
    while (from > 0 && a.token(from - 1).equals(",") && a.paragraphOf(from - 1) == a.paragraphOf(from)) {
      from = a.sentenceStartToken(a.sentenceOf(from - 1));
    }
    return from;
  }

  /** The first rule that reads the cue decides; true when it found a quote. */
  private static boolean decide(Reading r, ReportCue cue, Candidate q) {
    for (IndirectRule rule : Sieves.INDIRECT) {
      IndirectRule.Verdict v = rule.read(r, cue, q);
      if (v == IndirectRule.Verdict.PASS) continue;
      if (v == IndirectRule.Verdict.FOUND) q.rule = rule.name();
      return v == IndirectRule.Verdict.FOUND;
    }
    return false;
  }

  /** Sets the span of the reported words; false when they are too short, hold a quote, or overlap a quote's. */
  private static boolean reported(Reading r, ReportCue cue, Candidate q, int[] held, List<Candidate> found) {
    Analysis a = r.a;
    int contentFrom = cue.contentFrom, contentTo = cue.contentTo;
    // "Smith, who thought the war was over, returned home": a cue in a relative clause between commas says what ends at its comma
    if (contentFrom > cue.c && r.clauses.relativeBefore(cue.from, cue.c)) {
      for (int k = contentFrom; k < contentTo; k++) {
        if (a.token(k).equals(",") && !a.quoted(k)) {
          contentTo = k;
          break;
        }
      }
    }
    while (contentFrom < contentTo && isPunct(a, contentFrom)) contentFrom++;
    while (contentTo > contentFrom && isPunct(a, contentTo - 1)) contentTo--;
    if (contentTo - contentFrom < cue.minTokens) return false;
    if (contentFrom >= cue.cueEnd) contentTo = beforeQuote(a, contentFrom, contentTo, cue.minTokens); // not a fronted "In his speech, ..."
    if (!cue.quotesInside && Tokens.hasQuote(a, contentFrom, contentTo)) return false; // a quote of its own carries it
    q.startChar = a.start(contentFrom);
    q.endChar = a.end(contentTo - 1);
    return free(r, q, held, found);
  }

  /**
   * Reported words after their cue end at the first comma, semicolon or spaced dash before a quote
   * their clause runs into ("Sanders appeared to dismiss the email issue in October, when he told
   * Clinton that Americans were "sick and tired ..."", "Twitter appears to be heavily used by ISIS -
   * so much so that ... ''Wilayat Twitter''", "Carson said he saw no need to change his campaign,
   * telling Stephanopoulos that "..."): the quote is words of their own, not part of what was said.
   * The span as it was (and dropped) when no such cut leaves minTokens words.
   */
  private static int beforeQuote(Analysis a, int from, int to, int minTokens) {
    int quote = from;
    while (quote < to && !a.quoted(quote)) quote++;
    if (quote == to) return to;
    for (int k = from + minTokens; k < quote; k++) {
      String w = a.token(k);
      if (w.equals(",") || w.equals(";") || CUTS.contains(w) && a.start(k) > a.end(k - 1)) return k; // not "half-jokingly"
    }
    return to;
  }

  /** The person who spoke last before {@code before}, among the few quotes right before it. */
  private static int lastPersonSpeaker(Reading r, List<Candidate> quotes, int before) {
    int lo = 0, hi = quotes.size();
    while (lo < hi) { // quotes are in text order: the first that starts at or after before
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).startChar < before) lo = mid + 1;
      else hi = mid;
    }
    for (int i = lo - 1; i >= 0 && i >= lo - 5; i--) {
      Candidate q = quotes.get(i);
      if (q.entity >= 0 && Entity.PERSON.equals(r.ents.entityType(q.entity))) return q.entity;
    }
    return -1;
  }
}
