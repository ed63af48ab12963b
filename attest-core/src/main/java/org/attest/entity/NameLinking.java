package org.attest.entity;

import static org.attest.entity.Words.key;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Entity;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/**
 * Stage "link-names": each name, in text order, typed ({@link NameTypes}) and then joined to the
 * entity the first of the {@link NameSieves#ORDER} finds for it, which stamps its name on the mention;
 * a name no sieve links is a new entity ({@value #NEW}). The entity keeps its longest name, its
 * titles (once per wording) and the gender of its first name or title.
 */
final class NameLinking extends EntityStage {
  /** The rule a name that starts an entity of its own records. */
  static final String NEW = "new-entity";

  private final EntityLexicon lex;
  private final NameTypes types;
  private final TitleSplit titles;

  NameLinking(EntityLexicon lex, NameTypes types, TitleSplit titles) {
    super("link-names");
    this.lex = lex;
    this.types = types;
    this.titles = titles;
  }

  /** One name being linked, as the sieves read it. */
  static final class Name {
    final Entities.M m;
    final int[] title;
    final String key;
    final int n;
    final Gender gender;
    String type;

    Name(Entities.M m, int[] title, String key, String type, Gender gender) {
      this.m = m;
      this.title = title;
      this.key = key;
      this.n = m.end - m.start;
      this.type = type;
      this.gender = gender;
    }
  }

  /** What the sieves see of the names before: the entities, a name's latest entity, each entity's latest sentence. */
  static final class Linked {
    final Draft d;
    final EntityLexicon lex;
    final NameTypes types;
    final TitleSplit titles;
    final Map<String, Integer> byKey = new HashMap<>();
    final List<Integer> lastSentence = new ArrayList<>();

    Linked(Draft d, NameTypes types, TitleSplit titles) {
      this.d = d;
      this.lex = d.lex;
      this.types = types;
      this.titles = titles;
    }
  }

  @Override
  void run(Draft d) {
    Analysis a = d.a;
    Linked linked = new Linked(d, types, titles);
    for (int i = 0; i < d.names.size(); i++) {
      Entities.M m = d.names.get(i);
      int[] title = d.titleSpans.get(i);
      Gender gender = title == null ? Gender.UNKNOWN : titleGender(a, title); // "Mrs. Clinton" is no Bill
      String type = namedAfterPerson(linked, m, title);
      if ((type.equals(Entity.PERSON) || type.equals(Entity.OTHER)) && insideNextTitle(d, i)) type = Entity.ORG; // "RBC Capital Markets analyst Tom Lee"
      Name name = new Name(m, title, key(a, m.start, m.end), type, gender);
      int target = -1;
      for (NameSieves.Sieve sieve : NameSieves.ORDER) {
        target = sieve.find(linked, name);
        if (target >= 0) {
          m.rule = sieve.name();
          break;
        }
      }
      if (target < 0) m.rule = NEW;
      List<Entities.E> entities = d.entities;
      if (target >= 0 && name.n == 1 && entities.get(target).type.equals(Entity.OTHER) && entities.get(target).nameTokens > 1
          && name.key.equals(NameSieves.initials(lex, entities.get(target).name))) {
        name.type = Entity.OTHER; // the acronym of a name of something else types nothing
      }
      join(linked, name, target);
    }
  }

  /** The type of a name; a person's surname before another name is a thing named after the person: "a Warhol Polaroid". */
  private String namedAfterPerson(Linked linked, Entities.M m, int[] title) {
    Analysis a = linked.d.a;
    String type = types.typeOf(a, m.start, m.end, title != null);
    if (type.equals(Entity.PERSON) && title == null && m.end - m.start > 1 && !lex.firstNames.containsKey(a.lower(m.start))) {
      int before = linked.byKey.getOrDefault(a.lower(m.start), -1);
      if (before >= 0 && linked.d.entities.get(before).type.equals(Entity.PERSON) && linked.d.entities.get(before).nameTokens > 1) type = Entity.OTHER;
    }
    return type;
  }

  /** Name i stands inside the title of the name after it: the organisation of a person's title ("Wells Fargo CEO John Stumpf"). */
  private static boolean insideNextTitle(Draft d, int i) {
    if (i + 1 >= d.names.size() || d.titleSpans.get(i + 1) == null || d.titleSpans.get(i) != null) return false;
    int[] title = d.titleSpans.get(i + 1);
    Entities.M m = d.names.get(i);
    if (i > 0 && d.names.get(i - 1).end >= m.end && d.names.get(i - 1).start <= m.start) return false; // a name inside a name
    Analysis a = d.a;
    if (!a.pos(m.start).startsWith("PROPN") || d.lex.titles.containsKey(a.lower(m.start))) return false; // "Major", "Shadow", "Emeritus"
    return title[0] <= a.start(m.start) && a.end(m.end - 1) < title[1];
  }

  /** Links the name to entity {@code target}, or to a new entity when it is -1, and updates what the entity knows. */
  private void join(Linked linked, Name name, int target) {
    Draft d = linked.d;
    Analysis a = d.a;
    Entities.M m = name.m;
    Entities.E ent;
    if (target < 0) {
      ent = new Entities.E(name.type);
      d.entities.add(ent);
      target = d.entities.size() - 1;
    } else {
      ent = d.entities.get(target);
      if (ent.type.equals(Entity.OTHER) || (name.type.equals(Entity.PERSON) && name.title != null)) ent.type = name.type.equals(Entity.OTHER) ? ent.type : name.type;
    }
    m.entity = target;
    while (linked.lastSentence.size() <= target) linked.lastSentence.add(-1);
    linked.lastSentence.set(target, a.sentenceOf(m.start));
    if (!ent.keys.contains(name.key)) ent.keys.add(name.key);
    linked.byKey.put(name.key, target);
    int n = name.n;
    boolean orgWordSuffix = ent.type.equals(Entity.ORG) && ent.name != null && n > 1 && lex.orgWords.contains(a.lower(m.end - 1))
        && ent.keys.contains(key(a, m.start, m.end - 1)); // "Wells Fargo board" does not rename "Wells Fargo"
    if (n > ent.nameTokens && !orgWordSuffix) {
      ent.nameTokens = n;
      ent.name = a.text().substring(a.start(m.start), a.end(m.end - 1));
      ent.lastToken = a.lower(m.end - 1);
      ent.firstToken = a.lower(m.start);
    }
    if (name.title != null && !hasTitle(a, ent, name.title)) ent.titles.add(name.title);
    if (ent.gender == Gender.UNKNOWN) {
      Gender g = lex.firstNames.get(a.lower(m.start));
      if (g != null && (n > 1 || ent.nameTokens == 1)) ent.gender = g; // "Marilyn" alone too
      if (name.title != null) {
        Gender byTitle = titleGender(a, name.title);
        if (byTitle != Gender.UNKNOWN) ent.gender = byTitle;
      }
    }
  }

  private Gender titleGender(Analysis a, int[] title) {
    return lex.titleGender(Lexicon.normalize(a.text().substring(title[0], title[1])));
  }

  /** Titles are kept once per wording: "President" said forty times is one title. */
  private static boolean hasTitle(Analysis a, Entities.E ent, int[] title) {
    String text = a.text().substring(title[0], title[1]);
    for (int[] t : ent.titles) if (a.text().regionMatches(t[0], text, 0, text.length()) && t[1] - t[0] == text.length()) return true;
    return false;
  }
}
