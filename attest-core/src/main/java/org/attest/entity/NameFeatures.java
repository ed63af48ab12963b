package org.attest.entity;

import static org.attest.entity.Words.hasDigit;
import static org.attest.entity.Words.isUpper;
import static org.attest.entity.Words.key;

import java.util.List;
import org.attest.model.Entity;
import org.attest.text.Analysis;

/**
 * What {@link TypeModel} reads of one name mention: the rules' types (the mention's own and its
 * entity's after the retyping passes), the lexicons the name's words are in (places, cities,
 * organisations, organisation and feature words, first names, groups, titles), its shape (length,
 * capitals, digits, "of", "and") and its words (last word, first word, suffix), the words around it
 * ("in", "at", "said", "'s", a comma) and what the article says of its entity (how often it is
 * named, a title, a gender). Training ({@link TypeModelTrainer}) and typing read the same features.
 */
final class NameFeatures {
  private final EntityLexicon lex;
  final NameTypes types;

  NameFeatures(NameTypes types) {
    this.types = types;
    this.lex = types.lex;
  }

  /** The features of name {@code i} of the draft (its entity linked, the retyping passes run) into {@code out}. */
  void of(Draft d, int i, int[] nameCounts, List<String> out) {
    Analysis a = d.a;
    Entities.M m = d.names.get(i);
    int[] title = d.titleSpans.get(i);
    Entities.E e = d.entities.get(m.entity);
    out.add("bias");
    out.add("rule=" + types.typeOf(a, m.start, m.end, title != null));
    out.add("entity=" + e.type);
    lexicons(a, m.start, m.end, out);
    shape(a, m.start, m.end, out);
    words(a, m.start, m.end, out);
    context(a, m.start, m.end, out);
    document(d, i, out);
    if (title != null) {
      out.add("titled");
      out.add("title=" + word(a.lower(a.tokenAt(title[1] - 1))));
    }
    if (!e.titles.isEmpty()) out.add("entity-titled");
    int count = nameCounts[m.entity];
    out.add("named=" + Math.min(count, 3));
    if (e.nameTokens > m.end - m.start) out.add("shorter-than-entity");
    if (e.gender != Gender.UNKNOWN) out.add("gender");
    if (e.keys.size() > 1) out.add("several-names");
  }

  /** The lexicons that know the name or its words. */
  private void lexicons(Analysis a, int start, int end, List<String> out) {
    String bare = types.bare(key(a, start, end));
    if (lex.gpe.contains(bare)) out.add("gpe");
    if (lex.loc.contains(bare)) out.add("loc");
    if (lex.cities.contains(bare)) out.add("city");
    if (lex.orgs.contains(bare)) out.add("org");
    if (lex.norp.contains(bare)) out.add("norp");
    if (lex.holidays.contains(bare)) out.add("holiday");
    String first = a.lower(start), last = a.lower(end - 1);
    Gender g = lex.firstNames.get(first);
    if (g != null) out.add(end - start > 1 ? "first-name=" + g : "first-name-alone=" + g);
    if (end - start > 1 && lex.firstNames.containsKey(last)) out.add("last-is-first-name");
    if (lex.orgWords.contains(last)) out.add("org-word-last");
    if (lex.locWords.contains(last)) out.add("loc-word-last");
    if (lex.namedAfter.contains(last)) out.add("named-after-last");
    if (lex.orgFirst.contains(first)) out.add("org-first");
    if (lex.locFirst.contains(first)) out.add("loc-first");
    if (lex.titles.containsKey(first)) out.add("title-first");
    if (lex.roleHeads.contains(last)) out.add("role-last");
    if (end - start > 1 && (lex.gpe.contains(last) || lex.cities.contains(last))) out.add("place-last");
    if (end - start > 1 && (lex.gpe.contains(first) || lex.cities.contains(first))) out.add("place-first");
    if (lex.norp.contains(first)) out.add("norp-first");
    int common = 0, proper = 0, words = 0; // the name's words that are common words of English, proper names, neither
    for (int k = start; k < end; k++) {
      String w = a.lower(k);
      if (Character.isLetter(a.token(k).charAt(0)) && !w.equals(lex.of) && !w.equals(lex.and) && !w.equals(lex.the)) {
        words++;
        if (lex.commonWord(w)) common++;
        else if (lex.properWord(w)) proper++;
      }
      if (lex.thingWords.contains(w)) out.add("thing-word");
      if (lex.orgWords.contains(w) && k < end - 1) out.add("org-word-inside");
      if (lex.calendar.contains(w)) out.add("calendar-word");
    }
    if (words > 0) {
      out.add(common == words ? "common-all" : common == 0 ? "common-none" : "common-some");
      if (proper > 0) out.add(proper == words ? "proper-all" : "proper-some");
      if (proper + common < words) out.add("unknown-word");
    }
  }

  /** Length, capitals, digits, hyphens, apostrophes, "of"/"and" inside. */
  private void shape(Analysis a, int start, int end, List<String> out) {
    int n = end - start;
    out.add("tokens=" + Math.min(n, 4));
    String tok = a.token(start);
    if (n == 1 && tok.length() >= 2 && isUpper(tok)) out.add(tok.length() <= 5 ? "acronym" : "shouted");
    if (n > 1 && isUpper(a.token(end - 1)) && a.token(end - 1).length() > 2) out.add("upper-last");
    for (int k = start; k < end; k++) {
      String t = a.token(k), w = a.lower(k);
      if (hasDigit(t)) out.add("digit");
      if (w.equals(lex.of)) out.add("of-inside");
      if (w.equals(lex.and) || w.equals("&")) out.add("and-inside");
      if (w.equals(lex.the) && k > start) out.add("the-inside");
      if (t.length() == 2 && t.charAt(1) == '.' || t.length() == 1 && Character.isUpperCase(t.charAt(0))) out.add("initial");
      if (t.indexOf('-') > 0 || w.equals("-")) out.add("hyphen");
      if (innerCapital(t)) out.add("inner-capital");
      if (!ascii(t)) out.add("non-ascii");
      if (!a.isCapitalized(k) && Character.isLetter(t.charAt(0)) && !w.equals(lex.of) && !w.equals(lex.and) && !w.equals(lex.the)) out.add("lower-word");
    }
  }

  /** The name's last and first words, the ending of its last word, each word. */
  private void words(Analysis a, int start, int end, List<String> out) {
    String last = a.lower(end - 1);
    out.add("last=" + word(last));
    if (end - start > 1) out.add("first=" + word(a.lower(start)));
    if (last.length() > 4) out.add("suffix=" + word(last.substring(last.length() - 3)));
    for (int k = start; k < end && k < start + 6; k++) out.add("w=" + word(a.lower(k)));
  }

  /** The words before and after the name in its sentence, their tags, where the name stands. */
  private void context(Analysis a, int start, int end, List<String> out) {
    int s = a.sentenceOf(start), from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    int p = start - 1;
    boolean the = p >= from && a.lower(p).equals(lex.the);
    if (the) {
      out.add("the-before");
      p--;
    }
    if (p >= from) {
      out.add("before=" + word(a.lower(p)));
      out.add("before-tag=" + a.pos(p));
      if (p - 1 >= from) out.add("before2=" + word(a.lower(p - 1)) + "_" + word(a.lower(p)));
    } else {
      out.add(the ? "the-opens" : "opens-sentence");
    }
    if (end < to) {
      String next = a.lower(end);
      out.add("after=" + word(next));
      out.add("after-tag=" + a.pos(end));
      if (end + 1 < to) out.add("after2=" + word(next) + "_" + word(a.lower(end + 1)));
      if (next.equals(",") && end + 1 < to && a.isCapitalized(end + 1)) out.add("comma-name-after");
    } else {
      out.add("ends-sentence");
    }
    if (a.paragraphOf(start) == 0) out.add("headline");
    if (a.quoteOf(start) >= 0) out.add("quoted");
  }

  /**
   * What the rest of the document says of the name's words and where the name stands: its words
   * written in lower case elsewhere ("Prepare Quinoa" beside "rinse the quinoa"), a line with no
   * closing punctuation or one in title case (a heading), the POS tags of its words, and whether any
   * name of its entity stands inside a sentence of running text.
   */
  private void document(Draft d, int i, List<String> out) {
    Analysis a = d.a;
    Entities.M m = d.names.get(i);
    java.util.Set<String> lower = d.lowerWords();
    int content = 0, lowered = 0;
    for (int k = m.start; k < m.end; k++) {
      String w = a.lower(k);
      if (!a.isCapitalized(k) || w.equals(lex.of) || w.equals(lex.and) || w.equals(lex.the)) continue;
      content++;
      if (lower.contains(w)) lowered++;
      if (!a.pos(k).equals("PROPN")) out.add("tag-inside=" + a.pos(k));
    }
    if (lower.contains(a.lower(m.end - 1))) out.add("lower-elsewhere-last");
    if (content > 0 && lowered == content) out.add("lower-elsewhere-all");
    else if (lowered > 0) out.add("lower-elsewhere-some");
    out.add("last-tag=" + a.pos(m.end - 1));
    if (headingLine(a, m.start)) out.add("heading-line");
    if (titleCaseLine(a, m.start)) out.add("title-case-line");
    if (lineStart(a, m.start)) out.add("line-start");
    boolean running = false;
    for (Entities.M n : d.names) {
      if (n.entity == m.entity && !lineStart(a, n.start) && !headingLine(a, n.start) && !titleCaseLine(a, n.start)) running = true;
    }
    if (!running) out.add("never-in-running-text");
    coordinated(d, m, out);
  }

  /**
   * The rules' types of the names next to this one in a list ("Tulsa, Sand Springs, Sapulpa, Jenks,
   * and Broken Arrow", "Luo Changpei and Li Fang-Kuei"): a list names things of one kind. Names
   * apart by a comma alone are a list only when a coordinator before a capitalised word follows
   * in the sentence (not "Hernan Dario Gomez, Panama coach, said").
   */
  private void coordinated(Draft d, Entities.M m, List<String> out) {
    Analysis a = d.a;
    int to = a.sentenceEndToken(a.sentenceOf(m.start));
    boolean list = false;
    for (int k = m.start; k + 1 < to && !list; k++) list = lex.coordinators.contains(a.lower(k)) && a.isCapitalized(k + 1);
    for (Entities.M n : d.names) {
      if (n.entity < 0 || n.entity == m.entity || a.sentenceOf(n.start) != a.sentenceOf(m.start)) continue;
      boolean before = n.end <= m.start && listGap(a, n.end, m.start, list), after = m.end <= n.start && listGap(a, m.end, n.start, list);
      if (!before && !after) continue;
      String type = d.entities.get(n.entity).type;
      out.add("coordinated=" + (type.equals(Entity.LOC) ? Entity.GPE : type));
    }
  }

  /** Tokens [from, to) are one to three list marks: a comma (when {@code list}), a coordinator ("and", "or") or "&", "the". */
  private boolean listGap(Analysis a, int from, int to, boolean list) {
    if (from >= to || to - from > 3) return false;
    boolean joined = false;
    for (int k = from; k < to; k++) {
      String w = a.lower(k);
      boolean and = w.equals("&") || lex.coordinators.contains(w);
      if (!(w.equals(",") || and || w.equals(lex.the))) return false;
      joined |= and || list && w.equals(",");
    }
    return joined;
  }

  /** The token opens its sentence or its line. */
  private static boolean lineStart(Analysis a, int t) {
    return t == a.sentenceStartToken(a.sentenceOf(t)) || t == 0 || a.text().substring(a.end(t - 1), a.start(t)).indexOf('\n') >= 0;
  }

  /** The token's sentence ends in no closing punctuation: a heading, a list item, a caption. */
  private static boolean headingLine(Analysis a, int t) {
    int last = a.sentenceEndToken(a.sentenceOf(t)) - 1;
    String tok = a.token(last);
    char c = tok.charAt(tok.length() - 1);
    return ".?!;:\"'\u201d\u2019)]".indexOf(c) < 0;
  }

  /** Most words of the token's sentence (three or more) are capitalised: a title. */
  private static boolean titleCaseLine(Analysis a, int t) {
    int s = a.sentenceOf(t), words = 0, capitals = 0;
    for (int k = a.sentenceStartToken(s); k < a.sentenceEndToken(s); k++) {
      if (!Character.isLetter(a.token(k).charAt(0))) continue;
      words++;
      if (a.isCapitalized(k)) capitals++;
    }
    return words >= 3 && capitals * 4 >= words * 3;
  }

  /** A word as a feature: digits as 0, no white space or comment mark. */
  private static String word(String w) {
    StringBuilder b = null;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char r = Character.isDigit(c) ? '0' : Character.isWhitespace(c) || c == '#' ? '_' : c;
      if (r != c && b == null) b = new StringBuilder(w.substring(0, i));
      if (b != null) b.append(r);
    }
    return b == null ? w : b.toString();
  }

  private static boolean innerCapital(String t) {
    for (int i = 1; i < t.length(); i++) if (Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i - 1))) return true;
    return false;
  }

  private static boolean ascii(String t) {
    for (int i = 0; i < t.length(); i++) if (t.charAt(i) > 127) return false;
    return true;
  }
}
