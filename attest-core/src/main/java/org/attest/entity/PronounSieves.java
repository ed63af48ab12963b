package org.attest.entity;

import java.util.List;
import java.util.Set;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/**
 * The order of pronoun resolution, in one place: the first sieve that decides a pronoun (an
 * entity, or that it has none) stamps its name on it. Before the search for the nearest fitting
 * mention come the patterns that override it: "X said it would" ({@code reporter}), an opening
 * adverbial ({@code cataphora}), a pronoun that reports speech ({@code last-speaker}), the one who
 * tells ({@code teller}); after it, the lede for a pronoun of the opening with nothing before it.
 */
final class PronounSieves {
  private PronounSieves() {}

  /** The sieve leaves the pronoun to the next one. */
  static final int PASS = -1;
  /** The sieve decides the pronoun has no antecedent. */
  static final int NOBODY = -2;

  /** A step of pronoun resolution: an entity, {@link #NOBODY} or {@link #PASS}. */
  abstract static class Sieve extends Rule {
    Sieve(String name) {
      super(name);
    }

    abstract int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls);
  }

  static final List<Sieve> ORDER = List.of(new PronounPatterns.Reporter(), new PronounPatterns.Cataphora(), new PronounPatterns.LastSpeaker(),
      new PronounPatterns.Teller(), new Topic(), new SentenceTopic(), new PronounPatterns.Stranger(), new Nearest(), new Lede());

  /**
   * The most tokens a pronoun looks back for its antecedent, besides the 12 sentences: a bound on
   * the work at each pronoun when sentences never end (a list, a transcript without periods).
   */
  private static final int WINDOW = 1000;

  /**
   * How many sentences back "it" takes an organisation by its name or a nominal; by an earlier "it"
   * only in its own sentence, so one wrong "it" does not run on through an interview ("Wikinews
   * interviewed ... It ... it ... it": the site, the drink, never Wikinews).
   */
  private static final int ORGANISATION_REACH = 3;

  /**
   * In the nearest sentence (its own, before it, or an earlier one) that mentions a fitting entity,
   * the first such mention - the subject is the likeliest antecedent ("Montalvo said the officer
   * helped him. He left": Montalvo). A person before a name of unknown type, the topic person
   * before both; "they" after an unnamed plural subject ("thousands of fans") has none.
   */
  static final class Nearest extends Sieve {
    Nearest() {
      super("nearest");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      Analysis a = c.a;
      boolean quoted = c.a.quoted(p.start);
      int sentence = a.sentenceOf(p.start);
      int bound = clauseSubject(c, i); // "Microsoft wants to support it": not Microsoft
      int other = -1; // a name of unknown type ("Obamacare", "Stumpf"): taken only when no person is near
      int otherSentence = -1;
      int best = -1, bestSentence = -1, possessor = -1, subject = -1;
      for (int j = i - 1; j >= 0; j--) {
        Entities.M m = c.mentions.get(j);
        int ms = a.sentenceOf(m.start);
        if (best >= 0 && ms != bestSentence) return subject >= 0 ? subject : best;
        if (best < 0 && other >= 0 && otherSentence - ms > 1) return topicOr(c, i, cls, other);
        if (sentence - ms > 12 || p.start - m.start > WINDOW) break;
        if (cls == PronounClass.PLURAL && best < 0 && unnamedPluralSubject(c, m, p, quoted)) {
          return NOBODY; // "thousands of fans donned costumes, many of which they made": the subject group is unnamed
        }
        if (m.entity < 0 || m.end > p.start || m.entity == bound || c.inner[j] && c.entity(m).type.equals(Entity.OTHER)) continue;
        if (!quoted && c.a.quoted(m.start) && !m.kind.equals(Mention.NAME)) continue; // a name inside a quote is named for all
        if (c.aside[m.start] && !c.aside[p.start]) continue; // "Tulsa International Airport (IATA: TUL) ... It": not the aside
        if (quoted && !c.a.quoted(m.start) && toldTo(c, m)) continue; // "Stan remarked to The Brooklyn Paper, "We'll keep it"": not the one told
        int fit = fit(c, j, cls, sentence - ms);
        if (fit < 0) {
          if (cls.personal() && other < 0 && (c.entity(m).type.equals(Entity.OTHER) || c.weak[m.entity]) && m.kind.equals(Mention.NAME)) {
            other = m.entity;
            otherSentence = ms;
          }
          continue;
        }
        int e = c.mentions.get(fit).entity;
        if (ms == sentence && !cls.personal()) return ownSubject(c, i, j, cls, e); // in its own sentence, its subject, else the nearest
        if (ms == sentence && !isPossessor(c, c.mentions.get(fit))) return parallelSubject(c, i, fit, cls, e); // in its own sentence, the nearest
        if (ms == sentence) { // "Galois did not ignore Poisson's advice, as he began": a person before the possessor, else the possessor
          if (possessor < 0) possessor = e;
          continue;
        }
        if (possessor >= 0) return possessor;
        best = e;
        bestSentence = ms;
        Entities.M f = c.mentions.get(fit);
        if (f.kind.equals(Mention.NAME) && isSubject(c, f) && opensClause(c, a.sentenceStartToken(ms), f.start)) subject = e;
        else if (subject >= 0 && !inOpeningClause(c, a.sentenceStartToken(ms), f.start)) subject = -1; // "For Kevin Allton, Warhol was a legend. He": Allton
      }
      return best >= 0 ? (subject >= 0 ? subject : best) : possessor >= 0 ? possessor : topicOr(c, i, cls, other);
    }

    /** The mention that mention j gives the pronoun when it fits (j, or the first of its coordination), else -1. */
    static int fit(Coreference.Context c, int j, PronounClass cls, int sentencesBack) {
      Entities.M m = c.mentions.get(j);
      Entities.E e = c.entity(m);
      String type = e.type;
      switch (cls) {
        case MASCULINE:
        case FEMININE:
          return type.equals(Entity.PERSON) && c.gender(m.entity).fits(cls.gender()) && !c.weak[m.entity] && !modifier(c, m) ? j : -1;
        case NEUTER: // a product or an event: "IE6 shipped ... it"; a place: "Albania is working to strengthen its institutions", or a list's entry
          // an organisation: named or described within a few sentences, or an "it" of its own sentence (no chain of "it" running on)
          boolean fits = type.equals(Entity.ORG) && sentencesBack <= (m.kind.equals(Mention.PRONOUN) ? 0 : ORGANISATION_REACH)
              || (c.thing[m.entity] || sideOf(type).equals(Entity.GPE) && !c.inner[j] && !afterPreposition(c, m)) && sentencesBack <= 2
                  && (m.kind.equals(Mention.NAME) && (isSubject(c, m) || opensParagraph(c, m))
                      || m.kind.equals(Mention.PRONOUN) && c.lex.pronouns.get(m.head) == PronounClass.NEUTER);
          return fits ? j : -1;
        case PLURAL:
          boolean group = (type.equals(Entity.ORG) || type.equals(Entity.NORP) && m.kind.equals(Mention.NAME) && c.a.lower(m.end - 1).endsWith(c.lex.pluralEnding)
              || m.kind.equals(Mention.NAME) && !sideOf(type).equals(Entity.GPE) && firstConjunct(c, j) != j
              || m.kind.equals(Mention.NAME) && type.equals(Entity.PERSON) && opensCoordinatedSubject(c, m) || groupName(c, m, e)) && sentencesBack <= 2;
          return group ? firstConjunct(c, j) : -1; // "A and B ... they": the coordination, named by its first
        default:
          return -1;
      }
    }

    /**
     * The subject of the pronoun's own sentence when a name of it fits and stands before mention j
     * ("Albania is working to strengthen the institutions of its government"; "Łódź has not enjoyed
     * the growth cities like Wrocław have experienced, and has had to endure the fall of its
     * industry"), else {@code nearest}: the subject opens the sentence, after an opening adverbial
     * at most.
     */
    private static int ownSubject(Coreference.Context c, int i, int j, PronounClass cls, int nearest) {
      Analysis a = c.a;
      int from = a.sentenceStartToken(a.sentenceOf(c.mentions.get(i).start));
      for (int k = j - 1; k >= 0; k--) {
        Entities.M m = c.mentions.get(k);
        if (m.start < from) break;
        if (m.entity < 0 || m.entity == nearest || !m.kind.equals(Mention.NAME) || !isSubject(c, m) || fit(c, k, cls, 0) != k) continue;
        if (opensClause(c, from, m.start)) return m.entity;
      }
      return nearest;
    }

    /**
     * A subject he/she opening a clause coordinated after a comma, whose nearest fitting mention in
     * its own sentence is no subject: the subject that opens the sentence, when it fits ("In 2012,
     * she was made a Dame by Elizabeth II, and in 2015 she became"; not "Poisson asked him to submit
     * his work, which he did"); else {@code nearest}.
     */
    private static int parallelSubject(Coreference.Context c, int i, int fit, PronounClass cls, int nearest) {
      Entities.M p = c.mentions.get(i), f = c.mentions.get(fit);
      if (!isSubject(c, p) || isSubject(c, f)) return nearest;
      boolean coordinated = false; // ", and in 2015 she": the pronoun opens a clause coordinated with the first
      for (int t = f.end + 1; t < p.start && !coordinated; t++) coordinated = c.lex.coordinators.contains(c.a.lower(t)) && c.a.token(t - 1).equals(",");
      if (!coordinated) return nearest;
      int from = c.a.sentenceStartToken(c.a.sentenceOf(p.start));
      for (int k = fit - 1; k >= 0 && c.mentions.get(k).start >= from; k--) {
        Entities.M m = c.mentions.get(k);
        if (m.entity >= 0 && m.entity != nearest && isSubject(c, m) && opensClause(c, from, m.start) && fit(c, k, cls, 0) == k) return m.entity;
      }
      return nearest;
    }

    /** A verb stands between the sentence start {@code from} and token t: t is inside an opening clause ("after seeing the success of a classmate, Kaho Tanabe, ..."), not a phrase ("For Kevin Allton,"). */
    private static boolean inOpeningClause(Coreference.Context c, int from, int t) {
      for (int k = from; k < t; k++) if (c.a.pos(k).equals("VERB")) return true;
      return false;
    }

    /** Token t opens the sentence from {@code from}, or the main clause after an opening adverbial set off by a comma. */
    static boolean opensClause(Coreference.Context c, int from, int t) {
      if (t == from || t == from + 1 && c.a.lower(from).equals(c.lex.the)) return true;
      int k = t - 1;
      if (k > from && c.a.lower(k).equals(c.lex.the)) k--;
      return k > from && c.a.token(k).equals(",") && (c.a.pos(from).equals("ADP") || c.a.pos(from).equals("SCONJ") || c.a.pos(from).equals("ADV"));
    }

    private static final Set<String> CONJUNCT_TAGS = Set.of("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "CCONJ");

    /**
     * A person's name that opens the coordination subject of its clause, the others named or not
     * ("Higuchi, her mother and her sister abandoned their house"; "Spot, and her daughter, Shag,
     * love it here. They"): the group "they" means, named by its first. The words after the name up
     * to the verb are noun phrases, commas and "and" (one at least), twelve at most.
     */
    private static boolean opensCoordinatedSubject(Coreference.Context c, Entities.M m) {
      Analysis a = c.a;
      boolean and = false;
      for (int k = m.end; k < Math.min(a.tokenCount(), m.end + 12); k++) {
        String pos = a.pos(k);
        if (pos.equals("VERB") || pos.equals("AUX")) return and;
        if (!CONJUNCT_TAGS.contains(pos) || pos.equals("PUNCT") && !a.token(k).equals(",")) return false;
        and |= a.lower(k).equals(c.lex.and);
      }
      return false;
    }

    /** An unnamed plural nominal before the pronoun that is a subject: "thousands of fans donned costumes". */
    private static boolean unnamedPluralSubject(Coreference.Context c, Entities.M m, Entities.M p, boolean quoted) {
      return m.entity < 0 && m.kind.equals(Mention.NOMINAL) && m.end <= p.start && isPluralNoun(c.lex, m.head) && isSubject(c, m)
          && (quoted || !c.a.quoted(m.start));
    }
  }

  /**
   * "He" or "She" opening a sentence of an article about one person (a biography) is that person,
   * the topic: the person of the pronoun's gender named most often before it (three times at least
   * and more than any other), unless the sentence before names another person who fits ("Hu Shih
   * returned in 1920. He ..." is Hu Shih): one of the pronoun's gender, or one of no known gender
   * who is a subject or opens the sentence ("Walt Whitman, the first great American poet, wrote
   * ..."), not one of no known gender aside ("at the invitation of Premier Zhou En-Lai, Chao and
   * his wife returned ... He").
   */
  static final class Topic extends Sieve {
    Topic() {
      super("topic");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      Analysis a = c.a;
      int sentence = a.sentenceOf(p.start);
      if (!cls.personal() || p.start != a.sentenceStartToken(sentence) || a.quoted(p.start) || sentence == 0) return PASS;
      int top = topPerson(c, i, cls, true);
      if (top < 0) return PASS;
      int from = a.sentenceStartToken(sentence - 1);
      for (int j = i - 1; j >= 0 && c.mentions.get(j).start >= from; j--) {
        Entities.M m = c.mentions.get(j);
        if (m.entity < 0 || m.entity == top || !m.kind.equals(Mention.NAME) || !agrees(c.entity(m), cls, m, c)) continue;
        if (c.gender(m.entity) == cls.gender() || isSubject(c, m) || Nearest.opensClause(c, from, m.start)) return PASS; // not a name of unknown gender aside
      }
      return top;
    }
  }

  /**
   * He or she in a sentence that has already named the topic person, or had them as a subject
   * pronoun, before it, is that person, though another person stands nearer ("After several years in
   * Rome, he travelled with Bonosus to Gaul and settled in Trier, where he"; "Sergey Brin met with
   * Mohamed during his visit"). Not a possessive before its noun: "His father Mohamed El-Hassan
   * Mohamed said he".
   */
  static final class SentenceTopic extends Sieve {
    SentenceTopic() {
      super("sentence-topic");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      if (!cls.personal()) return PASS;
      int top = topPerson(c, i, cls, true), from = c.a.sentenceStartToken(c.a.sentenceOf(p.start));
      if (top < 0 || top == clauseSubject(c, i)) return PASS;
      boolean quoted = c.a.quoted(p.start);
      for (int j = i - 1; j >= 0 && c.mentions.get(j).start >= from; j--) {
        Entities.M m = c.mentions.get(j);
        if (m.entity != top || m.end > p.start || quoted != c.a.quoted(m.start) || c.aside[m.start] && !c.aside[p.start]) continue;
        if (m.kind.equals(Mention.NAME) && !isPossessor(c, m) || m.kind.equals(Mention.PRONOUN) && isSubject(c, m)) {
          return Nearest.fit(c, j, cls, 0) == j ? top : PASS;
        }
      }
      return PASS;
    }
  }

  /**
   * A pronoun of the headline or the opening sentences with nothing before it to refer to
   * ("Australian woman claims church imprisoned her"; "a defector ... was persuaded to travel back,
   * where he was interrogated") refers forward to the first fitting name of the next few sentences.
   */
  static final class Lede extends Sieve {
    Lede() {
      super("lede");
    }

    @Override
    int resolve(Coreference.Context c, int i, Entities.M p, PronounClass cls) {
      int sentence = c.a.sentenceOf(p.start);
      if (sentence > 3) return PASS;
      int bound = clauseSubject(c, i);
      for (int j = i + 1; j < c.mentions.size(); j++) {
        Entities.M m = c.mentions.get(j);
        if (c.a.sentenceOf(m.start) > Math.max(4, sentence + 3) || j - i > 200) break;
        if (m.kind.equals(Mention.NAME) && m.entity >= 0 && m.entity != bound && agrees(c.entity(m), cls, m, c)) return m.entity;
      }
      return PASS;
    }
  }

  /**
   * The topic person for he/she with no person near: the person of that gender named most often
   * before the pronoun (three times at least), rather than a name of unknown type; else {@code other}.
   */
  private static int topicOr(Coreference.Context c, int i, PronounClass cls, int other) {
    if (other < 0 || !cls.personal()) return other;
    int top = topPerson(c, i, cls, false);
    return top >= 0 ? top : other;
  }

  /**
   * The person of the pronoun's gender (or of no known gender, when {@code unknownToo}, and none
   * the other gender's pronouns were resolved to: "Zaha Hadid ... she ... He recalled") named most
   * often before mention i, three times at least and more than any other; -1 when none.
   */
  static int topPerson(Coreference.Context c, int i, PronounClass cls, boolean unknownToo) {
    int[] count = new int[c.entities.size()];
    for (int j = Math.max(0, i - 2000); j < i; j++) { // bounded: a long document stays linear
      Entities.M m = c.mentions.get(j);
      if (m.entity < 0 || !m.kind.equals(Mention.NAME)) continue;
      Entities.E e = c.entity(m);
      if (e.type.equals(Entity.PERSON) && (e.gender == cls.gender() || unknownToo && e.gender == Gender.UNKNOWN && c.gender(m.entity).fits(cls.gender())) && !c.weak[m.entity]) count[m.entity]++;
    }
    int top = -1;
    boolean tie = false;
    for (int e = 0; e < count.length; e++) {
      if (count[e] == 0) continue;
      if (top < 0 || count[e] > count[top]) {
        top = e;
        tie = false;
      } else if (count[e] == count[top]) {
        tie = true;
      }
    }
    return top >= 0 && count[top] >= 3 && !tie ? top : -1;
  }

  /** A person of the pronoun's gender for he/she, an organisation for it, an organisation or a group for they. */
  static boolean agrees(Entities.E e, PronounClass cls, Entities.M m, Coreference.Context c) {
    Analysis a = c.a;
    switch (cls) {
      case MASCULINE:
      case FEMININE:
        return e.type.equals(Entity.PERSON) && e.gender.fits(cls.gender());
      case NEUTER:
        return e.type.equals(Entity.ORG);
      case PLURAL:
        return e.type.equals(Entity.ORG) || e.type.equals(Entity.NORP) && m.kind.equals(Mention.NAME) && a.lower(m.end - 1).endsWith(c.lex.pluralEnding);
      default:
        return false;
    }
  }

  private static final Set<String> POSSESSED = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  /**
   * Binding: the entity of the subject of the clause whose verb takes pronoun i as its object ("he
   * would assist him", "Microsoft no longer wants to support it"), which a plain pronoun cannot
   * mean; -1 when the pronoun is no object or the subject is not found.
   */
  static int clauseSubject(Coreference.Context c, int i) {
    Analysis a = c.a;
    Entities.M p = c.mentions.get(i);
    String w = a.lower(p.start);
    if (!c.lex.objectPronouns.contains(w) || p.start == 0 || !a.pos(p.start - 1).equals("VERB")) return -1;
    if (w.equals(c.lex.possessiveObject) && p.end < a.tokenCount() && possessed(c, p.end)) return -1; // "said her party": a possessive
    int k = p.start - 1;
    while (k > 0 && (a.pos(k - 1).equals("VERB") || a.pos(k - 1).equals("AUX") || a.pos(k - 1).equals("ADV") || a.pos(k - 1).equals("PART"))) k--;
    for (int j = i - 1; j >= 0; j--) { // the mention right before the verb group
      Entities.M m = c.mentions.get(j);
      if (m.end > k) continue;
      return m.end == k && !c.lex.clauseOpeners.contains(a.lower(k - 1)) ? m.entity : -1;
    }
    return -1;
  }

  /**
   * A word a possessive "her" can stand before: a noun, an adjective, a number, or a word the tagger
   * calls a determiner that no determiner list holds ("made her theatrical debut"; "gave her a book" is an object).
   */
  private static boolean possessed(Coreference.Context c, int t) {
    return POSSESSED.contains(c.a.pos(t)) || c.a.pos(t).equals("DET") && !c.lex.determiners.contains(c.a.lower(t));
  }

  /** A plural head noun: "fans" beside "fan" in the nominals, or an irregular plural. */
  private static boolean isPluralNoun(EntityLexicon lex, String head) {
    return lex.irregularPlurals.contains(head) || head.length() > 3 && head.endsWith(lex.pluralEnding) && lex.nominals.containsKey(head.substring(0, head.length() - lex.pluralEnding.length()));
  }

  /**
   * The first conjunct of the coordination of names of one kind that ends with mention j ("Ubisoft,
   * Microsoft, and PlayStation VR", "the school district and the police department"), or j. A list
   * ends in "and" or "or" ("Sydney, Australia" is none).
   */
  private static int firstConjunct(Coreference.Context c, int j) {
    Analysis a = c.a;
    int first = j;
    String kind = sideOf(c.entity(c.mentions.get(j)).type);
    for (int links = 0; links < 8; links++) {
      int k = c.mentions.get(first).start - 1;
      if (k >= 0 && a.lower(k).equals(c.lex.the)) k--;
      boolean and = k >= 0 && c.lex.coordinators.contains(a.lower(k));
      if (and) k--;
      if (links == 0 && !and) break;
      if (links > 0 && and) break; // one "and" a list
      if (k >= 0 && a.token(k).equals(",")) k--;
      else if (!and) break;
      int before = -1;
      for (int b = first - 1; b >= 0 && b >= first - 6; b--) {
        Entities.M m = c.mentions.get(b);
        if (m.end == k + 1 && m.kind.equals(Mention.NAME) && m.entity >= 0 && sideOf(c.entity(m).type).equals(kind)) before = b;
      }
      if (before < 0) break;
      first = before;
    }
    return first;
  }

  /** Places go with places; people, organisations and named things with each other (their types are the least sure). */
  private static String sideOf(String type) {
    return type.equals(Entity.GPE) || type.equals(Entity.LOC) ? Entity.GPE : Entity.ORG;
  }

  /**
   * The one a quote is told to or reported by, outside its marks: the mention after "to" or "by"
   * right after a reporting verb ("Stan remarked to The Brooklyn Paper", "he was quoted by The
   * Canadian Press"), of whom the quote's pronouns do not speak.
   */
  private static boolean toldTo(Coreference.Context c, Entities.M m) {
    int k = m.start - 1;
    if (k > 0 && c.a.lower(k).equals(c.lex.the)) k--;
    return k > 0 && c.a.pos(k).equals("ADP") && c.lex.reportingVerbs.contains(c.a.lower(k - 1));
  }

  /**
   * A name between a determiner and the noun it modifies ("Upon hearing of the Stuart restoration,
   * Gordon left"): it names no one he or she can mean there ("when Cortese guest starred" is a subject).
   */
  private static boolean modifier(Coreference.Context c, Entities.M m) {
    return m.kind.equals(Mention.NAME) && m.start > 0 && c.a.pos(m.start - 1).equals("DET") && m.end < c.a.tokenCount() && c.a.pos(m.end).equals("NOUN");
  }

  /**
   * A name of a people typed as a person or a thing ("Mesoamericans were polytheistic; their gods",
   * "Belief in their own superiority inspired some Texans"): one word, of no known gender, a
   * demonym of {@code norp.txt} or a plural in "-ans".
   */
  private static boolean groupName(Coreference.Context c, Entities.M m, Entities.E e) {
    if (!m.kind.equals(Mention.NAME) || m.end - m.start != 1 || e.gender != Gender.UNKNOWN || e.nameTokens != 1) return false;
    if (!e.type.equals(Entity.PERSON) && !e.type.equals(Entity.OTHER)) return false;
    String w = c.a.lower(m.start), plural = c.lex.pluralEnding;
    return w.length() > 4 && w.endsWith(plural) && (c.lex.norp.contains(w) || w.endsWith(c.lex.demonymPluralEnding));
  }

  /** A possessor ("Poisson's advice"): a person less likely than the subject of the sentence. */
  private static boolean isPossessor(Coreference.Context c, Entities.M m) {
    return m.end < c.a.tokenCount() && c.a.lower(m.end).equals(c.lex.possessive);
  }

  /** A mention that is the object of a preposition: "the museum at Greensboro saw", a place that is no subject. */
  private static boolean afterPreposition(Coreference.Context c, Entities.M m) {
    return m.start > 0 && c.a.pos(m.start - 1).equals("ADP");
  }

  /**
   * A name that opens its paragraph, after a list number at most: the entry of a travel guide's list
   * ("Tulsa International Airport (IATA: TUL) in the north of the city. It has ...", "3 Imam Mosque ...").
   */
  private static boolean opensParagraph(Coreference.Context c, Entities.M m) {
    Analysis a = c.a;
    int first = a.tokenAt(a.paragraphStart(a.paragraphOf(m.start)));
    return m.start == first || m.start == first + 1 && a.pos(first).equals("NUM");
  }

  /** A mention followed by its verb: "IE6 shipped with Windows XP", "Internet Explorer is the #2 browser". */
  static boolean isSubject(Coreference.Context c, Entities.M m) {
    Analysis a = c.a;
    int t = m.end < a.tokenCount() && a.lower(m.end).equals(c.lex.possessive) ? -1 : m.end;
    while (t >= 0 && !c.aside[m.start] && t < a.tokenCount() && c.aside[t] && t - m.end < 30) t++; // "Isfahan (Persian: ...) is a city"
    return t >= 0 && t < a.tokenCount() && (a.pos(t).equals("VERB") || a.pos(t).equals("AUX"));
  }
}
