package org.attest.entity;

import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Mention;
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

  static final List<Sieve> ORDER = List.of(new NameAround(), new TitleOfName(), new SameHead(), new RepeatedOrganisation(), new Role());

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

  /**
   * "Andrew Lansley and Education Secretary Michael Gove": a person's role right before a person's
   * name is that person's title, not a mention of someone named before.
   */
  static final class TitleOfName extends Sieve {
    TitleOfName() {
      super("title-of-name");
    }

    @Override
    int resolve(Coreference.Context c, int i, String cls) {
      if (!"person".equals(cls)) return -1;
      Entities.M n = c.mentions.get(i);
      for (int j = i + 1; j < c.mentions.size() && c.mentions.get(j).start <= n.end; j++) {
        Entities.M m = c.mentions.get(j);
        if (m.start == n.end && m.kind.equals(Mention.NAME) && m.entity >= 0 && c.entity(m).type.equals(Entity.PERSON)) return m.entity;
      }
      return -1;
    }
  }

  /** A nominal of one class: the entity of the nearest mention before it, within reach, that its head word fits. */
  abstract static class ByHead extends Sieve {
    private final String nominalClass;

    ByHead(String name, String nominalClass) {
      super(name);
      this.nominalClass = nominalClass;
    }

    /** An answer the sieve gives before the nearest fitting entity, or -1. */
    int resolveFirst(Coreference.Context c, int i) {
      return -1;
    }

    @Override
    final int resolve(Coreference.Context c, int i, String cls) {
      if (!nominalClass.equals(cls)) return -1;
      int first = resolveFirst(c, i);
      if (first >= 0) return first;
      Entities.M n = c.mentions.get(i);
      int sentence = c.a.sentenceOf(n.start);
      for (int j = i - 1; j >= 0; j--) {
        Entities.M m = c.mentions.get(j);
        if (sentence - c.a.sentenceOf(m.start) > NOMINAL_REACH) return -1;
        if (m.entity >= 0 && m.end <= n.start && fits(c, c.entity(m), n.head)) return m.entity;
      }
      return -1;
    }

    /** Whether entity e is one the nominal of head word {@code head} can mean. */
    abstract boolean fits(Coreference.Context c, Entities.E e, String head);
  }

  /** "the coalition": the nearest organisation before it whose name ends in that word. */
  static final class SameHead extends ByHead {
    SameHead() {
      super("same-head", "org");
    }

    @Override
    boolean fits(Coreference.Context c, Entities.E e, String head) {
      return e.type.equals(Entity.ORG) && e.name != null && (head.equals(e.lastToken) || e.keys.stream().anyMatch(k -> k.endsWith(" " + head)));
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

  /**
   * "the spokesman": the nearest person before it with that title; when two people hold titles of
   * that head, the nearest whose title has the nominal's words too ("Health Secretary Andrew
   * Lansley and Education Secretary Michael Gove spoke. The health secretary said": Lansley).
   */
  static final class Role extends ByHead {
    Role() {
      super("role", "person");
    }

    @Override
    int resolveFirst(Coreference.Context c, int i) {
      Entities.M n = c.mentions.get(i);
      List<String> words = new java.util.ArrayList<>();
      for (int t = n.start; t < n.end - 1; t++) {
        if (!c.lex.determiners.contains(c.a.lower(t)) && !c.a.pos(t).equals("PUNCT")) words.add(c.a.lower(t));
      }
      if (words.isEmpty()) return -1;
      int sentence = c.a.sentenceOf(n.start);
      for (int j = i - 1; j >= 0; j--) {
        Entities.M m = c.mentions.get(j);
        if (sentence - c.a.sentenceOf(m.start) > NOMINAL_REACH) return -1;
        if (m.entity >= 0 && m.end <= n.start && titled(c, c.entity(m), n.head, words)) return m.entity;
      }
      return -1;
    }

    @Override
    boolean fits(Coreference.Context c, Entities.E e, String head) {
      return titled(c, e, head, List.of());
    }

    /** Whether person e holds a title that ends with the head word and holds every one of the words. */
    private static boolean titled(Coreference.Context c, Entities.E e, String head, List<String> words) {
      if (!e.type.equals(Entity.PERSON)) return false;
      for (int[] t : e.titles) {
        String title = Lexicon.normalize(c.a.text().substring(t[0], t[1]));
        if (!title.endsWith(head)) continue;
        List<String> in = List.of(title.split(" "));
        if (in.containsAll(words)) return true;
      }
      return false;
    }
  }
}
