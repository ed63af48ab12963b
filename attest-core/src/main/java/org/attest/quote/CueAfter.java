package org.attest.quote;

import static org.attest.quote.Tokens.isDash;
import static org.attest.quote.Tokens.isPunct;

import org.attest.model.Entity;
import org.attest.text.Analysis;

/**
 * The cue and speaker in the words after a quote: "“...,” Mattis said", "he was known to tell",
 * "said the spokesman", "an emailed statement from the coalition read". Not when a new sentence
 * follows the quote with a clause of its own: “... strong.” He noted that ...; nor when a new
 * sentence follows a quote whose own sentence has its cue before it.
 */
final class CueAfter extends CueSieve {
  /** How many words after the quote a cue may start. */
  private static final int REACH = 20;

  CueAfter() {
    super("cue-after", Candidate.Side.AFTER);
  }

  @Override
  boolean attribute(Reading r, QuoteFrame f, Candidate q) {
    if (!f.closed || ownCueBefore(r, f, q)) return false;
    int t = firstWordAfter(r, f);
    if (t < f.after && cueBeforeFirst(r, f, t, q)) return false;
    if (t >= f.after || isDash(r.a, t) || !read(r, t, f.after, q)) return false;
    Analysis a = r.a;
    if (f.nextSentence && q.cueEnd < a.tokenCount()
        && (a.lower(q.cueEnd).equals(r.cues.that) || r.clauses.startsClause(q.cueEnd, a.sentenceEndToken(a.sentenceOf(q.cueEnd))))) {
      q.attribute(null, -1, -1); // “... strong.” He noted that ...: a statement of its own
      return false;
    }
    return true;
  }

  /**
   * “Brafman said, “... found.” He added, “...”": a quote that ends its sentence, whose sentence has
   * a cue and speaker before it, is theirs (cue-before), not the next sentence's.
   */
  private static boolean ownCueBefore(Reading r, QuoteFrame f, Candidate q) {
    if (!f.nextSentence || f.midSentence || !CueBefore.read(r, f.sentenceStart, f.first, q)) return false;
    q.attribute(null, -1, -1); // read only to know: cue-before decides it
    return true;
  }

  /**
   * "Cruz said he'd make sand “glow in the dark,” and Trump vowed ...", "Trump has hailed the vote as
   * “fantastic,” telling reporters ...": a quote whose own sentence has a cue before it, followed by
   * a clause of its own (cues.txt [clause-join]) or by a participle, is the cue before's (cue-before).
   */
  private static boolean cueBeforeFirst(Reading r, QuoteFrame f, int t, Candidate q) {
    Analysis a = r.a;
    boolean participle = a.lower(t).endsWith(r.cues.participleEnding) && r.cues.cueAt(a, t, f.after) >= 0;
    if (!(r.cues.clauseJoins.contains(a.lower(t)) || participle) || f.sentenceStart >= f.first) return false;
    if (!CueBefore.read(r, f.sentenceStart, f.first, q)) return false;
    q.attribute(null, -1, -1); // read only to know: cue-before decides it
    return true;
  }

  /** The first token after the quote that is a word or a dash. */
  static int firstWordAfter(Reading r, QuoteFrame f) {
    int t = f.afterStart;
    while (t < f.after && isPunct(r.a, t) && !isDash(r.a, t)) t++;
    return t;
  }

  /** The cue in [t, to) with its speaker before it ("Mattis said") or after it ("said Mattis"). */
  private static boolean read(Reading r, int t, int to, Candidate q) {
    Analysis a = r.a;
    CueLexicon cues = r.cues;
    int limit = Math.min(to, t + REACH);
    for (int c = t; c < limit; c++) {
      int cueEnd = cues.cueAt(a, c, to);
      // "“...,” Trump added to People": right after a quote, "added to" is said to someone, not put on a pile
      if (cueEnd < 0 && c > t && c <= t + 4 && c + 1 < to && a.lower(c + 1).equals(cues.to) && cues.speechTo.contains(cues.verbs.get(a.lower(c)))) cueEnd = c + 1;
      boolean read = cueEnd < 0 && cues.isReadVerb(a, c) && c > t;
      if (cueEnd < 0 && !read) continue;
      if (read) cueEnd = c + 1;
      if (c > t && !a.lower(c).equals(cues.according) && !speakerAfterComma(r, c, cueEnd, to)) { // speaker first: "Mattis said", "he added", "the coalition said"
        Who who = speakerBefore(r, t, c, read);
        if (who == null) continue;
        q.attribute(r.speakers.proxy(who, c), c, cueEnd);
        return true;
      }
      // cue first: "said Mattis", "according to Reuters", "said the coalition's spokesman, Col. Dillon"
      Who who = r.speakers.objectAt(cueEnd, to);
      if (who == null) return false;
      q.attribute(r.speakers.proxy(who, to), c, cueEnd);
      return true;
    }
    return false;
  }

  /**
   * "“He can assert it” that Sanders can catch Clinton, said Steve Elmendorf": a cue after a comma
   * whose speaker follows it (a person or an organisation, or a phrase opening with "the"), not a
   * participle ("..., adding Obama ...") nor a cue whose next words are whom it was said to ("told Reuters").
   */
  private static boolean speakerAfterComma(Reading r, int c, int cueEnd, int to) {
    Analysis a = r.a;
    if (!a.token(c - 1).equals(",") || cueEnd != c + 1 || a.lower(c).endsWith(r.cues.participleEnding)) return false;
    String lemma = r.cues.verbs.get(a.lower(c));
    if (r.cues.addressee.contains(a.lower(c)) || r.cues.addresseeMaybe.contains(a.lower(c)) || lemma != null && r.cues.addressee.contains(lemma)) return false;
    Who who = r.speakers.objectAt(cueEnd, to);
    if (who == null) return false;
    if (who.mention() < 0) return a.lower(who.start()).equals(r.cues.definite) && who.end() - who.start() > 1;
    String type = r.ents.entityType(r.ents.entityOf(who.mention()));
    return Entity.PERSON.equals(type) || Entity.ORG.equals(type) || "person".equals(r.ents.nominalClass(who.mention()));
  }

  /** The subject of the cue at c; of a verb of reading, only a document: "a statement from X read", not "X read". */
  private static Who speakerBefore(Reading r, int t, int c, boolean read) {
    if (!read) return r.speakers.subjectOf(t, c);
    Who who = Who.of(r.ents, r.ents.mentionStartingAt(t));
    return Who.isDocument(r.ents, who) ? who : null;
  }
}
