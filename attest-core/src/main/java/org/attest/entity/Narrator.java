package org.attest.entity;

import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/**
 * Who says "I" and whom "you" addresses in an article told in the first person outside quotes (a
 * letter, an essay, an interview, a speech): the narrator is the name that signs it off (a
 * paragraph that is a name alone among the last ones: "Love always, ¶ Marcie"), its byline ("By
 * Cory Doctorow", a name alone under the headline), or the person named in the first paragraphs of
 * an interview or a speech ({@code coreference.txt [narrator-cue]}: "Wikinews interviews ...",
 * "Remarks by President Biden"), or else the role a sentence saying "I" gives its speaker after "as"
 * ("But as President, I must", {@code [self-role]}). "You" outside quotes is the person a letter is written to ("Dear
 * Jean:", "Dear Mr. Gorbachev:", in an open letter that never says "I" too) or an interview's
 * narrator, whom the questions address. An article is told in the first
 * person when "I" stands outside quotes three times at least; each finding records its rule. An
 * article with no narrator gives "we" outside quotes to the first author of its byline, alone or in
 * a list ("By Miri Forbes, Nicholas Eaton, and Robert Krueger ... In our study we asked").
 */
final class Narrator {
  /** The rules, in the order they are tried. */
  static final String SIGN_OFF = "sign-off", BYLINE = "byline", INTERVIEWEE = "narrator-named", SALUTATION = "salutation",
      SELF_ROLE = "self-role";

  /** How many of the last paragraphs may sign an article off, and how many first ones hold its byline or its narrator's name. */
  private static final int LAST = 4, FIRST = 4;
  /** How many of the last paragraphs may sign an article off after a closing ("Luv, ¶ Lucy Pope ¶ class of '71 ¶ P.S. ..."). */
  private static final int CLOSED = 12;
  /** How many of the first paragraphs may hold the cue of an interview or a speech (after an introduction). */
  private static final int CUE = 8;

  /** The narrator's entity and the rule that found it; -1 and null when none. */
  int narrator = -1;
  String narratorRule;
  /** The entity "you" outside quotes addresses and the rule; -1 and null when none. */
  int addressee = -1;
  String addresseeRule;
  /** The article is told in the first person outside quotes. */
  boolean firstPerson;
  /** The first author its byline names, whose side says "we" outside quotes when no narrator is found; -1 when none. */
  int author = -1;

  /** The narrator and addressee of the article of {@code found}. */
  static Narrator of(Entities found) {
    Narrator n = new Narrator();
    Analysis a = found.analysis;
    n.firstPerson = toldInFirstPerson(found, a);
    if (n.firstPerson) n.find(found, a);
    n.author = n.narrator >= 0 ? -1 : firstAuthor(found, a); // "By Miri Forbes, Nicholas Eaton, and Robert Krueger": their "we"
    n.salutation(found, a); // an open letter may never say "I": "Dear Mr. Gorbachev: ... your citizens ... Sincerely, [The undersigned]"
    return n;
  }

  private static boolean toldInFirstPerson(Entities found, Analysis a) {
    int count = 0;
    for (int t = 0; t < a.tokenCount() && count < 3; t++) {
      String w = PronounsAndNominals.pronounAt(a, found.lexicon, t);
      if (w != null && !a.quoted(t) && found.lexicon.pronouns.get(w) == PronounClass.FIRST_SINGULAR) count++;
    }
    return count >= 3;
  }

  private void find(Entities found, Analysis a) {
    EntityLexicon lex = found.lexicon;
    int paragraphs = a.paragraphCount();
    for (int p = paragraphs - 1; p >= Math.max(1, paragraphs - CLOSED) && narrator < 0; p--) {
      int e = nameAlone(found, a, p, null);
      if (e >= 0 && (p >= paragraphs - LAST || closes(a, p - 1))) set(e, SIGN_OFF);
    }
    for (int p = 0; p < Math.min(FIRST, paragraphs) && narrator < 0; p++) {
      int e = nameAlone(found, a, p, lex.bylineWord);
      if (e >= 0) set(e, BYLINE);
    }
    if (narrator < 0) named(found, a);
    for (int p = 1; p < Math.min(FIRST, paragraphs) && narrator < 0; p++) { // a name alone under the headline
      int e = person(found, nameAlone(found, a, p, null));
      if (e >= 0) set(e, BYLINE);
    }
    if (narrator < 0) selfRole(found, a);
  }

  /**
   * The role a sentence that says "I" outside quotes gives its speaker after "as", when no name
   * signs, heads or opens the article: "But as President, I must put the interests of America
   * first", "It gives me great pleasure to be here today as the Chief Guest". The role is a name
   * mention (a role the article capitalises), alone or after a determiner ("as your President") and
   * a title ("as the Chief Guest"), or the member of a side ("as a Democrat, as one who believes");
   * not "such as", "as well as", nor a place.
   */
  private void selfRole(Entities found, Analysis a) {
    EntityLexicon lex = found.lexicon;
    for (int t = 1; t + 1 < a.tokenCount() && narrator < 0; t++) {
      if (a.quoted(t) || !a.lower(t).equals(lex.selfRole) || lex.selfRoleNot.contains(a.lower(t - 1))) continue;
      int k = t + 1;
      if (lex.selfRoleOpeners.contains(a.lower(k))) k++;
      for (int skip = 0; skip < 2 && k + 1 < a.tokenCount() && nameAt(found, k) < 0 && a.isCapitalized(k); skip++) k++; // a title: "the Chief Guest"
      int m = nameAt(found, k);
      if (m < 0 || clauseSubject(found, a, m) || !toldBySpeaker(found, a, t)) continue;
      int e = found.entityOf(m);
      String type = found.entities.get(e).type;
      if (!type.equals(Entity.GPE) && !type.equals(Entity.LOC)) set(e, SELF_ROLE); // a role, an office, a side: "as a Democrat"
    }
  }

  /**
   * The name after "as" opens a clause of its own ("as Microsoft announced layoffs", "as Senator
   * Warren arrived": "as" is "while") or is a possessor ("as Microsoft's chief"): no role of the speaker.
   */
  private static boolean clauseSubject(Entities found, Analysis a, int m) {
    int end = found.mentionEnd(m);
    if (end >= a.tokenCount()) return false;
    String pos = a.pos(end), next = a.token(end);
    return pos.equals("VERB") || pos.equals("AUX") || next.equals("'s") || next.equals("\u2019s");
  }

  /**
   * The first person a byline among the first paragraphs names, alone or in a list of people ("By
   * Miri Forbes, Nicholas Eaton, and Robert Krueger"); -1 when none.
   */
  private static int firstAuthor(Entities found, Analysis a) {
    for (int p = 0; p < Math.min(FIRST, a.paragraphCount()); p++) {
      int from = a.tokenAt(a.paragraphStart(p)), to = a.tokenAt(a.paragraphEnd(p) - 1) + 1;
      if (from + 1 >= to || to > a.tokenCount() || !a.lower(from).equals(found.lexicon.bylineWord)) continue;
      int opening = nameAt(found, from + 1), first = opening < 0 ? -1 : person(found, found.entityOf(opening)), k = from + 1;
      while (first >= 0 && k < to) { // the names, each after a comma, "and" or both, to the paragraph's end
        int m = nameAt(found, k);
        if (m < 0 || person(found, found.entityOf(m)) < 0) break;
        k = found.mentionEnd(m);
        if (k < to && a.token(k).equals(",")) k++;
        if (k < to && a.lower(k).equals(found.lexicon.and)) k++;
      }
      if (first >= 0 && k >= to) return first;
    }
    return -1;
  }

  /** The name mention at token k with its entity, or -1. */
  private static int nameAt(Entities found, int k) {
    int m = found.mentionStartingAt(k);
    return m >= 0 && found.mentionKind(m).equals(Mention.NAME) && found.entityOf(m) >= 0 ? m : -1;
  }

  /** Whom "you" addresses: the name of a salutation among the first paragraphs ("Dear Jean:"). */
  private void salutation(Entities found, Analysis a) {
    for (int p = 0; p < Math.min(FIRST + 2, a.paragraphCount()); p++) {
      int e = nameAlone(found, a, p, found.lexicon.salutationWord);
      if (e >= 0 && e != narrator) {
        addressee = e;
        addresseeRule = SALUTATION;
        return;
      }
    }
  }

  /** The first person named in the first paragraphs of an interview or a speech ("Frank Messina: An Interview with ..."). */
  private void named(Entities found, Analysis a) {
    int cue = -1; // the paragraph of the cue: "Wikinews interviewed him" may follow an introduction of a few paragraphs
    for (int t = 0; t < a.tokenCount() && a.paragraphOf(t) < CUE && cue < 0; t++) {
      if (found.lexicon.narratorCues.contains(a.lower(t)) && !toldBySpeaker(found, a, t)) cue = a.paragraphOf(t);
    }
    for (int t = 0; cue >= 0 && narrator < 0 && t < a.tokenCount() && a.paragraphOf(t) < Math.max(FIRST, cue + 1); t++) {
      int m = found.mentionStartingAt(t);
      int e = m >= 0 && found.mentionKind(m).equals(Mention.NAME) ? person(found, found.entityOf(m)) : -1;
      if (e >= 0) {
        set(e, INTERVIEWEE);
        addressee = e; // the questions address the one interviewed
        addresseeRule = INTERVIEWEE;
      }
    }
  }

  /** Paragraph p is a complimentary close: a short line ending in a comma ("Love always,", "Best wishes,"). */
  private static boolean closes(Analysis a, int p) {
    int from = a.tokenAt(a.paragraphStart(p)), last = a.tokenAt(a.paragraphEnd(p) - 1);
    return last < a.tokenCount() && last - from < 6 && a.token(last).equals(",");
  }

  /** The sentence of token t says "I": the narrator speaking of a speech ("I haven't given a political speech"), no cue. */
  private static boolean toldBySpeaker(Entities found, Analysis a, int t) {
    int s = a.sentenceOf(t);
    for (int k = a.sentenceStartToken(s); k < a.sentenceEndToken(s); k++) {
      String w = PronounsAndNominals.pronounAt(a, found.lexicon, k);
      if (w != null && !a.quoted(k) && found.lexicon.pronouns.get(w) == PronounClass.FIRST_SINGULAR) return true;
    }
    return false;
  }

  private void set(int e, String rule) {
    narrator = e;
    narratorRule = rule;
  }

  private static int person(Entities found, int e) {
    return e >= 0 && found.entities.get(e).type.equals(Entity.PERSON) ? e : -1;
  }

  /**
   * The entity whose name is all of paragraph p after the word {@code opener} when it is not null
   * ("By Cory Doctorow", "Dear Jean:"), a dash, before a closing comma, colon or period; a person
   * or a name of unknown type (a first name the lexicons lack: "Zora"). -1 when none.
   */
  private static int nameAlone(Entities found, Analysis a, int p, String opener) {
    int from = a.tokenAt(a.paragraphStart(p)), to = a.tokenAt(a.paragraphEnd(p) - 1) + 1;
    if (from >= a.tokenCount() || to - from > 8) return -1;
    if (opener != null) {
      if (!a.lower(from).equals(opener)) return -1;
      // "Dear" may be the title of the name ("Dear Jean"), an honorific may follow it ("Dear Mr. Gorbachev")
      if (found.mentionStartingAt(from) < 0) from++;
      for (int skip = 0; skip < 2 && from < to && found.mentionStartingAt(from) < 0 && a.isCapitalized(from); skip++) from++;
    }
    if (from < to && Words.isDash(a.token(from))) from++;
    String last = to - 1 > from ? a.token(to - 1) : "";
    if (last.equals(",") || last.equals(":") || last.equals(".")) to--;
    int m = from < to ? found.mentionStartingAt(from) : -1;
    if (m < 0 || found.mentionEnd(m) != to || !found.mentionKind(m).equals(Mention.NAME) || found.entityOf(m) < 0) return -1;
    String type = found.entities.get(found.entityOf(m)).type;
    return type.equals(Entity.PERSON) || type.equals(Entity.OTHER) ? found.entityOf(m) : -1;
  }
}
