package org.attest.claim;

import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.under-plan: the owner of the plan a paragraph sets out from "Under X's plan,": the figures
 * of its sentences in "would" or "will" are X's, up to two sentences on ("Under Mrs. Clinton's
 * plan, taxpayers would pay .... Gains of two to three years would be subject to a 36 percent
 * rate"), but not what holds now ("the current long-term rate of 20 percent", "currently as high
 * as 39.6 percent"). The source does not go on: the next sentence may state what holds now.
 */
final class UnderPlan extends SourceRule {
  private final ClaimLexicon lex;

  UnderPlan(ClaimLexicon lex) {
    super("claim.under-plan");
    this.lex = lex;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    Source owner = owner(f.a(), f, f.from(), f.tok());
    return owner == null ? null : new Attribution(owner, 0.6, false, name());
  }

  private Source owner(Analysis a, FigureSentence f, int from, int figure) {
    boolean modal = false;
    for (int k = from; k < figure && !modal; k++) modal = lex.futureModals.contains(a.lower(k));
    if (!modal) return null;
    for (int k = Math.max(from, figure - 6); k < figure; k++) {
      String w = a.lower(k);
      if (lex.present.contains(w)) return null;
    }
    int sentence = a.sentenceOf(figure), paragraph = a.paragraphOf(figure);
    for (int s = sentence; s >= 0 && s >= sentence - 2; s--) {
      int start = a.sentenceStartToken(s);
      if (a.paragraphOf(start) != paragraph) return null;
      if (!a.lower(start).equals("under")) continue;
      for (int r = start + 2; r < a.sentenceEndToken(s) && r <= start + 7 && !a.token(r).equals(","); r++) {
        if (lex.plans.contains(a.lower(r)) && Authors.possessive(a, r - 1)) {
          Source owner = Authors.named(f.ents(), f.ents().mentionEndingAt(r - 1));
          if (owner != null) return owner;
        }
      }
    }
    return null;
  }
}
