package org.attest.entity;

import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/**
 * Who holds the floor in a transcript without speaker labels (a hearing, an interview told in the
 * first person): its turns are the blocks of paragraphs between blank lines. A turn is a person's
 * when it names them as its speaker ("My name is Amy Sells": {@code coreference.txt [self-naming]})
 * or when the turn before ends by giving them the floor: a sentence that is their name alone ("Mr.
 * Roberts?", "Dr. Guruswamy.") or that addresses them with a word of {@code [hand-off]} ("Alright,
 * Mr. Sova, please proceed."), or a question that opens with their name ("Mr. President, ... do you
 * still think ...?"). From there the two sides take turns: every other turn is that
 * person's, whose "I" it is, and the turns between are the other side's, whose "you" they are, up
 * to the next turn found so. After a question that named its person, the turns keep in step with
 * the questions: a turn that ends in a question mark after one that does not is the interviewer's,
 * the turn after it the person's (an answer of two blocks does not shift every turn after it).
 */
final class Turns {
  static final String RULE = "turn";

  /** By turn: the person who speaks, and the person spoken to; -1 when unknown. */
  private final int[] speaker, addressee;
  /** By paragraph: its turn. */
  private final int[] turnOf;

  private Turns(int turns, int[] turnOf) {
    this.turnOf = turnOf;
    speaker = new int[turns];
    addressee = new int[turns];
    java.util.Arrays.fill(speaker, -1);
    java.util.Arrays.fill(addressee, -1);
  }

  /** The person whose turn holds token t, or -1. */
  int speaker(Analysis a, int t) {
    return speaker[turnOf[a.paragraphOf(t)]];
  }

  /** The person the turn of token t speaks to, or -1. */
  int addressee(Analysis a, int t) {
    return addressee[turnOf[a.paragraphOf(t)]];
  }

  /** The turns of the article of {@code found}. */
  static Turns of(Entities found, boolean firstPerson) {
    Analysis a = found.analysis;
    int paragraphs = a.paragraphCount();
    int[] turnOf = new int[Math.max(1, paragraphs)];
    if (!firstPerson || paragraphs == 0) return new Turns(1, turnOf);
    int turns = 1;
    String text = a.text();
    int[] firstParagraph = new int[Math.max(1, paragraphs)];
    for (int p = 1; p < paragraphs; p++) {
      if (text.substring(a.paragraphEnd(p - 1), a.paragraphStart(p)).chars().filter(ch -> ch == '\n').count() >= 2) firstParagraph[turns++] = p;
      turnOf[p] = turns - 1;
    }
    Turns out = new Turns(turns, turnOf);
    int[] last = new int[turns]; // by turn: its last paragraph
    for (int p = 0; p < paragraphs; p++) last[turnOf[p]] = p;
    int holder = -1, from = -1;
    boolean interview = false; // the holder was asked by name: from there the turns that ask are the interviewer's
    for (int turn = 0; turn < turns; turn++) {
      int named = selfNamed(found, a, firstParagraph[turn], last[turn]);
      int given = turn > 0 ? floorGiven(found, a, last[turn - 1]) : -1;
      int asked = given < 0 && turn > 0 ? askedByName(found, a, firstParagraph[turn - 1], last[turn - 1]) : -1;
      int anchor = named >= 0 ? named : given >= 0 ? given : asked;
      if (anchor >= 0) {
        holder = anchor;
        from = turn;
        interview = named < 0 && given < 0;
        if (named < 0 && out.addressee[turn - 1] < 0) out.addressee[turn - 1] = anchor; // "Mr. Roberts?": the one spoken to
      }
      if (holder < 0) continue;
      if (interview && turn > from && asks(a, last[turn - 1]) != asks(a, last[turn])) from = asks(a, last[turn]) ? turn - 1 : turn; // back in step with the questions
      if ((turn - from) % 2 == 0) out.speaker[turn] = holder;
      else out.addressee[turn] = holder;
    }
    return out;
  }

  /** Paragraph p ends in a question mark: the last paragraph of a turn that asks. */
  private static boolean asks(Analysis a, int p) {
    int end = a.tokenAt(a.paragraphEnd(p) - 1);
    return end < a.tokenCount() && a.token(end).equals("?");
  }

  /** The person a turn names as its speaker: "My name is Amy Sells", or -1. */
  private static int selfNamed(Entities found, Analysis a, int firstParagraph, int lastParagraph) {
    int from = a.tokenAt(a.paragraphStart(firstParagraph)), to = Math.min(a.tokenCount(), a.tokenAt(a.paragraphEnd(lastParagraph) - 1) + 1);
    for (int k = from; k < to; k++) {
      int opens = a.sentenceStartToken(a.sentenceOf(k)); // the phrase opens its sentence: not "say, 'Hey Frank, my name is John'"
      if (opens < from || a.quoted(k) || !opensWith(a, found, opens, k)) continue;
      int person = person(found, found.mentionStartingAt(k));
      if (person >= 0) return person;
    }
    return -1;
  }

  /**
   * The person the last sentence of paragraph p gives the floor to: their name set off as the whole
   * sentence ("Mr. Roberts?") or beside a word of {@code [hand-off]} ("Alright, Mr. Sova, please proceed."); -1 when none.
   */
  private static int floorGiven(Entities found, Analysis a, int p) {
    int end = a.tokenAt(a.paragraphEnd(p) - 1);
    if (end >= a.tokenCount()) return -1;
    int s = a.sentenceOf(end), from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    boolean handOff = false;
    for (int k = from; k < to; k++) handOff |= found.lexicon.handOff.contains(a.lower(k));
    for (int k = from; k < to; k++) {
      int m = found.mentionStartingAt(k);
      int person = person(found, m);
      if (person < 0) continue;
      int after = found.mentionEnd(m), start = k;
      while (start > from && a.isCapitalized(start - 1) && start > k - 3) start--; // its title: "Mr. Roberts?"
      boolean setOff = (start == from || a.token(start - 1).equals(",")) && after < to && VOCATIVE_END.contains(a.token(after));
      boolean alone = start == from && after == to - 1;
      if (setOff && (alone || handOff)) return person;
    }
    return -1;
  }

  /**
   * The person a question addresses by the name that opens it ("Mr. President, as a Nobel Peace Prize
   * recipient, do you still think ...?"): the turn of paragraphs first..last ends in a question mark; -1 when none.
   */
  private static int askedByName(Entities found, Analysis a, int first, int last) {
    int from = a.tokenAt(a.paragraphStart(first)), end = a.tokenAt(a.paragraphEnd(last) - 1);
    if (end >= a.tokenCount() || !a.token(end).equals("?")) return -1;
    for (int k = from; k < Math.min(end, from + 3); k++) { // after a title: "Mr. President,"
      int m = found.mentionStartingAt(k), person = person(found, m);
      if (person >= 0) return found.mentionEnd(m) < end && a.token(found.mentionEnd(m)).equals(",") ? person : -1;
      if (!a.isCapitalized(k)) return -1;
    }
    return -1;
  }

  /** One of the self-naming phrases runs from token {@code opens} to token k. */
  private static boolean opensWith(Analysis a, Entities found, int opens, int k) {
    for (String[] phrase : found.lexicon.selfNaming) if (k - phrase.length == opens && Words.phraseBefore(a, java.util.List.<String[]>of(phrase), k, opens)) return true;
    return false;
  }

  /** What may follow a name that addresses its person: "Mr. Roberts?", "Alright, Mr. Sova, please proceed." */
  private static final java.util.Set<String> VOCATIVE_END = java.util.Set.of(",", ".", "?", "!");

  private static int person(Entities found, int m) {
    if (m < 0 || found.entityOf(m) < 0 || !found.mentionKind(m).equals(Mention.NAME)) return -1;
    return found.entities.get(found.entityOf(m)).type.equals(Entity.PERSON) ? found.entityOf(m) : -1;
  }
}
