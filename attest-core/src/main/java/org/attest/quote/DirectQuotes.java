package org.attest.quote;

import static org.attest.quote.Tokens.isPunct;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Quote;
import org.attest.text.Analysis;

/**
 * Direct and mixed quotes: each quoted region in its frame goes through the {@link Sieves#CUE}
 * sieves, is kept when it reads as a quote (not a nickname, a title or a scare quote), takes its
 * span (direct: the marks; mixed: the words around them too), and quotes no cue decided go through
 * the {@link Sieves#LAYOUT} sieves.
 */
final class DirectQuotes {
  private DirectQuotes() {}

  static List<Candidate> find(Reading r) {
    List<Candidate> found = new ArrayList<>();
    for (int region = 0; region < r.a.quoteCount(); region++) {
      QuoteFrame f = QuoteFrame.of(r.a, region);
      Candidate q = f == null ? null : quoted(r, f);
      if (q != null) found.add(q);
    }
    inferSpeakers(r, found);
    return found;
  }

  private static Candidate quoted(Reading r, QuoteFrame f) {
    Candidate q = new Candidate();
    q.region = f.region;
    q.paragraph = f.paragraph;
    for (CueSieve sieve : Sieves.CUE) {
      if (!sieve.attribute(r, f, q)) continue;
      q.rule = sieve.name();
      q.side = sieve.side();
      break;
    }
    if (!isQuote(r, f, q)) return null;
    shape(r, f, q);
    if (q.who != null) {
      q.entity = Who.entityOf(r.ents, q.who);
      q.confidence = q.entity >= 0 ? 0.95 : 0.8;
      if (q.entity >= 0 && Who.isPronoun(r.ents, q.who)) q.confidence = 0.9;
    }
    if (q.type.equals(Quote.MIXED)) q.confidence = Math.min(q.confidence == 0 ? 0.7 : q.confidence, 0.9);
    return q;
  }

  /** A cue right after the quote, or ending at most three tokens before it. */
  private static boolean cueAdjacent(QuoteFrame f, Candidate q) {
    return q.side == Candidate.Side.AFTER || (q.side == Candidate.Side.BEFORE && q.cueEnd >= f.first - 3);
  }

  /** Whether the region is a quote: a nickname or a title in quotation marks is none ("the nick name “Mad Dog”", NBC’s “Today”). */
  private static boolean isQuote(Reading r, QuoteFrame f, Candidate q) {
    boolean adjacent = cueAdjacent(f, q);
    if (!(!f.closed || f.punctInside || f.words >= 8 || f.colonIntro || adjacent || q.side != Candidate.Side.NONE)) return false;
    if (f.closed && !f.punctInside && f.words <= 6 && r.cues.introducesName(r.a, f.first, f.sentenceStart)) return false;
    // a title in title case with no cue at hand: the “Defeat Crooked Hillary PAC”
    return !(f.closed && f.words <= 6 && !adjacent && !f.colonIntro && titleCase(r, f.contentFirst, f.contentLast));
  }

  /** Direct when the quote is the whole statement, nothing but its attribution around it; else mixed, with the words around the marks. */
  private static void shape(Reading r, QuoteFrame f, Candidate q) {
    Analysis a = r.a;
    boolean before = q.side == Candidate.Side.BEFORE, after = q.side == Candidate.Side.AFTER;
    int first = f.first;
    boolean beforeEmpty = f.before == first || f.colonIntro || (before && onlyFrame(r, q, f.before, first))
        || (before && introducedAfterCue(a, q.cueEnd, first))
        || (f.before + 1 == first && isPunct(a, f.before));
    boolean afterEmpty = f.afterStart >= f.after || after || Tokens.onlyPunct(a, f.afterStart, f.after)
        || (f.endedInside && a.isCapitalized(f.afterStart));
    if (beforeEmpty && afterEmpty) {
      q.type = Quote.DIRECT;
      q.startChar = a.quoteStart(f.region);
      q.endChar = a.quoteEnd(f.region);
      return;
    }
    q.type = Quote.MIXED;
    int from = q.cueEnd >= 0 && q.cueEnd <= first ? Math.max(q.cueEnd, f.before) : clauseStart(r, f.before, first);
    while (from < first && (isPunct(a, from) || r.cues.mixedSkip.contains(a.lower(from)))) from++;
    int to = after || f.afterStart >= f.after || f.endedInside ? f.last : Tokens.lastWord(a, f.afterStart, f.after);
    q.startChar = a.start(from);
    q.endChar = Math.max(a.quoteEnd(f.region), a.end(to));
  }

  /** Every word capitalised but the small ones: a name or title, not a statement. */
  private static boolean titleCase(Reading r, int from, int to) {
    Analysis a = r.a;
    int words = 0;
    for (int t = from; t <= to; t++) {
      if (isPunct(a, t)) continue;
      if (!a.isCapitalized(t) && !r.cues.titleSmall.contains(a.lower(t)) && !Character.isDigit(a.token(t).charAt(0))) return false;
      words++;
    }
    return words > 0 && (words > 1 || a.tokenAt(a.start(from)) == from && a.pos(from).equals("PROPN"));
  }

  /** "the announcer said, “...", "before asking her, “...": the cue, an object at most, a comma. */
  private static boolean introducedAfterCue(Analysis a, int cueEnd, int first) {
    if (cueEnd < 0 || cueEnd > first || first - 1 < 0 || !(a.token(first - 1).equals(",") || a.token(first - 1).equals(":"))) return false;
    int words = 0;
    for (int t = cueEnd; t < first - 1; t++) if (!isPunct(a, t)) words++;
    return words <= 2;
  }

  /** Whether [from, to) holds only the speaker, the cue and punctuation ("Mattis said:"). */
  private static boolean onlyFrame(Reading r, Candidate q, int from, int to) {
    if (q.who == null) return false;
    for (int t = from; t < to; t++) {
      if (isPunct(r.a, t)) continue;
      if (t >= q.cueStart && t < q.cueEnd) continue;
      if (t >= q.who.start() && t < q.who.end()) continue;
      if (r.cues.aux.contains(r.a.lower(t)) || r.a.lower(t).equals(r.cues.that)) continue;
      return false;
    }
    return true;
  }

  /** Where the words before a mixed quote begin: after the last "that" or clause mark of the 25 tokens before it. */
  private static int clauseStart(Reading r, int before, int first) {
    Analysis a = r.a;
    int t = first - 1;
    int limit = Math.max(before, first - 25);
    while (t > limit) {
      String low = a.lower(t);
      if (low.equals(r.cues.that) || low.equals(",") || low.equals(":") || low.equals(";")) return t + 1;
      t--;
    }
    return limit;
  }

  // ---- quotes no cue decided ----------------------------------------------------------------

  /** Quotes with no cue of their own take the speaker the layout gives them. */
  private static void inferSpeakers(Reading r, List<Candidate> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      Candidate q = quotes.get(i);
      if (q.who != null && q.entity < 0) q.entity = fallbackEntity(r, quotes, i, q);
      if (q.who != null) continue;
      boolean decided = false;
      for (LayoutSieve sieve : Sieves.LAYOUT) {
        if (!sieve.attribute(r, quotes, i)) continue;
        q.rule = sieve.name();
        decided = true;
        break;
      }
      if (!decided) q.confidence = 0.4;
    }
  }

  /** An unresolved "he" or "she" after a quote is most likely the last speaker. */
  private static int fallbackEntity(Reading r, List<Candidate> quotes, int i, Candidate q) {
    if (!Who.isPronoun(r.ents, q.who)) return -1;
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      int e = quotes.get(j).entity;
      if (e >= 0 && Entity.PERSON.equals(r.ents.entityType(e))) return e;
    }
    return -1;
  }
}
