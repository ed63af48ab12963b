package org.attest.entity;

import static org.attest.entity.PronounSieves.PASS;
import static org.attest.entity.PronounSieves.agrees;

import java.util.Set;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/** The pronoun sieves that read a pattern around the pronoun before any search for the nearest mention. */
final class PronounPatterns {
  private PronounPatterns() {}

  /**
   * "North Korea stated it would attack", "the group says they": "it" or "they" opening the clause
   * of a reporting verb is its subject, when that is an organisation, a country or a named thing
   * (a group too for "they").
   */
  static final class Reporter extends PronounSieves.Sieve {
    Reporter() {
      super("reporter");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      if (cls != PronounClass.NEUTER && cls != PronounClass.PLURAL) return PASS;
      Analysis a = c.a;
      int k = p.start - 1;
      if (k >= 0 && a.lower(k).equals(c.lex.that)) k--;
      if (k < 1 || !c.lex.reportingVerbs.contains(a.lower(k))) return PASS;
      k--;
      for (int skip = 0; skip < 2 && k > 0 && (a.pos(k).equals("AUX") || a.pos(k).equals("ADV")); skip++) k--;
      if (k > 0 && a.token(k).equals(",")) k--; // "Lydia Buchtmann for Food Standards Australia New Zealand, says they"
      int widest = -1; // "Food Standards Australia New Zealand", not the "New Zealand" inside it
      for (int j = i - 1; j >= 0 && c.mentions.get(j).start >= k - 12; j--) { // sorted by start: the widest comes last
        Entities.M m = c.mentions.get(j);
        if (m.end == k + 1 && m.entity >= 0) widest = j;
      }
      if (widest < 0) return PASS;
      Entities.M m = c.mentions.get(widest);
      String type = c.entity(m).type;
      boolean fits = type.equals(Entity.ORG) || type.equals(Entity.GPE) || type.equals(Entity.OTHER) && m.kind.equals(Mention.NAME)
          || cls == PronounClass.PLURAL && type.equals(Entity.NORP);
      return fits ? m.entity : PASS;
    }
  }

  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM", "PART", "PUNCT");

  /**
   * Cataphora: a pronoun in an opening adverbial ("Discussing his concern, Najib Razak said", "In
   * her opening remarks, Waters praised", "After calling ... to speak with his mother, Montalvo
   * was") refers to the name that opens the main clause after the comma, when the adverbial names
   * no one fitting before it.
   */
  static final class Cataphora extends PronounSieves.Sieve {
    Cataphora() {
      super("cataphora");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      Analysis a = c.a;
      int s = a.sentenceOf(p.start), from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
      String first = a.pos(from);
      if (!(first.equals("ADP") || first.equals("SCONJ") || first.equals("VERB") && a.lower(from).endsWith(c.lex.participleEnding))) return PASS;
      if (p.start - from > 40) return PASS; // an opening adverbial is short
      for (int k = from; k < p.start; k++) if (a.token(k).equals(",")) return PASS;
      int comma = -1;
      for (int k = p.start + 1; k < to && k < p.start + 30 && comma < 0; k++) if (a.token(k).equals(",")) comma = k;
      if (comma < 0) return PASS;
      for (int j = i - 1; j >= 0 && c.mentions.get(j).start >= from; j--) {
        Entities.M m = c.mentions.get(j);
        if (m.entity >= 0 && agrees(c.entity(m), cls, m, c)) return PASS;
      }
      return subjectAfter(c, i, cls, comma, to);
    }

    /** The subject after the comma: the first fitting name of the noun phrase that opens the main clause. */
    private static int subjectAfter(Coreference.Context c, int i, PronounClass cls, int comma, int to) {
      Analysis a = c.a;
      for (int j = i + 1; j < c.mentions.size(); j++) {
        Entities.M m = c.mentions.get(j);
        if (m.start <= comma) continue;
        if (m.start > comma + 6) break;
        boolean nounPhrase = true;
        for (int k = comma + 1; k < m.start && nounPhrase; k++) nounPhrase = NOUN_PHRASE_TAGS.contains(a.pos(k)) || a.lower(k).equals(c.lex.possessive);
        if (!nounPhrase) break;
        if (m.end < to && a.token(m.end).equals(",")) continue; // an apposition: "In her book, Living History, Clinton noted"
        if (m.kind.equals(Mention.NAME) && m.entity >= 0 && agrees(c.entity(m), cls, m, c)) return m.entity;
      }
      return PASS;
    }
  }

  /** How far back (in sentences) a pronoun that reports speech looks for the speaker before it. */
  private static final int SPEAKER_REACH = 3;

  /**
   * Speaker continuity: a pronoun that reports speech outside quotes ("…," it added; "They also
   * claimed") is the subject of the nearest reporting verb before it ("said KCNA", "the Church
   * denied"), when that agrees with it.
   */
  static final class LastSpeaker extends PronounSieves.Sieve {
    LastSpeaker() {
      super("last-speaker");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      int n = c.a.tokenCount();
      Analysis a = c.a;
      int verb = p.end < n && a.pos(p.end).equals("ADV") ? p.end + 1 : p.end; // "They also claimed"
      if (c.a.quoted(p.start) || verb >= n || !c.lex.reportingVerbs.contains(a.lower(verb))) return PASS;
      int sentence = a.sentenceOf(p.start);
      for (int k = p.start - 1; k >= 0 && k > p.start - 300 && sentence - a.sentenceOf(k) <= SPEAKER_REACH; k--) {
        if (c.a.quoted(k) || !c.lex.reportingVerbs.contains(a.lower(k))) continue;
        int subject = -1; // the mention before the verb ("KCNA said") or after it ("said KCNA")
        for (int j = i - 1; j >= 0 && c.mentions.get(j).start >= k - 6; j--) {
          Entities.M m = c.mentions.get(j);
          if (m.entity >= 0 && (m.end == k || m.start == k + 1) && (subject < 0 || m.end == k)) subject = j;
        }
        if (subject < 0) continue;
        Entities.M m = c.mentions.get(subject);
        Entities.E e = c.entity(m);
        boolean known = !cls.personal() || e.gender == cls.gender(); // a person of known gender only
        return known && agrees(e, cls, m, c) ? m.entity : PASS;
      }
      return PASS;
    }
  }

  /**
   * "Devocht, who had told Montalvo he would assist him": "he" or "she" opening the clause a
   * reporting verb takes after its addressee is the verb's subject (the one who tells), not the
   * addressee; a relative "who" stands for the name before it.
   */
  static final class Teller extends PronounSieves.Sieve {
    Teller() {
      super("teller");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      if (!cls.personal() || i == 0) return PASS;
      Analysis a = c.a;
      Entities.M object = c.mentions.get(i - 1);
      int k = p.start - 1;
      if (k >= 0 && a.lower(k).equals(c.lex.that)) k--;
      if (object.end != k + 1 || object.entity < 0) return PASS;
      int verb = object.start - 1;
      if (verb < 1 || !c.lex.reportingVerbs.contains(a.lower(verb))) return PASS;
      int s = verb - 1;
      while (s > 0 && (a.pos(s).equals("AUX") || a.pos(s).equals("ADV"))) s--;
      if (a.lower(s).equals(c.lex.relativeWho) && s > 1 && a.token(s - 1).equals(",")) s -= 1; // ", who had told": the name before
      else s += 1;
      for (int j = i - 2; j >= 0 && c.mentions.get(j).end >= s - 1; j--) {
        Entities.M m = c.mentions.get(j);
        if (m.end != s || m.entity < 0 || m.entity == object.entity) continue;
        Entities.E e = c.entity(m);
        return e.type.equals(Entity.PERSON) && e.gender.fits(cls.gender()) ? m.entity : PASS;
      }
      return PASS;
    }
  }

  /** How many sentences before the pronoun's own the topic person must be mentioned in for {@link Stranger}. */
  private static final int TOPIC_REACH = 2;

  /**
   * He or she that the nearest mention would give to a stranger, a person of no known gender (no
   * first name, title or he/she of their own), while the topic person fits and is mentioned in the
   * pronoun's sentence or the two before ("she was made a Dame by Elizabeth II ..., and in 2015
   * she became"; "Chao went to the United States with a Boxer Indemnity Scholarship, where he was";
   * "collaborated with Luo Changpei and Li Fang-Kuei, ... of his generation"), is the topic person;
   * not when the stranger opens a clause after the topic's last mention ("Kiara Perkins, a second
   * year art major, admitted she") or is a subject in the pronoun's sentence ("Johann Bernoulli also
   * plagiarized some ideas from Daniel's book in his own book").
   */
  static final class Stranger extends PronounSieves.Sieve {
    private static final PronounSieves.Nearest NEAREST = new PronounSieves.Nearest();

    Stranger() {
      super("stranger");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      if (!cls.personal()) return PASS;
      int top = PronounSieves.topPerson(c, i, cls, true);
      if (top < 0) return PASS;
      int near = NEAREST.resolve(c, i, p, cls);
      if (near < 0 || near == top || c.entities.get(near).gender != Gender.UNKNOWN || !c.entities.get(near).type.equals(Entity.PERSON)) return PASS;
      int sentence = c.a.sentenceOf(p.start), from = c.a.sentenceStartToken(sentence);
      for (int j = i - 1; j >= 0 && c.mentions.get(j).start >= from; j--) {
        if (c.mentions.get(j).entity == near && subject(c, c.mentions.get(j), from)) return PASS; // "never again would Pachomius trust his protégé"
      }
      for (int j = i - 1; j >= 0; j--) {
        Entities.M m = c.mentions.get(j);
        int ms = c.a.sentenceOf(m.start);
        if (sentence - ms > TOPIC_REACH) break;
        if (m.entity == near && PronounSieves.Nearest.opensClause(c, c.a.sentenceStartToken(ms), m.start)) return PASS; // "Kiara Perkins, a USI art major, admitted she"
        if (m.entity == top) return top;
      }
      return PASS;
    }

    /** Mention m is a subject of the sentence from {@code from}: it opens a clause, its verb follows it (after an adverb), or an auxiliary stands right before it ("would Pachomius trust"). */
    private static boolean subject(Coreference.Context c, Entities.M m, int from) {
      Analysis a = c.a;
      if (PronounSieves.Nearest.opensClause(c, from, m.start) || PronounSieves.isSubject(c, m)) return true;
      if (m.start > from && a.pos(m.start - 1).equals("AUX")) return true;
      return m.end + 1 < a.tokenCount() && a.pos(m.end).equals("ADV") && a.pos(m.end + 1).equals("VERB");
    }
  }
}
