package org.attest.claim;

import org.attest.entity.Entities;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.proposer: the person or organisation whose plan the figure is: the subject of "would",
 * "has called for", "promised" ("she would impose a 4 percent surcharge"), or the owner of a plan
 * ("Mrs. Clinton's plan would cap deductions at 28 percent"); also after a fronted phrase holding
 * the figure ("For those with incomes of more than $5 million, she would impose a surcharge").
 */
final class Proposer extends SourceRule {
  private final ClaimLexicon lex;

  Proposer(ClaimLexicon lex) {
    super("claim.proposer");
    this.lex = lex;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    Analysis a = f.a();
    int from = f.from(), figure = f.tok(), to = f.to();
    for (int v = figure - 1; v > from; v--) {
      Source s = proposer(a, f.ents(), from, v);
      if (s != null) return found(s, 0.65);
    }
    int comma = -1;
    for (int k = figure + 1; k < Math.min(to, figure + 15) && comma < 0; k++) if (a.token(k).equals(",")) comma = k;
    for (int v = comma + 1; comma > 0 && v < Math.min(to, comma + 5); v++) {
      Source s = proposer(a, f.ents(), comma + 1, v);
      if (s != null) return found(s, 0.65);
    }
    return null;
  }

  /** The named person or organisation whose plan the verb at v states, or null. */
  private Source proposer(Analysis a, Entities ents, int from, int v) {
    if (!lex.proposalVerbs.contains(a.lower(v)) || !(a.pos(v).equals("VERB") || a.pos(v).equals("AUX"))) return null;
    int end = v;
    while (end > from && (a.pos(end - 1).equals("AUX") || a.pos(end - 1).equals("ADV"))) end--;
    if (end - 1 > from && lex.plans.contains(a.lower(end - 1)) && a.lower(end - 2).equals("'s")) end -= 2; // "Clinton's plan would"
    int m = ents.mentionEndingAt(end);
    return m < 0 || ents.mentionStart(m) < from ? null : Authors.named(ents, m);
  }
}
