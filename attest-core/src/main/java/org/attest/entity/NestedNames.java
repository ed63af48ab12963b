package org.attest.entity;

import static org.attest.entity.Words.glued;
import static org.attest.entity.Words.hasAdjective;
import static org.attest.entity.Words.isUsGpe;
import static org.attest.entity.Words.key;
import static org.attest.entity.Words.modifiersOnly;
import static org.attest.entity.Words.phraseBefore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/**
 * Stage "nested-names": names inside longer names of organisations and things, as GUM and readers
 * see them: a leading place or a name the article uses on its own ("US National Science
 * Foundation", "Google Science Fair", "Irving Police Department"), the place after "of"/"for" ("the
 * Municipality of Livorno", "University of Southern Indiana"), a facility named after a place
 * ("Shandao Station"), a known place further in ("Fan Expo Canada"). Each is added after its outer
 * name, which stays the widest mention at its tokens. Not inside places ("Washington D.C.") or people.
 */
final class NestedNames extends EntityStage {
  /** Names longer than this (a run of capitalised words, not a name) are not searched for names inside them. */
  private static final int LONGEST_NAME = 32;

  private final EntityLexicon lex;
  private final NameTypes types;

  NestedNames(NameTypes types) {
    super("nested-names");
    this.types = types;
    this.lex = types.lex;
  }

  /** The names found inside names, in the order of {@link #run}, while it collects them. */
  private static final class Found {
    final Set<String> keys;
    final List<Entities.M> out;
    final List<int[]> titles;

    Found(Set<String> keys, List<Entities.M> out, List<int[]> titles) {
      this.keys = keys;
      this.out = out;
      this.titles = titles;
    }

    void add(int start, int end) {
      out.add(new Entities.M(start, end, Mention.NAME, null));
      titles.add(null);
    }
  }

  @Override
  void run(Draft d) {
    Analysis a = d.a;
    List<Entities.M> names = d.names;
    List<int[]> titleSpans = d.titleSpans;
    Found found = null;
    for (int i = 0; i < names.size(); i++) {
      Entities.M m = names.get(i);
      if (found != null) {
        found.out.add(m);
        found.titles.add(titleSpans.get(i));
      }
      if (m.end - m.start < 2 || m.end - m.start > LONGEST_NAME || titleSpans.get(i) != null) continue;
      String type = types.typeOf(a, m.start, m.end, false);
      if (type.equals(Entity.PERSON) || type.equals(Entity.NORP)) continue;
      if (type.equals(Entity.OTHER) && lex.cities.contains(key(a, m.start, m.end))) type = Entity.GPE; // "East Los Angeles"
      if (found == null) {
        Set<String> keys = new HashSet<>();
        for (Entities.M n : names) keys.add(key(a, n.start, n.end));
        found = new Found(keys, new ArrayList<>(names.subList(0, i + 1)), new ArrayList<>(titleSpans.subList(0, i + 1)));
      }
      nested(a, m.start, m.end, type, found);
    }
    if (found != null && found.out.size() > names.size()) {
      names.clear();
      names.addAll(found.out);
      titleSpans.clear();
      titleSpans.addAll(found.titles);
    }
  }

  private void nested(Analysis a, int start, int end, String type, Found found) {
    if (type.equals(Entity.GPE)) return; // "Washington D.C.", "Taipei City"
    int leading = leadingName(a, start, end, type, found);
    if (afterOf(a, start, end, found)) return;
    // a facility named after the place it serves or a person: "Shandao Station", "the Fisht Stadium", "Chiang Kai Shek Memorial"
    if (end - start >= 2 && lex.namedAfter.contains(a.lower(end - 1)) && !hasAdjective(a, start, end - 1) && !types.hasThingWord(a, start, end - 1)
        && !lex.gpe.contains(key(a, start, end - 1)) && !lex.cities.contains(key(a, start, end - 1)) && !found.keys.contains(key(a, start, end - 1))) { // named above
      found.add(start, end - 1);
    }
    // a known place further in: "Fan Expo Canada", "Metro Toronto Convention Centre", "University of Texas Arlington";
    // not a region ("Southern Indiana") nor a surname ("Valeska Paris", "Alia Salem")
    if (modifiersOnly(a, start, end - 1) || end - start == 2 || lex.orgs.contains(key(a, start, end))) return;
    for (int i = leading; i < end; i++) { // not "York" of "New York Times"
      if (!a.isCapitalized(i) || glued(a, i - 1, i) || lex.firstNames.containsKey(a.lower(i - 1))) continue;
      for (int j = Math.min(end, i + 3); j > i; j--) {
        if (j < end && glued(a, j - 1, j) || !lex.gpe.contains(key(a, i, j))) continue;
        found.add(i, j);
        i = j - 1;
        break;
      }
    }
  }

  /**
   * A leading place or known name, not the head of "X of Y" ("Church of Scientology", "Joint Committee
   * on Taxation"), added with
   * the names inside it. Returns where names further in may start: after the leading one.
   */
  private int leadingName(Analysis a, int start, int end, String type, Found found) {
    for (int k = end - 1; k > start; k--) {
      String join = a.lower(k - 1), next = a.lower(k);
      if (lex.nameLinks.contains(join) || join.equals("-") || join.equals("&") || next.equals("-") || next.equals("&") || lex.nameLinks.contains(next)
          || lex.organisationLink(next, join)) continue; // "Joint Committee" of "Joint Committee on Taxation": its head, not a name in it
      String key = key(a, start, k);
      if (k - start == 1 && a.token(start).length() <= 2 && !Words.isUpper(a.token(start))) continue; // "La" of "La Désirade": an article, not "LA"
      if (k + 1 < end && types.isCityOf(a, start, k + 1)) key = key(a, start, ++k); // "Taipei City" of "Taipei City Lantern Festival"
      boolean city = lex.cities.contains(key) && k + 1 == end && (lex.locWords.contains(a.lower(k)) || lex.cityInstitutions.contains(a.lower(k))); // "Volgograd Arena", "Kyoto University"; not "Peabody Energy"
      // not the first word of a two-word organisation the article also writes alone ("Wells" of "Wells Fargo"): its short form
      boolean shortForm = type.equals(Entity.ORG) && end - start == 2 && k == start + 1;
      if (lex.gpe.contains(key) || city || isUsGpe(a, start, k) || types.isCityOf(a, start, k)
          || found.keys.contains(key) && !lex.calendar.contains(key) && !shortForm
          || lex.orgs.contains(key) && !type.equals(Entity.ORG)) { // "Google" of "Google Chrome"
        String inner = types.typeOf(a, start, k, false);
        if (inner.equals(Entity.NORP)) break;
        found.add(start, k);
        if (k - start >= 2 && !inner.equals(Entity.PERSON)) nested(a, start, k, inner, found); // "Google" in "Google Science"
        return k;
      }
    }
    return start + 1;
  }

  /**
   * After "of" / "for": a place ("the Municipality of Livorno", "University of Southern Indiana"),
   * added with the names inside it. True when nothing further in is to be searched.
   */
  private boolean afterOf(Analysis a, int start, int end, Found found) {
    for (int i = start + 1; i < end - 1; i++) {
      if (!lex.nameLinks.contains(a.lower(i))) continue;
      int from = a.lower(i + 1).equals(lex.the) ? i + 2 : i + 1; // "University of the US"
      if (from >= end) return true;
      String inner = types.typeOf(a, from, end, false);
      if (inner.equals(Entity.GPE) || inner.equals(Entity.LOC) || phraseBefore(a, lex.placeBefore, from, start) || lex.cities.contains(key(a, from, end))) {
        found.add(from, end);
        if (end - from >= 2) nested(a, from, end, inner, found);
        return true;
      }
      return false;
    }
    return false;
  }
}
