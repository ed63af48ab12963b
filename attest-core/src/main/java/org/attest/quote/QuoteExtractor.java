package org.attest.quote;

import java.util.ArrayList;
import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.text.Analysis;

/**
 * Finds quotations and attributes them to speakers. Direct and mixed quotes start from the
 * quoted regions of the text layer; each is attributed by the cue and speaker in the words after
 * it, before it, or by the layout around it (a quote paragraph without a cue continues the last
 * speaker). Indirect quotes come from reporting verbs with a clause and from "according to".
 * Thread-safe: all state is per call.
 */
public final class QuoteExtractor {
  private final CueLexicon cues;

  public QuoteExtractor() {
    this("en");
  }

  public QuoteExtractor(String language) {
    this.cues = CueLexicon.of(language);
  }

  /** A speaker in the text: tokens [start, end), and the entity mention there if there is one. */
  private record Who(int mention, int start, int end) {
    static Who of(Entities ents, int m) {
      return m < 0 ? null : new Who(m, ents.mentionStart(m), ents.mentionEnd(m));
    }
  }

  /** A quote under construction. Token spans are [start, end). */
  private static final class Q {
    int region = -1;
    String type;
    int startChar;
    int endChar;
    int cueStart = -1;
    int cueEnd = -1;
    Who who;
    int entity = -1;
    double confidence;
    boolean continuation;
    int paragraph;
  }

  public List<Quote> extract(Analysis a, Entities ents) {
    List<Q> found = new ArrayList<>();
    for (int r = 0; r < a.quoteCount(); r++) {
      Q q = quoted(a, ents, r);
      if (q != null) found.add(q);
    }
    inferSpeakers(a, ents, found);
    List<Q> indirect = new ArrayList<>();
    boolean[] quoted = new boolean[a.text().length() + 1]; // characters a quote already holds
    for (Q q : found) java.util.Arrays.fill(quoted, q.startChar, q.endChar, true);
    for (int s = 0; s < a.sentenceCount(); s++) indirect(a, ents, s, found, quoted, indirect);
    found.addAll(indirect);
    found.sort((x, y) -> Integer.compare(x.startChar, y.startChar));
    List<Quote> out = new ArrayList<>(found.size());
    String text = a.text();
    int n = 1;
    for (Q q : found) {
      Span cue = q.cueStart < 0 ? null : Span.of(text, a.start(q.cueStart), a.end(q.cueEnd - 1));
      // a speaker inferred from the layout has a name but no mention of its own (FORMAT.md)
      Span speaker = q.who == null || q.continuation ? null : Span.of(text, a.start(q.who.start), a.end(q.who.end - 1));
      out.add(new Quote("q" + n++, q.type, q.startChar, q.endChar, text.substring(q.startChar, q.endChar), cue, speaker,
          ents.entityId(q.entity), ents.entityName(q.entity), q.confidence));
    }
    return out;
  }

  // ---- direct and mixed quotes ------------------------------------------------------------

  /** How far back (in tokens) a quote looks for the start of its sentence across earlier quotes: one endless sentence stays linear. */
  private static final int SENTENCE_REACH = 400;

  /** A sentence-final mark that the sentence layer agrees ends a sentence (not "Rep."). */
  private static boolean isSentenceEnd(Analysis a, int t) {
    String tok = a.token(t);
    if (!(tok.equals(".") || tok.equals("!") || tok.equals("?"))) return false;
    int s = a.sentenceOf(t);
    int end = a.sentenceEndToken(s);
    for (int k = t + 1; k < end; k++) if (!isPunct(a, k)) return false;
    return true;
  }

  /** A punctuation token; "he’d", which the tagger may call one, holds letters and is none. */
  private static boolean isPunct(Analysis a, int t) {
    return a.pos(t).equals("PUNCT") && !Character.isLetter(a.token(t).charAt(0));
  }

  private Q quoted(Analysis a, Entities ents, int r) {
    int first = a.tokenAt(a.quoteStart(r));
    if (first >= a.tokenCount() || a.quoteOf(first) != r) return null;
    int last = first;
    while (last + 1 < a.tokenCount() && a.quoteOf(last + 1) == r) last++;
    boolean closed = a.quoteClosed(r);
    int contentFirst = first + 1;
    int contentLast = closed ? last - 1 : last;
    int words = 0;
    for (int t = contentFirst; t <= contentLast; t++) if (!isPunct(a, t)) words++;
    if (words == 0) return null;
    boolean punctInside = contentLast >= contentFirst && isPunct(a, contentLast) && ",.?!;:\u2026-".indexOf(a.token(contentLast).charAt(0)) >= 0;
    int paragraph = a.paragraphOf(first);

    // the frame: words around the quote, up to a sentence end, another quote or the paragraph edge
    int before = first;
    while (before - 1 >= 0 && a.paragraphOf(before - 1) == paragraph && a.quoteOf(before - 1) < 0 && !isSentenceEnd(a, before - 1)) before--;
    int after = last + 1;
    while (after < a.tokenCount() && a.paragraphOf(after) == paragraph && a.quoteOf(after) < 0 && !isSentenceEnd(a, after)) after++;
    int afterStart = last + 1;
    // “... lose.” Then ...: the sentence ended inside the quote
    boolean endedInside = closed && contentLast >= contentFirst && isSentenceEnd(a, contentLast);
    if (endedInside && afterStart < after && a.isCapitalized(afterStart) && after > afterStart + 6) after = afterStart + 6;

    // the sentence before the quote, across earlier quotes of the same sentence: “disgusting” and “a con”
    int sentenceStart = before;
    while (sentenceStart - 1 >= 0 && before - sentenceStart < SENTENCE_REACH && a.paragraphOf(sentenceStart - 1) == paragraph
        && (a.quoteOf(sentenceStart - 1) >= 0 ? !endsSentence(a, a.quoteOf(sentenceStart - 1)) : !isSentenceEnd(a, sentenceStart - 1))) {
      sentenceStart--;
    }

    Q q = new Q();
    q.region = r;
    q.paragraph = paragraph;
    // after “... strong.” a new sentence has its own subject: "He noted that ..." is not this quote's
    boolean nextSentence = endedInside && afterStart < after && a.isCapitalized(afterStart);
    // “effectively tied for second place” inside a sentence that has its cue before it ("Cruz says he is “...” with
    // Rubio, in a finish that he said ..."): the cue before it is the quote's, not a later one
    boolean midSentence = closed && !punctInside && before < first && !endedInside;
    boolean earlyBefore = midSentence && attributeBefore(a, ents, sentenceStart, first, q);
    boolean attributedAfter = !earlyBefore && closed && attributeAfter(a, ents, afterStart, after, q);
    if (attributedAfter && nextSentence && q.cueEnd < a.tokenCount()
        && (a.lower(q.cueEnd).equals("that") || startsClause(a, q.cueEnd, a.sentenceEndToken(a.sentenceOf(q.cueEnd))))) {
      attributedAfter = false; // “... strong.” He noted that ...: a statement of its own
      q.who = null;
      q.cueStart = q.cueEnd = -1;
    }
    boolean attributedBefore = earlyBefore || !attributedAfter && attributeBefore(a, ents, sentenceStart, first, q);
    boolean labelled = !attributedAfter && !attributedBefore && words <= 12 && labelBefore(a, ents, sentenceStart, first, q);
    if (!attributedAfter && !attributedBefore && !labelled && before == first && first > 0 && a.paragraphOf(first - 1) == paragraph - 1
        && a.token(first - 1).equals(":")) {
      // "Caddell continued:" closing the paragraph before the quote
      int prevSentence = a.sentenceStartToken(a.sentenceOf(first - 1));
      attributedBefore = attributeBefore(a, ents, prevSentence, first, q);
    }
    boolean colonIntro = first - 1 >= before && a.token(first - 1).equals(":");
    boolean cueAdjacent = attributedAfter || (attributedBefore && q.cueEnd >= first - 3);

    boolean isQuote = !closed || punctInside || words >= 8 || colonIntro || cueAdjacent || attributedBefore || labelled;
    // a nickname or a title in quotation marks is no quote: "the nick name “Mad Dog”", "the film “Sully”"
    if (closed && !punctInside && words <= 6 && cues.introducesName(a, first, sentenceStart)) isQuote = false;
    // a title in title case with no cue at hand: NBC’s “Today”, the “Defeat Crooked Hillary PAC”
    if (closed && words <= 6 && !cueAdjacent && !colonIntro && titleCase(a, contentFirst, contentLast)) isQuote = false;
    if (!isQuote) return null;

    // direct when the quote is the whole statement: nothing but its attribution around it
    boolean beforeEmpty = before == first || colonIntro || (attributedBefore && onlyFrame(a, q, before, first))
        || (attributedBefore && introducedAfterCue(a, q.cueEnd, first))
        || (before + 1 == first && (isPunct(a, before)));
    boolean afterEmpty = afterStart >= after || attributedAfter || onlyPunct(a, afterStart, after)
        || (endedInside && a.isCapitalized(afterStart));
    if (beforeEmpty && afterEmpty) {
      q.type = Quote.DIRECT;
      q.startChar = a.quoteStart(r);
      q.endChar = a.quoteEnd(r);
    } else {
      q.type = Quote.MIXED;
      int from = q.cueEnd >= 0 && q.cueEnd <= first ? Math.max(q.cueEnd, before) : clauseStart(a, before, first);
      while (from < first && (isPunct(a, from) || a.lower(from).equals("that") || a.lower(from).equals("and") || a.lower(from).equals("or"))) from++;
      int to = attributedAfter || afterStart >= after || endedInside ? last : lastWord(a, afterStart, after);
      q.startChar = a.start(from);
      q.endChar = Math.max(a.quoteEnd(r), a.end(to));
    }
    if (q.who != null) {
      q.entity = entityOf(ents, q.who);
      q.confidence = q.entity >= 0 ? 0.95 : 0.8;
      if (q.entity >= 0 && isPronoun(ents, q.who)) q.confidence = 0.9;
    }
    if (q.type.equals(Quote.MIXED)) q.confidence = Math.min(q.confidence == 0 ? 0.7 : q.confidence, 0.9);
    return q;
  }

  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "&");

  /** Every word capitalised but the small ones: a name or title, not a statement. */
  private static boolean titleCase(Analysis a, int from, int to) {
    int words = 0;
    for (int t = from; t <= to; t++) {
      if (isPunct(a, t)) continue;
      if (!a.isCapitalized(t) && !SMALL_WORDS.contains(a.lower(t)) && !Character.isDigit(a.token(t).charAt(0))) return false;
      words++;
    }
    return words > 0 && (words > 1 || a.tokenAt(a.start(from)) == from && a.pos(from).equals("PROPN"));
  }

  /** Whether a quoted region ends its sentence (“... lose.”). */
  private static boolean endsSentence(Analysis a, int region) {
    int end = a.quoteEnd(region);
    int t = a.tokenAt(end) - 1; // the closing mark
    return t - 1 >= 0 && isSentenceEnd(a, t - 1) && a.quoteClosed(region);
  }

  /**
   * A characterisation in quotation marks: "Christie called Clinton a “disgrace”", "urged
   * Republicans to “vote your conscience”" - the subject of the labelling verb is the source.
   */
  private boolean labelBefore(Analysis a, Entities ents, int from, int first, Q q) {
    // "pounding Trump as a “con artist”": any verb characterises through "as"
    int k = first - 1;
    while (k > from && (a.pos(k).equals("DET") || isPunct(a, k))) k--;
    if (k > from && a.lower(k).equals("as")) {
      for (int c = k - 1; c >= from && c >= k - 8; c--) {
        if (a.quoteOf(c) < 0 && a.pos(c).equals("VERB")) return labelledBy(a, ents, from, c, q);
      }
    }
    for (int c = first - 1; c >= from && c >= first - 12; c--) {
      if (a.quoteOf(c) >= 0 || !cues.labelVerbs.contains(a.lower(c))) continue;
      if (a.pos(c).equals("VERB") || a.pos(c).equals("AUX")) return labelledBy(a, ents, from, c, q);
    }
    return false;
  }

  /** The labelling verb at c gives the quote its subject as the source. */
  private boolean labelledBy(Analysis a, Entities ents, int from, int c, Q q) {
    Who who = participleSubject(a, ents, from, c);
    if (who == null) who = subjectIn(a, ents, from, c);
    if (who == null) return false;
    q.who = who;
    q.cueStart = c;
    q.cueEnd = c + 1;
    return true;
  }

  /** "the announcer said, “...", "before asking her, “...": the cue, an object at most, a comma. */
  private static boolean introducedAfterCue(Analysis a, int cueEnd, int first) {
    if (cueEnd < 0 || cueEnd > first || first - 1 < 0 || !(a.token(first - 1).equals(",") || a.token(first - 1).equals(":"))) return false;
    int words = 0;
    for (int t = cueEnd; t < first - 1; t++) if (!isPunct(a, t)) words++;
    return words <= 2;
  }

  private static int lastWord(Analysis a, int from, int to) {
    int t = to - 1;
    while (t > from && isPunct(a, t)) t--;
    return t;
  }

  private static boolean onlyPunct(Analysis a, int from, int to) {
    for (int t = from; t < to; t++) if (!isPunct(a, t)) return false;
    return true;
  }

  /** Whether [from, to) holds only the speaker, the cue and punctuation ("Mattis said:"). */
  private boolean onlyFrame(Analysis a, Q q, int from, int to) {
    if (q.who == null) return false;
    for (int t = from; t < to; t++) {
      if (isPunct(a, t)) continue;
      if (t >= q.cueStart && t < q.cueEnd) continue;
      if (t >= q.who.start && t < q.who.end) continue;
      if (cues.aux.contains(a.lower(t)) || a.lower(t).equals("that")) continue;
      return false;
    }
    return true;
  }

  private static int clauseStart(Analysis a, int before, int first) {
    int t = first - 1;
    int limit = Math.max(before, first - 25);
    while (t > limit) {
      String low = a.lower(t);
      if (low.equals("that") || low.equals(",") || low.equals(":") || low.equals(";")) return t + 1;
      t--;
    }
    return limit;
  }

  private static boolean isDash(Analysis a, int t) {
    String tok = a.token(t);
    return tok.equals("\u2014") || tok.equals("\u2013") || tok.equals("\u2015") || tok.equals("--") || tok.equals("-");
  }

  /**
   * The attribution in the words after a quote: "Mattis said", "he was known to tell", "said the
   * spokesman", "an emailed statement from the coalition read", "— John Smith".
   */
  private boolean attributeAfter(Analysis a, Entities ents, int from, int to, Q q) {
    int t = from;
    while (t < to && isPunct(a, t) && !isDash(a, t)) t++;
    if (t >= to) return false;
    if (isDash(a, t)) { // a speaker line after a dash: "” ― Sonya Herridge"
      int m = ents.mentionStartingAt(t + 1);
      if (m >= 0 && ents.mentionKind(m).equals(Mention.NAME)) {
        q.who = Who.of(ents, m);
        return true;
      }
      return false;
    }
    int limit = Math.min(to, t + 20);
    for (int c = t; c < limit; c++) {
      int cueEnd = cues.cueAt(a, c, to);
      // "“...,” Trump added to People": right after a quote, "added to" is said to someone, not put on a pile
      if (cueEnd < 0 && c > t && c <= t + 4 && c + 1 < to && a.lower(c + 1).equals("to") && "add".equals(cues.verbs.get(a.lower(c)))) cueEnd = c + 1;
      boolean read = cueEnd < 0 && cues.isReadVerb(a, c) && c > t;
      if (cueEnd < 0 && !read) continue;
      if (read) cueEnd = c + 1;
      if (c > t && !a.lower(c).equals("according")) { // speaker first: "Mattis said", "he added", "the coalition said"
        Who who = read ? Who.of(ents, ents.mentionStartingAt(t)) : participleSubject(a, ents, t, c);
        if (who == null && !read) who = subjectIn(a, ents, t, c);
        if (who == null) continue;
        if (read && !isDocument(ents, who)) continue; // "a statement from X read", not "X read"
        q.who = proxy(a, ents, who, c);
        q.cueStart = c;
        q.cueEnd = cueEnd;
        return true;
      }
      // cue first: "said Mattis", "according to Reuters", "said the coalition's spokesman, Col. Dillon"
      Who who = objectAt(a, ents, cueEnd, to);
      if (who == null) return false;
      q.who = proxy(a, ents, who, to);
      q.cueStart = c;
      q.cueEnd = cueEnd;
      return true;
    }
    return false;
  }

  /**
   * The subject of a cue at token c within [from, c): the first mention of the stretch when an
   * apposition or auxiliaries separate it from the cue ("Rep. Jim Clyburn (D-S.C.), the assistant
   * leader, said"; "he was known to tell"), else the mention or noun phrase right before the cue.
   */
  private Who subjectIn(Analysis a, Entities ents, int from, int c) {
    int end = beforeAuxiliaries(a, from, c);
    if (end - 1 > from && (a.lower(end - 1).equals("which") || a.lower(end - 1).equals("who"))) { // "the Department, which reported"
      int m = ents.mentionEndingAt(a.token(end - 2).equals(",") ? end - 2 : end - 1);
      if (m >= 0 && ents.mentionStart(m) >= from) return Who.of(ents, m);
    }
    boolean apposition = end > from && a.token(end - 1).equals(",");
    while (end > from && a.token(end - 1).equals(",")) end--;
    if (end > from && a.token(end - 1).equals(")")) { // "Rep. John Mica (R-Fla.) said"
      int open = end - 1;
      while (open > from && !a.token(open).equals("(")) open--;
      if (a.token(open).equals("(")) end = open;
      while (end > from && a.token(end - 1).equals(",")) end--;
    }
    if (end <= from) return null;
    int adjacent = ents.mentionEndingAt(end);
    if (adjacent < 0 && end - 1 >= from && a.pos(end - 1).equals("PRON") && cues.firstPerson.contains(a.lower(end - 1))) {
      return new Who(-1, end - 1, end); // "“Okay,” I said": the writer speaks
    }
    if (adjacent >= 0 && ents.mentionStart(adjacent) < from) adjacent = -1;
    if (adjacent >= 0 && !apposition) {
      // "Developers and supporters in Congress say": a name in a phrase after common nouns is not the subject
      int p = ents.mentionStart(adjacent) - 1;
      if (p - 1 >= from && a.lower(p).equals("in") && a.pos(p - 1).equals("NOUN") && ents.mentionEndingAt(p) < 0) {
        int s = p - 1;
        while (s - 1 >= from && (a.pos(s - 1).equals("NOUN") || a.pos(s - 1).equals("ADJ") || a.lower(s - 1).equals("and"))) s--;
        while (s < p && a.lower(s).equals("and")) s++;
        return new Who(-1, s, end);
      }
      return Who.of(ents, ents.chainHead(adjacent, from));
    }
    // the first mention of the stretch, after a title ("Rep.", "Sen.") or a determiner
    int firstMention = -1;
    for (int k = from; k < Math.min(end, from + 5) && firstMention < 0; k++) {
      int m = ents.mentionStartingAt(k);
      if (m >= 0 && ents.entityOf(m) < 0 && ents.mentionStartingAt(ents.mentionEnd(m)) >= 0) continue; // "Senator" before the name
      if (m >= 0 && ents.mentionEnd(m) <= end) firstMention = m;
      else if (a.pos(k).equals("VERB") || a.pos(k).equals("AUX") || a.pos(k).equals("ADP") || a.pos(k).equals("PRON")) break;
    }
    if (firstMention >= 0) {
      int gap = ents.mentionEnd(firstMention);
      if (gap == end || a.token(gap).equals(",") || a.token(gap).equals("(") || isDocument(ents, Who.of(ents, firstMention))) {
        return Who.of(ents, firstMention);
      }
    }
    if (adjacent >= 0) return Who.of(ents, adjacent);
    return nounPhraseEndingAt(a, from, end);
  }

  /**
   * ", saying ..." after a clause: the participle's subject is the clause's ("Clinton had mocked
   * the complaint, saying anybody ...").
   */
  private static Who participleSubject(Analysis a, Entities ents, int from, int c) {
    if (!a.lower(c).endsWith("ing") || c - 1 <= from) return null;
    String prev = a.lower(c - 1);
    if (!(prev.equals(",") || prev.equals("before") || prev.equals("after") || prev.equals("while") || prev.equals("when") || prev.equals("by"))) return null;
    int m = firstSubject(a, ents, clauseOpening(a, from, c), c);
    if (m < 0) m = firstSubject(a, ents, clauseOpening(a, a.sentenceStartToken(a.sentenceOf(c)), c), c);
    return m < 0 ? null : Who.of(ents, m);
  }

  /** Whether a comma and a cue close the sentence after t: "..., Smith said." */
  private boolean laterSpeaker(Analysis a, int t, int end) {
    for (int k = t; k < end; k++) {
      if (!a.token(k).equals(",")) continue;
      for (int c = k + 1; c < end && c <= k + 5; c++) if (cues.cueAt(a, c, end) > 0) return true;
    }
    return false;
  }

  /** The end of the words before the cue at c once auxiliaries and adverbs are set aside: "he was known to | tell". */
  private int beforeAuxiliaries(Analysis a, int from, int c) {
    int end = c;
    while (end > from && (cues.aux.contains(a.lower(end - 1)) || a.pos(end - 1).equals("ADV"))) end--;
    return end;
  }

  /** "I think the plan will fail, Smith said": a lone first-person subject is the quoted person's when a speaker closes the sentence. */
  private boolean quotedPersonsI(Analysis a, Who who, int cueEnd, int end) {
    return who.mention() < 0 && who.end() - who.start() == 1 && cues.firstPerson.contains(a.lower(who.start())) && laterSpeaker(a, cueEnd, end);
  }

  /** Whether the cue at c opens a relative clause set off by a comma: ", who thought", ", which reported". */
  private boolean relativeBefore(Analysis a, int from, int c) {
    int k = beforeAuxiliaries(a, from, c) - 1;
    return k - 1 >= from && cues.relatives.contains(a.lower(k)) && !a.lower(k).equals("that") && a.token(k - 1).equals(",");
  }

  /**
   * Where the clause of [from, c) begins: after a dateline ("WASHINGTON, Dec. 8 (UPI) —") and after an
   * opening prepositional phrase ("In response to Donald Trump’s proposal, ..."), whose names are not its subject.
   */
  private static int clauseOpening(Analysis a, int from, int c) {
    int t = from;
    for (int k = from; k < c && k < from + 10; k++) { // a dateline: a word in capitals first, then a dash
      if (!a.token(from).equals(a.token(from).toUpperCase()) || a.token(from).length() < 3) break;
      if (isDash(a, k) && k > from && a.start(k) > a.end(k - 1)) { // a dash set apart, not "NATO-led"
        t = k + 1;
        break;
      }
    }
    if (t < c && a.pos(t).equals("ADP")) {
      for (int k = t + 1; k < c && k < t + 30; k++) {
        if (a.token(k).equals(",")) return k + 1;
        if (a.pos(k).equals("VERB") && !a.lower(k).endsWith("ing")) break; // "In 2015 he said": no phrase of its own
      }
    }
    return t;
  }

  /** A noun phrase that no mention covers ("the announcer"): its head must end the stretch. */
  private static Who nounPhraseEndingAt(Analysis a, int from, int end) {
    int head = end - 1;
    String pos = a.pos(head);
    // "the organizer told them": a determiner and one word before the cue are a noun phrase, however the word is tagged
    if (pos.equals("ADJ") && head - 1 >= from && a.pos(head - 1).equals("DET") && a.lower(head - 1).equals("the")) return new Who(-1, head - 1, end);
    if (!(pos.equals("NOUN") || pos.equals("PROPN"))) return null;
    int s = head;
    while (s - 1 >= from) {
      String p = a.pos(s - 1);
      if (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM") || a.lower(s - 1).equals("'s")) s--;
      else if (p.equals("DET")) {
        s--;
        break;
      } else break;
    }
    return new Who(-1, s, end);
  }

  /** A noun phrase starting at token t ("the announcer", "Trump"), for "said X". */
  private static Who nounPhraseAt(Analysis a, int t, int to) {
    int e = t;
    if (e < to && a.pos(e).equals("DET")) e++;
    while (e < to && (a.pos(e).equals("ADJ") || a.pos(e).equals("NUM"))) e++;
    int headStart = e;
    while (e < to && (a.pos(e).equals("NOUN") || a.pos(e).equals("PROPN"))) e++;
    return e > headStart ? new Who(-1, t, e) : null;
  }

  /** The speaker that starts at token t ("said Mattis", "according to Reuters"), or null. */
  private Who objectAt(Analysis a, Entities ents, int t, int to) {
    if (t >= to) return null;
    int m = ents.mentionStartingAt(t);
    if (m < 0) {
      // "said Rep. Jim Clyburn": skip a title to the name
      for (int k = t + 1; k < Math.min(to, t + 4) && m < 0; k++) {
        if (!a.isCapitalized(k - 1)) break;
        m = ents.mentionStartingAt(k);
      }
    }
    if (m < 0) return nounPhraseAt(a, t, to);
    if (ents.entityOf(m) < 0) { // "the Federal Bureau" inside "the Federal Bureau of Prisons", "the event organizer Alliance ..."
      for (int k = ents.mentionStart(m) + 1; k <= ents.mentionEnd(m) && k < to; k++) {
        int name = ents.mentionStartingAt(k);
        if (name >= 0 && ents.entityOf(name) >= 0 && ents.mentionKind(name).equals(Mention.NAME)) return Who.of(ents, name);
      }
    }
    int end = ents.mentionEnd(m);
    // "said the coalition's spokesman, Col. Ryan Dillon": the name in apposition
    if (!ents.mentionKind(m).equals(Mention.NAME) && end + 1 < to && a.token(end).equals(",")) {
      for (int k = end + 1; k < Math.min(to, end + 4); k++) {
        int name = ents.mentionStartingAt(k);
        if (name >= 0 && ents.mentionKind(name).equals(Mention.NAME)) return Who.of(ents, name);
        if (!a.isCapitalized(k)) break;
      }
    }
    return Who.of(ents, m);
  }

  private static boolean isDocument(Entities ents, Who who) {
    return who != null && who.mention >= 0 && "document".equals(ents.nominalClass(who.mention));
  }

  private static boolean isPronoun(Entities ents, Who who) {
    return who.mention >= 0 && ents.mentionKind(who.mention).equals(Mention.PRONOUN);
  }

  private static int entityOf(Entities ents, Who who) {
    return who == null || who.mention < 0 ? -1 : ents.entityOf(who.mention);
  }

  /**
   * A document speaks for its origin: "an emailed statement from the coalition" and "the
   * coalition email" are the coalition's. Returns the origin, or the document itself.
   */
  private Who proxy(Analysis a, Entities ents, Who who, int limit) {
    if (!isDocument(ents, who)) return who;
    for (int inner : ents.mentionsWithin(who.start, who.end)) {
      if (inner != who.mention && ents.entityOf(inner) >= 0) return Who.of(ents, inner);
    }
    // "Jessica Mackler issued a statement saying ...": the document is the object of a verb of issuing; its subject speaks
    int v = who.start - 1;
    if (v > 0 && cues.issueVerbs.contains(a.lower(v))) {
      int sentence = a.sentenceStartToken(a.sentenceOf(v));
      Who issuer = v > sentence ? subjectIn(a, ents, sentence, v) : null;
      if (issuer != null && !isDocument(ents, issuer) && issuer.mention >= 0) return issuer;
    }
    int t = who.end;
    // "from the coalition", "by the campaign", "sent by ...", "released by ..."
    while (t < limit && t < who.end + 3 && (a.pos(t).equals("VERB") || a.lower(t).equals("from") || a.lower(t).equals("by") || a.lower(t).equals("of"))) {
      if (a.lower(t).equals("from") || a.lower(t).equals("by") || a.lower(t).equals("of")) {
        int origin = -1; // "filed by the federal Securities and Exchange Commission": past a determiner and an adjective
        for (int k = t + 1; k < Math.min(limit, t + 4) && origin < 0; k++) {
          origin = ents.mentionStartingAt(k);
          if (origin < 0 && !(a.pos(k).equals("DET") || a.pos(k).equals("ADJ"))) break;
        }
        if (origin >= 0) return Who.of(ents, origin);
      }
      t++;
    }
    return who;
  }

  /**
   * The attribution in the words before a quote: "Mattis said: “", "The coalition asserted that it
   * would not “", "CBS host John Dickerson’s question: “".
   */
  private boolean attributeBefore(Analysis a, Entities ents, int from, int first, Q q) {
    if (first <= from) return false;
    int t = first - 1;
    while (t > from && isPunct(a, t)) t--;
    // "John Dickerson’s question:", "Trump’s claim that there have been “..." - the possessor speaks
    for (int n = t; n > from && n >= t - 12; n--) {
      if (!cues.speechNouns.contains(a.lower(n)) || !a.lower(n - 1).equals("'s")) continue;
      if (n != t && !(n + 1 < first && a.lower(n + 1).equals("that"))) continue;
      int m = ents.mentionEndingAt(n - 1);
      if (m >= 0) {
        q.who = Who.of(ents, m);
        q.cueStart = n;
        q.cueEnd = n + 1;
        return true;
      }
    }
    for (int c = first - 1; c >= from; c--) {
      int cueEnd = cues.cueAt(a, c, first);
      if (cueEnd < 0) continue;
      Who who;
      if (a.lower(c).equals("according")) { // "According to Reuters, “...”"
        who = objectAt(a, ents, cueEnd, first);
        if (who == null) continue;
        who = proxy(a, ents, who, first);
      } else {
        who = participleSubject(a, ents, from, c);
        if (who == null) who = subjectIn(a, ents, from, c);
        if (who == null) continue;
        who = proxy(a, ents, who, c);
      }
      q.who = who;
      q.cueStart = c;
      q.cueEnd = cueEnd;
      return true;
    }
    return false;
  }

  /** Quotes with no cue of their own take the speaker the layout gives them. */
  private void inferSpeakers(Analysis a, Entities ents, List<Q> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      Q q = quotes.get(i);
      if (q.who != null && q.entity < 0) q.entity = fallbackEntity(ents, quotes, i, q);
      if (q.who != null) continue;
      Q prev = i > 0 ? quotes.get(i - 1) : null;
      int firstTok = a.tokenAt(a.quoteStart(q.region));
      boolean startsParagraph = a.paragraphStart(q.paragraph) == a.quoteStart(q.region);
      // the same paragraph, or a paragraph that opens with a quote right after a quoting paragraph
      if (prev != null && prev.who != null && (prev.paragraph == q.paragraph || (startsParagraph && prev.paragraph >= q.paragraph - 1))) {
        copySpeaker(prev, q, 0.8);
        continue;
      }
      // a later quote of the same paragraph names the speaker: “A.” “B,” he said.
      Q next = i + 1 < quotes.size() ? quotes.get(i + 1) : null;
      if (next != null && next.paragraph == q.paragraph && next.who != null && !next.continuation) {
        copySpeaker(next, q, 0.75);
        continue;
      }
      // a mixed quote inside a sentence: the sentence's subject speaks
      int sentence = a.sentenceOf(firstTok);
      int m = firstSubject(a, ents, a.sentenceStartToken(sentence), firstTok);
      if (m >= 0) {
        q.who = Who.of(ents, m);
        q.entity = ents.entityOf(m);
        q.confidence = 0.6;
        continue;
      }
      if (prev != null && prev.who != null && prev.paragraph >= q.paragraph - 2) {
        copySpeaker(prev, q, 0.5);
        continue;
      }
      q.confidence = 0.4;
    }
  }

  /**
   * A quote that continues another has the same speaker mention: PolNeAR and readers alike take
   * “A,” Graham said. “B.” as one attribution.
   */
  private static void copySpeaker(Q from, Q to, double confidence) {
    to.who = from.who;
    to.entity = from.entity;
    to.continuation = true;
    to.confidence = confidence;
  }

  /** The first person or organisation mention of a sentence, before token {@code limit}. */
  private static int firstSubject(Analysis a, Entities ents, int from, int limit) {
    for (int m : ents.mentionsWithin(from, limit)) {
      if (a.quoteOf(ents.mentionStart(m)) >= 0) continue;
      int me = ents.mentionEnd(m);
      if (me < limit && a.lower(me).equals("'s")) continue; // "Clinton’s aide Huma Abedin": the possessed
      int e = ents.entityOf(m);
      int name = e < 0 ? ents.mentionStartingAt(ents.mentionEnd(m)) : -1;
      if (name >= 0 && Entity.PERSON.equals(ents.entityType(ents.entityOf(name)))) return name; // "Senator Jane Doe": the name
      String type = ents.entityType(e);
      if (Entity.PERSON.equals(type) || Entity.ORG.equals(type)) return m;
      if (e < 0 && "person".equals(ents.nominalClass(m))) return m;
      return -1; // the subject is something else
    }
    return -1;
  }

  /** An unresolved "he" or "she" after a quote is most likely the last speaker. */
  private static int fallbackEntity(Entities ents, List<Q> quotes, int i, Q q) {
    if (!isPronoun(ents, q.who)) return -1;
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      int e = quotes.get(j).entity;
      if (e >= 0 && Entity.PERSON.equals(ents.entityType(e))) return e;
    }
    return -1;
  }

  // ---- indirect quotes --------------------------------------------------------------------

  private void indirect(Analysis a, Entities ents, int s, List<Q> direct, boolean[] quoted, List<Q> out) {
    int from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    int end = to;
    while (end > from && isPunct(a, end - 1)) end--;
    if (end - from < 4) return;
    for (int c = from; c < end; c++) {
      if (a.quoteOf(c) >= 0) continue;
      int cueEnd = cues.cueAt(a, c, end);
      boolean clauseOnly = false; // "The poll shows (that) CLAUSE": only the subject-cue-clause reading
      if (cueEnd < 0) {
        cueEnd = cues.indirectCueAt(a, c);
        clauseOnly = true;
      }
      if (cueEnd < 0) continue;
      Q q = new Q();
      q.type = Quote.INDIRECT;
      q.paragraph = a.paragraphOf(c);
      q.cueStart = c;
      q.cueEnd = cueEnd;
      int contentFrom, contentTo;
      Who after;
      if (clauseOnly) {
        Who who = subjectIn(a, ents, from, c);
        if (who == null) continue;
        if (quotedPersonsI(a, who, cueEnd, end)) continue;
        int t = afterAdjunct(a, cueEnd, end);
        boolean that = t < end && a.lower(t).equals("that");
        if (that) t++;
        if (!that && !startsClause(a, t, end, true)) continue;
        q.who = proxy(a, ents, who, c);
        contentFrom = t;
        contentTo = semicolonOr(a, contentFrom, end);
      } else if (a.lower(c).equals("according")) {
        Who who = objectAt(a, ents, cueEnd, end);
        if (who == null && c == from) { // "According to exit polls, ...": the words up to the comma, a noun last
          int comma = cueEnd;
          while (comma < end && comma < cueEnd + 6 && !a.token(comma).equals(",")) comma++;
          if (comma > cueEnd && comma < end && a.token(comma).equals(",") && (a.pos(comma - 1).equals("NOUN") || a.pos(comma - 1).equals("PROPN"))) {
            who = new Who(-1, cueEnd, comma);
          }
        }
        if (who == null) continue;
        q.who = proxy(a, ents, who, end);
        if (c == from || !a.token(c - 1).equals(",")) { // "According to X, CLAUSE."
          int t = who.end;
          while (t < end && !a.token(t).equals(",")) t++;
          contentFrom = t + 1;
          contentTo = semicolonOr(a, contentFrom, end);
        } else { // "CLAUSE, according to X."
          contentFrom = from;
          contentTo = c - 1;
        }
      } else if (c - 1 > from && a.token(c - 1).equals(",") && cues.participles.contains(a.lower(c)) && hasVerb(a, from, c - 1)
          && clauseAfter(a, cueEnd, end) > 0 && participleSubject(a, ents, from, c) != null) {
        // "Stumpf spoke for an hour, explaining (that) the firings amounted to 1 percent": the
        // subject of the sentence says what follows the participle
        q.who = proxy(a, ents, participleSubject(a, ents, from, c), c);
        contentFrom = clauseAfter(a, cueEnd, end);
        contentTo = semicolonOr(a, contentFrom, end);
      } else if (c - 1 > from && a.token(c - 1).equals(",") && !cues.addressee.contains(a.lower(c))
          && (after = objectAt(a, ents, cueEnd, end)) != null && (after.end + 6 >= end || a.token(after.end).equals(","))
          && hasVerb(a, from, c - 1) && (after.end < a.tokenCount() && a.token(after.end).equals(",") || !startsClause(a, cueEnd, end))) {
        // "CLAUSE, said X." and "CLAUSE, said X, a senior official at ..."; not "X, an expert who studies ..., said parents want ..."
        q.who = proxy(a, ents, after, end);
        contentFrom = from;
        contentTo = c - 1;
      } else {
        Who who = subjectIn(a, ents, from, c);
        if (who == null) continue;
        if (quotedPersonsI(a, who, cueEnd, end)) continue;
        int before = who.start; // "CLAUSE, Mr. Obama said": a title may stand before the name
        while (before - 1 > from && before > who.start - 3 && a.isCapitalized(before - 1) && a.token(before - 1).endsWith(".")) before--;
        if (before - 1 > from && a.lower(before - 1).equals("the")) before--; // ", The Wall Street Journal reports."
        // "CLAUSE, X said." ("During an interview in August, X said" is no clause)
        if (before - 1 > from && a.token(before - 1).equals(",") && end <= cueEnd + 6 && hasVerb(a, from, before - 1)) {
          q.who = proxy(a, ents, who, end);
          contentFrom = from;
          contentTo = before - 1;
        } else { // "X said (that) CLAUSE."
          int t = cueEnd;
          String cue = a.lower(c);
          if (t < end && (cues.addressee.contains(cue) || cues.addresseeMaybe.contains(cue))) { // "told reporters that", "warned voters that"
            int obj = ents.mentionStartingAt(t);
            if (obj >= 0) t = ents.mentionEnd(obj);
            else if (a.pos(t).equals("PRON") || a.pos(t).equals("NOUN") || a.pos(t).equals("PROPN")) t++;
            else if (a.pos(t).equals("DET")) { // "told the debate audience that": the addressee is a noun phrase
              int k = t + 1;
              while (k < end && k <= t + 4 && (a.pos(k).equals("ADJ") || a.pos(k).equals("NOUN") || a.pos(k).equals("PROPN"))) k++;
              if (k > t + 1 && k < end && a.lower(k).equals("that")) t = k;
            }
          }
          while (t < end && (a.token(t).equals(",") || a.pos(t).equals("ADV") && !a.lower(t).equals("not") && !a.lower(t).equals("there"))) t++;
          t = afterAdjunct(a, t, end); // "said on Tuesday that", "said in an interview that"
          // "said Monday the plant will close": the day is when it was said; "said Friday as he entered the talks": no clause
          if (t < end && cues.whenWords.contains(a.lower(t))) { // not "said Friday was his last day": the day is the subject
            int past = t + 1;
            if (past < end && cues.whenParts.contains(a.lower(past))) past++;
            String next = past < end ? a.pos(past) : "";
            if (!next.equals("AUX") && !next.equals("VERB") && !(past < end && a.lower(past).equals("'s"))) t = past;
          }
          boolean that = t < end && a.lower(t).equals("that");
          if (that) t++;
          if (!that && !startsClause(a, t, end)) continue;
          q.who = proxy(a, ents, who, c);
          contentFrom = t;
          contentTo = semicolonOr(a, contentFrom, end);
        }
      }
      // "Smith, who thought the war was over, returned home": a cue in a relative clause between commas says what ends at its comma
      if (contentFrom > c && relativeBefore(a, from, c)) {
        for (int k = contentFrom; k < contentTo; k++) {
          if (a.token(k).equals(",") && a.quoteOf(k) < 0) {
            contentTo = k;
            break;
          }
        }
      }
      while (contentFrom < contentTo && isPunct(a, contentFrom)) contentFrom++;
      while (contentTo > contentFrom && isPunct(a, contentTo - 1)) contentTo--;
      if (contentTo - contentFrom < 3) continue;
      if (hasQuote(a, contentFrom, contentTo)) continue; // a quote of its own carries it
      q.startChar = a.start(contentFrom);
      q.endChar = a.end(contentTo - 1);
      if (overlaps(quoted, q)) continue;
      q.entity = entityOf(ents, q.who);
      if (q.entity < 0 && isPronoun(ents, q.who)) q.entity = lastPersonSpeaker(ents, direct, q.startChar);
      q.confidence = q.entity >= 0 ? 0.8 : 0.65;
      out.add(q);
      java.util.Arrays.fill(quoted, q.startChar, q.endChar, true);
      return; // one indirect quote per sentence
    }
  }

  /**
   * The token after a short adjunct that separates a cue from its "that": "on Tuesday", "in an
   * interview", "last week", "Tuesday" — a few words without a verb, then "that". Else t itself.
   */
  private int afterAdjunct(Analysis a, int t, int end) {
    if (t >= end || a.lower(t).equals("that")) return t;
    String pos = a.pos(t);
    if (!(pos.equals("ADP") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("DET"))) return t;
    for (int k = t + 1; k < end && k <= t + 6; k++) {
      if (a.lower(k).equals("that")) return a.lower(k - 1).equals(",") || a.pos(k - 1).equals("NOUN") || a.pos(k - 1).equals("PROPN") ? k : t;
      String p = a.pos(k);
      // "said after the convention he would not accept": a subject pronoun and its verb start the clause
      // (an auxiliary: "in the letter he wrote to the board that ..." is a relative clause, its "that" comes later)
      if (pos.equals("ADP") && cues.subjectPronouns.contains(a.lower(k)) && k + 1 < end && a.pos(k + 1).equals("AUX")
          && (a.pos(k - 1).equals("NOUN") || a.pos(k - 1).equals("PROPN"))) {
        return k;
      }
      if (p.equals("VERB") || p.equals("AUX") || p.equals("PRON") || a.quoteOf(k) >= 0) return t;
    }
    return t;
  }

  /**
   * Where a reported clause ends: at a semicolon, after which another clause has its own subject
   * ("X estimates that ... $1.1 trillion; the Tax Foundation puts the figure at $498 billion"), else at end.
   */
  private int semicolonOr(Analysis a, int from, int end) {
    for (int t = from; t < end; t++) if (a.token(t).equals(";") && a.quoteOf(t) < 0 && startsClause(a, t + 1, end)) return t;
    return end;
  }

  /** The first token of the clause a cue introduces ("that" skipped), or -1 when no clause follows it. */
  private int clauseAfter(Analysis a, int t, int end) {
    boolean that = t < end && a.lower(t).equals("that");
    if (that) t++;
    return that || startsClause(a, t, end) ? t : -1;
  }

  private static boolean hasVerb(Analysis a, int from, int to) {
    for (int t = from; t < to; t++) if (a.pos(t).equals("VERB") || a.pos(t).equals("AUX")) return true;
    return false;
  }

  /** The person who spoke last before {@code before}, among the few quotes right before it. */
  private static int lastPersonSpeaker(Entities ents, List<Q> quotes, int before) {
    int lo = 0, hi = quotes.size();
    while (lo < hi) { // quotes are in text order: the first that starts at or after before
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).startChar < before) lo = mid + 1;
      else hi = mid;
    }
    for (int i = lo - 1; i >= 0 && i >= lo - 5; i--) {
      Q q = quotes.get(i);
      if (q.entity >= 0 && Entity.PERSON.equals(ents.entityType(q.entity))) return q.entity;
    }
    return -1;
  }

  /** A subject pronoun and its auxiliary in one token, as the tokenizer leaves "he’d", "they’re". */
  private boolean isPronounContraction(String w) {
    int apostrophe = w.indexOf('\''); // Analysis.lower writes ’ as '
    return apostrophe > 0 && cues.subjectPronouns.contains(w.substring(0, apostrophe)) && cues.contractions.contains(w.substring(apostrophe + 1));
  }

  /** A clause follows: a subject word and, within a few words, a finite verb. */
  private boolean startsClause(Analysis a, int t, int end) {
    return startsClause(a, t, end, false);
  }

  /**
   * As {@link #startsClause(Analysis, int, int)}; {@code objectFirst}: the cue also takes a plain
   * object ("found a gun", "knows the city"), so a noun phrase followed by "and" and a verb is that
   * object, not a clause.
   */
  private boolean startsClause(Analysis a, int t, int end, boolean objectFirst) {
    if (t >= end) return false;
    if (isPronounContraction(a.lower(t))) return true; // "said he’d battled"
    String pos = a.pos(t);
    if (!(pos.equals("PRON") || pos.equals("DET") || pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("NUM") || pos.equals("ADJ")
        || a.lower(t).equals("a") || a.lower(t).equals("an") || a.lower(t).equals("the") || a.lower(t).equals("there"))) {
      return false; // the tagger may miss an article, or take "there are" for an adverb
    }
    if (pos.equals("PRON") && (a.lower(t).equals("it") || a.lower(t).equals("what") || a.lower(t).equals("something"))) {
      // "said it", "said what" may be objects; still a clause when a verb follows at once
      return t + 1 < end && (a.pos(t + 1).equals("AUX") || a.pos(t + 1).equals("VERB"));
    }
    for (int k = t + 1; k < end && k <= t + 10; k++) {
      String p = a.pos(k);
      if (p.equals("PUNCT") && a.end(k - 1) == a.start(k) && k + 1 < end && a.end(k) == a.start(k + 1)) continue; // "EB-5"
      if (a.lower(k).equals("'s")) continue; // "Pence's performance should", a possessive
      // "said a prayer for the victims and left": an object and a second verb; "said a spokesman for the group that
      // runs it": the verb of a relative clause inside a noun phrase
      if (k + 1 < end && (a.pos(k + 1).equals("VERB") || a.pos(k + 1).equals("AUX"))) {
        if (p.equals("CCONJ") && objectFirst) return false; // "found a gun in his car and arrested him": an object, then a second verb
        if (cues.relatives.contains(a.lower(k))) { // "people who voted for Trump are angry": the clause goes on after the relative one
          int r0 = k + 2; // past the relative clause's own verb group: "who was seen", "that have cut", "who had been wounded"
          if (a.pos(k + 1).equals("AUX")) {
            while (r0 < end && (a.pos(r0).equals("AUX") || a.pos(r0).equals("ADV") || a.pos(r0).equals("PART"))) r0++;
            if (r0 < end && a.pos(r0).equals("VERB")) r0++;
          }
          for (int r = r0; r < end && r <= k + 10; r++) {
            String rp = a.pos(r);
            if (rp.equals("PUNCT") || rp.equals("CCONJ")) return false;
            if (r == r0 && r0 > k + 2 && (rp.equals("AUX") || rp.equals("VERB") && !a.lower(r).endsWith("ing"))) return true; // "who was shot died"
            if (rp.equals("AUX") || rp.equals("VERB") && !a.lower(r).endsWith("ing") && !a.lower(r - 1).equals("to") && !rp.equals(a.pos(r - 1))) {
              return r > k + 2 && !a.pos(r - 1).equals("AUX");
            }
          }
          return false; // "said a spokesman for the group that runs it"
        }
      }
      if (p.equals("AUX")) return true;
      if (p.equals("VERB")) return !a.lower(k).endsWith("ing") && !a.lower(k - 1).equals("to");
      // a preposition inside the subject ("praise from Putin would", "a device in Chelsea was") goes on; one right after
      // the first word or after another preposition ("said Tuesday in a statement") does not
      if (p.equals("PUNCT") || p.equals("ADP") && !a.lower(k).equals("of") && (k == t + 1 || a.pos(k - 1).equals("ADP"))) return false;
    }
    return false;
  }

  private static boolean hasQuote(Analysis a, int from, int to) {
    for (int t = from; t < to; t++) if (a.quoteOf(t) >= 0) return true;
    return false;
  }

  private static boolean overlaps(boolean[] quoted, Q q) {
    for (int c = q.startChar; c < q.endChar; c++) if (quoted[c]) return true;
    return false;
  }
}
