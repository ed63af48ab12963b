package org.attest.entity;

import java.util.List;
import java.util.function.Predicate;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/** The order of nominal resolution ("the coalition", "the spokesman"): the first sieve that finds an entity decides. */
final class NominalSieves {
  private NominalSieves() {}

  /** How far back (in sentences) a nominal looks for the organisation or person it repeats. */
  private static final int NOMINAL_REACH = 60;

  /** A step of nominal resolution: the entity of mention i of class {@code cls} (person, org, document), or -1. */
  abstract static class Sieve extends Rule {
    Sieve(String name) {
      super(name);
    }

    abstract int resolve(Coreference.Context c, int i, String cls);
  }

  static final List<Sieve> ORDER = List.of(new NameAround(), new SameHead(), new RepeatedOrganisation(), new Role());

  /** "the Islamic State group": the nominal around a name is the name's. */
  static final class NameAround extends Sieve {
    NameAround() {
      super("name-around");
    }

    @Override
    int resolve(Coreference.Context c, int i, String cls) {
      return c.nameEndingAt[c.mentions.get(i).end];
    }
  }

  /** "the coalition": the nearest organisation before it whose name ends in that word. */
  static final class SameHead extends Sieve {
    SameHead() {
      super("same-head");
    }

    @Override
    int resolve(Coreference.Context c, int i, String cls) {
      if (!"org".equals(cls)) return -1;
      String head = c.mentions.get(i).head;
      return nearestBefore(c, i, e -> e.type.equals(Entity.ORG) && e.name != null
          && (head.equals(e.lastToken) || e.keys.stream().anyMatch(k -> k.endsWith(" " + head))));
    }
  }

  /**
   * "Wells Fargo fired 5,300 workers. The bank said ...": a definite singular nominal of a business
   * word repeats the organisation just named, when it is the only one named in its sentence and the
   * one before.
   */
  static final class RepeatedOrganisation extends Sieve {
    RepeatedOrganisation() {
      super("repeated-organisation");
    }

    @Override
    int resolve(Coreference.Context c, int i, String cls) {
      Entities.M n = c.mentions.get(i);
      if (!"org".equals(cls) || !c.a.lower(n.start).equals(c.lex.the) || !c.lex.orgRepeaters.contains(n.head)) return -1;
      int sentence = c.a.sentenceOf(n.start);
      int found = -1;
      for (int j = i - 1; j >= 0; j--) {
        Entities.M m = c.mentions.get(j);
        if (sentence - c.a.sentenceOf(m.start) > 1) break;
        if (m.entity < 0 || m.end > n.start || !m.kind.equals(Mention.NAME) || !c.entity(m).type.equals(Entity.ORG)) continue;
        if (found >= 0 && found != m.entity) return -1; // two organisations: no telling which
        found = m.entity;
      }
      return found;
    }
  }

  /** "the spokesman": the nearest person before it with that title. */
  static final class Role extends Sieve {
    Role() {
      super("role");
    }

    @Override
    int resolve(Coreference.Context c, int i, String cls) {
      if (!"person".equals(cls)) return -1;
      String head = c.mentions.get(i).head;
      Analysis a = c.a;
      return nearestBefore(c, i, e -> e.type.equals(Entity.PERSON)
          && e.titles.stream().anyMatch(t -> Lexicon.normalize(a.text().substring(t[0], t[1])).endsWith(head)));
    }
  }

  /** The entity of the nearest mention before mention i, within reach, that {@code wanted} accepts. */
  private static int nearestBefore(Coreference.Context c, int i, Predicate<Entities.E> wanted) {
    Entities.M n = c.mentions.get(i);
    int sentence = c.a.sentenceOf(n.start);
    for (int j = i - 1; j >= 0; j--) {
      Entities.M m = c.mentions.get(j);
      if (sentence - c.a.sentenceOf(m.start) > NOMINAL_REACH) return -1;
      if (m.entity >= 0 && m.end <= n.start && wanted.test(c.entity(m))) return m.entity;
    }
    return -1;
  }
}
