package org.attest.entity;

import static org.attest.entity.PronounsAndNominals.pronounAt;
import static org.attest.entity.PronounsAndNominals.pronounMention;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.text.Analysis;

/**
 * The stage after quotes: the final entities, with "I", "me", "my" inside a quote tied to its
 * speaker ("we" of a person to the side named with their title or apposition: "Tunisia's coach",
 * "the State Department spokesperson"; a run-on quote signed after its closing mark; a pull quote
 * signed by a bare name; a paragraph labelled "Name:"; "we" outside quotes after "Bert and I" to
 * that pair, named by Bert), "you" to the person the quote addresses by
 * name, and "he"/"she" resolved to a quote's own speaker moved to the person spoken of. Each
 * mention it links records the rule that linked it. Thread-safe: all state is per call.
 */
public final class QuotedSelf {
  /** The rule of "we" outside quotes linked to the other person of "Name and I". */
  static final String PAIR = "pair";

  /** The rules a mention this stage links records, in the order they are tried. */
  static final List<String> RULES = List.of("addressee", "signature", "label", "quote-speaker", "apposition", "signed-after", "speaks-for", PAIR,
      "not-the-speaker", Turns.RULE, Narrator.SIGN_OFF, Narrator.BYLINE, Narrator.INTERVIEWEE, Narrator.SALUTATION,
      Narrator.SELF_ROLE);

  /** How far (in tokens) the searches around a pronoun in a quote look. */
  private static final int REACH = 400;

  /** One article's entities and quotes while they are linked. */
  private static final class Linking {
    final Entities found;
    final Analysis a;
    final EntityLexicon lex;
    final List<Quote> quotes;
    final List<Entities.M> added = new ArrayList<>();
    private Narrator narrator;
    private Turns turns;

    Linking(Entities found, List<Quote> quotes) {
      this.found = found;
      this.a = found.analysis;
      this.lex = found.lexicon;
      this.quotes = quotes;
    }

    /** Who tells the article in the first person and whom it addresses, found at the first pronoun that asks. */
    Narrator narrator() {
      if (narrator == null) {
        narrator = Narrator.of(found);
        boolean role = Narrator.SELF_ROLE.equals(narrator.narratorRule); // the role a speaker takes is a person's: "as President, I"
        if (narrator.narrator >= 0 && (role || found.entities.get(narrator.narrator).type.equals(Entity.OTHER))) {
          found.entities.get(narrator.narrator).type = Entity.PERSON; // a name that signs a letter is a person's: "Zora"
        }
      }
      return narrator;
    }

    /** By paragraph: the person of the speaker label that heads it, or -1; found at the first pronoun that asks. */
    private int[] labelled;

    /**
     * The person whose speaker label, a paragraph of its own, stands before paragraph p with no
     * other label between ("THE VICE PRESIDENT: ¶ Thank you. ¶ ... I am very honored"), or -1.
     */
    int labelled(int p) {
      if (labelled == null) {
        labelled = new int[a.paragraphCount()];
        int current = -1;
        for (int q = 0; q < labelled.length; q++) {
          int e = labelAlone(this, q);
          if (e >= 0) current = e;
          labelled[q] = e >= 0 ? -1 : current;
        }
      }
      return labelled[p];
    }

    /** The turns of a transcript told in the first person (none otherwise), found at the first pronoun that asks. */
    Turns turns() {
      if (turns == null) turns = Turns.of(found, narrator().firstPerson);
      return turns;
    }

    int type(int e, String type) {
      return found.entities.get(e).type.equals(type) ? e : -1;
    }

    void add(int t, String word, int e, String rule) {
      Entities.M m = pronounMention(a, t, word);
      m.entity = e;
      m.rule = rule;
      added.add(m);
    }
  }

  /** The final entities: {@code found} with the pronouns of {@code quotes} tied to their speakers. */
  public Entities link(Entities found, List<Quote> quotes) {
    Linking l = new Linking(found, quotes);
    Analysis a = l.a;
    for (int t = 0; t < a.tokenCount(); t++) {
      String word = pronounAt(a, l.lex, t);
      PronounClass cls = word == null ? null : l.lex.pronouns.get(word);
      if (cls == PronounClass.SECOND && l.a.quoted(t)) addressed(l, t, word);
      else if (cls == PronounClass.SECOND && vocative(l, t) >= 0) l.add(t, word, vocative(l, t), "addressee");
      else if (cls == PronounClass.SECOND && l.turns().addressee(a, t) >= 0) l.add(t, word, l.turns().addressee(a, t), Turns.RULE);
      else if (cls == PronounClass.FIRST_SINGULAR && !l.a.quoted(t) && l.turns().speaker(a, t) >= 0) l.add(t, word, l.turns().speaker(a, t), Turns.RULE);
      else if (cls == PronounClass.SECOND && l.narrator().addressee >= 0) l.add(t, word, l.narrator().addressee, l.narrator().addresseeRule);
      else if (cls == PronounClass.FIRST_SINGULAR || cls == PronounClass.FIRST_PLURAL) {
        if (!l.a.quoted(t)) unmarked(l, t, word, cls);
        else quoted(l, t, word, cls);
      }
    }
    return new Entities(found, notTheSpeaker(l), l.added);
  }

  /** "Cool clock, Ahmed. … kids like you": the person the quote addresses. */
  private static void addressed(Linking l, int t, String word) {
    int e = addressee(l, t);
    if (e >= 0) l.add(t, word, e, "addressee");
  }

  /** A pull quote without marks, signed by a name ("I was told to leave. Valeska Paris"), or an interview's "Kathryn Waters: I think ...". */
  private static void unmarked(Linking l, int t, String word, PronounClass cls) {
    int pair = cls == PronounClass.FIRST_PLURAL ? pairBefore(l, t) : -1;
    if (pair >= 0) {
      l.add(t, word, pair, PAIR);
      return;
    }
    if (cls == PronounClass.FIRST_PLURAL && l.narrator().narrator >= 0) {
      l.add(t, word, l.narrator().narrator, l.narrator().narratorRule);
      return;
    }
    if (cls == PronounClass.FIRST_PLURAL && l.narrator().author >= 0) { // the authors: "By Miri Forbes, Nicholas Eaton, and Robert Krueger ... we"
      l.add(t, word, l.narrator().author, Narrator.BYLINE);
      return;
    }
    if (cls != PronounClass.FIRST_SINGULAR) return;
    int p = l.a.paragraphOf(t), e = signatureOf(l, p);
    String rule = "signature";
    if (e < 0) {
      e = labelOf(l, p);
      rule = "label";
    }
    if (e < 0) {
      e = l.labelled(p);
      rule = "label";
    }
    if (e < 0 && l.narrator().narrator >= 0) { // the article's narrator
      e = l.narrator().narrator;
      rule = l.narrator().narratorRule;
    }
    if (e < 0 && p > 0) { // its copy in the paragraph after
      e = signatureOf(l, p - 1);
      rule = "signature";
    }
    if (e >= 0) l.add(t, word, e, rule);
  }

  /** How many sentences back "we" outside quotes looks for the pair that names it. */
  private static final int PAIR_REACH = 10;

  /**
   * The pair that "we" outside quotes stands for, named by its other person: "Bert and I cover
   * everything else ... we walked back", "President Joe Biden and I talk often about ... our
   * country" (the nearest "Name and I" outside quotes, within {@link #PAIR_REACH} sentences before
   * token t); -1 when none.
   */
  private static int pairBefore(Linking l, int t) {
    Analysis a = l.a;
    int sentence = a.sentenceOf(t);
    for (int k = t - 1; k >= 2 && sentence - a.sentenceOf(k) <= PAIR_REACH; k--) {
      String w = pronounAt(a, l.lex, k);
      if (w == null || a.quoted(k) || l.lex.pronouns.get(w) != PronounClass.FIRST_SINGULAR || !l.lex.and.equals(a.lower(k - 1))) continue;
      int m = l.found.mentionEndingAt(k - 1);
      int e = personNamed(l, m);
      if (e >= 0) return e;
    }
    return -1;
  }

  /** "I" of a quote: its speaker, a person; "we": an organisation that speaks, or the side its person speaks for. */
  private static void quoted(Linking l, int t, String word, PronounClass cls) {
    Quote q = quoteHolding(l, t);
    int e = -1;
    String rule = null;
    if (q != null) {
      e = q.speakerEntity() != null ? l.found.indexOf(q.speakerEntity()) : appositivePerson(l, q.speaker());
      rule = q.speakerEntity() != null ? "quote-speaker" : "apposition";
    }
    if (e < 0 && l.a.quoteOf(t) < 0) { // a run-on quote signed after its closing mark
      e = attributedAfter(l, t);
      rule = "signed-after";
    }
    if (e < 0) return;
    if (cls == PronounClass.FIRST_PLURAL && l.found.entities.get(e).type.equals(Entity.PERSON)) { // "we" of a coach or spokesman
      e = speaksFor(l, q == null ? null : q.speaker(), e);
      if (e < 0) return;
      rule = "speaks-for";
    } else {
      e = l.type(e, cls == PronounClass.FIRST_SINGULAR ? Entity.PERSON : Entity.ORG);
    }
    if (e >= 0) l.add(t, word, e, rule);
  }

  /** The quote that holds token t: its marks hold it, or it holds the opening of the region t continues. */
  private static Quote quoteHolding(Linking l, int t) {
    Analysis a = l.a;
    int s = a.start(t), e = a.end(t);
    int open = l.a.quoted(t) ? a.quoteStart(l.a.quotation(t)) : -1;
    Quote found = null;
    for (Quote q : l.quotes) {
      if (!(s >= q.start() && e <= q.end() || open >= q.start() && open < q.end())) continue;
      if (q.speakerEntity() != null) return q; // a quote with a known speaker first
      if (found == null) found = q;
    }
    return found;
  }

  /**
   * The person a quote addresses by name: a vocative set off by a comma before it and a comma or
   * the end of a sentence after it ("Cool clock, Ahmed.", "Mr. President, you ..."), in the quoted
   * region of token t; -1 when none or more than one.
   */
  private static int addressee(Linking l, int t) {
    Analysis a = l.a;
    int found = -1, n = a.tokenCount();
    for (int k = Math.max(0, t - REACH); k < Math.min(n, t + REACH); k++) { // bounded: a long quote stays linear
      int i = l.found.mentionStartingAt(k);
      if (i < 0 || l.a.quotation(k) != l.a.quotation(t)) continue;
      Entities.M m = l.found.mentions.get(i);
      if (m.entity < 0 || !m.kind.equals(Mention.NAME)) continue;
      if (!l.found.entities.get(m.entity).type.equals(Entity.PERSON)) continue;
      String before = m.start > 0 ? a.token(m.start - 1) : "", after = m.end < n ? a.token(m.end) : "";
      boolean commaBefore = before.equals(","), commaAfter = after.equals(",");
      if (!(commaBefore || Words.isQuoteMark(a, m.start - 1)) || !(commaAfter || after.equals(".") || after.equals("!") || after.equals("?"))
          || !(commaBefore || commaAfter)) continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
    }
    return found;
  }

  /**
   * The person a sentence outside quotes addresses by name, set off by commas at its start or inside
   * it ("Mr. Kim, you'll have 30 minutes.", "Just to confirm, Mr. Sova, you've reserved 10 minutes"): the
   * "you" of that sentence; -1 when none or more than one.
   */
  private static int vocative(Linking l, int t) {
    Analysis a = l.a;
    int s = a.sentenceOf(t), from = a.sentenceStartToken(s), to = a.sentenceEndToken(s), found = -1;
    for (int k = from; k < to; k++) {
      int i = l.found.mentionStartingAt(k);
      if (i < 0 || a.quoted(k)) continue;
      Entities.M m = l.found.mentions.get(i);
      if (m.entity < 0 || !m.kind.equals(Mention.NAME) || !l.found.entities.get(m.entity).type.equals(Entity.PERSON)) continue;
      int start = m.start;
      while (start > from && a.isCapitalized(start - 1) && start > m.start - 3) start--; // its title: "Mr. Kim,"
      boolean opens = start == from || a.token(start - 1).equals(",");
      if (!opens || m.end >= to || !a.token(m.end).equals(",") && !(start > from && m.end == to - 1)) continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
    }
    return found;
  }

  /**
   * The speaker named right after the closing mark of the run-on quote that holds token t ("… in
   * this country," he said), or -1.
   */
  private static int attributedAfter(Linking l, int t) {
    Analysis a = l.a;
    Entities ents = l.found;
    int n = a.tokenCount(), close = t;
    while (close + 1 < n && close - t < REACH && l.a.quotation(close + 1) == l.a.quotation(t)) close++;
    int k = close + 1;
    if (k < n && a.token(k).equals(",")) k++;
    int m = ents.mentionStartingAt(k);
    if (m >= 0 && ents.entityOf(m) >= 0 && ents.mentionEnd(m) < n && l.lex.reportingVerbs.contains(a.lower(ents.mentionEnd(m)))) return ents.entityOf(m);
    if (k < n && l.lex.reportingVerbs.contains(a.lower(k))) {
      m = ents.mentionStartingAt(k + 1);
      if (m >= 0 && ents.entityOf(m) >= 0) return ents.entityOf(m);
    }
    return -1;
  }

  /** The person whose name mention m is, or -1. */
  private static int personNamed(Linking l, int m) {
    Entities ents = l.found;
    if (m < 0 || ents.entityOf(m) < 0 || !ents.mentionKind(m).equals(Mention.NAME)) return -1;
    return l.type(ents.entityOf(m), Entity.PERSON);
  }

  /** The person whose name opens paragraph p as a speaker label ("Kathryn Waters: I think …"), or -1. */
  private static int labelOf(Linking l, int p) {
    Analysis a = l.a;
    int m = l.found.mentionStartingAt(a.tokenAt(a.paragraphStart(p)));
    if (m < 0 || l.found.mentionEnd(m) >= a.tokenCount() || !a.token(l.found.mentionEnd(m)).equals(":")) return -1;
    return personNamed(l, m);
  }

  /**
   * The person whose name (or title: "THE PRESIDENT", linked to the one who holds it) is all of
   * paragraph p before a colon, after "the" or a title in capitals at most ("SENATOR DOE:"): a
   * speaker label over the paragraphs after it; -1 when none. A salutation ("Dear Jean:") is none.
   */
  private static int labelAlone(Linking l, int p) {
    Analysis a = l.a;
    int from = a.tokenAt(a.paragraphStart(p)), last = a.tokenAt(a.paragraphEnd(p) - 1);
    if (last >= a.tokenCount() || last - from > 6 || !a.token(last).equals(":")) return -1;
    for (int k = from; k <= from + 2 && k < last; k++) { // "THE PRESIDENT:", "SENATOR DOE:", "MS. PSAKI:"
      int m = l.found.mentionStartingAt(k);
      int e = m < 0 || l.found.mentionEnd(m) != last || l.found.mentionKind(m).equals(Mention.PRONOUN) ? -1 : l.found.entityOf(m);
      if (e >= 0 && l.found.entities.get(e).name != null) return l.type(e, Entity.PERSON);
      String w = a.token(k);
      if (!(l.lex.the.equals(a.lower(k)) || w.equals(".") || w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)))) break; // no "Dear Jean:"

    }
    return -1;
  }

  /**
   * The person whose bare name is the last sentence of paragraph p (the signature of a pull quote:
   * "… because she was suppressive. Valeska Paris"), or -1.
   */
  private static int signatureOf(Linking l, int p) {
    Analysis a = l.a;
    int last = a.tokenAt(a.paragraphEnd(p) - 1);
    if (last >= a.tokenCount()) return -1;
    int s = a.sentenceOf(last), from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    if (a.start(from) < a.paragraphStart(p) || from == a.tokenAt(a.paragraphStart(p))) return -1; // the paragraph says more
    if (from < to && (a.token(from).equals("-") || a.token(from).equals("\u2014") || a.token(from).equals("\u2015"))) from++;
    int m = l.found.mentionStartingAt(from);
    if (m < 0 || l.found.mentionEnd(m) != to) return -1;
    return personNamed(l, m);
  }

  /**
   * The person a speaker phrase stands in apposition to: "Hernan Dario Gomez, Panama coach, said"
   * (a speaker phrase that is a role) is Gomez; -1 when none.
   */
  private static int appositivePerson(Linking l, Span speaker) {
    if (speaker == null) return -1;
    int st = l.a.tokenAt(speaker.start());
    if (st < 2 || !l.a.token(st - 1).equals(",")) return -1;
    return personNamed(l, l.found.mentionEndingAt(st - 1));
  }

  /**
   * The organisation or country a person speaks for, named in the speaker phrase ("Panama coach")
   * or as the possessor or modifier of the person's title ("Tunisia's coach Nabil Maaloul", "FIFA
   * president Gianni Infantino"); -1 when none.
   */
  private static int speaksFor(Linking l, Span speaker, int person) {
    Analysis a = l.a;
    Entities ents = l.found;
    List<int[]> phrases = new ArrayList<>(ents.entities.get(person).titles);
    if (speaker != null) {
      phrases.add(new int[] {speaker.start(), speaker.end()});
      int k = a.tokenAt(speaker.end() - 1) + 1, to = k + 1; // an apposition: "Jeff Rathke, the State Department spokesperson, said"
      if (k < a.tokenCount() && l.lex.affiliation.contains(a.lower(k))) { // "Lydia Buchtmann for Food Standards Australia"
        int m = ents.mentionStartingAt(k + 1 < a.tokenCount() && a.lower(k + 1).equals(l.lex.the) ? k + 2 : k + 1);
        if (m >= 0 && isSide(l, m) && ents.entities.get(ents.entityOf(m)).type.equals(Entity.ORG)) return ents.entityOf(m); // "of Springfield" is a home, no side
      }
      if (k < a.tokenCount() && a.token(k).equals(",")) {
        while (to < a.tokenCount() && to < k + 8 && !a.token(to).equals(",") && !a.pos(to).equals("VERB")) to++;
        if (to < a.tokenCount() && a.token(to).equals(",")) phrases.add(new int[] {a.start(k + 1), a.end(to - 1), 1});
      }
    }
    for (int[] phrase : phrases) {
      int st = a.tokenAt(phrase[0]), en = a.tokenAt(phrase[1] - 1) + 1;
      boolean apposition = phrase.length > 2; // "Johnnie Wilson, of Springfield, Va.,": a place there is a home, no side
      for (int m : ents.mentionsWithin(st, en)) {
        if (isSide(l, m) && !(apposition && !ents.entities.get(ents.entityOf(m)).type.equals(Entity.ORG))) return ents.entityOf(m);
      }
      int k = st;
      if (k > 0 && a.lower(k - 1).equals(l.lex.possessive)) k--;
      int m = ents.mentionEndingAt(k);
      if (m >= 0 && isSide(l, m)) return ents.entityOf(m);
    }
    return -1;
  }

  /** A named organisation or country ("the State Department" too): a side a person can say "we" for. */
  private static boolean isSide(Linking l, int m) {
    int e = l.found.entityOf(m);
    if (e < 0 || l.found.mentionKind(m).equals(Mention.PRONOUN) || l.found.entities.get(e).name == null) return false;
    String type = l.found.entities.get(e).type;
    return type.equals(Entity.ORG) || type.equals(Entity.GPE);
  }

  /**
   * "he", "she" inside a quote's marks speak of someone else than its speaker, who says "I": a
   * pronoun resolved to the speaker goes to the nearest person named before it (of its gender,
   * within five sentences) who is not the speaker; with none such it stays. Returns the mentions
   * with those pronouns moved.
   */
  private static List<Entities.M> notTheSpeaker(Linking l) {
    List<Entities.M> mentions = l.found.mentions, out = null;
    boolean[] weak = Entities.weakPeople(l.found.entities, Entities.nameCounts(mentions, l.found.entities.size()));
    for (int i = 0; i < mentions.size(); i++) {
      Entities.M m = mentions.get(i);
      if (m.entity < 0 || !m.kind.equals(Mention.PRONOUN) || !l.a.quoted(m.start)) continue;
      PronounClass cls = l.lex.pronouns.get(m.head);
      if (!cls.personal()) continue;
      Quote q = quoteHolding(l, m.start);
      if (q == null || q.speakerEntity() == null || l.found.indexOf(q.speakerEntity()) != m.entity) continue;
      int other = otherPerson(l, mentions, i, cls, weak);
      if (other < 0) continue;
      if (out == null) out = new ArrayList<>(mentions);
      out.set(i, m.linkedTo(other, "not-the-speaker"));
    }
    return out == null ? mentions : out;
  }

  /** The nearest person named before mention i, within five sentences, of its gender, who is not its entity; one named once last. */
  private static int otherPerson(Linking l, List<Entities.M> mentions, int i, PronounClass cls, boolean[] weak) {
    Entities.M m = mentions.get(i);
    int sentence = l.a.sentenceOf(m.start), last = -1;
    for (int j = i - 1; j >= 0; j--) {
      Entities.M n = mentions.get(j);
      if (sentence - l.a.sentenceOf(n.start) > 5) break;
      if (n.entity < 0 || n.entity == m.entity || !n.kind.equals(Mention.NAME)) continue;
      Entities.E e = l.found.entities.get(n.entity);
      if (!e.type.equals(Entity.PERSON) || !e.gender.fits(cls.gender())) continue;
      if (!weak[n.entity]) return n.entity;
      if (last < 0) last = n.entity;
    }
    return last;
  }
}
