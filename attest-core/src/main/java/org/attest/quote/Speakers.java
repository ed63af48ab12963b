package org.attest.quote;

import static org.attest.quote.Tokens.isDash;
import static org.attest.quote.Tokens.isVerb;

import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/** The speaker finders every sieve and rule shares: the subject of a cue, its object, a document's origin. */
final class Speakers {
  private final CueLexicon cues;
  private final Analysis a;
  private final Entities ents;
  private final Clauses clauses;

  Speakers(CueLexicon cues, Analysis a, Entities ents, Clauses clauses) {
    this.cues = cues;
    this.a = a;
    this.ents = ents;
    this.clauses = clauses;
  }

  /** The speaker of a cue at c within [from, c): the subject of a participle after a clause, else {@link #subjectIn}. */
  Who subjectOf(int from, int c) {
    Who who = participleSubject(from, c);
    return who != null ? who : subjectIn(from, c);
  }

  /**
   * The subject of a cue at token c within [from, c): the first mention of the stretch when an
   * apposition or auxiliaries separate it from the cue ("Rep. Jim Clyburn (D-S.C.), the assistant
   * leader, said"; "he was known to tell"), else the mention or noun phrase right before the cue.
   */
  Who subjectIn(int from, int c) {
    return SpeakerRole.of(cues, a, from, subjectBefore(from, c));
  }

  private Who subjectBefore(int from, int c) {
    int end = beforeAdjunct(from, clauses.beforeAuxiliaries(from, c));
    if (end - 1 > from && cues.relativeSubjects.contains(a.lower(end - 1))) { // "the Department, which reported"
      int m = ents.mentionEndingAt(a.token(end - 2).equals(",") ? end - 2 : end - 1);
      if (m >= 0 && ents.mentionStart(m) >= from) return Who.of(ents, m);
    }
    Who relative = beforeRelative(from, end);
    if (relative != null) return relative;
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
    Who place = adjacent >= 0 && !apposition ? SubjectNouns.beforePlace(a, cues, ents, from, adjacent, end) : null;
    if (place != null) return place; // "the boy's relatives in Miami said", "The Iraqi ambassador to Venezuela said"
    if (adjacent >= 0 && !apposition) return firstConjunct(from, besideNouns(from, adjacent, end));
    Who first = firstMentionOf(from, end);
    if (first != null) return first;
    if (adjacent >= 0) return beforeApposition(from, adjacent);
    Who nouns = nounPhraseEndingAt(from, end);
    return nouns != null ? nouns : shareEndingAt(from, end);
  }

  /**
   * "Rubio was asked by Fox Business moderator Gerard Baker whether ...": a passive cue's agent speaks
   * (cues.txt [agent] after the cue, [passive] before it); or null.
   */
  Who passiveAgent(int from, int c, int cueEnd, int to) {
    if (cueEnd + 1 >= to || !a.lower(cueEnd).equals(cues.agent)) return null;
    int k = c - 1;
    while (k >= from && a.pos(k).equals("ADV")) k--;
    if (k < from || !cues.holding.passive.contains(a.lower(k))) return null;
    for (int t = cueEnd + 1; t < to && t <= cueEnd + 6 && isNoun(t); t++) { // "Fox Business moderator Gerard Baker": the person
      int name = ents.mentionStartingAt(t);
      if (name >= 0 && ents.mentionKind(name).equals(Mention.NAME) && Entity.PERSON.equals(ents.entityType(ents.entityOf(name)))) return Who.of(ents, name);
    }
    Who who = objectAt(cueEnd + 1, to);
    return who != null && who.mention() >= 0 ? who : null;
  }

  /**
   * "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": the mention before a relative
   * clause set off by commas that ends right before the cue (cues.txt [relative-subject]); or null.
   */
  private Who beforeRelative(int from, int end) {
    if (end - 1 <= from || !a.token(end - 1).equals(",")) return null;
    for (int k = end - 2; k > from && k >= end - 16; k--) {
      if (!a.token(k).equals(",")) continue;
      if (!cues.relativeSubjects.contains(a.lower(k + 1))) return null;
      int e = k;
      if (a.token(e - 1).equals(")")) { // "(D-Mo.)"
        while (e > from && !a.token(e - 1).equals("(")) e--;
        e--;
      }
      int m = e > from ? ents.mentionEndingAt(e) : -1;
      return m >= 0 && ents.mentionStart(m) >= from ? Who.of(ents, ents.chainHead(m, from)) : null;
    }
    return null;
  }

  /**
   * A share of people that speaks, as polls report it: "One in three said", "About four out of 10
   * say", "42% say", "Nearly half said" (cues.txt [share-link], [share-unit], [share-word]); else null.
   */
  private Who shareEndingAt(int from, int end) {
    int k = end - 1, s;
    if (k < from) return null;
    String w = a.lower(k);
    if (a.pos(k).equals("NUM") && k - 1 > from && cues.holding.shareLinks.contains(a.lower(k - 1))) { // "one in three", "four out of 10"
      s = k - 1;
      while (s > from && cues.holding.shareLinks.contains(a.lower(s - 1))) s--;
      if (--s < from || !a.pos(s).equals("NUM")) return null;
    } else if (k - 1 >= from && cues.holding.shareUnits.contains(w) && a.pos(k - 1).equals("NUM")) {
      s = k - 1; // "42 percent"
    } else if (a.pos(k).equals("NUM") && cues.holding.shareUnits.contains(w.substring(w.length() - 1)) || cues.holding.shareWords.contains(w)) {
      s = k; // "42%", "half"
    } else {
      return null;
    }
    while (s > from && cues.quantityLeads.contains(a.lower(s - 1))) s--; // "About", "Nearly"
    return new Who(-1, s, end);
  }

  /**
   * Where the subject before a cue ends, past a day word ("Beck on Wednesday called", "Priebus
   * later Thursday told") or a phrase set off by commas that opens with a preposition ("Trump,
   * during interviews on Thursday, referred"): neither is who speaks.
   */
  private int beforeAdjunct(int from, int end) {
    int e = end;
    if (e - 2 > from && cues.whenParts.contains(a.lower(e - 1)) && cues.whenWords.contains(a.lower(e - 2))) e--;
    if (e - 1 > from && cues.whenWords.contains(a.lower(e - 1)) && !capitals(e - 1)) { // not "USA TODAY reported"
      e--;
      while (e - 1 > from && cues.whenBefore.contains(a.lower(e - 1))) e--;
      return clauses.beforeAuxiliaries(from, e);
    }
    if (e - 2 > from && a.token(e - 1).equals(",")) {
      for (int k = e - 2; k > from && k > e - 12; k--) {
        if (!a.token(k).equals(",")) continue;
        return a.pos(k + 1).equals("ADP") && !a.quoted(k + 1) && !commaWithin(from, k) ? k : end;
      }
    }
    return end;
  }

  /**
   * The first of two subjects joined by "and" that open the clause ("Ciba-Geigy and Chiron said",
   * "hospital officials and family members said", "On Sunday, Tanzanian police and FBI agents said"):
   * news copy names its main source first. Else who.
   */
  Who firstConjunct(int from, Who who) {
    int and = who.start() - 1;
    if (and - 1 < from || !a.lower(and).equals(cues.nounJoin) || !isNoun(and - 1)) return who;
    int m = ents.mentionEndingAt(and);
    if (m >= 0 && ents.mentionStart(m) < from) m = -1;
    int s = m >= 0 ? ents.mentionStart(m) : nounsBefore(from, and - 1);
    if (!(s == from || s == clauseOpening(from, who.start()) || a.pos(s - 1).equals("CCONJ"))) return who; // not "the father of Elian and immigration"
    // a named speaker after "and" with no mention before it: one name ("Marks and Spencer said", "Barnes and Noble said")
    if (m < 0 && who.mention() >= 0 && s == and - 1 && a.isCapitalized(s)) return who;
    return m >= 0 ? Who.of(ents, ents.chainHead(m, from)) : new Who(-1, s, and);
  }

  /**
   * The mention before the cue, unless a preposition takes it at the end of an apposition ("A spokesman
   * for Seagram, the concern controlled by the Bronfman family, said"; "Louis Freeh, on a visit to
   * Mexico, asked"): then the subject before the apposition's comma.
   */
  private Who beforeApposition(int from, int adjacent) {
    int p = ents.mentionStart(adjacent) - 1;
    if (p > from && a.pos(p).equals("DET")) p--;
    for (int k = p - 1; k > from && a.pos(p).equals("ADP"); k--) {
      if (!a.token(k).equals(",")) continue;
      Who before = subjectIn(from, k);
      if (before != null) return before;
      break;
    }
    return Who.of(ents, adjacent);
  }

  /** Whether a comma lies in [from, to): "Biden, who was to travel to Columbus, Ohio, on Wednesday, said" is one clause. */
  private boolean commaWithin(int from, int to) {
    for (int k = from; k < to; k++) if (a.token(k).equals(",")) return true;
    return false;
  }

  /** A word that says when, not who: "Monday", "this month"; not a name in capitals ("USA TODAY"). */
  private boolean timeWord(int k) {
    String w = a.lower(k);
    return (cues.timeNouns.contains(w) || cues.whenWords.contains(w)) && !capitals(k);
  }

  /** A word in capitals: part of a name such as "USA TODAY", not a time word. */
  private boolean capitals(int k) {
    return a.token(k).equals(a.token(k).toUpperCase());
  }

  /**
   * The mention right before a cue, or the phrase it ends when a link joins it to words before
   * (cues.txt [subject-link], as {@link #nounPhraseEndingAt}): "Developers and supporters in Congress
   * say", "Supporters of Trump said" (a name after common nouns is not the subject), "The Commission on
   * Elections said" (an organisation's name cut at its link); "Rep. Tom Cole of Oklahoma said" is Cole.
   */
  private Who besideNouns(int from, int adjacent, int end) {
    int p = ents.mentionStart(adjacent) - 1;
    if (p - 1 >= from && cues.subjectLinks.contains(a.lower(p)) && !Who.isDocument(ents, Who.of(ents, adjacent))) { // "voters in a poll": where, not who
      int before = ents.mentionEndingAt(p);
      if (before >= 0 && ents.mentionStart(before) < from) before = -1;
      int entity = before < 0 ? -1 : ents.entityOf(before);
      boolean share = cues.holding.shareUnits.contains(a.lower(p - 1)) || cues.holding.shareWords.contains(a.lower(p - 1)); // "44 percent of Americans"
      if (entity < 0 && a.pos(p - 1).equals("NOUN") && !share) return new Who(-1, linkedStart(from, p - 1), end);
      if (entity >= 0 && Entity.ORG.equals(ents.entityType(entity)) && a.isCapitalized(p - 1) && a.isCapitalized(p + 1) && !timeWord(p + 1) && !cues.months.contains(a.lower(p + 1))) {
        return new Who(before, ents.mentionStart(before), end);
      }
    }
    return Who.of(ents, ents.chainHead(adjacent, from));
  }

  /** The first mention of [from, end), after a title ("Rep.", "Sen.") or a determiner, when an apposition or the cue follows it. */
  private Who firstMentionOf(int from, int end) {
    int firstMention = -1;
    for (int k = from; k < Math.min(end, from + 5) && firstMention < 0; k++) {
      int m = ents.mentionStartingAt(k);
      if (m >= 0 && !ents.mentionKind(m).equals(Mention.NAME) && ents.mentionStartingAt(ents.mentionEnd(m)) >= 0) continue; // "Senator" before the name
      if (m >= 0 && ents.mentionEnd(m) <= end) firstMention = m;
      else if (isVerb(a, k) || a.pos(k).equals("ADP") || a.pos(k).equals("PRON")) break;
    }
    if (firstMention < 0) return null;
    int gap = ents.mentionEnd(firstMention);
    if (gap == end || a.token(gap).equals(",") || a.token(gap).equals("(") || Who.isDocument(ents, Who.of(ents, firstMention))) {
      return Who.of(ents, firstMention);
    }
    return null;
  }

  /**
   * ", saying ..." after a clause: the participle's subject is the clause's ("Clinton had mocked
   * the complaint, saying anybody ...").
   */
  Who participleSubject(int from, int c) {
    if (!a.lower(c).endsWith(cues.participleEnding) || c - 1 <= from) return null;
    String prev = a.lower(c - 1);
    if (!(prev.equals(",") || cues.participleLinks.contains(prev))) return null;
    int open = clauseOpening(from, c);
    int verb = mainVerb(open, c);
    int m = clauseSubject(from, c);
    if (m < 0 && verb > open && cues.participles.contains(a.lower(c))) { // "The conservative publication has been outspoken in its opposition to Donald Trump, arguing"
      Who subject = subjectIn(open, verb);
      if (subject != null) return subject;
    }
    if (m < 0) m = firstSubject(clauseOpening(a.sentenceStartToken(a.sentenceOf(c)), c), c);
    return m < 0 ? null : Who.of(ents, m);
  }

  /**
   * The subject mention of the clause that ends at limit, in the sentence from token from: the first
   * person or organisation past an opening phrase ("Appearing before cheering supporters Monday, Suu
   * Kyi said"; "Moreover, as part of the exchange with Clinton, Gowdy referenced") and before the
   * clause's first verb ("Graham contrasted that with Clinton"); or -1.
   */
  int clauseSubject(int from, int limit) {
    int open = clauseOpening(from, limit);
    int verb = mainVerb(open, limit);
    return firstSubject(open, verb > open ? verb : limit);
  }

  /**
   * The first verb of the clause [open, c) outside quotation marks and outside a relative clause set
   * off by commas ("Biden, who was to travel to Ohio, said"): the names after it are its objects,
   * not its subject; or -1.
   */
  private int mainVerb(int open, int c) {
    for (int k = open; k < c; k++) {
      if (a.quoted(k)) continue;
      if (a.token(k).equals(",") && k + 1 < c && cues.relativeSubjects.contains(a.lower(k + 1))) {
        int close = k + 1;
        while (close < c && !a.token(close).equals(",")) close++;
        k = close;
        continue;
      }
      if (isVerb(a, k)) return k;
    }
    return -1;
  }

  /**
   * Where the clause of [from, c) begins: after a dateline ("WASHINGTON, Dec. 8 (UPI) —") and after an
   * opening prepositional phrase ("In response to Donald Trump’s proposal, ...", "In a statement released
   * Thursday, ...") or participial one ("Reached by POLITICO, ..."), whose names are not its subject,
   * when a verb follows it.
   */
  private int clauseOpening(int from, int c) {
    int t = from;
    for (int k = from; k < c && k < from + 10; k++) { // a dateline: a word in capitals first, then a dash
      if (!a.token(from).equals(a.token(from).toUpperCase()) || a.token(from).length() < 3) break;
      if (isDash(a, k) && k > from && a.start(k) > a.end(k - 1)) { // a dash set apart, not "NATO-led"
        t = k + 1;
        break;
      }
    }
    if (t + 2 < c && a.pos(t).equals("ADV") && a.token(t + 1).equals(",")) t += 2; // "Moreover, ..."
    // "Reached by POLITICO, ...", "Appearing before supporters, ..." (the tagger may take a capitalised participle for a noun)
    boolean participle = (a.pos(t).equals("VERB") || a.pos(t).equals("NOUN") || a.pos(t).equals("PROPN")) && ents.mentionStartingAt(t) < 0
        && (a.lower(t).endsWith(cues.participleEnding) || a.lower(t).endsWith(cues.pastEnding));
    if (t < c && (a.pos(t).equals("ADP") || participle)) {
      boolean participial = participle;
      for (int k = t + 1; k < c && k < t + 30; k++) {
        if (a.token(k).equals(",")) return !participial || Tokens.hasVerb(a, k + 1, c) ? k + 1 : t;
        if (!a.pos(k).equals("VERB") || a.lower(k).endsWith(cues.participleEnding)) continue;
        if (!a.pos(k - 1).equals("NOUN")) break; // "In 2015 he said": no phrase of its own
        participial = true; // "a statement released Thursday"
      }
    }
    return t;
  }

  /** The first person or organisation mention of a sentence, before token {@code limit}, or -1. */
  int firstSubject(int from, int limit) {
    for (int m : ents.mentionsWithin(from, limit)) {
      if (a.quoted(ents.mentionStart(m))) continue;
      int me = ents.mentionEnd(m);
      if (me < limit && a.lower(me).equals(cues.possessive)) continue; // "Clinton’s aide Huma Abedin": the possessed
      int e = ents.entityOf(m);
      int name = !ents.mentionKind(m).equals(Mention.NAME) ? ents.mentionStartingAt(ents.mentionEnd(m)) : -1;
      if (name >= 0 && Entity.PERSON.equals(ents.entityType(ents.entityOf(name)))) return name; // "Senator Jane Doe": the name
      int titled = titledName(m, limit);
      if (titled >= 0) return titled; // "Health Ministry spokesman Jane Doe": the person
      String type = ents.entityType(e);
      if (Entity.PERSON.equals(type) || Entity.ORG.equals(type)) return m;
      if (e < 0 && "person".equals(ents.nominalClass(m))) return m;
      return -1; // the subject is something else
    }
    return -1;
  }

  /**
   * The person named after a name or a role and the words of a title ("Ministry of Health spokesman
   * John Roe", "Trump campaign manager Corey Lewandowski", "Under Secretary of State for Political
   * Affairs Wendy Sherman"): the mention is part of the person's title, the person speaks. Returns
   * the person's name mention, or -1.
   */
  private int titledName(int m, int limit) {
    for (int k = ents.mentionEnd(m); k < limit && k < ents.mentionEnd(m) + 8 && !a.quoted(k) && !a.pos(k).equals("PUNCT"); k++) {
      int name = ents.mentionStartingAt(k);
      if (name < 0 || !ents.mentionKind(name).equals(Mention.NAME)) continue;
      boolean person = Entity.PERSON.equals(ents.entityType(ents.entityOf(name)));
      return person && ents.titledFrom(name, ents.mentionEnd(m)) ? name : -1;
    }
    return -1;
  }

  /** A noun phrase that no mention covers ("the announcer"): its head must end the stretch. */
  private Who nounPhraseEndingAt(int from, int end) {
    int head = end - 1;
    String pos = a.pos(head);
    // "the organizer told them": a determiner and one word before the cue are a noun phrase, however the word is tagged
    if (pos.equals("ADJ") && head - 1 >= from && a.pos(head - 1).equals("DET") && a.lower(head - 1).equals(cues.definite)) return new Who(-1, head - 1, end);
    if (!isNoun(head)) return null;
    if (timeWord(head)) return beforeTimePhrase(from, head);
    return new Who(-1, linkedStart(from, head), end);
  }

  /**
   * Where the subject whose last noun is head starts, back over its links (cues.txt [subject-link])
   * and "and": "Residents of the town said", "The Lancet Commission on pollution and health found",
   * "Developers and supporters in Congress say": the whole phrase.
   */
  private int linkedStart(int from, int head) {
    int s = nounsBefore(from, head);
    if (cues.months.contains(a.lower(head))) return s; // "The Washington Post in April": a time, not a part of who
    while (true) {
      int t = s;
      if (t - 2 >= from && a.lower(t - 1).equals(cues.nounJoin) && isNoun(t - 2)) t = nounsBefore(from, t - 2); // "pollution and health"
      if (!(t - 2 >= from && cues.subjectLinks.contains(a.lower(t - 1)) && isNoun(t - 2))) return t;
      s = nounsBefore(from, t - 2);
    }
  }

  private int nounsBefore(int from, int head) {
    return SubjectNouns.start(a, cues, from, head);
  }

  private boolean isNoun(int t) {
    return a.pos(t).equals("NOUN") || a.pos(t).equals("PROPN");
  }

  /**
   * The subject before a phrase that says when, ending at token head ("a New York Times poll last
   * year said", "the campaign this week announced"): a time is never who speaks.
   */
  private Who beforeTimePhrase(int from, int head) {
    int s = head;
    while (s - 1 >= from && (timeWord(s - 1) || a.pos(s - 1).equals("DET") || a.pos(s - 1).equals("ADJ") || a.pos(s - 1).equals("NUM") || cues.whenBefore.contains(a.lower(s - 1)))) s--;
    if (s <= from || a.token(s - 1).equals(",")) return null;
    return subjectIn(from, s);
  }

  /** A noun phrase starting at token t ("the announcer", "Trump"), for "said X". */
  private Who nounPhraseAt(int t, int to) {
    int e = t;
    if (e < to && a.pos(e).equals("DET")) e++;
    while (e < to && (a.pos(e).equals("ADJ") || a.pos(e).equals("NUM"))) e++;
    int headStart = e;
    while (e < to && isNoun(e)) e++;
    return e > headStart ? new Who(-1, t, e) : null;
  }

  /** The speaker that starts at token t ("said Mattis", "according to Reuters"), or null. */
  Who objectAt(int t, int to) {
    if (t >= to) return null;
    int m = ents.mentionStartingAt(t);
    if (m < 0) {
      // "said Rep. Jim Clyburn": skip a title to the name
      for (int k = t + 1; k < Math.min(to, t + 4) && m < 0; k++) {
        if (!a.isCapitalized(k - 1)) break;
        m = ents.mentionStartingAt(k);
      }
    }
    if (m < 0) return nounPhraseAt(t, to);
    int titledPerson = ents.mentionKind(m).equals(Mention.NAME) ? -1 : ents.mentionStartingAt(ents.mentionEnd(m));
    if (titledPerson >= 0 && ents.mentionKind(titledPerson).equals(Mention.NAME) && ents.entityOf(titledPerson) == ents.entityOf(m)) {
      return Who.of(ents, titledPerson); // "said Labor Minister Jane Fuller": the name after its title
    }
    if (ents.entityOf(m) < 0) { // "the Federal Bureau" inside "the Federal Bureau of Prisons", "the event organizer Alliance ..."
      for (int k = ents.mentionStart(m) + 1; k <= ents.mentionEnd(m) && k < to; k++) {
        int name = ents.mentionStartingAt(k);
        if (name >= 0 && ents.entityOf(name) >= 0 && ents.mentionKind(name).equals(Mention.NAME)) return Who.of(ents, name);
      }
    }
    int titled = titledName(m, to);
    if (titled >= 0) return Who.of(ents, titled);
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

  /**
   * A document speaks for its origin: "an emailed statement from the coalition" and "the
   * coalition email" are the coalition's. Returns the origin, or the document itself.
   */
  Who proxy(Who who, int limit) {
    if (!Who.isDocument(ents, who)) return who;
    for (int inner : ents.mentionsWithin(who.start(), who.end())) {
      if (inner != who.mention() && ents.entityOf(inner) >= 0) return Who.of(ents, inner);
    }
    // "Jessica Mackler issued a statement saying ...": the document is the object of a verb of issuing; its subject speaks
    int v = who.start() - 1;
    if (v > 1 && (a.pos(v).equals("ADP") || a.pos(v).equals("ADV")) && cues.issueVerbs.contains(a.lower(v - 1))) v--; // "put out a statement"
    if (v > 0 && cues.issueVerbs.contains(a.lower(v))) {
      int sentence = a.sentenceStartToken(a.sentenceOf(v));
      Who issuer = v > sentence ? subjectIn(sentence, v) : null;
      if (issuer != null && !Who.isDocument(ents, issuer)) return issuer;
    }
    Who origin = originAfter(who, limit);
    return origin != null ? origin : who;
  }

  /** "from the coalition", "by the campaign", "sent by ...", "released by ...": the origin named after a document. */
  private Who originAfter(Who who, int limit) {
    int t = who.end();
    while (t < limit && t < who.end() + 3 && (a.pos(t).equals("VERB") || cues.origins.contains(a.lower(t)))) {
      if (cues.origins.contains(a.lower(t))) {
        int origin = -1; // "filed by the federal Securities and Exchange Commission": past a determiner and an adjective
        for (int k = t + 1; k < Math.min(limit, t + 4) && origin < 0; k++) {
          origin = ents.mentionStartingAt(k);
          if (origin < 0 && !(a.pos(k).equals("DET") || a.pos(k).equals("ADJ"))) break;
        }
        if (origin >= 0) return objectAt(ents.mentionStart(origin), limit); // "data from the U.S. Department of Education": the name in the nominal
      }
      t++;
    }
    return null;
  }
}
