package org.attest.number;

import static org.attest.number.Tokens.PHRASE;
import static org.attest.number.Tokens.lower;

import org.attest.model.Span;
import org.attest.text.Analysis;

/**
 * The measure a verb or a noun of change sets to a figure, right before "to" (or the rate's
 * link): "reducing the corporate tax rate to 28 percent", "Du Pont raised its quarterly dividend
 * to $1.20 a share", "increased its stake in Lawrence Insurance to 93.2%", "brought the toll for
 * both bombings to 259", "a 4% decline in revenue to $713.5 million" (number.rate-before).
 */
final class RateObjects {
  private final NumberLexicon lex;

  RateObjects(NumberLexicon lex) {
    this.lex = lex;
  }

  /**
   * The verb's object right before the figure at start; plain when the figure is a percentage, an
   * amount after "to" or the end of a change ("cut carbon emissions from U.S. power plants 32
   * percent"), else (a count after "to") only after a verb of [set-verb]. An object opened by a
   * possessive pronoun ("its offer"), holding an in/on/for phrase ("its stake in Lawrence
   * Insurance") or after a particle ("pushing down the yield") also needs a verb of [set-verb];
   * after "in", a noun of [set-noun] ("a steep drop in operating profit to $58.6 million").
   */
  Span before(Analysis a, int start, boolean plain) {
    int k = start - 1;
    while (k > 0 && lex.marginSigns.contains(a.token(k))) k--; // "+/- 4 percent"
    String w = lower(a, k);
    if (lex.rateBefore.contains(w) || w.equals(lex.rangeFrom)) k--;
    if (lex.changeDirection.contains(lower(a, k))) k--; // "bring the coefficient of drag down to 0.24"
    if (k < 0) return null;
    NumberLexicon.SetWords set = lex.objectWords.setWords();
    boolean headNoun = a.pos(k).equals("NOUN");
    // a rate, not a rival ("beats Trump by 46 percent"); a name or a noun read as an adjective only with a verb of [set-verb]
    if (!headNoun && !(a.pos(k).equals("PROPN") || a.pos(k).equals("ADJ") && k > 0 && a.pos(k - 1).equals("NOUN"))) return null;
    boolean strict = !plain || !headNoun;
    int s = k;
    while (s - 1 >= 0 && k - s < PHRASE) { // the noun phrase, with the "from" or "of" phrases it holds
      String p = a.pos(s - 1), v = a.lower(s - 1);
      if (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ")) s--;
      else if ((v.equals("from") || v.equals("of")) && s - 2 >= 0 && (a.pos(s - 2).equals("NOUN") || a.pos(s - 2).equals("PROPN"))) s--;
      else if (possessiveOf(a, s - 1)) s--; // "slash Pfizer's corporate tax rate to 17 or 18 percent"
      else if (set.links().contains(v) && s - 2 >= 0 && a.pos(s - 2).equals("NOUN") && !set.nouns().contains(a.lower(s - 2))) { // "its stake in Lawrence Insurance"
        s--;
        strict = true;
      } else if ((p.equals("DET") || p.equals("NUM") || v.equals("-")) && s - 2 >= 0 && set.links().contains(lower(a, s - 2))) s--; // "for both bombings"
      else if ((p.equals("NUM") || v.equals("-")) && Tokens.glued(a, s - 1, s)) s--; // "the benchmark 30-year Treasury bond"
      else if (p.equals("VERB") && v.endsWith("ing") && s - 2 >= 0 && set.links().contains(lower(a, s - 2))) s--; // "in operating profit"
      else break;
    }
    int before = s - 1;
    while (s < k && !(a.pos(s).equals("NOUN") || a.pos(s).equals("ADJ") || a.pos(s).equals("PROPN"))) s++;
    if (before >= 0 && (a.pos(before).equals("DET") || lex.objectWords.possessives().contains(a.lower(before)))) {
      strict |= !a.pos(before).equals("DET");
      before--;
    }
    if (before >= 1 && a.lower(before).equals("in") && set.nouns().contains(a.lower(before - 1))) return Span.of(a.text(), a.start(s), a.end(k));
    if (before >= 1 && lex.changeDirection.contains(a.lower(before))) { // "pushing down the yield"
      before--;
      strict = true;
    }
    if (before < 0 || !a.pos(before).equals("VERB") || strict && !set.verbs().contains(a.lower(before))) return null;
    return Span.of(a.text(), a.start(s), a.end(k));
  }

  /** Whether token k is a possessive "'s" after a name or noun: "Pfizer's". */
  private static boolean possessiveOf(Analysis a, int k) {
    return k >= 1 && (a.lower(k).equals("'s") || a.lower(k).equals("’s")) && (a.pos(k - 1).equals("PROPN") || a.pos(k - 1).equals("NOUN"));
  }
}
