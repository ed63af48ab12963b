package org.attest.entity;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/**
 * Finds entity mentions without a statistical NER model: proper-name chunks from the tagger,
 * typed by titles, lexicons and name shape; pronouns; nominals ("the coalition", "a source").
 * Then links them within the article: full name, surname, pronoun; nominal to the organisation
 * whose head word it repeats. Thread-safe: all state is per call.
 */
public final class EntityExtractor {
  /**
   * The most tokens a pronoun looks back for its antecedent, besides the 12 sentences: a bound on
   * the work at each pronoun when sentences never end (a list, a transcript without periods).
   */
  private static final int WINDOW = 1000;
  /** Names longer than this (a run of capitalised words, not a name) are not searched for names inside them. */
  private static final int LONGEST_NAME = 32;

  private final EntityLexicon lex;

  public EntityExtractor() {
    this("en");
  }

  public EntityExtractor(String language) {
    this.lex = EntityLexicon.of(language);
  }

  public Entities extract(Analysis a) {
    java.util.Set<String> proper = properWords(a);
    java.util.Set<String> headlineCommon = headlineCommonWords(a);
    List<Entities.M> mentions = new ArrayList<>();
    List<Entities.E> entities = new ArrayList<>();
    List<int[]> titleSpans = new ArrayList<>(); // per name mention: title char span or null
    for (int s = 0; s < a.sentenceCount(); s++) {
      findNames(a, s, headlineCommon == null || a.paragraphOf(a.sentenceStartToken(s)) > 0 ? proper : null, headlineCommon, mentions, titleSpans);
    }
    addNested(a, mentions, titleSpans);
    linkNames(a, mentions, titleSpans, entities);
    teamsByScore(a, mentions, entities);
    organisationsByContext(a, mentions, entities);
    citiesByGazetteer(a, entities);
    speakers(a, mentions, entities);
    affiliations(a, mentions, entities);
    List<Entities.M> others = new ArrayList<>();
    for (int s = 0; s < a.sentenceCount(); s++) findPronounsAndNominals(a, s, mentions, others);
    mentions.addAll(others);
    mentions.sort((x, y) -> x.start != y.start ? Integer.compare(x.start, y.start) : Integer.compare(y.end, x.end));
    linkOthers(a, mentions, entities);
    return new Entities(a, lex, mentions, entities);
  }

  // ---- names -------------------------------------------------------------------------------

  /**
   * Words the tagger takes for proper nouns inside sentences: evidence for the same word at the
   * start of a sentence, where capitals say nothing ("Trump says ..." is tagged as a verb).
   */
  private static java.util.Set<String> properWords(Analysis a) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int s = 0; s < a.sentenceCount(); s++) {
      for (int t = a.sentenceStartToken(s) + 1; t < a.sentenceEndToken(s); t++) {
        if (a.pos(t).startsWith("PROPN") && a.isCapitalized(t) && !isOpeningMark(a, t - 1)) out.add(a.token(t));
        // (marked by a leading SOH) a word of an open class capitalised inside a sentence: "Dries" of "Dries Mertens scored"
        String pos = a.pos(t);
        if (a.isCapitalized(t) && !isOpeningMark(a, t - 1) && (pos.equals("NOUN") || pos.equals("VERB") || pos.equals("ADJ") || pos.equals("X")))
          out.add("\u0001" + a.token(t));
        // an acronym defined after the name it stands for: "the World Health Organisation (WHO)"
        if (a.token(t - 1).equals("(") && t + 1 < a.sentenceEndToken(s) && a.token(t + 1).equals(")") && t >= 2 && a.isCapitalized(t - 2)
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
  private static java.util.Set<String> headlineCommonWords(Analysis a) {
    if (a.paragraphCount() < 2) return null;
    int words = 0, capitals = 0, t = 0;
    for (; t < a.tokenCount() && a.paragraphOf(t) == 0; t++) {
      if (!Character.isLetter(a.token(t).charAt(0)) || a.lower(t).length() < 4) continue; // "for", "but", "is"
      words++;
      if (a.isCapitalized(t)) capitals++;
    }
    if (words < 3 || capitals < words) return null;
    // the body's lower-case words, and (marked by a leading NUL) the words it capitalises inside sentences
    java.util.Set<String> common = new java.util.HashSet<>();
    for (; t < a.tokenCount(); t++) {
      if (!Character.isLetter(a.token(t).charAt(0))) continue;
      if (!a.isCapitalized(t)) common.add(a.lower(t));
      else if (t > a.sentenceStartToken(a.sentenceOf(t)) && !isOpeningMark(a, t - 1)) common.add("\u0000" + a.token(t));
    }
    return common;
  }

  /** A word of a title-case headline that the body writes as a name too, or a known place or group. */
  private boolean headlineName(Analysis a, int t, java.util.Set<String> headlineCommon) {
    String low = a.lower(t);
    if (headlineCommon.contains(low) || !isNameToken(a, t, -1, null)) return false;
    return headlineCommon.contains("\u0000" + a.token(t)) || lex.gpe.contains(low) || lex.norp.contains(low) || lex.orgs.contains(low);
  }

  private boolean isNameToken(Analysis a, int t, int sentenceStart) {
    return isNameToken(a, t, sentenceStart, null);
  }

  /** "D-Wis.", "R-Fla.": a party and state tag after a lawmaker's name, no name itself. */
  private static boolean isPartyTag(String token) {
    return token.length() >= 3 && (token.charAt(0) == 'D' || token.charAt(0) == 'R' || token.charAt(0) == 'I') && token.charAt(1) == '-'
        && Character.isUpperCase(token.charAt(2));
  }

  private boolean isNameToken(Analysis a, int t, int sentenceStart, java.util.Set<String> proper) {
    String pos = a.pos(t);
    if (!a.isCapitalized(t) || isPartyTag(a.token(t)) || a.token(t).indexOf('$') >= 0) return false; // not "US$"
    String low = a.lower(t);
    if ((lex.pronouns.containsKey(low) && !a.token(t).equals("US")) || low.equals("i")) return false; // "US" is no "us"
    int hyphen = low.indexOf('-');
    if (low.length() > 1 && lex.numberWords.contains(hyphen > 0 ? low.substring(0, hyphen) : low)) return false; // "Sixty-two percent"
    if (pos.startsWith("PROPN")) return true; // also "PROPN+PART", the tag of "Mohamed" before "had"
    boolean initial = t == sentenceStart || isOpeningMark(a, t - 1);
    if (initial) {
      if (proper != null && (proper.contains(a.token(t)) || speakerLabel(a, t, proper)) || knownNameAt(a, t)) return true;
      // the first word of a name of several words the article capitalises inside sentences too: "Dries Mertens's attempt failed"
      return proper != null && proper.contains("\u0001" + a.token(t)) && t + 1 < a.sentenceEndToken(a.sentenceOf(t)) && isNameToken(a, t + 1, -1, null);
    }
    if (pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("X") || pos.equals("VERB") || pos.equals("NUM")) return true;
    // a word of a closed class inside a sentence, capitalised: a known name the tagger missed ("toward
    // Indonesia", "gave Mohamed the option"), a word the article tags as a name elsewhere or a defined
    // acronym ("WHO say"); not a shouted word ("a man with NO credentials")
    return knownNameAt(a, t) || lex.firstNames.containsKey(low) || proper != null && proper.contains(a.token(t));
  }

  /** A transcript's speaker label, a name the article writes in lower case too: "PENCE: Well, look, ..."; not "WARNING:". */
  private static boolean speakerLabel(Analysis a, int t, java.util.Set<String> proper) {
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

  private static boolean isOpeningMark(Analysis a, int t) {
    if (t < 0) return false;
    String tok = a.token(t);
    return tok.length() == 1 && (tok.charAt(0) == '\u201C' || tok.charAt(0) == '"' || tok.charAt(0) == '\u2018'
        || tok.charAt(0) == '\u00AB' || tok.charAt(0) == '(' || tok.charAt(0) == '\u201E');
  }

  private static boolean glued(Analysis a, int left, int right) {
    return a.end(left) == a.start(right);
  }

  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("al", "bin", "ibn", "de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "abu", "el");

  /** Prefixes of common words the tokenizer splits off: "Co-" "founder" is no name. */
  private static final java.util.Set<String> WORD_PREFIXES = java.util.Set.of("co-", "ex-", "vice-", "non-", "pre-", "post-", "anti-", "pro-");

  /** Participles that join a name to the organisation word after them: "the U.S.-led coalition". */
  private static final java.util.Set<String> HYPHEN_LINKS = java.util.Set.of("led", "backed", "allied", "based", "run", "funded");

  private void findNames(Analysis a, int s, java.util.Set<String> proper, java.util.Set<String> headlineCommon, List<Entities.M> out,
      List<int[]> titleSpans) {
    int from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    if (proper == null) { // a title-case headline: its words the body writes in lower case are no names
      for (int t = from; t < to; t++) {
        if (headlineName(a, t, headlineCommon)) {
          int end = t + 1;
          while (end < to && headlineName(a, end, headlineCommon)) end++;
          addName(a, t, end, out, titleSpans);
          t = end - 1;
        }
      }
      return;
    }
    int t = from;
    while (t < to) {
      if (!isNameToken(a, t, from, proper) && !opensOrganisationOrPlace(a, t, from, to)) {
        t++;
        continue;
      }
      int start = t, end = t + 1;
      boolean prefixed = t > from && glued(a, t - 1, t) && (a.lower(t - 1).equals("pro-") || a.lower(t - 1).equals("anti-")
          || a.lower(t - 1).equals("-") && t - 2 >= from && (a.lower(t - 2).equals("pro") || a.lower(t - 2).equals("anti")));
      int joined;
      while (end < to) {
        String low = a.lower(end);
        if (lex.calendar.contains(low) && end > start && !lex.calendar.contains(a.lower(end - 1))) {
          break; // "Fort Pierce, Florida Friday": a day or month ends a name
        } else if (isNameToken(a, end, from, proper)) {
          end++;
        } else if ((joined = innerJoin(a, start, end, to, from)) > 0) {
          end = joined; // "Securities and Exchange Commission", "Alliance to Reclaim Our Schools"; not "Iraq and Syria"
        } else if (a.token(end - 1).endsWith("-") && glued(a, end - 1, end) && Character.isLetter(a.token(end).charAt(0))
            && !WORD_PREFIXES.contains(a.lower(end - 1))) {
          end++; // Lee Cheuk-yan, split by the tokenizer as "Cheuk-" "yan"
        } else if (low.equals("-") && end + 1 < to && end - start >= 2 && glued(a, end - 1, end) && glued(a, end, end + 1)
            && syllable(a.token(end + 1))) {
          end += 2; // Cheng Chung-tai, Kim Jong-un: "Chung" "-" "tai"
        } else if ((low.equals("-") || low.equals("&")) && end + 1 < to && glued(a, end - 1, end) && glued(a, end, end + 1)
            && (a.isCapitalized(end + 1) || end + 2 < to && HYPHEN_LINKS.contains(a.lower(end + 1)) && lex.orgWords.contains(a.lower(end + 2)))) {
          end += 2; // al-Assad, U.S.-led coalition, AT&T; not "Scientology-related"
        } else if (low.equals("'s") && end + 1 < to && glued(a, end - 1, end) && lex.orgWords.contains(a.lower(end + 1))
            && isNameToken(a, end + 1, from) && !(end + 2 < to && isNameToken(a, end + 2, from)) && !lex.gpe.contains(key(a, start, end))
            && !lex.firstNames.containsKey(a.lower(start))) {
          end += 2; // "New People's Party", "the Korean People's Army"; not "Britain's Labour Party", "Tim Kaine's Senate"
        } else if (PARTICLES.contains(low) && end + 1 < to && isNameToken(a, end + 1, from)) {
          end += 1;
        } else if (PARTICLES.contains(low) && end + 2 < to && a.lower(end + 1).equals("-") && glued(a, end, end + 1)
            && glued(a, end + 1, end + 2) && isNameToken(a, end + 2, from)) {
          end += 3; // Bashar al-Assad
        } else if ((low.equals("of") || low.equals("for")) && end + 1 < to && isNameToken(a, end + 1, from)
            && (lex.orgWords.contains(a.lower(end - 1)) || lex.roleHeads.contains(a.lower(end - 1)) || lex.locWords.contains(a.lower(end - 1)))) {
          end += 1; // Secretary of State, Department of Justice
        } else if ((low.equals("of") || low.equals("for")) && end + 2 < to && a.lower(end + 1).equals("the") && isNameToken(a, end + 2, from)
            && lex.orgWords.contains(a.lower(end - 1))) {
          end += 2; // the Andy Warhol Foundation for the Visual Arts, Joint Council for the Welfare of Immigrants
        } else {
          break;
        }
      }
      // a trailing organisation word in lower case: "the Islamic State group", "the U.S.-led coalition"
      // (also before another noun: "the Islamic State group fighters" still names the group)
      if (end < to && !a.isCapitalized(end) && a.pos(end).equals("NOUN") && lex.orgWords.contains(a.lower(end)) && !allNorp(a, start, end)) {
        end++;
        if (end < to && !a.isCapitalized(end) && lex.orgWords.contains(a.lower(end))) end++; // "Yonhap news agency"
      }
      // "Bank executives aren't ...": an organisation word opening a sentence before a common noun is no name
      boolean commonOpener = end - start == 1 && start == from && lex.orgWords.contains(a.lower(start)) && end < to
          && a.pos(end).equals("NOUN") && !a.isCapitalized(end);
      // a region of a place: "downtown Taipei", "mainland Australia"
      if (start > from && !a.isCapitalized(start - 1) && lex.regionWords.contains(a.lower(start - 1))
          && (lex.gpe.contains(key(a, start, end)) || lex.cities.contains(key(a, start, end)))) start--;
      if (!prefixed && !commonOpener) addName(a, start, end, out, titleSpans); // "pro-Beijing" names no place
      t = end;
    }
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
  private static boolean syllable(String t) {
    if (t.length() > 6 || HYPHEN_LINKS.contains(t) || t.endsWith("ed") || t.endsWith("ing")) return false;
    for (int i = 0; i < t.length(); i++) if (!Character.isLowerCase(t.charAt(i))) return false;
    return true;
  }

  /**
   * The end of the capitalised words from t when they run, without a break, to a word that ends
   * organisation names ("Exchange Commission", "Reclaim Our Schools"): the "and" or "to" before t
   * is then inside a name. Else -1.
   */
  /**
   * The end of a name that goes on past the "and" or "to" at {@code end}: "Securities and Exchange
   * Commission" (a name not yet holding an organisation word, "and", an organisation's name),
   * "Alliance to Reclaim Our Schools" (an organisation word, "to", a capitalised name). Else -1.
   */
  private int innerJoin(Analysis a, int start, int end, int to, int from) {
    String low = a.lower(end);
    if (end + 1 >= to || end <= start) return -1;
    if (low.equals("and") && !hasOrgWord(a, start, end - 1)) return orgNameEnd(a, end + 1, to, from);
    if (low.equals("to") && lex.orgWords.contains(a.lower(end - 1)) && a.isCapitalized(end + 1)) return orgNameEnd(a, end + 1, to, from);
    return -1;
  }

  private int orgNameEnd(Analysis a, int t, int to, int from) {
    int k = t;
    while (k < to && k < t + 5 && (isNameToken(a, k, from) || a.isCapitalized(k) && POSSESSIVES.contains(a.lower(k)))) k++; // "Our Schools"
    if (k == t) return -1;
    String last = a.lower(k - 1);
    return lex.orgWords.contains(last) || lex.orgNameEnds.contains(last) ? k : -1;
  }

  private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("our", "your", "their", "my");

  /** Whether an organisation word stands in tokens [from, to): a name already whole ("the Warhol Foundation for ... and"). */
  private boolean hasOrgWord(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (lex.orgWords.contains(a.lower(i))) return true;
    return false;
  }

  private void addName(Analysis a, int start, int end, List<Entities.M> out, List<int[]> titleSpans) {
    // titles inside the chunk: "Secretary of State James Mattis", "Sen. Ted Cruz"
    int titleStart = -1, titleEnd = -1;
    int k = start;
    // a place or group before the title: "US President Barack Obama", "Afghan Ambassador ..."
    int lead = start;
    while (lead < end - 2) {
      if (lead + 2 < end - 1 && lex.gpe.contains(key(a, lead, lead + 2))) lead += 2; // "New Jersey Gov. Chris Christie"
      else if (lex.gpe.contains(a.lower(lead)) || lex.norp.contains(a.lower(lead)) || isUpper(a.token(lead))) lead++;
      else break;
    }
    if (lead > start && matchTitle(a, lead, end) > lead) {
      k = lead;
      String place = key(a, start, lead);
      if (lex.gpe.contains(place) || isUsGpe(a, start, lead)) { // "US" of "US President Barack Obama" is a name of its own
        out.add(new Entities.M(start, lead, Mention.NAME, null));
        titleSpans.add(null);
      }
    }
    // an organisation before the title: "Wells Fargo CEO John Stumpf" is the CEO John Stumpf of Wells Fargo
    if (k == start && matchTitle(a, start, end) <= start) {
      for (int i = start + 1; i < end - 1; i++) {
        int m = matchTitle(a, i, end);
        if (m > i && m < end && lex.roleHeads.contains(a.lower(m - 1)) && !lex.firstNames.containsKey(a.lower(start))) {
          out.add(new Entities.M(start, i, Mention.NAME, null)); // the organisation is a name of its own
          titleSpans.add(null);
          k = i;
          break;
        }
      }
    }
    int head = end - 1;
    for (int i = start + 1; i < end - 1; i++) if (a.lower(i).equals("of")) head = Math.min(head, i - 1); // "Doctor Who Society of Canada"
    boolean institution = lex.orgWords.contains(a.lower(head)) || lex.locWords.contains(a.lower(head));
    while (k < end && !institution) { // "Duke University", "Prince Edward Island Hospital": no title
      int m = matchTitle(a, k, end);
      if (m <= k) break;
      if (titleStart < 0) titleStart = k;
      titleEnd = m;
      k = m;
    }
    if (titleStart >= 0 && titleStart > start) titleStart = start; // "Republican Sen. ..." keeps its modifier
    int nameStart = titleEnd > 0 ? titleEnd : start;
    if (titleStart < 0) { // a place run into a person's name: "the United States Hamdullah Mohib"
      for (int i = start + 1; i < end - 1; i++) {
        if (lex.firstNames.containsKey(a.lower(i)) && lex.gpe.contains(key(a, start, i))) {
          out.add(new Entities.M(start, i, Mention.NAME, null));
          titleSpans.add(null);
          addName(a, i, end, out, titleSpans);
          return;
        }
      }
    }
    if (titleStart < 0 && lex.norp.contains(a.lower(start)) && start + 1 < end - 1 && lex.firstNames.containsKey(a.lower(start + 1))) {
      titleStart = start; // a group word before a person's name describes the person: "Scientologist Tom Cruise", "Republican John McCain"
      titleEnd = start + 1;
      nameStart = start + 1;
    }
    if (nameStart >= end) return; // a title alone ("the President") is a nominal, found later
    // a role in lower case just before the chunk: "CBS host John Dickerson", "press secretary Josh Earnest"
    if (titleStart < 0 && !lex.norp.contains(key(a, nameStart, end)) && !lex.gpe.contains(key(a, nameStart, end))) { // not "six-member Afghan team"
      int[] before = titleBefore(a, start);
      if (before != null) {
        titleStart = before[0];
        titleEnd = before[1];
      }
    }
    if (end - nameStart == 1 && lex.calendar.contains(a.lower(nameStart))) return; // "in May"
    String key = key(a, nameStart, end);
    if (key.length() < 2 && !Character.isLetter(key.charAt(0))) return;
    if (end - nameStart == 1 && key.endsWith("-")) return; // "Co-" of "Co-founder"
    out.add(new Entities.M(nameStart, end, Mention.NAME, null));
    titleSpans.add(titleStart >= 0 ? new int[] {a.start(titleStart), a.end(titleEnd - 1)} : null);
  }

  /**
   * Names inside longer names of organisations and things, as GUM and readers see them: a leading
   * place or a name the article uses on its own ("US National Science Foundation", "Google Science
   * Fair", "Irving Police Department"), and the place after "of"/"for" ("the Municipality of
   * Livorno", "University of Southern Indiana"). Each is added after its outer name, which stays
   * the widest mention at its tokens. Not inside places ("Washington D.C.") or people.
   */
  private void addNested(Analysis a, List<Entities.M> names, List<int[]> titleSpans) {
    java.util.Set<String> keys = null;
    List<Entities.M> out = null;
    List<int[]> outTitles = null;
    for (int i = 0; i < names.size(); i++) {
      Entities.M m = names.get(i);
      if (out != null) {
        out.add(m);
        outTitles.add(titleSpans.get(i));
      }
      if (m.end - m.start < 2 || m.end - m.start > LONGEST_NAME || titleSpans.get(i) != null) continue;
      String type = typeOf(a, m.start, m.end, false);
      if (type.equals(Entity.PERSON) || type.equals(Entity.NORP)) continue;
      if (type.equals(Entity.OTHER) && lex.cities.contains(key(a, m.start, m.end))) type = Entity.GPE; // "East Los Angeles"
      if (keys == null) {
        keys = new java.util.HashSet<>();
        for (Entities.M n : names) keys.add(key(a, n.start, n.end));
      }
      if (out == null) {
        out = new ArrayList<>(names.subList(0, i + 1));
        outTitles = new ArrayList<>(titleSpans.subList(0, i + 1));
      }
      nested(a, m.start, m.end, type, keys, out, outTitles);
    }
    if (out != null && out.size() > names.size()) {
      names.clear();
      names.addAll(out);
      titleSpans.clear();
      titleSpans.addAll(outTitles);
    }
  }

  private void nested(Analysis a, int start, int end, String type, java.util.Set<String> keys, List<Entities.M> out, List<int[]> titles) {
    if (type.equals(Entity.GPE)) return; // "Washington D.C.", "Taipei City"
    // a leading place or known name, not the head of "X of Y" ("Church of Scientology")
    int leading = start + 1; // where names further in may start: after the leading one
    for (int k = end - 1; k > start; k--) {
      String join = a.lower(k - 1), next = a.lower(k);
      if (join.equals("of") || join.equals("for") || join.equals("-") || join.equals("&") || next.equals("-") || next.equals("&")
          || next.equals("of") || next.equals("for")) continue;
      String key = key(a, start, k);
      if (k + 1 < end && isCityOf(a, start, k + 1)) key = key(a, start, ++k); // "Taipei City" of "Taipei City Lantern Festival"
      boolean city = lex.cities.contains(key) && k + 1 == end && lex.locWords.contains(a.lower(k)); // "Volgograd Arena"; not "Peabody Energy"
      // not the first word of a two-word organisation the article also writes alone ("Wells" of "Wells Fargo"): its short form
      boolean shortForm = type.equals(Entity.ORG) && end - start == 2 && k == start + 1;
      if (lex.gpe.contains(key) || city || isUsGpe(a, start, k) || isCityOf(a, start, k) || keys.contains(key) && !lex.calendar.contains(key) && !shortForm
          || lex.orgs.contains(key) && !type.equals(Entity.ORG)) { // "Google" of "Google Chrome"
        String inner = typeOf(a, start, k, false);
        if (inner.equals(Entity.NORP)) break;
        out.add(new Entities.M(start, k, Mention.NAME, null));
        titles.add(null);
        if (k - start >= 2 && !inner.equals(Entity.PERSON)) nested(a, start, k, inner, keys, out, titles); // "Google" in "Google Science"
        leading = k;
        break;
      }
    }
    // after "of" / "for": a place ("the Municipality of Livorno", "University of Southern Indiana")
    for (int i = start + 1; i < end - 1; i++) {
      String w = a.lower(i);
      if (!(w.equals("of") || w.equals("for"))) continue;
      int from = a.lower(i + 1).equals("the") ? i + 2 : i + 1; // "University of the US"
      if (from >= end) return;
      String inner = typeOf(a, from, end, false);
      if (inner.equals(Entity.GPE) || inner.equals(Entity.LOC) || phraseBefore(a, lex.placeBefore, from, start) || lex.cities.contains(key(a, from, end))) {
        out.add(new Entities.M(from, end, Mention.NAME, null));
        titles.add(null);
        if (end - from >= 2) nested(a, from, end, inner, keys, out, titles);
        return;
      }
      break;
    }
    // a facility named after the place it serves or a person: "Shandao Station", "the Fisht Stadium", "Chiang Kai Shek Memorial"
    if (end - start >= 2 && lex.namedAfter.contains(a.lower(end - 1)) && !hasAdjective(a, start, end - 1) && !hasThingWord(a, start, end - 1)
        && !lex.gpe.contains(key(a, start, end - 1)) && !lex.cities.contains(key(a, start, end - 1)) && !keys.contains(key(a, start, end - 1))) { // named above
      out.add(new Entities.M(start, end - 1, Mention.NAME, null));
      titles.add(null);
    }
    // a known place further in: "Fan Expo Canada", "Metro Toronto Convention Centre", "University of Texas Arlington";
    // not a region ("Southern Indiana") nor a surname ("Valeska Paris", "Alia Salem")
    if (modifiersOnly(a, start, end - 1) || end - start == 2 || lex.orgs.contains(key(a, start, end))) return;
    for (int i = leading; i < end; i++) { // not "York" of "New York Times"
      if (!a.isCapitalized(i) || glued(a, i - 1, i) || lex.firstNames.containsKey(a.lower(i - 1))) continue;
      for (int j = Math.min(end, i + 3); j > i; j--) {
        if (j < end && glued(a, j - 1, j) || !lex.gpe.contains(key(a, i, j))) continue;
        out.add(new Entities.M(i, j, Mention.NAME, null));
        titles.add(null);
        i = j - 1;
        break;
      }
    }
  }

  /** A known place and "City": "Taipei City", "Quezon City". */
  private boolean isCityOf(Analysis a, int start, int end) {
    return end - start >= 2 && a.token(end - 1).equals("City") && lex.gpe.contains(key(a, start, end - 1));
  }

  /** "US" in capitals is the United States, not the pronoun. */
  private static boolean isUsGpe(Analysis a, int start, int end) {
    return end - start == 1 && a.token(start).equals("US");
  }

  /** Tokens [start, end) are one title phrase and nothing else: "President", "Home Secretary". */
  private boolean titleExactly(Analysis a, int start, int end) {
    List<String[]> candidates = lex.titles.get(a.lower(start));
    if (candidates == null) return false;
    for (String[] phrase : candidates) {
      if (phrase.length - 1 != end - start) continue;
      boolean ok = true;
      for (int i = 1; i < phrase.length - 1 && ok; i++) ok = a.lower(start + i).equals(phrase[i]);
      if (ok) return true;
    }
    return false;
  }

  /** The end (exclusive) of the title phrase starting at token k, or k if none. */
  private int matchTitle(Analysis a, int k, int limit) {
    List<String[]> candidates = lex.titles.get(a.lower(k));
    if (candidates == null) return k;
    for (String[] phrase : candidates) {
      int n = phrase.length - 1;
      if (k + n > limit) continue;
      boolean ok = true;
      for (int i = 1; i < n && ok; i++) ok = a.lower(k + i).equals(phrase[i]);
      if (ok && (k + n < limit)) return k + n; // a title must leave a name after it
    }
    return k;
  }

  /** A lower-case role phrase ending right before token {@code start}, with its modifiers. */
  private int[] titleBefore(Analysis a, int start) {
    int sentenceStart = a.sentenceStartToken(a.sentenceOf(start));
    for (int len = 4; len >= 1; len--) {
      int k = start - len;
      if (k < sentenceStart) continue;
      if (matchTitle(a, k, start + 1) == start && lex.roleHeads.contains(a.lower(start - 1))) {
        int from = k;
        while (from - 1 >= sentenceStart) {
          String pos = a.pos(from - 1);
          if (pos.equals("PROPN") || pos.equals("ADJ") || (pos.equals("NOUN") && a.isCapitalized(from - 1))) from--;
          else break;
        }
        return new int[] {from, start};
      }
    }
    return null;
  }

  private static String key(Analysis a, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start && !glued(a, i - 1, i)) b.append(' ');
      b.append(a.lower(i));
    }
    return b.toString();
  }

  private String typeOf(Analysis a, int start, int end, boolean titled) {
    String key = key(a, start, end);
    String bare = key.startsWith("the ") ? key.substring(4) : key;
    if (lex.orgs.contains(bare)) return Entity.ORG;
    if (lex.holidays.contains(bare)) return Entity.OTHER; // "Cinco de Mayo", "Groundhog Day": a day
    if (titled) return Entity.PERSON;
    if (end - start >= 2 && !a.isCapitalized(start) && lex.regionWords.contains(a.lower(start))) return Entity.LOC; // "downtown Taipei"
    if (end - start >= 2 && lex.orgFirst.contains(a.lower(start))) return Entity.ORG; // "Team Estonia"
    if (isCityOf(a, start, end)) return Entity.GPE; // "Taipei City"
    String last = a.lower(end - 1);
    // the head of "X of Y" is X: "Church of Scientology", "University of Southern Indiana", "Plains of Arafat"
    int head = end - 1;
    for (int i = start + 1; i < end - 1; i++) {
      String w = a.lower(i);
      if (w.equals("of") || w.equals("for")) {
        head = i - 1;
        break;
      }
    }
    String h = a.lower(head);
    if (placeThenPlace(a, end)) return Entity.GPE;
    if (end - start >= 2 && !lex.gpe.contains(bare) && appositivePerson(a, end)) return Entity.PERSON;
    if (lex.gpe.contains(bare) || isUsGpe(a, start, end)) return Entity.GPE; // a known name before its words: "West Bank", "the Channel"
    if (lex.loc.contains(bare)) return Entity.LOC;
    if (end - start >= 2 && lex.locWords.contains(h) && !(end - start == 2 && lex.firstNames.containsKey(a.lower(start)))) return Entity.LOC; // not "John Park"
    if (end - start >= 2 && lex.locFirst.contains(a.lower(start)) && head == end - 1) return Entity.LOC; // "Mount Everest", "Masjid Al-Haram"
    if (lex.orgWords.contains(h) || lex.orgWords.contains(last)) return Entity.ORG;
    if (lex.norp.contains(bare)) return Entity.NORP;
    // after a word of settlement and "of": "the town of Yeoncheon", "the Municipality of Livorno" (place-context.txt)
    if (phraseBefore(a, lex.placeBefore, start, a.sentenceStartToken(a.sentenceOf(start)))) return Entity.GPE;
    if (end - start >= 2 && lex.firstNames.containsKey(a.lower(start)) && (end - start == 2 || !hasThingWord(a, start, end))) return Entity.PERSON;
    if (end - start == 2 && lex.orgWords.contains(a.lower(start)) && a.token(start + 1).length() == 1) return Entity.ORG; // "Group F"
    if (end < a.tokenCount() && a.isCapitalized(end) && lex.namedAfter.contains(a.lower(end)) && !lex.cities.contains(bare)) { // "Shandao" of "Shandao Station"
      return end - start >= 2 && personWords(a, start, end) ? Entity.PERSON : Entity.LOC; // "Chiang Kai Shek" of "the Chiang Kai Shek Memorial"
    }
    if (end - start == 1) {
      String tok = a.token(start);
      if (tok.length() >= 2 && isUpper(tok) && !hasDigit(tok) && !isRomanNumeral(tok) && !lex.thingWords.contains(last)) return Entity.ORG; // not "IE6", "XVII", "GMT"
      if (lex.firstNames.containsKey(last)) return Entity.PERSON;
      return Entity.OTHER;
    }
    // several capitalised words ending in a place: "Western Iraq", "Southern Indiana" - a region of it, no polity
    if ((lex.gpe.contains(last) || lex.loc.contains(last)) && modifiersOnly(a, start, end - 1)) return Entity.LOC;
    boolean allNorp = true;
    for (int i = start; i < end; i++) allNorp &= lex.norp.contains(a.lower(i)) || a.lower(i).equals("-");
    if (allNorp) return Entity.NORP;
    return end - start <= 4 && personShaped(a, start, end) ? Entity.PERSON : Entity.OTHER;
  }

  private static boolean isClosingPunctuation(String t) {
    return t.equals(",") || t.equals(".") || t.equals(";") || t.equals(")") || t.equals(":");
  }

  private static boolean isLink(String pos) {
    return pos.equals("ADP") || pos.equals("CCONJ") || pos.equals("SCONJ");
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
  private boolean hasThingWord(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (lex.thingWords.contains(a.lower(i))) return true;
    return false;
  }

  /** "Indonesian" in "the Indonesian navy": a group word, no name of the navy. */
  private boolean allNorp(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (!lex.norp.contains(a.lower(i))) return false;
    return true;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
    return false;
  }

  /** A Roman numeral below 90 ("XVII", "IV"): the numbering of a part, no organisation. */
  private static boolean isRomanNumeral(String s) {
    return s.length() >= 2 && ROMAN.matcher(s).matches();
  }

  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

  /** An adjective among tokens [from, to): "International Space" of "International Space Station" is no place of its own. */
  private static boolean hasAdjective(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (a.pos(i).equals("ADJ")) return true;
    return false;
  }

  /** Tokens [from, to) are all adjectives: "Western" in "Western Iraq", not "Valeska" in "Valeska Paris". */
  private static boolean modifiersOnly(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) if (!a.pos(i).equals("ADJ")) return false;
    return true;
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
    if (!(a.lower(k).equals("a") || a.lower(k).equals("an"))) return false;
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
    if (start > 0 && a.lower(start - 1).equals("the")) return false; // "the Sea Org": news puts no article before a person
    return personWords(a, start, end);
  }

  /** No word of the name is a known place, group, month, word of things or acronym. */
  private boolean personWords(Analysis a, int start, int end) {
    if (lex.orgs.contains(a.lower(start))) return false; // "Google Science"
    for (int i = start; i < end; i++) {
      String w = a.lower(i);
      if (lex.gpe.contains(w) || lex.norp.contains(w) || lex.loc.contains(w) || lex.calendar.contains(w) || lex.thingWords.contains(w)) return false;
      String tok = a.token(i);
      if (w.length() > 1 && isUpper(tok) && tok.indexOf('.') < 0 && (i > start || w.length() > 3)) return false; // "FIRST Global", "PlayStation VR"; not "AS Heagle"
    }
    return true;
  }

  private static boolean isUpper(String s) {
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) return false;
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  private void linkNames(Analysis a, List<Entities.M> names, List<int[]> titleSpans, List<Entities.E> entities) {
    java.util.Map<String, Integer> byKey = new java.util.HashMap<>(); // a name's latest entity
    List<Integer> lastSentence = new ArrayList<>(); // by entity: the sentence of its latest name
    for (int i = 0; i < names.size(); i++) {
      Entities.M m = names.get(i);
      int[] title = titleSpans.get(i);
      String key = key(a, m.start, m.end);
      String type = typeOf(a, m.start, m.end, title != null);
      int n = m.end - m.start;
      if (type.equals(Entity.PERSON) && title == null && n > 1 && !lex.firstNames.containsKey(a.lower(m.start))) {
        // a person's surname before another name is a thing named after the person: "a Warhol Polaroid"
        int before = byKey.getOrDefault(a.lower(m.start), -1);
        if (before >= 0 && entities.get(before).type.equals(Entity.PERSON) && entities.get(before).nameTokens > 1) type = Entity.OTHER;
      }
      int target = byKey.getOrDefault(key, -1);
      char gender = title == null ? 'u' : titleGender(Lexicon.normalize(a.text().substring(title[0], title[1]))); // "Mrs. Clinton" is no Bill
      if (target >= 0 && gender != 'u' && entities.get(target).gender != 'u' && entities.get(target).gender != gender) target = -1;
      if (title == null && titleExactly(a, m.start, m.end)) { // "The President later took action": the latest person of that title
        for (int e = entities.size() - 1; e >= 0 && target < 0; e--) {
          Entities.E cand = entities.get(e);
          if (!cand.type.equals(Entity.PERSON)) continue;
          for (int[] t : cand.titles) {
            String held = Lexicon.normalize(a.text().substring(t[0], t[1]));
            if (held.equals(key) || held.endsWith(" " + key)) {
              target = e;
              type = Entity.PERSON;
              break;
            }
          }
        }
      }
      if (target < 0 && n == 1) { // a lone surname, whatever its own type: "Valeska Paris ... Paris claims"
        for (int e = 0; e < entities.size() && target < 0; e++) {
          Entities.E cand = entities.get(e);
          if (cand.type.equals(Entity.PERSON) && cand.nameTokens > 1 && key.equals(cand.lastToken) && !type.equals(Entity.PERSON)
              && !type.equals(Entity.OTHER)) target = e;
        }
      }
      if (target < 0 && n == 1 && (type.equals(Entity.PERSON) || type.equals(Entity.OTHER))) {
        // a surname two people share: the one named in the last few sentences, else the one the
        // article introduced first, as news names the other in full ("Bill Clinton ... his wife
        // Hillary Clinton ... Clinton said")
        int sentence = a.sentenceOf(m.start), recent = -1;
        for (int e = 0; e < entities.size(); e++) {
          Entities.E cand = entities.get(e);
          if (!(cand.type.equals(Entity.PERSON) && cand.nameTokens > 1 && (key.equals(cand.lastToken) || key.equals(cand.firstToken)))) continue;
          if (gender != 'u' && cand.gender != 'u' && cand.gender != gender) continue;
          if (target < 0) target = e;
          if (sentence - lastSentence.get(e) <= 3 && (recent < 0 || lastSentence.get(e) > lastSentence.get(recent))) recent = e;
        }
        if (recent >= 0) target = recent;
      }
      if (target < 0 && n == 1 && (type.equals(Entity.ORG) || type.equals(Entity.OTHER) && !lex.cities.contains(key))) { // "Sheffield" is no "University of Sheffield"
        for (int e = entities.size() - 1; e >= 0 && target < 0; e--) {
          Entities.E cand = entities.get(e);
          if (cand.type.equals(Entity.ORG) && (key.equals(cand.lastToken) || key.equals(initials(cand.name)) || aliasOf(key, cand))) target = e;
          // "Wells Fargo ... Wells", "Goldman Sachs ... Goldman": the first word of a two-word name, no common word
          if (cand.type.equals(Entity.ORG) && cand.nameTokens == 2 && key.equals(cand.firstToken) && !lex.nominals.containsKey(key)
              && !lex.orgWords.contains(key) && !lex.gpe.contains(key)) target = e;
          // an acronym of a name of something else: "Internet Explorer ... IE", "Iodine Deficiency Disorders ... IDD"
          if (cand.type.equals(Entity.OTHER) && cand.nameTokens > 1 && isUpper(a.token(m.start)) && key.equals(initials(cand.name))) target = e;
        }
      }
      if (target < 0 && type.equals(Entity.ORG)) { // "the Islamic State" / "the Islamic State group"
        for (int e = entities.size() - 1; e >= 0 && target < 0; e--) {
          Entities.E cand = entities.get(e);
          if (!cand.type.equals(Entity.ORG)) continue;
          for (String k : cand.keys) {
            if (k.startsWith(key + " ") && lex.orgWords.contains(k.substring(key.length() + 1))
                || key.startsWith(k + " ") && lex.orgWords.contains(key.substring(k.length() + 1))) {
              target = e;
              break;
            }
          }
        }
      }
      if (target < 0 && n > 1 && type.equals(Entity.PERSON)) {
        String last = a.lower(m.end - 1);
        for (int e = entities.size() - 1; e >= 0 && target < 0; e--) {
          Entities.E cand = entities.get(e);
          if (cand.nameTokens == 1 && (cand.type.equals(Entity.PERSON) || cand.type.equals(Entity.OTHER)) && last.equals(cand.lastToken)) target = e;
        }
      }
      if (target >= 0 && n == 1 && entities.get(target).type.equals(Entity.OTHER) && entities.get(target).nameTokens > 1 && key.equals(initials(entities.get(target).name))) {
        type = Entity.OTHER; // the acronym of a name of something else types nothing
      }
      Entities.E ent;
      if (target < 0) {
        ent = new Entities.E(type);
        entities.add(ent);
        target = entities.size() - 1;
      } else {
        ent = entities.get(target);
        if (ent.type.equals(Entity.OTHER) || (type.equals(Entity.PERSON) && title != null)) ent.type = type.equals(Entity.OTHER) ? ent.type : type;
      }
      m.entity = target;
      while (lastSentence.size() <= target) lastSentence.add(-1);
      lastSentence.set(target, a.sentenceOf(m.start));
      if (!ent.keys.contains(key)) ent.keys.add(key);
      byKey.put(key, target);
      boolean orgWordSuffix = ent.type.equals(Entity.ORG) && ent.name != null && n > 1 && lex.orgWords.contains(a.lower(m.end - 1))
          && ent.keys.contains(key(a, m.start, m.end - 1)); // "Wells Fargo board" does not rename "Wells Fargo"
      if (n > ent.nameTokens && !orgWordSuffix) {
        ent.nameTokens = n;
        ent.name = a.text().substring(a.start(m.start), a.end(m.end - 1));
        ent.lastToken = a.lower(m.end - 1);
        ent.firstToken = a.lower(m.start);
      }
      if (title != null && !hasTitle(a, ent, title)) ent.titles.add(title);
      if (ent.gender == 'u') {
        String g = lex.firstNames.get(a.lower(m.start));
        if (g != null && (n > 1 || ent.nameTokens == 1) && g.length() == 1) ent.gender = g.charAt(0); // "Marilyn" alone too
        if (title != null) {
          char byTitle = titleGender(Lexicon.normalize(a.text().substring(title[0], title[1])));
          if (byTitle != 'u') ent.gender = byTitle;
        }
      }
    }
  }

  /** The gender a title gives its holder ("Mrs.", "spokeswoman": f; "Mr.", "chairman": m), else u. */
  private static char titleGender(String t) {
    if (t.startsWith("mrs") || t.startsWith("ms") || t.contains("spokeswoman") || t.contains("congresswoman")) return 'f';
    if (t.startsWith("mr") || t.contains("spokesman") || t.contains("congressman") || t.contains("chairman")) return 'm';
    return 'u';
  }

  /**
   * A country named right next to a match score is its team, an organisation, in all its mentions:
   * "Sweden defeated South Korea 1 – 0", "Tunisia lost 1 – 2 to England", "Sweden 1 – 0 Korea
   * Republic". The name must end at most two words before the score or start at most two after it.
   */
  private static void teamsByScore(Analysis a, List<Entities.M> names, List<Entities.E> entities) {
    for (Entities.M m : names) {
      if (m.entity < 0 || !entities.get(m.entity).type.equals(Entity.GPE)) continue;
      int sentence = a.sentenceOf(m.start), from = a.sentenceStartToken(sentence), to = a.sentenceEndToken(sentence);
      boolean team = false;
      for (int k = m.end; k < Math.min(to, m.end + 3) && !team; k++) team = scoreAt(a, k, to) > k;
      for (int k = Math.max(from, m.start - 5); k < m.start && !team; k++) {
        int e = scoreAt(a, k, to);
        team = e > k && e <= m.start && m.start - e <= 2;
      }
      if (team) entities.get(m.entity).type = Entity.ORG;
    }
  }

  /**
   * A name of unknown type is an organisation when a member word follows it ("Scientology
   * officials") or a phrase of membership precedes it ("former members of Scientology"): see
   * org-context.txt.
   */
  private void organisationsByContext(Analysis a, List<Entities.M> names, List<Entities.E> entities) {
    for (Entities.M m : names) {
      if (m.entity < 0 || !entities.get(m.entity).type.equals(Entity.OTHER)) continue;
      int sentence = a.sentenceOf(m.start), from = a.sentenceStartToken(sentence), to = a.sentenceEndToken(sentence);
      boolean org = m.end < to && lex.orgAfter.contains(a.lower(m.end)) && !a.isCapitalized(m.end);
      int k = m.start;
      if (k - 1 >= from && a.lower(k - 1).equals("the")) k--;
      for (int p = 0; p < lex.orgBefore.size() && !org; p++) {
        String[] phrase = lex.orgBefore.get(p);
        if (k - phrase.length < from) continue;
        boolean ok = true;
        for (int i = 0; i < phrase.length && ok; i++) ok = a.lower(k - phrase.length + i).equals(phrase[i]);
        org = ok;
      }
      if (org) entities.get(m.entity).type = Entity.ORG;
    }
  }

  /** Whether one of the lower-case phrases ends right before token k (at or after token from). */
  private static boolean phraseBefore(Analysis a, List<String[]> phrases, int k, int from) {
    for (String[] phrase : phrases) {
      if (k - phrase.length < from) continue;
      boolean ok = true;
      for (int i = 0; i < phrase.length && ok; i++) ok = a.lower(k - phrase.length + i).equals(phrase[i]);
      if (ok) return true;
    }
    return false;
  }

  /**
   * A one-word name nothing else typed that speaks is a person's surname: "Water said", "said
   * Mauer." (person-context.txt).
   */
  private void speakers(Analysis a, List<Entities.M> names, List<Entities.E> entities) {
    for (Entities.M m : names) {
      if (m.entity < 0 || m.end - m.start != 1 || !entities.get(m.entity).type.equals(Entity.OTHER) || entities.get(m.entity).nameTokens != 1) continue;
      if (innerCapital(a.token(m.start))) continue; // "PolitiFact said", "InsideSources said": a company's name
      int sentence = a.sentenceOf(m.start), from = a.sentenceStartToken(sentence), to = a.sentenceEndToken(sentence);
      boolean before = m.end < to && lex.speechVerbs.contains(a.lower(m.end)) && (m.start == from || !a.pos(m.start - 1).equals("DET"));
      boolean after = m.start > from && lex.speechVerbs.contains(a.lower(m.start - 1)) && (m.end == to || isClosingPunctuation(a.token(m.end)));
      if (before || after) entities.get(m.entity).type = Entity.PERSON;
    }
  }

  /** A capital letter inside the word, past a "Mc"/"Mac"/"O'" prefix: "PolitiFact", not "McLenney". */
  private static boolean innerCapital(String w) {
    int from = w.startsWith("Mc") ? 3 : w.startsWith("Mac") ? 4 : w.startsWith("O'") ? 3 : 1;
    for (int i = from; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) return true;
    return false;
  }

  /**
   * An entity nothing else typed whose name is a city of the gazetteer is that city ("in
   * Christchurch", "Chapel Hill"); a surname joined its person before ("Lincoln said").
   */
  private void citiesByGazetteer(Analysis a, List<Entities.E> entities) {
    for (Entities.E e : entities) {
      if (e.type.equals(Entity.OTHER) && e.name != null && lex.cities.contains(Lexicon.normalize(e.name))) e.type = Entity.GPE;
    }
  }

  /**
   * A name after a person's name and "of" or "from" is the person's organisation when nothing
   * else types it (no place, no first name): "Raymond Chan of People Power", "Nick Rhodes of
   * Duran Duran".
   */
  private void affiliations(Analysis a, List<Entities.M> names, List<Entities.E> entities) {
    int[] personEndingAt = null;
    for (Entities.M m : names) {
      if (m.entity < 0) continue;
      Entities.E e = entities.get(m.entity);
      if (!(e.type.equals(Entity.PERSON) || e.type.equals(Entity.OTHER)) || lex.firstNames.containsKey(e.firstToken)) continue;
      int k = m.start - 1;
      if (k >= 0 && a.lower(k).equals("the")) k--;
      if (k < 1 || !(a.lower(k).equals("of") || a.lower(k).equals("from"))) continue;
      if (personEndingAt == null) {
        personEndingAt = new int[a.tokenCount() + 1];
        java.util.Arrays.fill(personEndingAt, -1);
        for (Entities.M n : names) if (n.entity >= 0) personEndingAt[n.end] = n.entity;
      }
      int before = personEndingAt[k];
      if (before >= 0 && before != m.entity && entities.get(before).type.equals(Entity.PERSON) && entities.get(before).nameTokens > 1
          && lex.firstNames.containsKey(entities.get(before).firstToken)) {
        e.type = Entity.ORG;
      }
    }
  }

  /** The end of a match score ("1 – 0", "3-0") starting at token k, or k if none. */
  private static int scoreAt(Analysis a, int k, int to) {
    String t = a.token(k);
    int dash = Math.max(t.indexOf('-'), Math.max(t.indexOf('\u2013'), t.indexOf('\u2014')));
    if (dash > 0 && dash < t.length() - 1 && smallNumber(t, 0, dash) && smallNumber(t, dash + 1, t.length())) return k + 1;
    if (k + 2 < to && smallNumber(t, 0, t.length()) && isDash(a.token(k + 1)) && smallNumber(a.token(k + 2), 0, a.token(k + 2).length())) return k + 3;
    return k;
  }

  private static boolean smallNumber(String s, int from, int to) {
    if (to - from < 1 || to - from > 2) return false;
    for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }

  private static boolean isDash(String s) {
    return s.equals("-") || s.equals("\u2013") || s.equals("\u2014");
  }

  /** An acronym of the alias list for the organisation's name: "ISIS" for "the Islamic State group". */
  private boolean aliasOf(String key, Entities.E cand) {
    String expansion = lex.orgAliases.get(key);
    if (expansion == null) return false;
    for (String k : cand.keys) {
      String bare = k.startsWith("the ") ? k.substring(4) : k;
      if (bare.equals(expansion) || bare.startsWith(expansion + " ") && lex.orgWords.contains(bare.substring(expansion.length() + 1))) return true;
    }
    return false;
  }

  /** Titles are kept once per wording: "President" said forty times is one title. */
  private static boolean hasTitle(Analysis a, Entities.E ent, int[] title) {
    String text = a.text().substring(title[0], title[1]);
    for (int[] t : ent.titles) if (a.text().regionMatches(t[0], text, 0, text.length()) && t[1] - t[0] == text.length()) return true;
    return false;
  }

  private static String initials(String name) {
    if (name == null) return "";
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || w.equalsIgnoreCase("of") || w.equalsIgnoreCase("the") || w.equalsIgnoreCase("and")) continue;
      b.append(Character.toLowerCase(w.charAt(0)));
    }
    return b.toString();
  }

  // ---- pronouns and nominals -----------------------------------------------------------------

  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of("the", "a", "an", "this", "that", "these", "those", "another", "one", "two", "three", "several", "some", "many", "other", "his", "her", "their", "its", "our", "both");

  /** Words the tagger takes for nouns after a subject, though they are its verb: "the coalition read". */
  private static final java.util.Set<String> VERB_LIKE = java.util.Set.of("said", "says", "read", "reads", "told", "added", "wrote", "noted");

  private void findPronounsAndNominals(Analysis a, int s, List<Entities.M> names, List<Entities.M> out) {
    int from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    for (int t = from; t < to; t++) {
      String low = a.lower(t);
      String pos = a.pos(t);
      String pronoun = pos.equals("PRON") ? low : Entities.contractedPronoun(a, t); // "he's": PRON+AUX
      String cls = pronoun == null ? null : lex.pronouns.get(pronoun);
      if (cls != null && (cls.equals("m") || cls.equals("f") || cls.equals("n") || cls.equals("p"))) {
        out.add(Entities.pronounMention(a, t, pronoun));
        continue;
      }
      if (!pos.equals("NOUN") && !(pos.equals("PROPN") && lex.nominals.containsKey(low))) continue;
      String nominal = lex.nominals.get(low);
      if (nominal == null) continue;
      if (t + 1 < to && a.pos(t + 1).equals("NOUN") && !VERB_LIKE.contains(a.lower(t + 1))) {
        // a modifier, not the head: "the coalition email" still mentions the coalition
        if (nominal.equals("org")) out.add(new Entities.M(t, t + 1, Mention.NOMINAL, low));
        continue;
      }
      int start = t;
      while (start - 1 >= from) {
        int p = start - 1;
        String pp = a.pos(p);
        String pl = a.lower(p);
        if (DETERMINERS.contains(pl)) {
          start = p;
          break;
        }
        if (pp.equals("ADJ") || pp.equals("NOUN") || pp.equals("PROPN") || pp.equals("NUM") || pl.equals("'s")
            || (pp.equals("VERB") && (pl.endsWith("ed") || pl.endsWith("ing")) && p - 1 >= from && DETERMINERS.contains(a.lower(p - 1)))
            || (pl.equals("-") && p - 1 >= from && glued(a, p - 1, p))) {
          start = p;
        } else {
          break;
        }
      }
      out.add(new Entities.M(start, t + 1, Mention.NOMINAL, low));
    }
  }

  /** How far back (in sentences) a nominal looks for the organisation or person it repeats. */
  private static final int NOMINAL_REACH = 60;

  private void linkOthers(Analysis a, List<Entities.M> mentions, List<Entities.E> entities) {
    int[] quoted = Entities.quotedRegions(a);
    boolean[] inner = new boolean[mentions.size()]; // a name inside a wider name ("Internet" of "Internet Explorer") is no antecedent
    for (int i = 0, end = -1; i < mentions.size(); i++) {
      Entities.M m = mentions.get(i);
      if (!m.kind.equals(Mention.NAME)) continue;
      inner[i] = m.end <= end; // sorted by start, the wider first
      end = Math.max(end, m.end);
    }
    boolean[] thing = new boolean[entities.size()]; // a named thing "it" may mean: named twice, no contraction ("I'll")
    int[] nameCount = Entities.nameCounts(mentions, entities.size());
    for (int e = 0; e < thing.length; e++) {
      String name = entities.get(e).name;
      thing[e] = entities.get(e).type.equals(Entity.OTHER) && nameCount[e] >= 2 && name != null && name.indexOf('\'') < 0 && name.indexOf('\u2019') < 0;
    }
    boolean[] weak = Entities.weakPeople(entities, nameCount); // "Water said": a last resort
    int[] nameEndingAt = new int[a.tokenCount() + 1];
    java.util.Arrays.fill(nameEndingAt, -1);
    for (Entities.M m : mentions) {
      if (m.kind.equals(Mention.NAME) && m.entity >= 0 && nameEndingAt[m.end] < 0) nameEndingAt[m.end] = m.entity; // the widest: sorted by start
    }
    for (int i = 0; i < mentions.size(); i++) {
      Entities.M m = mentions.get(i);
      if (m.entity >= 0 || m.kind.equals(Mention.NAME)) continue;
      if (m.kind.equals(Mention.PRONOUN)) {
        String cls = lex.pronouns.get(m.head);
        m.entity = antecedent(a, mentions, entities, i, cls, quoted, inner, thing, weak);
      } else {
        String cls = lex.nominals.get(m.head);
        int named = nameEndingAt[m.end];
        if (named >= 0) { // "the Islamic State group": the nominal around a name is the name's
          m.entity = named;
          continue;
        }
        if ("org".equals(cls)) m.entity = orgFor(a, mentions, entities, i);
        else if ("person".equals(cls)) m.entity = personWithRole(a, mentions, entities, i);
      }
    }
  }

  /**
   * The entity a pronoun refers to: in the nearest sentence (its own, before it, or an earlier one)
   * that mentions a fitting entity, the first such mention - the subject is the likeliest
   * antecedent ("Montalvo said the officer helped him. He left": Montalvo).
   */
  private int antecedent(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i, String cls, int[] regions, boolean[] inner,
      boolean[] thing, boolean[] weak) {
    Entities.M p = mentions.get(i);
    int reporter = reporterOf(a, mentions, entities, i, cls);
    if (reporter >= 0) return reporter;
    int forward = cataphor(a, mentions, entities, i, cls);
    if (forward >= 0) return forward;
    int speaker = lastSpeaker(a, mentions, entities, i, cls, regions);
    if (speaker >= 0) return speaker;
    int teller = tellerOf(a, mentions, entities, i, cls);
    if (teller >= 0) return teller;
    boolean quoted = regions[p.start] >= 0;
    int sentence = a.sentenceOf(p.start);
    int bound = clauseSubject(a, mentions, i); // "Microsoft wants to support it": not Microsoft
    int other = -1; // a name of unknown type ("Obamacare", "Stumpf"): taken only when no person is near
    int otherSentence = -1;
    int best = -1, bestSentence = -1;
    for (int j = i - 1; j >= 0; j--) {
      Entities.M m = mentions.get(j);
      int ms = a.sentenceOf(m.start);
      if (best >= 0 && ms != bestSentence) return best;
      if (best < 0 && other >= 0 && otherSentence - ms > 1) return topicOr(mentions, entities, i, cls, other);
      if (sentence - ms > 12 || p.start - m.start > WINDOW) break;
      if (cls.equals("p") && best < 0 && m.entity < 0 && m.kind.equals(Mention.NOMINAL) && m.end <= p.start && isPluralNoun(m.head)
          && isSubject(a, m) && (quoted || regions[m.start] < 0)) {
        return -1; // "thousands of fans donned costumes, many of which they made": the subject group is unnamed
      }
      if (m.entity < 0 || m.end > p.start || m.entity == bound || inner[j] && entities.get(m.entity).type.equals(Entity.OTHER)) continue;
      if (!quoted && regions[m.start] >= 0 && !m.kind.equals(Mention.NAME)) continue; // a name inside a quote is named for all
      Entities.E e = entities.get(m.entity);
      String type = e.type;
      boolean fits = false;
      switch (cls) {
        case "m", "f" -> {
          fits = type.equals(Entity.PERSON) && (e.gender == 'u' || e.gender == cls.charAt(0)) && !weak[m.entity];
          if (!fits && other < 0 && (type.equals(Entity.OTHER) || weak[m.entity]) && m.kind.equals(Mention.NAME)) {
            other = m.entity;
            otherSentence = ms;
          }
        }
        case "n" -> fits = type.equals(Entity.ORG) || thing[m.entity] && sentence - ms <= 2 // a product or an event: "IE6 shipped ... it"
            && (m.kind.equals(Mention.NAME) && isSubject(a, m) || m.kind.equals(Mention.PRONOUN) && "n".equals(lex.pronouns.get(m.head)));
        case "p" -> {
          fits = (type.equals(Entity.ORG) || type.equals(Entity.NORP) && m.kind.equals(Mention.NAME) && a.lower(m.end - 1).endsWith("s")
              || m.kind.equals(Mention.NAME) && !sideOf(type).equals(Entity.GPE) && firstConjunct(a, mentions, entities, j) != j) && sentence - ms <= 2;
          if (fits) m = mentions.get(firstConjunct(a, mentions, entities, j)); // "A and B ... they": the coordination, named by its first
        }
        default -> {
          return -1;
        }
      }
      if (fits) {
        if (ms == sentence) return m.entity; // in its own sentence, the nearest
        best = m.entity;
        bestSentence = ms;
      }
    }
    if (best < 0 && other < 0 && sentence <= 3) return lede(a, mentions, entities, i, cls, bound);
    return best >= 0 ? best : topicOr(mentions, entities, i, cls, other);
  }

  /**
   * A pronoun of the headline or the opening sentences with nothing before it to refer to
   * ("Australian woman claims church imprisoned her"; "a defector ... was persuaded to travel back,
   * where he was interrogated") refers forward to the first fitting name of the next few sentences.
   */
  private int lede(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i, String cls, int bound) {
    int sentence = a.sentenceOf(mentions.get(i).start);
    for (int j = i + 1; j < mentions.size(); j++) {
      Entities.M m = mentions.get(j);
      if (a.sentenceOf(m.start) > Math.max(4, sentence + 3) || j - i > 200) break;
      if (m.kind.equals(Mention.NAME) && m.entity >= 0 && m.entity != bound && agrees(entities.get(m.entity), cls, m, a)) return m.entity;
    }
    return -1;
  }

  /**
   * The topic person for he/she with no person near: the person of that gender named most often
   * before the pronoun (three times at least), rather than a name of unknown type; else {@code other}.
   */
  private static int topicOr(List<Entities.M> mentions, List<Entities.E> entities, int i, String cls, int other) {
    if (other < 0 || !(cls.equals("m") || cls.equals("f"))) return other;
    int[] count = new int[entities.size()];
    int top = -1;
    for (int j = Math.max(0, i - 2000); j < i; j++) { // bounded: a long document stays linear
      Entities.M m = mentions.get(j);
      if (m.entity < 0 || !m.kind.equals(Mention.NAME)) continue;
      Entities.E e = entities.get(m.entity);
      if (!e.type.equals(Entity.PERSON) || e.gender != cls.charAt(0)) continue;
      if (++count[m.entity] >= 3 && (top < 0 || count[m.entity] > count[top])) top = m.entity;
    }
    return top >= 0 ? top : other;
  }

  /** A person of the pronoun's gender for he/she, an organisation for it, an organisation or a group for they. */
  private static boolean agrees(Entities.E e, String cls, Entities.M m, Analysis a) {
    return switch (cls) {
      case "m", "f" -> e.type.equals(Entity.PERSON) && (e.gender == 'u' || e.gender == cls.charAt(0));
      case "n" -> e.type.equals(Entity.ORG);
      case "p" -> e.type.equals(Entity.ORG) || e.type.equals(Entity.NORP) && m.kind.equals(Mention.NAME) && a.lower(m.end - 1).endsWith("s");
      default -> false;
    };
  }

  private static final java.util.Set<String> NOUN_PHRASE_TAGS = java.util.Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM", "PART", "PUNCT");

  /**
   * Cataphora: a pronoun in an opening adverbial ("Discussing his concern, Najib Razak said", "In
   * her opening remarks, Waters praised", "After calling ... to speak with his mother, Montalvo
   * was") refers to the name that opens the main clause after the comma, when the adverbial names
   * no one fitting before it; -1 otherwise.
   */
  private int cataphor(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i, String cls) {
    Entities.M p = mentions.get(i);
    int s = a.sentenceOf(p.start), from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    String first = a.pos(from);
    if (!(first.equals("ADP") || first.equals("SCONJ") || first.equals("VERB") && a.lower(from).endsWith("ing"))) return -1;
    if (p.start - from > 40) return -1; // an opening adverbial is short
    for (int k = from; k < p.start; k++) if (a.token(k).equals(",")) return -1;
    int comma = -1;
    for (int k = p.start + 1; k < to && k < p.start + 30 && comma < 0; k++) if (a.token(k).equals(",")) comma = k;
    if (comma < 0) return -1;
    for (int j = i - 1; j >= 0 && mentions.get(j).start >= from; j--) {
      Entities.M m = mentions.get(j);
      if (m.entity >= 0 && agrees(entities.get(m.entity), cls, m, a)) return -1;
    }
    for (int j = i + 1; j < mentions.size(); j++) { // the subject: the first fitting name of the noun phrase after the comma
      Entities.M m = mentions.get(j);
      if (m.start <= comma) continue;
      if (m.start > comma + 6) break;
      boolean nounPhrase = true;
      for (int k = comma + 1; k < m.start && nounPhrase; k++) nounPhrase = NOUN_PHRASE_TAGS.contains(a.pos(k)) || a.lower(k).equals("'s");
      if (!nounPhrase) break;
      if (m.end < to && a.token(m.end).equals(",")) continue; // an apposition: "In her book, Living History, Clinton noted"
      if (m.kind.equals(Mention.NAME) && m.entity >= 0 && agrees(entities.get(m.entity), cls, m, a)) return m.entity;
    }
    return -1;
  }

  private static final java.util.Set<String> POSSESSED = java.util.Set.of("NOUN", "PROPN", "ADJ", "NUM");

  /** Tokens that open a clause: a pronoun's own clause ends at them. */
  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("that", "who", "which", "whom", "because", "when", "while", "if", "and", "but", "or");

  /**
   * Binding: the entity of the subject of the clause whose verb takes pronoun i as its object ("he
   * would assist him", "Microsoft no longer wants to support it"), which a plain pronoun cannot
   * mean; -1 when the pronoun is no object or the subject is not found.
   */
  private static int clauseSubject(Analysis a, List<Entities.M> mentions, int i) {
    Entities.M p = mentions.get(i);
    String w = a.lower(p.start);
    if (!(w.equals("him") || w.equals("them") || w.equals("it") || w.equals("her")) || p.start == 0 || !a.pos(p.start - 1).equals("VERB")) return -1;
    if (w.equals("her") && p.end < a.tokenCount() && POSSESSED.contains(a.pos(p.end))) return -1; // "said her party": a possessive

    int k = p.start - 1;
    while (k > 0 && (a.pos(k - 1).equals("VERB") || a.pos(k - 1).equals("AUX") || a.pos(k - 1).equals("ADV") || a.pos(k - 1).equals("PART"))) k--;
    for (int j = i - 1; j >= 0; j--) { // the mention right before the verb group
      Entities.M m = mentions.get(j);
      if (m.end > k) continue;
      return m.end == k && !CLAUSE_OPENERS.contains(a.lower(k - 1)) ? m.entity : -1;
    }
    return -1;
  }

  /** How far back (in sentences) a pronoun that reports speech looks for the speaker before it. */
  private static final int SPEAKER_REACH = 3;

  /**
   * Speaker continuity: a pronoun that reports speech outside quotes ("…," it added; "They also
   * claimed") is the subject of the nearest reporting verb before it ("said KCNA", "the Church
   * denied"), when that agrees with it; -1 otherwise.
   */
  private int lastSpeaker(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i, String cls, int[] regions) {
    Entities.M p = mentions.get(i);
    int n = a.tokenCount();
    int verb = p.end < n && a.pos(p.end).equals("ADV") ? p.end + 1 : p.end; // "They also claimed"
    if (regions[p.start] >= 0 || verb >= n || !lex.reportingVerbs.contains(a.lower(verb))) return -1;
    int sentence = a.sentenceOf(p.start);
    for (int k = p.start - 1; k >= 0 && k > p.start - 300 && sentence - a.sentenceOf(k) <= SPEAKER_REACH; k--) {
      if (regions[k] >= 0 || !lex.reportingVerbs.contains(a.lower(k))) continue;
      int subject = -1; // the mention before the verb ("KCNA said") or after it ("said KCNA")
      for (int j = i - 1; j >= 0 && mentions.get(j).start >= k - 6; j--) {
        Entities.M m = mentions.get(j);
        if (m.entity >= 0 && (m.end == k || m.start == k + 1) && (subject < 0 || m.end == k)) subject = j;
      }
      if (subject < 0) continue;
      Entities.M m = mentions.get(subject);
      Entities.E e = entities.get(m.entity);
      boolean known = !(cls.equals("m") || cls.equals("f")) || e.gender == cls.charAt(0); // a person of known gender only
      return known && agrees(e, cls, m, a) ? m.entity : -1;
    }
    return -1;
  }

  /**
   * "Devocht, who had told Montalvo he would assist him": "he" or "she" opening the clause a
   * reporting verb takes after its addressee is the verb's subject (the one who tells), not the
   * addressee; a relative "who" stands for the name before it. -1 when that does not fit.
   */
  private int tellerOf(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i, String cls) {
    if (!cls.equals("m") && !cls.equals("f") || i == 0) return -1;
    Entities.M p = mentions.get(i), object = mentions.get(i - 1);
    int k = p.start - 1;
    if (k >= 0 && a.lower(k).equals("that")) k--;
    if (object.end != k + 1 || object.entity < 0) return -1;
    int verb = object.start - 1;
    if (verb < 1 || !lex.reportingVerbs.contains(a.lower(verb))) return -1;
    int s = verb - 1;
    while (s > 0 && (a.pos(s).equals("AUX") || a.pos(s).equals("ADV"))) s--;
    if (a.lower(s).equals("who") && s > 1 && a.token(s - 1).equals(",")) s -= 1; // ", who had told": the name before
    else s += 1;
    for (int j = i - 2; j >= 0 && mentions.get(j).end >= s - 1; j--) {
      Entities.M m = mentions.get(j);
      if (m.end != s || m.entity < 0 || m.entity == object.entity) continue;
      Entities.E e = entities.get(m.entity);
      return e.type.equals(Entity.PERSON) && (e.gender == 'u' || e.gender == cls.charAt(0)) ? m.entity : -1;
    }
    return -1;
  }

  /**
   * "North Korea stated it would attack", "the group says they": "it" or "they" opening the clause
   * of a reporting verb is its subject, when that is an organisation, a country or a named thing
   * (a group too for "they"); -1 otherwise.
   */
  private int reporterOf(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i, String cls) {
    if (!cls.equals("n") && !cls.equals("p")) return -1;
    int k = mentions.get(i).start - 1;
    if (k >= 0 && a.lower(k).equals("that")) k--;
    if (k < 1 || !lex.reportingVerbs.contains(a.lower(k))) return -1;
    k--;
    for (int skip = 0; skip < 2 && k > 0 && (a.pos(k).equals("AUX") || a.pos(k).equals("ADV")); skip++) k--;
    if (k > 0 && a.token(k).equals(",")) k--; // "Lydia Buchtmann for Food Standards Australia New Zealand, says they"
    int widest = -1; // "Food Standards Australia New Zealand", not the "New Zealand" inside it
    for (int j = i - 1; j >= 0 && mentions.get(j).start >= k - 12; j--) { // sorted by start: the widest comes last
      Entities.M m = mentions.get(j);
      if (m.end == k + 1 && m.entity >= 0) widest = j;
    }
    if (widest >= 0) {
      Entities.M m = mentions.get(widest);
      String type = entities.get(m.entity).type;
      boolean fits = type.equals(Entity.ORG) || type.equals(Entity.GPE) || type.equals(Entity.OTHER) && m.kind.equals(Mention.NAME)
          || cls.equals("p") && type.equals(Entity.NORP);
      return fits ? m.entity : -1;
    }
    return -1;
  }

  private static final java.util.Set<String> IRREGULAR_PLURALS = java.util.Set.of("people", "men", "women", "children", "police");

  /** A plural head noun: "fans" beside "fan" in the nominals, or an irregular plural. */
  private boolean isPluralNoun(String head) {
    return IRREGULAR_PLURALS.contains(head) || head.length() > 3 && head.endsWith("s") && lex.nominals.containsKey(head.substring(0, head.length() - 1));
  }

  /**
   * The first conjunct of the coordination of names of one kind that ends with mention j ("Ubisoft,
   * Microsoft, and PlayStation VR", "the school district and the police department"), or j. A list
   * ends in "and" or "or" ("Sydney, Australia" is none).
   */
  private static int firstConjunct(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int j) {
    int first = j;
    String kind = sideOf(entities.get(mentions.get(j).entity).type);
    for (int links = 0; links < 8; links++) {
      int k = mentions.get(first).start - 1;
      if (k >= 0 && a.lower(k).equals("the")) k--;
      boolean and = k >= 0 && (a.lower(k).equals("and") || a.lower(k).equals("or"));
      if (and) k--;
      if (links == 0 && !and) break;
      if (links > 0 && and) break; // one "and" a list
      if (k >= 0 && a.token(k).equals(",")) k--;
      else if (!and) break;
      int before = -1;
      for (int b = first - 1; b >= 0 && b >= first - 6; b--) {
        Entities.M m = mentions.get(b);
        if (m.end == k + 1 && m.kind.equals(Mention.NAME) && m.entity >= 0 && sideOf(entities.get(m.entity).type).equals(kind)) before = b;
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

  /** A mention followed by its verb: "IE6 shipped with Windows XP", "Internet Explorer is the #2 browser". */
  private static boolean isSubject(Analysis a, Entities.M m) {
    int t = m.end < a.tokenCount() && a.lower(m.end).equals("'s") ? -1 : m.end;
    return t >= 0 && t < a.tokenCount() && (a.pos(t).equals("VERB") || a.pos(t).equals("AUX"));
  }

  /** "the coalition": the nearest organisation before it whose name ends in that word. */
  private int orgFor(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i) {
    String head = mentions.get(i).head;
    int same = nearestBefore(a, mentions, entities, i, e -> e.type.equals(Entity.ORG) && e.name != null
        && (head.equals(e.lastToken) || e.keys.stream().anyMatch(k -> k.endsWith(" " + head))));
    if (same >= 0) return same;
    // "Wells Fargo fired 5,300 workers. The bank said ...": a definite singular nominal repeats the organisation
    // just named, when it is the only one named in its sentence and the one before
    Entities.M n = mentions.get(i);
    if (!a.lower(n.start).equals("the") || !lex.orgRepeaters.contains(head)) return -1;
    int sentence = a.sentenceOf(n.start);
    int found = -1;
    for (int j = i - 1; j >= 0; j--) {
      Entities.M m = mentions.get(j);
      if (sentence - a.sentenceOf(m.start) > 1) break;
      if (m.entity < 0 || m.end > n.start || !m.kind.equals(Mention.NAME) || !entities.get(m.entity).type.equals(Entity.ORG)) continue;
      if (found >= 0 && found != m.entity) return -1; // two organisations: no telling which
      found = m.entity;
    }
    return found;
  }

  /** "the spokesman": the nearest person before it with that title. */
  private int personWithRole(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i) {
    String head = mentions.get(i).head;
    return nearestBefore(a, mentions, entities, i, e -> e.type.equals(Entity.PERSON)
        && e.titles.stream().anyMatch(t -> Lexicon.normalize(a.text().substring(t[0], t[1])).endsWith(head)));
  }

  /** The entity of the nearest mention before mention i, within reach, that {@code wanted} accepts. */
  private static int nearestBefore(Analysis a, List<Entities.M> mentions, List<Entities.E> entities, int i,
      java.util.function.Predicate<Entities.E> wanted) {
    Entities.M n = mentions.get(i);
    int sentence = a.sentenceOf(n.start);
    for (int j = i - 1; j >= 0; j--) {
      Entities.M m = mentions.get(j);
      if (sentence - a.sentenceOf(m.start) > NOMINAL_REACH) return -1;
      if (m.entity >= 0 && m.end <= n.start && wanted.test(entities.get(m.entity))) return m.entity;
    }
    return -1;
  }

}
