package org.attest.entity;

import static org.attest.entity.Words.hasDigit;
import static org.attest.entity.Words.isClosingPunctuation;
import static org.attest.entity.Words.isLink;
import static org.attest.entity.Words.isRomanNumeral;
import static org.attest.entity.Words.isUpper;
import static org.attest.entity.Words.isUsGpe;
import static org.attest.entity.Words.key;
import static org.attest.entity.Words.modifiersOnly;
import static org.attest.entity.Words.phraseBefore;

import org.attest.model.Entity;
import org.attest.text.Analysis;

/**
 * The type of a name from its words and the words around it: lexicons (organisations, holidays,
 * places, features, organisation words, groups, first names), context ("the town of X", "X,
 * Texas", "X, an Australian woman") and shape (an acronym, a person-shaped name).
 */
final class NameTypes {
  final EntityLexicon lex;

  NameTypes(EntityLexicon lex) {
    this.lex = lex;
  }

  /** The name without a leading "the": "the Islamic State" is "islamic state". */
  String bare(String key) {
    int n = lex.the.length();
    return key.length() > n && key.charAt(n) == ' ' && key.startsWith(lex.the) ? key.substring(n + 1) : key;
  }

  /** The type of the name of tokens [start, end); {@code titled}: it comes with a title. */
  String typeOf(Analysis a, int start, int end, boolean titled) {
    String key = key(a, start, end);
    String bare = bare(key);
    if (lex.orgs.contains(bare) || jointOrganisation(bare)) return Entity.ORG;
    if (lex.holidays.contains(bare)) return Entity.OTHER; // "Cinco de Mayo", "Groundhog Day": a day
    if (titled) return Entity.PERSON;
    if (end - start >= 2 && !a.isCapitalized(start) && lex.regionWords.contains(a.lower(start))) return Entity.LOC; // "downtown Taipei"
    if (end - start >= 2 && lex.orgFirst.contains(a.lower(start))) return Entity.ORG; // "Team Estonia"
    if (isCityOf(a, start, end)) return Entity.GPE; // "Taipei City"
    String last = a.lower(end - 1);
    // the head of "X of Y" is X: "Church of Scientology", "University of Southern Indiana", "Plains of Arafat"
    int head = end - 1;
    for (int i = start + 1; i < end - 1; i++) {
      if (lex.nameLinks.contains(a.lower(i)) || lex.organisationLink(a.lower(i), a.lower(i - 1))) {
        head = i - 1;
        break;
      }
    }
    String h = a.lower(head);
    if (placeThenPlace(a, end) && !lex.orgWords.contains(h) && !lex.orgWords.contains(last)) return Entity.GPE; // not "Durham University, United Kingdom"
    if (end - start >= 2 && !lex.gpe.contains(bare) && appositivePerson(a, end)) return Entity.PERSON;
    if (lex.gpe.contains(bare) || isUsGpe(a, start, end)) return Entity.GPE; // a known name before its words: "West Bank", "the Channel"
    if (lex.loc.contains(bare)) return Entity.LOC;
    if (end - start >= 2 && lex.locWords.contains(h) && !(end - start == 2 && lex.firstNames.containsKey(a.lower(start)))) return Entity.LOC; // not "John Park"
    if (end - start >= 2 && lex.locFirst.contains(a.lower(start)) && head == end - 1) return Entity.LOC; // "Mount Everest", "Masjid Al-Haram"
    if (lex.orgWords.contains(h) || lex.orgWords.contains(last) || organisationTo(a, start, end)) return Entity.ORG;
    if (lex.norp.contains(bare)) return Entity.NORP;
    // after a word of settlement and "of": "the town of Yeoncheon", "the Municipality of Livorno" (place-context.txt)
    if (phraseBefore(a, lex.placeBefore, start, a.sentenceStartToken(a.sentenceOf(start)))) return Entity.GPE;
    if (end - start >= 2 && lex.firstNames.containsKey(a.lower(start)) && (end - start == 2 || !hasThingWord(a, start, end))) return Entity.PERSON;
    if (end - start == 2 && lex.orgWords.contains(a.lower(start)) && a.token(start + 1).length() == 1) return Entity.ORG; // "Group F"
    if (end < a.tokenCount() && a.isCapitalized(end) && lex.namedAfter.contains(a.lower(end)) && !lex.cities.contains(bare)) { // "Shandao" of "Shandao Station"
      return end - start >= 2 && personWords(a, start, end) ? Entity.PERSON : Entity.LOC; // "Chiang Kai Shek" of "the Chiang Kai Shek Memorial"
    }
    return end - start == 1 ? oneWordType(a, start, last) : severalWordsType(a, start, end, last);
  }

  /**
   * The name is a person's by its shape alone ({@link #personShaped}: several capitalised words, no
   * known first name, no title, no apposition that says so, nothing a lexicon knows; "Case Grammar",
   * "Mutation Operators" read so too); the name typer may overrule it ({@link ModelTypes#open}).
   */
  boolean shapeOnly(Analysis a, int start, int end) {
    if (end - start < 2 || lex.firstNames.containsKey(a.lower(start)) || appositivePerson(a, end)) return false;
    if (end < a.tokenCount() && a.isCapitalized(end) && lex.namedAfter.contains(a.lower(end))) return false;
    return typeOf(a, start, end, false).equals(Entity.PERSON);
  }

  /** A known organisation joined by a hyphen or slash to another name: "Associated Press-GfK" (a poll), "NBC/Marist". */
  private boolean jointOrganisation(String bare) {
    for (int i = 1; i < bare.length() - 1; i++) {
      char c = bare.charAt(i);
      if ((c == '-' || c == '/') && lex.orgs.contains(bare.substring(0, i).strip())) return true;
    }
    return false;
  }

  /** An acronym is an organisation's ("WHO"; not "IE6", "XVII", "GMT"), a first name a person's. */
  private String oneWordType(Analysis a, int start, String last) {
    String tok = a.token(start);
    if (tok.length() >= 2 && isUpper(tok) && !hasDigit(tok) && !isRomanNumeral(tok) && !lex.thingWords.contains(last)) return Entity.ORG;
    if (lex.firstNames.containsKey(last)) return Entity.PERSON;
    return Entity.OTHER;
  }

  private String severalWordsType(Analysis a, int start, int end, String last) {
    // several capitalised words ending in a place: "Western Iraq", "Southern Indiana" - a region of it, no polity
    if ((lex.gpe.contains(last) || lex.loc.contains(last)) && modifiersOnly(a, start, end - 1)) return Entity.LOC;
    boolean allNorp = true;
    for (int i = start; i < end; i++) allNorp &= lex.norp.contains(a.lower(i)) || a.lower(i).equals("-");
    if (allNorp) return Entity.NORP;
    return end - start <= 4 && personShaped(a, start, end) ? Entity.PERSON : Entity.OTHER;
  }

  /** An organisation word before "to" inside the name: "Alliance to Reclaim Our Schools", "Committee to Protect Journalists". */
  private boolean organisationTo(Analysis a, int start, int end) {
    for (int i = start + 1; i < end - 1; i++) if (a.lower(i).equals(lex.to) && lex.orgWords.contains(a.lower(i - 1))) return true;
    return false;
  }

  /** A known place and "City": "Taipei City", "Quezon City". */
  boolean isCityOf(Analysis a, int start, int end) {
    return end - start >= 2 && a.token(end - 1).equals("City") && lex.gpe.contains(key(a, start, end - 1));
  }

  /**
   * "Irving, Texas": a name followed by a comma and a known place, then a punctuation mark, a
   * preposition or conjunction ("in Clearwater, Florida until ...") or the sentence end, is a place;
   * not "On board the Freewinds, Paris claims ...".
   */
  private boolean placeThenPlace(Analysis a, int end) {
    int sentenceEnd = a.sentenceEndToken(a.sentenceOf(end - 1));
    if (end + 1 >= sentenceEnd || !a.token(end).equals(",") || !a.isCapitalized(end + 1)) return false;
    for (int k = Math.min(sentenceEnd, end + 4); k > end + 1; k--) {
      if ((k == sentenceEnd || isClosingPunctuation(a.token(k)) || isLink(a.pos(k)) || lex.calendar.contains(a.lower(k)))
          && lex.gpe.contains(key(a, end + 1, k))) return true; // "in Fort Pierce, Florida Friday"
    }
    return false;
  }

  /** "Andy Warhol Photographic Legacy Program": a word of names of things, no person's name (in three words or more: "Nathan Law" is one). */
  boolean hasThingWord(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (lex.thingWords.contains(a.lower(i))) return true;
    return false;
  }

  /**
   * An apposition after the name that describes a person: "Valeska Paris, an Australian woman",
   * "Thomas Sam, 42,".
   */
  private boolean appositivePerson(Analysis a, int end) {
    int sentenceEnd = a.sentenceEndToken(a.sentenceOf(end - 1));
    if (end + 2 >= sentenceEnd || !a.token(end).equals(",")) return false;
    int k = end + 1;
    if (a.pos(k).equals("NUM") && a.token(k + 1).equals(",")) return true;
    if (!lex.indefinite.contains(a.lower(k))) return false;
    for (k++; k < sentenceEnd && k <= end + 5; k++) {
      String pos = a.pos(k);
      if ("person".equals(lex.nominals.get(a.lower(k))) && pos.equals("NOUN")) return true;
      if (!(pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NOUN"))) return false;
    }
    return false;
  }

  /**
   * A name of unknown words that reads as a person's: no "the" before it, and none of its words is a
   * known place, group, month or common word of names of things ("Internet Explorer", "Visual Arts").
   */
  private boolean personShaped(Analysis a, int start, int end) {
    if (start > 0 && a.lower(start - 1).equals(lex.the)) return false; // "the Sea Org": news puts no article before a person
    if (headingVerb(a, start)) return false; // a heading: "Using Basil", "Prepare Quinoa"
    return personWords(a, start, end);
  }

  /**
   * The first word of a heading, no person's name: a verb (as tagged) that is a gerund ("Using Basil",
   * "Starting Seeds") or opens its sentence or line ("Prepare Quinoa"); not a first name ("Sterling
   * Brown") nor a name tagged a verb inside a sentence ("Hwang Hee-chan").
   */
  private boolean headingVerb(Analysis a, int i) {
    String w = a.lower(i);
    if (!a.pos(i).equals("VERB") || lex.firstNames.containsKey(w)) return false;
    boolean gerund = w.length() >= 5 && w.endsWith(lex.participleEnding);
    return gerund || i == a.sentenceStartToken(a.sentenceOf(i)) || a.text().substring(a.end(i - 1), a.start(i)).indexOf('\n') >= 0;
  }

  /** No word of the name is a known place, group, month, word of things or acronym, nor a Persian link ("Naqsh-e Jahan"). */
  boolean personWords(Analysis a, int start, int end) {
    if (lex.orgs.contains(a.lower(start))) return false; // "Google Science"
    for (int i = start; i < end; i++) {
      String w = a.lower(i);
      if (lex.gpe.contains(w) || lex.norp.contains(w) || lex.loc.contains(w) || lex.timeWords.contains(w) || lex.thingWords.contains(w)) return false;
      if (i > start && lex.ezafe.contains(w) && a.token(i - 1).equals("-")) return false; // "Naqsh-e Jahan": a place's or thing's name
      String tok = a.token(i);
      if (w.length() > 1 && isUpper(tok) && tok.indexOf('.') < 0 && (i > start || w.length() > 3)) return false; // "FIRST Global", "PlayStation VR"; not "AS Heagle"
    }
    return true;
  }
}
