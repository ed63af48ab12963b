package org.attest.entity;

import static org.attest.entity.Words.hasDigit;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Entity;
import org.attest.text.Analysis;

/**
 * Stage "cue-types": an entity the rules and the model left untyped, whose names are unknown words
 * ({@link #unknown}), is a person when more contexts of its names are a person's than a
 * place's ("Chao taught ... he", "Klenk argued", "Gordon's wife", "Santos, a psychologist",
 * "Quilis (1964)"), a place on the converse ("born at Stridon,
 * a village", "travelled to Teotihuacan"): the cues of {@link #cues} (type-cues.txt). As rules
 * they took GUM written train's halves (each typed by the model trained on the other half) from
 * 0.707/0.701 to 0.708/0.710 (cues of one kind only), 0.708/0.717 (the majority, and 20 more
 * person verbs: "Pachomius refused"), 0.709/0.717 (a last word of places: "smaller Pitt Island"),
 * news 0.875 kept; as features of the model they lost (0.705/0.695).
 */
final class CueTypes extends EntityStage {
  /** The cue of a name followed by he or she ({@link ModelTypes#heOrSheNext}). */
  static final String HE_OR_SHE = "cue-he-or-she-next";

  private final EntityLexicon lex;

  CueTypes(EntityLexicon lex) {
    super("cue-types");
    this.lex = lex;
  }

  @Override
  void run(Draft d) {
    int n = d.entities.size();
    if (n == 0) return;
    int[] person = new int[n], place = new int[n];
    boolean[] closed = new boolean[n];
    List<String> cues = new ArrayList<>();
    for (Entities.M m : d.names) {
      if (m.entity < 0 || closed[m.entity]) continue;
      Entities.E e = d.entities.get(m.entity);
      if (!e.type.equals(Entity.OTHER) || !e.titles.isEmpty() || !unknown(d, m)) {
        closed[m.entity] = true;
        continue;
      }
      cues.clear();
      cues(d.a, m.start, m.end, cues);
      if (placeHead(d, m)) cues.add("cue-place-head");
      if (ModelTypes.heOrSheNext(d, m, d.lex)) cues.add(HE_OR_SHE);
      for (String c : cues) {
        if (PERSON_CUES.contains(c)) person[m.entity]++;
        if (PLACE_CUES.contains(c)) place[m.entity]++;
      }
    }
    for (int e = 0; e < n; e++) {
      if (closed[e]) continue;
      Entities.E ent = d.entities.get(e);
      if (person[e] > place[e]) ent.type = Entity.PERSON;
      else if (place[e] > person[e]) ent.type = ent.lastToken != null && d.lex.locWords.contains(ent.lastToken) ? Entity.LOC : Entity.GPE;
    }
  }

  /**
   * The context cues of type-cues.txt, each pooling words of one kind: a preposition of place before
   * the name ("in Hadibo"), a person's verb after it ("Coase argued", "Zurbarán was born"), kin after
   * its possessive ("Gordon's wife"), a year in brackets after it ("Quilis (1964)"), the head noun of an apposition or copula after it ("Hadibo, a
   * town in", "Santos, a psychologist", "Socotra is an island") and a relative after its comma
   * ("Santos, who").
   */
  private void cues(Analysis a, int start, int end, List<String> out) {
    int s = a.sentenceOf(start), from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    int p = start - 1;
    if (p >= from && a.lower(p).equals(lex.the)) p--;
    boolean cited = end < to && (hasDigit(a.token(end)) || a.token(end).equals("(") && end + 1 < to && hasDigit(a.token(end + 1))); // "in Quilis (1964)", not "to Teotihuacan (Mexico)"
    if (cited && end + 1 < to && a.token(end).equals("(") && year(a.token(end + 1))) out.add("cue-cited");
    String next = end < to ? a.lower(end) : "";
    boolean possessive = next.equals("'s") || next.equals("\u2019s") || next.equals("'") || next.equals("\u2019");
    if (p >= from && lex.cuePlaceBefore.contains(a.lower(p)) && !cited && !possessive) out.add("cue-place-before"); // not "from Quilis's terms"
    if (end >= to) return;
    int k = end;
    if (possessive && k + 1 < to) {
      if (lex.cueKin.contains(a.lower(k + 1))) out.add("cue-kin-after");
      return;
    }
    boolean comma = next.equals(",");
    if (comma && k + 1 < to) {
      String w = a.lower(k + 1);
      if (lex.cuePersonRelative.contains(w)) out.add("cue-person-relative");
      if (lex.cuePlaceRelative.contains(w)) out.add("cue-place-relative");
    }
    while (k < to && k < end + 3 && lex.cueAuxiliary.contains(a.lower(k))) k++;
    if (k < to && lex.cuePersonAfter.contains(a.lower(k))) out.add("cue-person-verb");
    if (!comma && k == end) return;
    int h = comma ? end + 1 : k;
    if (h < to && lex.determiners.contains(a.lower(h))) h++;
    else if (comma) return; // "Hadibo, a town": an apposition opens with a determiner
    for (int n = h; n < to && n < h + 4; n++) {
      String tag = a.pos(n), w = a.lower(n);
      if (!tag.equals("NOUN")) {
        if (tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("ADV") || tag.equals("NUM")) continue;
        break;
      }
      if (n + 1 < to && a.pos(n + 1).equals("NOUN")) continue; // the head is the last noun: "a fishing village"
      if (lex.cuePlaceNoun.contains(w)) out.add("cue-appos-place");
      else if (lex.cuePersonNoun.contains(w) || lex.roleHeads.contains(w)) out.add("cue-appos-person");
      else if (lex.orgWords.contains(w)) out.add("cue-appos-org");
      break;
    }
  }

  static final java.util.Set<String> PERSON_CUES = java.util.Set.of("cue-person-verb", HE_OR_SHE, "cue-kin-after", "cue-appos-person", "cue-person-relative", "cue-cited");
  static final java.util.Set<String> PLACE_CUES = java.util.Set.of("cue-place-head", "cue-place-before", "cue-appos-place", "cue-place-relative");

  /**
   * The name's words are words of letters, a capital and then small letters ("Stridon", not "ICT",
   * "L2", "CoM", "Eye-Tracking"), none a word of English nor written in lower case elsewhere in the
   * article (but a last word of places: "the Chatham Islands"); the name modifies no noun after it
   * ("Pachomian monasteries") nor follows a singular one ("the cruise ship Freewinds": a thing's name).
   */
  private static boolean unknown(Draft d, Entities.M m) {
    java.util.Set<String> lower = d.lowerWords();
    for (int k = m.start; k < m.end; k++) {
      String w = d.a.lower(k), t = d.a.token(k);
      if (w.equals(d.lex.the) || w.equals(d.lex.of) || k == m.end - 1 && k > m.start && placeHead(d, m)) continue;
      if (!titleWord(t) || d.lex.commonWord(w) || lower.contains(w)) return false;
    }
    int s = d.a.sentenceOf(m.start), from = d.a.sentenceStartToken(s), to = d.a.sentenceEndToken(s);
    if (m.start > from && singularNoun(d, m.start - 1)) return false; // "the cruise ship Freewinds", not "among others Quilis"
    return m.end >= to || !(d.a.pos(m.end).equals("NOUN") && !d.a.isCapitalized(m.end));
  }

  /** The name's last word, capitalised, is a noun of places: "the Chatham Islands", "Pitt Island". */
  private static boolean placeHead(Draft d, Entities.M m) {
    return m.end - m.start > 1 && d.a.isCapitalized(m.end - 1) && d.lex.cuePlaceNoun.contains(d.a.lower(m.end - 1));
  }

  private static boolean singularNoun(Draft d, int t) {
    return d.a.pos(t).equals("NOUN") && !d.a.isCapitalized(t) && !d.a.lower(t).endsWith(d.lex.pluralEnding);
  }

  /** Four digits and at most a letter: "1964", "2003a". */
  private static boolean year(String t) {
    if (t.length() < 4 || t.length() > 5) return false;
    for (int i = 0; i < 4; i++) if (!Character.isDigit(t.charAt(i))) return false;
    return t.length() == 4 || Character.isLetter(t.charAt(4));
  }

  private static boolean titleWord(String t) {
    if (t.length() < 3 || !Character.isUpperCase(t.charAt(0))) return false;
    for (int i = 1; i < t.length(); i++) if (!Character.isLowerCase(t.charAt(i))) return false;
    return true;
  }
}
