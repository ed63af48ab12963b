package org.attest.entity;

import static org.attest.entity.Words.glued;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/**
 * Stage "pronouns-and-nominals": third-person pronouns (a contraction's too: "he's", "I'll" gives
 * "I") and nominals ("the coalition", "a source", "an emailed statement"; a modifier "the coalition
 * email" still mentions the coalition), merged with the names in text order, the widest first.
 */
final class PronounsAndNominals extends EntityStage {
  PronounsAndNominals() {
    super("pronouns-and-nominals");
  }

  @Override
  void run(Draft d) {
    List<Entities.M> others = new ArrayList<>();
    for (int s = 0; s < d.a.sentenceCount(); s++) find(d, s, others);
    d.mentions.addAll(d.names);
    d.mentions.addAll(others);
    d.mentions.sort((x, y) -> x.start != y.start ? Integer.compare(x.start, y.start) : Integer.compare(y.end, x.end));
  }

  /**
   * The pronoun a contraction opens ("I'll", "he's", "we’ve"), lower case, or null: the tagger's
   * PRON+AUX, or a pronoun, an apostrophe and an auxiliary of {@code [contraction]} in one token
   * whatever its tag ("I’m" may be PROPN, "I’d" PRON). The caller looks it up.
   */
  static String contractedPronoun(Analysis a, EntityLexicon lex, int t) {
    String w = a.lower(t); // ’ written as '
    int k = w.indexOf('\'');
    if (!a.pos(t).startsWith("PRON+")) {
      return k > 0 && lex.pronouns.containsKey(w.substring(0, k)) && lex.contractions.contains(w.substring(k + 1)) ? w.substring(0, k) : null;
    }
    return k > 0 ? w.substring(0, k) : k < 0 ? w : null; // without an apostrophe ("its" taken for "it's"), the word itself
  }

  /** The pronoun at token t, a plain one or a contraction's, lower case; null when none. */
  static String pronounAt(Analysis a, EntityLexicon lex, int t) {
    return a.pos(t).equals("PRON") && lex.pronouns.containsKey(a.lower(t)) ? a.lower(t) : contractedPronoun(a, lex, t);
  }

  /** A mention of the pronoun at token t, ending inside the token when it is a contraction. */
  static Entities.M pronounMention(Analysis a, int t, String pronoun) {
    Entities.M m = new Entities.M(t, t + 1, Mention.PRONOUN, pronoun);
    if (a.end(t) - a.start(t) != pronoun.length()) m.charEnd = a.start(t) + pronoun.length();
    return m;
  }

  private static void find(Draft d, int s, List<Entities.M> out) {
    Analysis a = d.a;
    EntityLexicon lex = d.lex;
    int from = a.sentenceStartToken(s), to = a.sentenceEndToken(s);
    for (int t = from; t < to; t++) {
      String low = a.lower(t);
      String pos = a.pos(t);
      String pronoun = pronounAt(a, lex, t); // "he's": PRON+AUX
      PronounClass cls = pronoun == null ? null : lex.pronouns.get(pronoun);
      if (cls != null && cls.thirdPerson()) {
        out.add(pronounMention(a, t, pronoun));
        continue;
      }
      if (!pos.equals("NOUN") && !(pos.equals("PROPN") && lex.nominals.containsKey(low))) continue;
      String nominal = lex.nominals.get(low);
      if (nominal == null) continue;
      if (t + 1 < to && a.pos(t + 1).equals("NOUN") && !lex.verbLike.contains(a.lower(t + 1))) {
        // a modifier, not the head: "the coalition email" still mentions the coalition
        if (nominal.equals("org")) out.add(new Entities.M(t, t + 1, Mention.NOMINAL, low));
        continue;
      }
      out.add(new Entities.M(nounPhraseStart(a, lex, from, t), t + 1, Mention.NOMINAL, low));
    }
  }

  /** The first token of the noun phrase whose head is token t: its determiner, or its modifiers. */
  private static int nounPhraseStart(Analysis a, EntityLexicon lex, int from, int t) {
    int start = t;
    while (start - 1 >= from) {
      int p = start - 1;
      String pp = a.pos(p);
      String pl = a.lower(p);
      if (lex.determiners.contains(pl)) return p;
      if (pp.equals("ADJ") || pp.equals("NOUN") || pp.equals("PROPN") || pp.equals("NUM") || pl.equals(lex.possessive)
          || (pp.equals("VERB") && (pl.endsWith(lex.pastEnding) || pl.endsWith(lex.participleEnding)) && p - 1 >= from && lex.determiners.contains(a.lower(p - 1)))
          || (pl.equals("-") && p - 1 >= from && glued(a, p - 1, p))) {
        start = p;
      } else {
        break;
      }
    }
    return start;
  }
}
