package org.attest.claim;

import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.proposer: the person or organisation whose plan the figure is: the subject of "would",
 * "has called for", "promised" ("she would impose a 4 percent surcharge"), or the owner of a plan
 * ("Mrs. Clinton's plan would cap deductions at 28 percent"); also after a fronted phrase holding
 * the figure ("For those with incomes of more than $5 million, she would impose a surcharge"), not
 * after a clause ("after a shooting that killed 14, Trump proposed"). The subject of a modal
 * ("would", "will") is a person: "Audi will offer the car in thirteen finishes" tells, plans nothing.
 */
final class Proposer extends SourceRule {
  static final String NAME = "claim.proposer";
  private final ClaimLexicon lex;

  Proposer(ClaimLexicon lex) {
    super(NAME);
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
    if (finiteBefore(a, from, figure)) return null; // "after a shooting that killed 14, Trump proposed ...": not a fronted phrase of the plan
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
    if (m < 0 || ents.mentionStart(m) < from) return null;
    // a modal's subject makes a plan when it is a person ("she would impose"): "It would also allow", "Audi will offer" tell what will be
    if (lex.futureModals.contains(a.lower(v)) && !Entity.PERSON.equals(ents.entityType(ents.entityOf(m)))) return null;
    if (lex.futureModals.contains(a.lower(v)) && stateAfter(a, v)) return null; // "She will now have a full 10-year term": no plan
    return Authors.named(ents, m);
  }

  /** Whether the verb after the modal at v (past its adverbs: "will now have") tells what will be ({@code [modal-state]}). */
  private boolean stateAfter(Analysis a, int v) {
    int k = v + 1;
    while (k < a.tokenCount() && a.pos(k).equals("ADV")) k++;
    return k < a.tokenCount() && lex.modalStates.contains(a.lower(k));
  }

  /** Whether a verb with its subject ("Trump spoke", "that killed") stands between the sentence's start and the figure ("with adjusted gross incomes" has none). */
  private static boolean finiteBefore(Analysis a, int from, int figure) {
    for (int k = from + 1; k < figure; k++) {
      String before = a.pos(k - 1);
      boolean subject = before.equals("NOUN") || before.equals("PROPN") || before.equals("PRON");
      if (subject && (a.pos(k).equals("AUX") || a.pos(k).equals("VERB") && !a.lower(k).endsWith("ing"))) return true;
    }
    return false;
  }
}
