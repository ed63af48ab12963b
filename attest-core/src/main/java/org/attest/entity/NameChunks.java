package org.attest.entity;

import static org.attest.entity.Words.glued;
import static org.attest.entity.Words.isOpeningMark;
import static org.attest.entity.Words.isPartyTag;
import static org.attest.entity.Words.isUpper;
import static org.attest.entity.Words.key;

import java.util.HashSet;
import java.util.Set;
import org.attest.text.Analysis;

/**
 * Stage "names": proper-name chunks from the tags, a sentence at a time: hyphen and particle glue
 * ("Bashar al-Assad", "Kim Jong-un"), "Secretary of State", trailing organisation words ("the
 * U.S.-led coalition"), possessives inside names ("New People's Party"); a capitalised word of a
 * closed class is a name when a lexicon knows it or the article tags it as a name elsewhere; at a
 * sentence start, a known place or organisation, an organisation or place name ending in its head
 * word, a transcript's "PENCE:" label. A title-case headline names only what the body names. Each
 * chunk goes to {@link TitleSplit}, which cuts its titles off.
 */
final class NameChunks extends EntityStage {
  private final EntityLexicon lex;
  private final TitleSplit titles;

  NameChunks(EntityLexicon lex, TitleSplit titles) {
    super("names");
    this.lex = lex;
    this.titles = titles;
  }

  @Override
  void run(Draft d) {
    Analysis a = d.a;
    Set<String> proper = properWords(a);
    Set<String> headlineCommon = headlineCommonWords(a);
    for (int s = 0; s < a.sentenceCount(); s++) {
      int from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
      if (headlineCommon != null && a.paragraphOf(from) == 0) headline(d, from, to, headlineCommon);
      else findNames(d, from, to, proper);
    }
  }

  /**
   * Words the tagger takes for proper nouns inside sentences: evidence for the same word at the
   * start of a sentence, where capitals say nothing ("Trump says ..." is tagged as a verb); and a
   * company's first word before its corporate suffix, wherever it stands ("Akzo N.V. ... Akzo said").
   */
  private Set<String> properWords(Analysis a) {
    Set<String> out = new HashSet<>();
    for (int s = 0; s < a.sentenceCount(); s++) {
      int first = a.sentenceStartToken(s), end = a.sentenceEndToken(s);
      if (first + 1 < end && a.isCapitalized(first) && beforeCorporateSuffix(a, first)) out.add(a.token(first));
      for (int t = first + 1; t < end; t++) {
        if (t + 1 < end && a.isCapitalized(t) && beforeCorporateSuffix(a, t)) out.add(a.token(t));
        if (a.pos(t).startsWith("PROPN") && a.isCapitalized(t) && !isOpeningMark(a, t - 1)) out.add(a.token(t));
        // (marked by a leading SOH) a word of an open class capitalised inside a sentence: "Dries" of "Dries Mertens scored"
        String pos = a.pos(t);
        if (a.isCapitalized(t) && !isOpeningMark(a, t - 1) && (pos.equals("NOUN") || pos.equals("VERB") || pos.equals("ADJ") || pos.equals("X")))
          out.add("\u0001" + a.token(t));
        // an acronym defined after the name it stands for: "the World Health Organisation (WHO)"
        if (a.token(t - 1).equals("(") && t + 1 < end && a.token(t + 1).equals(")") && t >= 2 && a.isCapitalized(t - 2)
            && a.token(t).length() > 1 && isUpper(a.token(t))) out.add(a.token(t));
      }
    }
    return out;
  }

  /**
   * In a title-case headline ("Clinton Plan for Taxes Is Expansive but Complex") capitals say
   * little: its words that the body writes in lower case ("plan", "taxes") are no names. Returns
   * those words, or null when the first paragraph is no title-case headline.
   */
  private static Set<String> headlineCommonWords(Analysis a) {
    if (a.paragraphCount() < 2) return null;
    int words = 0, capitals = 0, t = 0;
    for (; t < a.tokenCount() && a.paragraphOf(t) == 0; t++) {
      if (!Character.isLetter(a.token(t).charAt(0)) || a.lower(t).length() < 4) continue; // "for", "but", "is"
      words++;
      if (a.isCapitalized(t)) capitals++;
    }
    if (words < 3 || capitals < words) return null;
    // the body's lower-case words, and (marked by a leading NUL) the words it capitalises inside sentences
    Set<String> common = new HashSet<>();
    for (; t < a.tokenCount(); t++) {
      if (!Character.isLetter(a.token(t).charAt(0))) continue;
      if (!a.isCapitalized(t)) common.add(a.lower(t));
      else if (t > a.sentenceStartToken(a.sentenceOf(t)) && !isOpeningMark(a, t - 1)) common.add("\u0000" + a.token(t));
    }
    return common;
  }

  /** A sentence of a title-case headline: its words the body writes in lower case are no names. */
  private void headline(Draft d, int from, int to, Set<String> headlineCommon) {
    for (int t = from; t < to; t++) {
      if (headlineName(d.a, t, headlineCommon)) {
        int end = t + 1;
        while (end < to && headlineName(d.a, end, headlineCommon)) end++;
        titles.addName(d, t, end);
        t = end - 1;
      }
    }
  }

  /** A word of a title-case headline that the body writes as a name too, or a known place or group. */
  private boolean headlineName(Analysis a, int t, Set<String> headlineCommon) {
    String low = a.lower(t);
    if (headlineCommon.contains(low) || !isNameToken(a, t, -1, null)) return false;
    return headlineCommon.contains("\u0000" + a.token(t)) || lex.gpe.contains(low) || lex.norp.contains(low) || lex.orgs.contains(low);
  }

  private boolean isNameToken(Analysis a, int t, int sentenceStart) {
    return isNameToken(a, t, sentenceStart, null);
  }

  private boolean isNameToken(Analysis a, int t, int sentenceStart, Set<String> proper) {
    String pos = a.pos(t);
    if (!a.isCapitalized(t) || isPartyTag(a.token(t)) || a.token(t).indexOf('$') >= 0) return false; // not "US$"
    String low = a.lower(t);
    if (lex.pronouns.containsKey(low) && !a.token(t).equals("US")) return false; // "US" is no "us"
    if (PronounsAndNominals.contractedPronoun(a, lex, t) != null) return false; // "I’m", tagged PROPN
    int hyphen = low.indexOf('-');
    if (low.length() > 1 && lex.numberWords.contains(hyphen > 0 ? low.substring(0, hyphen) : low)) return false; // "Sixty-two percent"
    if (pos.startsWith("PROPN")) return true; // also "PROPN+PART", the tag of "Mohamed" before "had"
    boolean initial = t == sentenceStart || isOpeningMark(a, t - 1);
    if (initial) {
      if (proper != null && (proper.contains(a.token(t)) || speakerLabel(a, t, proper)) || knownNameAt(a, t)) return true;
      if (beforeCorporateSuffix(a, t)) return true; // "Akzo N.V. reported": the tagger read "Akzo" as an adverb
      // the first word of a name of several words the article capitalises inside sentences too: "Dries Mertens's attempt failed"
      return proper != null && proper.contains("\u0001" + a.token(t)) && t + 1 < a.sentenceEndToken(a.sentenceOf(t)) && isNameToken(a, t + 1, -1, null);
    }
    if (pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("X") || pos.equals("VERB") || pos.equals("NUM")) return true;
    // a word of a closed class inside a sentence, capitalised: a known name the tagger missed ("toward
    // Indonesia", "gave Mohamed the option"), a word the article tags as a name elsewhere or a defined
    // acronym ("WHO say"); not a shouted word ("a man with NO credentials")
    return knownNameAt(a, t) || lex.firstNames.containsKey(low) || proper != null && proper.contains(a.token(t)) || beforeCorporateSuffix(a, t)
        || t > 0 && lex.corporateSuffixes.contains(low) && a.isCapitalized(t - 1); // "Acme Corp./ADV on Tuesday said"
  }

  /**
   * A word before a corporate suffix ([corporate-suffix]) that is no determiner or pronoun, however the tagger reads it:
   * "Akzo N.V." ("Akzo" an adverb at a sentence's start), "sued Acme Corp." ("Acme" a determiner); not "The Corp.".
   */
  private boolean beforeCorporateSuffix(Analysis a, int t) {
    if (t + 1 >= a.tokenCount() || !lex.corporateSuffixes.contains(a.lower(t + 1)) || !a.isCapitalized(t + 1)) return false;
    String low = a.lower(t);
    return !lex.determiners.contains(low) && !lex.pronouns.containsKey(low) && !a.pos(t).equals("ADP") && !a.pos(t).equals("CCONJ");
  }

  /** A transcript's speaker label, a name the article writes in lower case too: "PENCE: Well, look, ..."; not "WARNING:". */
  private static boolean speakerLabel(Analysis a, int t, Set<String> proper) {
    String tok = a.token(t);
    return tok.length() > 1 && isUpper(tok) && t + 1 < a.tokenCount() && a.token(t + 1).equals(":")
        && proper.contains(tok.charAt(0) + tok.substring(1).toLowerCase(java.util.Locale.ROOT));
  }

  /** A known place or organisation starts at token t: "Indonesia", "New Zealand begins ...", "Wikinews has learned". */
  private boolean knownNameAt(Analysis a, int t) {
    String low = a.lower(t);
    if (lex.gpe.contains(low) || lex.orgs.contains(low)) return true;
    int limit = Math.min(a.sentenceEndToken(a.sentenceOf(t)), t + 3);
    for (int end = t + 2; end <= limit && a.isCapitalized(end - 1); end++) { // "New Zealand", "South Korea"
      String key = key(a, t, end);
      if (lex.gpe.contains(key) || lex.orgs.contains(key)) return true;
    }
    return false;
  }

  /** The names of the sentence of tokens [from, to). */
  private void findNames(Draft d, int from, int to, Set<String> proper) {
    Analysis a = d.a;
    int t = from;
    while (t < to) {
      if (!isNameToken(a, t, from, proper) && !opensOrganisationOrPlace(a, t, from, to)) {
        t++;
        continue;
      }
      int start = t, end = t + 1;
      boolean prefixed = t > from && glued(a, t - 1, t) && (stancePrefix(a.lower(t - 1))
          || a.lower(t - 1).equals("-") && t - 2 >= from && lex.stancePrefixes.contains(a.lower(t - 2)));
      for (int next; end < to && (next = extend(a, start, end, from, to, proper)) > end; ) end = next;
      end = trailingOrgWords(a, start, end, to);
      // "Bank executives aren't ...": an organisation word opening a sentence before a common noun is no name
      boolean commonOpener = end - start == 1 && start == from && lex.orgWords.contains(a.lower(start)) && end < to
          && a.pos(end).equals("NOUN") && !a.isCapitalized(end);
      // a region of a place: "downtown Taipei", "mainland Australia"
      if (start > from && !a.isCapitalized(start - 1) && lex.regionWords.contains(a.lower(start - 1))
          && (lex.gpe.contains(key(a, start, end)) || lex.cities.contains(key(a, start, end)))) start--;
      if (!prefixed && !commonOpener) titles.addName(d, start, end); // "pro-Beijing" names no place
      t = end;
    }
  }

  private boolean knownName(String key) {
    return lex.gpe.contains(key) || lex.cities.contains(key) || lex.orgs.contains(key);
  }

  /** "pro-", "anti-": a stance before a name. */
  private boolean stancePrefix(String w) {
    return w.length() > 1 && w.endsWith("-") && lex.stancePrefixes.contains(w.substring(0, w.length() - 1));
  }

  /** The new end of the name [start, end) when the words at {@code end} go on with it, else {@code end}. */
  private int extend(Analysis a, int start, int end, int from, int to, Set<String> proper) {
    String low = a.lower(end);
    int joined;
    String prev = a.token(end - 1);
    if (prev.length() > 1 && prev.endsWith("-") && !glued(a, end - 1, end)) return end; // "Motoko Kusanagi- Ghost in the Shell": a dash between two names
    if (lex.formLabels.contains(low) && end + 1 < a.tokenCount() && a.token(end + 1).equals(":") && !knownName(key(a, start, end + 1))) {
      return end; // "Gabrielle Hatcher Age: 27": a profile's field label; not "Mexico City: USD 25"
    }
    if (lex.calendar.contains(low) && end > start && !lex.calendar.contains(a.lower(end - 1))) {
      return end; // "Fort Pierce, Florida Friday": a day or month ends a name
    } else if (isNameToken(a, end, from, proper)) {
      return end + 1;
    } else if ((joined = innerJoin(a, start, end, to, from)) > 0) {
      return joined; // "Securities and Exchange Commission", "Alliance to Reclaim Our Schools"; not "Iraq and Syria"
    } else if (lex.nameLinks.contains(low) && end + 1 < to && isNameToken(a, end + 1, from) && lex.orgFields.contains(a.lower(end - 1))
        && hasOrgWord(a, start, end - 1)) {
      return end + 1; // "Joint Council for the Welfare of Immigrants": "of" after a field inside an organisation's name
    } else if (a.token(end - 1).endsWith("-") && glued(a, end - 1, end) && Character.isLetter(a.token(end).charAt(0))
        && !lex.wordPrefixes.contains(a.lower(end - 1))) {
      return end + 1; // Lee Cheuk-yan, split by the tokenizer as "Cheuk-" "yan"
    } else if (low.equals("-") && end + 1 < to && end - start >= 2 && glued(a, end - 1, end) && glued(a, end, end + 1)
        && syllable(a.token(end + 1))) {
      return end + 2; // Cheng Chung-tai, Kim Jong-un: "Chung" "-" "tai"
    } else if (low.equals("-") && end + 2 < to && glued(a, end - 1, end) && glued(a, end, end + 1) && lex.ezafe.contains(a.lower(end + 1))
        && !glued(a, end + 1, end + 2) && isNameToken(a, end + 2, from)) {
      return end + 2; // "Naqsh-e Jahan Square": a Persian link
    } else if ((low.equals("-") || low.equals("&")) && end + 1 < to && glued(a, end - 1, end) && glued(a, end, end + 1)
        && (a.isCapitalized(end + 1) || end + 2 < to && lex.hyphenLinks.contains(a.lower(end + 1)) && lex.orgWords.contains(a.lower(end + 2)))) {
      return end + 2; // al-Assad, U.S.-led coalition, AT&T; not "Scientology-related"
    } else if (low.equals(lex.possessive) && end + 1 < to && glued(a, end - 1, end) && lex.orgWords.contains(a.lower(end + 1))
        && isNameToken(a, end + 1, from) && !(end + 2 < to && isNameToken(a, end + 2, from)) && !lex.gpe.contains(key(a, start, end))
        && !lex.firstNames.containsKey(a.lower(start))) {
      return end + 2; // "New People's Party", "the Korean People's Army"; not "Britain's Labour Party", "Tim Kaine's Senate"
    }
    return extendByWord(a, end, from, to, low);
  }

  /** Particles and "of"/"for" inside names: "Bashar al-Assad", "Secretary of State", "Foundation for the Visual Arts". */
  private int extendByWord(Analysis a, int end, int from, int to, String low) {
    if (a.token(end).equals("I") && a.isCapitalized(end - 1) && !a.lower(end - 1).equals(lex.the) && (end + 1 == to || !a.pos(end + 1).startsWith("VERB") && !a.pos(end + 1).startsWith("AUX")
        && !a.pos(end + 1).startsWith("ADV") && !a.isCapitalized(end + 1))) {
      return end + 1; // a ruler's number one: "Shah Abbas I in 1598", "Tsar Aleksei I,"; not "Tom I think"
    } else if (low.equals(lex.the) && end + 1 < to && lex.epithets.contains(a.lower(end + 1)) && a.isCapitalized(end + 1)) {
      return end + 2; // "Peter the Great", "Theodore the Sanctified"
    } else if (lex.particles.contains(low) && end + 1 < to && isNameToken(a, end + 1, from)) {
      return end + 1;
    } else if (lex.particles.contains(low) && end + 2 < to && a.lower(end + 1).equals("-") && glued(a, end, end + 1)
        && glued(a, end + 1, end + 2) && isNameToken(a, end + 2, from)) {
      return end + 3; // Bashar al-Assad
    } else if (lex.nameLinks.contains(low) && end + 1 < to && isNameToken(a, end + 1, from)
        && (lex.orgWords.contains(a.lower(end - 1)) || lex.roleHeads.contains(a.lower(end - 1)) || lex.locWords.contains(a.lower(end - 1)))) {
      return end + 1; // Secretary of State, Department of Justice
    } else if (lex.organisationLink(low, a.lower(end - 1)) && end + 1 < to && isNameToken(a, end + 1, from)
        && !lex.calendar.contains(a.lower(end + 1)) && !(lex.norp.contains(a.lower(end + 1)) && !(end + 2 < to && isNameToken(a, end + 2, from)))) {
      return end + 1; // Joint Committee on Taxation; not "the Commission on Tuesday", nor a group word alone ("Council on American - Islamic")
    } else if (lex.nameLinks.contains(low) && end + 2 < to && a.lower(end + 1).equals(lex.the) && isNameToken(a, end + 2, from)
        && lex.orgWords.contains(a.lower(end - 1))) {
      return end + 2; // the Andy Warhol Foundation for the Visual Arts, Joint Council for the Welfare of Immigrants
    }
    return end;
  }

  /**
   * A trailing organisation word in lower case that names the organisation itself ({@code [trailing]}):
   * "the Islamic State group", "the U.S.-led coalition", "Yonhap news agency" (also before another
   * noun: "the Islamic State group fighters" still names the group); not one that names a thing of
   * the name: "her YouTube channel", "the NATO conference", "Roman times".
   */
  private int trailingOrgWords(Analysis a, int start, int end, int to) {
    if (end < to && !a.isCapitalized(end) && a.pos(end).equals("NOUN") && lex.orgWords.contains(a.lower(end)) && !allNorp(a, start, end)) {
      boolean two = end + 1 < to && !a.isCapitalized(end + 1) && lex.orgWords.contains(a.lower(end + 1)); // "Yonhap news agency"
      if (two && lex.trailing.contains(a.lower(end + 1))) return end + 2;
      if (lex.trailing.contains(a.lower(end))) return end + 1;
    }
    return end;
  }

  /**
   * A capitalised word opening a sentence or a parenthesis, where capitals say nothing, before name
   * words ending in an organisation or place word: "Civic Party's Jeremy Tam was elected", "(Grand
   * Mosque)"; or a word opening organisation names ("Team Estonia"). Not a determiner or other
   * word of a closed class ("The Party", "Both Houses").
   */
  private boolean opensOrganisationOrPlace(Analysis a, int t, int from, int to) {
    if (!(t == from || isOpeningMark(a, t - 1)) || !a.isCapitalized(t)) return false;
    String pos = a.pos(t);
    if (!(pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("VERB") || pos.equals("X"))) return false;
    int k = t + 1;
    while (k < to && isNameToken(a, k, from)) k++;
    if (k == t + 1) return false;
    String last = a.lower(k - 1);
    return lex.orgWords.contains(last) || lex.locWords.contains(last) || lex.orgFirst.contains(a.lower(t)); // "Team Estonia had to ..."
  }

  /** The lower-case second part of a hyphenated given name: "tai", "un", "cheung"; not "led", "owned", "related". */
  private boolean syllable(String t) {
    if (t.length() > 6 || lex.hyphenLinks.contains(t) || t.endsWith(lex.pastEnding) || t.endsWith(lex.participleEnding)) return false;
    for (int i = 0; i < t.length(); i++) if (!Character.isLowerCase(t.charAt(i))) return false;
    return true;
  }

  /**
   * The end of a name that goes on past the "and" or "to" at {@code end}: "Securities and Exchange
   * Commission" (a name not yet holding an organisation word, "and", an organisation's name),
   * "Alliance to Reclaim Our Schools" (an organisation word, "to", a capitalised name). Else -1.
   */
  private int innerJoin(Analysis a, int start, int end, int to, int from) {
    String low = a.lower(end);
    if (end + 1 >= to || end <= start) return -1;
    boolean whole = end - start >= 2 && lex.orgWords.contains(a.lower(end - 1)); // "Harvard University and Yale University": two
    if (low.equals(lex.and) && !hasOrgWord(a, start, end - 1) && !whole) return knownPair(a, start, end, orgNameEnd(a, end + 1, to, from)) ? -1 : orgNameEnd(a, end + 1, to, from);
    if (low.equals(lex.and) && organisationOf(a, start, end) && pluralPair(a, end, to, from)) return end + 2; // "Union of Rationalist Atheists and Agnostics"
    if (low.equals(lex.and) && organisationOf(a, start, end)) return fieldEnd(a, end + 1, to, from); // "Department of Health and Human Services"
    if (low.equals(lex.to) && lex.orgWords.contains(a.lower(end - 1)) && a.isCapitalized(end + 1)) return orgNameEnd(a, end + 1, to, from);
    return -1;
  }

  /**
   * Two names joined by the "and" at {@code and}, the second ending at {@code end}, that are no one
   * organisation's: "Quinnipiac and Fox News" (the lexicon knows each by itself), "Michael Grunwald
   * and Washington Post" (a person's full name, then a name of several words or a known organisation);
   * not "Hospital and Clinics Employers Association", "Bill and Melinda Gates Foundation", "Henry Holt
   * and Company", "John D. and Catherine T. MacArthur Foundation".
   */
  private boolean knownPair(Analysis a, int start, int and, int end) {
    if (end <= and + 1) return false;
    boolean knownAfter = lex.orgs.contains(key(a, and + 1, end));
    if (knownAfter && lex.orgs.contains(key(a, start, and))) return true;
    return and - start >= 2 && lex.firstNames.containsKey(a.lower(start)) && !lex.firstNames.containsKey(a.lower(and + 1))
        && (end - and > 2 || knownAfter);
  }

  private int orgNameEnd(Analysis a, int t, int to, int from) {
    int k = t;
    while (k < to && k < t + 5 && (isNameToken(a, k, from) || a.isCapitalized(k) && lex.namePossessives.contains(a.lower(k)))) k++; // "Our Schools"
    if (k == t) return -1;
    String last = a.lower(k - 1);
    return lex.orgWords.contains(last) || lex.orgNameEnds.contains(last) ? k : -1;
  }

  /**
   * Two plural nouns joined by the "and" at {@code and}, the second ending the name: "Atheists and
   * Agnostics", "Hospitals and Clinics"; not a group after a word of another kind, nor a place ("...
   * of Veterans Affairs and Democrats").
   */
  private boolean pluralPair(Analysis a, int and, int to, int from) {
    int next = and + 1;
    if (next >= to || !isNameToken(a, next, from) || next + 1 < to && isNameToken(a, next + 1, from)) return false;
    String before = a.lower(and - 1), after = a.lower(next);
    return before.endsWith(lex.pluralEnding) && after.endsWith(lex.pluralEnding) && lex.norp.contains(after) == lex.norp.contains(before) && !lex.gpe.contains(after)
        && !lex.orgFields.contains(after);
  }

  /** "Department of Health": an organisation word and "of" in tokens [from, to). */
  private boolean organisationOf(Analysis a, int from, int to) {
    for (int i = from + 1; i < to - 1; i++) if (a.lower(i).equals(lex.of) && lex.orgWords.contains(a.lower(i - 1))) return true;
    return false;
  }

  /** The end of a field's name from token t ("Human Services", "Social Affairs": org-context.txt [field]), or -1. */
  private int fieldEnd(Analysis a, int t, int to, int from) {
    int k = t;
    while (k < to && k < t + 4 && isNameToken(a, k, from)) k++;
    return k > t && lex.orgFields.contains(a.lower(k - 1)) ? k : -1;
  }

  /** Whether an organisation word stands in tokens [from, to): a name already whole ("the Warhol Foundation for ... and"). */
  private boolean hasOrgWord(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (lex.orgWords.contains(a.lower(i))) return true;
    return false;
  }

  /** "Indonesian" in "the Indonesian navy": a group word, no name of the navy. */
  private boolean allNorp(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (!lex.norp.contains(a.lower(i))) return false;
    return true;
  }
}
