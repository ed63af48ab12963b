package org.attest.entity;

import java.util.Arrays;
import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/**
 * Stage "coreference": each pronoun and nominal not yet linked goes through its sieves in order
 * ({@link PronounSieves#ORDER}, {@link NominalSieves#ORDER}); the first that decides stamps its
 * name on the mention.
 */
final class Coreference extends EntityStage {
  Coreference() {
    super("coreference");
  }

  /** What the sieves read: the draft and the facts about its mentions and entities worked out once. */
  static final class Context {
    final Draft d;
    final Analysis a;
    final EntityLexicon lex;
    final List<Entities.M> mentions;
    final List<Entities.E> entities;
    /** By mention: a name inside a wider name ("Internet" of "Internet Explorer"), no antecedent. */
    final boolean[] inner;
    /** By entity: a named thing "it" may mean: named twice, no contraction ("I'll"). */
    final boolean[] thing;
    /** By entity: "Water said", a person taken only as a last resort. */
    final boolean[] weak;
    /** By token: inside parentheses ("Isfahan (Persian: ..., IATA: IFN)"), an aside no pronoun outside it refers to. */
    final boolean[] aside;
    /** By entity: the gender of the he/she already resolved to a person of no known gender ("Ichiyō Higuchi ... she"), else unknown. */
    final Gender[] told;
    /** By exclusive end token: the entity of the widest name ending there, or -1. */
    final int[] nameEndingAt;

    Context(Draft d) {
      this.d = d;
      this.a = d.a;
      this.lex = d.lex;
      this.mentions = d.mentions;
      this.entities = d.entities;
      inner = new boolean[mentions.size()];
      for (int i = 0, end = -1; i < mentions.size(); i++) {
        Entities.M m = mentions.get(i);
        if (!m.kind.equals(Mention.NAME)) continue;
        inner[i] = m.end <= end; // sorted by start, the wider first
        end = Math.max(end, m.end);
      }
      thing = new boolean[entities.size()];
      int[] nameCount = Entities.nameCounts(mentions, entities.size());
      for (int e = 0; e < thing.length; e++) {
        String name = entities.get(e).name;
        thing[e] = entities.get(e).type.equals(Entity.OTHER) && nameCount[e] >= 2 && name != null && name.indexOf('\'') < 0 && name.indexOf('\u2019') < 0;
      }
      weak = Entities.weakPeople(entities, nameCount);
      aside = asides(a);
      told = new Gender[entities.size()];
      Arrays.fill(told, Gender.UNKNOWN);
      nameEndingAt = new int[a.tokenCount() + 1];
      Arrays.fill(nameEndingAt, -1);
      for (Entities.M m : mentions) {
        if (m.kind.equals(Mention.NAME) && m.entity >= 0 && nameEndingAt[m.end] < 0) nameEndingAt[m.end] = m.entity; // the widest: sorted by start
      }
    }

    /** The tokens inside parentheses, a paragraph at most (an unclosed one ends there). */
    private static boolean[] asides(Analysis a) {
      boolean[] out = new boolean[a.tokenCount()];
      int depth = 0;
      for (int t = 0; t < a.tokenCount(); t++) {
        if (t > 0 && a.paragraphOf(t) != a.paragraphOf(t - 1)) depth = 0;
        if (a.token(t).equals("(")) depth++;
        out[t] = depth > 0;
        if (a.token(t).equals(")") && depth > 0) depth--;
      }
      return out;
    }

    Entities.E entity(Entities.M m) {
      return entities.get(m.entity);
    }

    /** The gender of entity e: of its names and titles, else of the he/she resolved to it so far. */
    Gender gender(int e) {
      Gender g = entities.get(e).gender;
      return g != Gender.UNKNOWN ? g : told[e];
    }
  }

  @Override
  void run(Draft d) {
    Context c = new Context(d);
    for (int i = 0; i < c.mentions.size(); i++) {
      Entities.M m = c.mentions.get(i);
      if (m.entity >= 0 || m.kind.equals(Mention.NAME)) continue;
      if (m.kind.equals(Mention.PRONOUN)) {
        PronounClass cls = c.lex.pronouns.get(m.head);
        for (PronounSieves.Sieve sieve : PronounSieves.ORDER) {
          int e = sieve.resolve(c, i, m, cls);
          if (e == PronounSieves.PASS) continue;
          m.entity = Math.max(e, -1);
          m.rule = sieve.name();
          if (m.entity >= 0 && cls.personal() && c.told[m.entity] == Gender.UNKNOWN) c.told[m.entity] = cls.gender();
          break;
        }
      } else {
        String cls = c.lex.nominals.get(m.head);
        for (NominalSieves.Sieve sieve : NominalSieves.ORDER) {
          int e = sieve.resolve(c, i, cls);
          if (e < 0) continue;
          m.entity = e;
          m.rule = sieve.name();
          break;
        }
      }
    }
  }
}
