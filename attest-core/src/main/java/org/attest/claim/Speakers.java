package org.attest.claim;

import java.util.ArrayList;
import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.text.Analysis;

/** What the speaker of a quote is: someone who can speak, a document, an organisation; and whom the origin told. */
final class Speakers {
  private Speakers() {}

  /** The parts of speech inside a description of a company: "The consumer-products and newsprint company". */
  private static final java.util.Set<String> DESCRIBING = java.util.Set.of("ADJ", "NOUN", "PROPN", "CCONJ");

  /**
   * Whether an unnamed speaker can be a source: people or an organisation ("officials", "a
   * Homeland Security Department official"), not "100,000 people" or "a few bad apples".
   */
  static boolean canSpeak(Analysis a, Entities ents, Span speaker) {
    if (orgInside(a, ents, speaker.start(), speaker.end()) >= 0) return true;
    int m = lastMention(a, ents, speaker);
    if (m < 0) return false;
    String c = ents.nominalClass(m);
    // "100,000 people", "three men" are counted, no speakers; organisations with a count speak: "Two newsprint companies said"
    for (int t = ents.mentionStart(m); t < ents.mentionEnd(m); t++) if (a.pos(t).equals("NUM") && !"org".equals(c)) return false;
    int e = ents.entityOf(m);
    return "person".equals(c) || "org".equals(c) || e >= 0 && (Entity.PERSON.equals(ents.entityType(e)) || Entity.ORG.equals(ents.entityType(e)));
  }

  /** Whether the speaker's last mention is a document ("exit polls", "the survey"). */
  static boolean isDocument(Analysis a, Entities ents, Span speaker) {
    int m = lastMention(a, ents, speaker);
    return m >= 0 && "document".equals(ents.nominalClass(m));
  }

  /** The mention that ends the speaker's span and lies within it, or -1. */
  private static int lastMention(Analysis a, Entities ents, Span speaker) {
    int m = ents.mentionEndingAt(a.tokenAt(speaker.end() - 1) + 1);
    return m >= 0 && a.start(ents.mentionStart(m)) >= speaker.start() ? m : -1;
  }

  /**
   * The named person or organisation a definite nominal ("The German automaker", "the businessman":
   * a {@code [pointing-back]} word before a person or organisation head, not a plural) refers back to: the first
   * of its kind named in its sentence before it, else in each of the three sentences before (their
   * subject comes first); -1 when none or the mention is no such nominal.
   */
  static int antecedent(Analysis a, Entities ents, int m, ClaimLexicon lex) {
    String c = ents.nominalClass(m);
    String type = "person".equals(c) ? Entity.PERSON : "org".equals(c) ? Entity.ORG : null;
    int start = ents.mentionStart(m);
    if (type == null || ents.entityName(ents.entityOf(m)) != null || !lex.pointingBack.contains(a.lower(start))) return -1;
    if (ents.mentionHead(m) != null && ents.mentionHead(m).endsWith(lex.pluralEnding)) return -1; // "The companies": several
    return namedBefore(a, ents, start, type);
  }

  /** The first entity of the type named in the sentence of token start before it, else in each of the three sentences before; -1 when none. */
  private static int namedBefore(Analysis a, Entities ents, int start, String type) {
    int s = a.sentenceOf(start);
    for (int k = s; k >= Math.max(0, s - 3); k--) {
      for (int n : ents.mentionsWithin(a.sentenceStartToken(k), k == s ? start : a.sentenceEndToken(k))) {
        int e = ents.entityOf(n);
        if (ents.entityName(e) != null && type.equals(ents.entityType(e))) return e;
      }
    }
    return -1;
  }

  /**
   * The organisation a definite description of a company refers back to, for a speaker whose words the entities
   * left unnamed: a {@code [company-head]} word ending tokens [first, last], opened within five words by a
   * {@code [pointing-back]} word or a place's possessive ("The computer maker said", "The St. Louis company said",
   * "Canada's largest department store operator said", "The consumer-products and newsprint company said"): the
   * first organisation named in its sentence before it, else in each of the three sentences before; -1 when none.
   */
  static int describedOrg(Analysis a, Entities ents, int first, int last, ClaimLexicon lex) {
    if (!lex.companyHeads.contains(a.lower(last))) return -1;
    int from = Math.max(a.sentenceStartToken(a.sentenceOf(first)), last - 6);
    for (int k = last - 1; k >= from; k--) {
      boolean opens = k <= first && (lex.pointingBack.contains(a.lower(k)) || a.lower(k + 1).equals("'s") && a.pos(k).equals("PROPN"));
      if (opens) return namedBefore(a, ents, k, Entity.ORG);
      if (!DESCRIBING.contains(a.pos(k)) && !a.token(k).equals("-") && !a.lower(k).equals("'s")) return -1; // "a Dutch company", "100 companies", "..., the company"
    }
    return -1;
  }

  /**
   * The outlet a definite description of a news medium refers back to: a {@code [media-head]} word ending tokens
   * [first, last], opened by a {@code [pointing-back]} word ("the newspaper said"): the first name, not of a place or
   * people, in the eight words before the same head word where the article brought the outlet in, within the six
   * sentences before ("The Maariv newspaper said Sunday ...", "said Uhuru, or Freedom, a Swahili newspaper"); -1 when none.
   */
  static int describedMedia(Analysis a, Entities ents, int first, int last, ClaimLexicon lex) {
    String head = a.lower(last);
    if (!lex.mediaHeads.contains(head) || !lex.pointingBack.contains(a.lower(first)) || last - first > 3) return -1;
    int stop = a.sentenceStartToken(Math.max(0, a.sentenceOf(first) - 6));
    for (int k = first - 1; k >= stop; k--) {
      if (!a.lower(k).equals(head)) continue;
      for (int m : ents.mentionsWithin(Math.max(a.sentenceStartToken(a.sentenceOf(k)), k - 8), k)) {
        int e = ents.entityOf(m);
        String type = e >= 0 ? ents.entityType(e) : null;
        boolean outlet = type == null || Entity.ORG.equals(type) || Entity.PERSON.equals(type); // (the entities may take an outlet they do not know for a person: "Uhuru")
        if (e >= 0 && ents.entityName(e) != null && "name".equals(ents.mentionKind(m)) && outlet) return e;
      }
    }
    return -1;
  }

  /**
   * The organisation a speaker of one capitalised word the entities left unnamed names by the first word of its
   * name, named before it in the article ("Security Pacific Corp. has set its sights ... Security said",
   * "Travelers Corp.'s third-quarter net income rose ... Travelers estimated"): the last such named before; -1 when none.
   */
  static int shortName(Analysis a, Entities ents, int first, int last) {
    if (first != last || !a.isCapitalized(first) || !(a.pos(first).equals("PROPN") || a.pos(first).equals("NOUN"))) return -1;
    String word = a.token(first);
    int found = -1;
    for (int m : ents.mentionsWithin(0, first)) {
      int e = ents.entityOf(m);
      String name = e >= 0 ? ents.entityName(e) : null;
      if (name != null && Entity.ORG.equals(ents.entityType(e)) && name.startsWith(word + " ") && a.token(ents.mentionStart(m)).equals(word)) found = e;
    }
    return found;
  }

  /**
   * The company a description that opens with a place names, when the quote stage took the place for the speaker:
   * "The Rockford, Ill., maker of fasteners also said", "The El Paso, Texas, maker of Western boots ... said", "The
   * British paper, packaging and publishing concern, said" -- a place or people after a {@code [pointing-back]} word, then a
   * {@code [company-head]} word within ten words before the cue, no clause between ({@link #articleCompany}); -1 otherwise.
   */
  static int placeDescribed(Analysis a, Entities ents, Quote quote, ClaimLexicon lex) {
    int m = mentionOf(a, ents, quote.speaker());
    String type = m >= 0 && ents.entityOf(m) >= 0 ? ents.entityType(ents.entityOf(m)) : null;
    if (quote.cue() == null || !(Entity.GPE.equals(type) || Entity.NORP.equals(type))) return -1;
    int first = a.tokenAt(quote.speaker().start()), end = a.tokenAt(quote.speaker().end() - 1) + 1, cue = a.tokenAt(quote.cue().start());
    if (first == 0 || !lex.pointingBack.contains(a.lower(first - 1)) || cue < end) return -1;
    boolean company = false;
    for (int k = end; k < cue && k < end + 10 && !company; k++) {
      if (a.pos(k).equals("PRON") || a.pos(k).equals("VERB") || a.pos(k).equals("AUX")) return -1; // "The Japanese, who paid cash for the company's plant, said"
      company = lex.companyHeads.contains(a.lower(k));
    }
    return company ? articleCompany(a, ents, first, lex) : -1;
  }

  /**
   * The article's company before token {@code before}, as wire copy describes it after naming it: the first organisation
   * whose name ends in a corporate suffix ("Acme Corp."), else the first organisation ("The Securities and Exchange
   * Commission sued Acme Corp. ... The Houston, Texas, company said": Acme); -1 when none.
   */
  static int articleCompany(Analysis a, Entities ents, int before, ClaimLexicon lex) {
    int firstOrg = -1;
    for (int n : ents.mentionsWithin(0, before)) {
      int e = ents.entityOf(n);
      if (e < 0 || !Entity.ORG.equals(ents.entityType(e)) || ents.entityName(e) == null) continue;
      String name = ents.entityName(e).toLowerCase(java.util.Locale.ROOT);
      if (lex.corporateSuffixes.contains(name.substring(name.lastIndexOf(' ') + 1))) return e;
      if (firstOrg < 0) firstOrg = e;
    }
    return firstOrg;
  }

  /**
   * The article's company for a company head the quote stage kept without its opening words, a place set off by commas
   * between them: "The Menlo Park, Calif., company said" (speaker "company"), "the Stamford, Conn.-based company"; -1
   * when the head is no [company-head] or no [pointing-back] word opens the place before it.
   */
  static int placeBeforeHead(Analysis a, Entities ents, Span speaker, ClaimLexicon lex) {
    int first = a.tokenAt(speaker.start()), last = a.tokenAt(speaker.end() - 1);
    if (!lex.companyHeads.contains(a.lower(last))) return -1;
    int k = first - 1, commas = 0;
    for (; k >= 0 && first - k <= 8; k--) {
      if (a.token(k).equals(",")) commas++;
      else if (!a.isCapitalized(k) && !a.token(k).equals("-") && !a.lower(k).equals("based")) break;
      if (lex.pointingBack.contains(a.lower(k)) && commas > 0) break;
    }
    if (k < 0 || commas == 0 || !lex.pointingBack.contains(a.lower(k))) return -1;
    return articleCompany(a, ents, k, lex);
  }

  /** The mention that ends the speaker's span and lies within it (-1 when none), for the rules that name it. */
  static int mentionOf(Analysis a, Entities ents, Span speaker) {
    return lastMention(a, ents, speaker);
  }

  /** The entity of an organisation named inside the characters [start, end), or -1. */
  static int orgInside(Analysis a, Entities ents, int start, int end) {
    for (int m : ents.mentionsWithin(a.tokenAt(start), a.tokenAt(end - 1) + 1)) {
      int e = ents.entityOf(m);
      if (Entity.ORG.equals(ents.entityType(e)) && ents.entityName(e) != null) return e;
    }
    return -1;
  }

  /**
   * The intermediaries between the origin and the article: "the coalition email sent to Reuters",
   * "the coalition told Reuters", "said in an email to Reuters".
   */
  static List<String> via(Analysis a, Entities ents, Quote quote, int sentenceEnd) {
    List<Integer> anchors = new ArrayList<>();
    if (quote.speaker() != null) anchors.add(a.tokenAt(quote.speaker().end()));
    if (quote.cue() != null) anchors.add(a.tokenAt(quote.cue().end()));
    for (int from : anchors) {
      for (int t = from; t < Math.min(sentenceEnd, from + 6); t++) {
        String w = a.lower(t);
        boolean told = quote.cue() != null && t == a.tokenAt(quote.cue().end()) && quote.cue().text().toLowerCase(java.util.Locale.ROOT).startsWith("told");
        int m = told ? ents.mentionStartingAt(t) : w.equals("to") ? ents.mentionStartingAt(t + 1) : -1;
        if (m < 0) continue;
        int e = ents.entityOf(m);
        String name = ents.entityName(e);
        if (name != null && Entity.ORG.equals(ents.entityType(e)) && !name.equals(quote.speakerName())) return List.of(name);
      }
    }
    return List.of();
  }
}
