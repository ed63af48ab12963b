package org.attest.claim;

import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.plan-owner: the named owner of a plan or statement the figure belongs to, whoever reports
 * it: "Mr. Trump's threats to ... slap a 35 percent tariff", "Mrs. Clinton's proposals to benefit
 * small businesses, which include ... $1 million", "Stumpf's repeated emphasis that only 1 percent".
 * The plan word, right after the possessive, stands at most 25 words before the figure; or the
 * figure sizes the plan, between the possessive and the plan word ("Bernie Sanders' $75 billion a
 * year plan").
 */
final class PlanOwner extends SourceRule {
  private final ClaimLexicon lex;

  PlanOwner(ClaimLexicon lex) {
    super("claim.plan-owner");
    this.lex = lex;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    Analysis a = f.a();
    int from = f.from(), figure = f.tok();
    Attribution inside = ownersFigure(f);
    if (inside != null) return inside;
    for (int r = figure - 1; r > from + 1 && r >= figure - 25; r--) {
      String w = a.lower(r);
      if (lex.sourceVerbs.contains(w) && a.pos(r).equals("VERB")) return null; // "..., which counted 2,000": the figure is another's
      String next = r + 1 < a.tokenCount() ? a.lower(r + 1) : "";
      // a plan to do something ("Trump's threats to ...", "Clinton's proposals to ..."), a statement
      // that says something ("Trump's statement about ...", "Stumpf's repeated emphasis that ...")
      boolean plan = lex.plans.contains(w) && next.equals("to");
      boolean statement = lex.statements.contains(w) && lex.statementLinks.contains(next)
          && holds(a, r + 1, figure, next.equals("that"));
      if (!plan && !statement) continue;
      int p = r - 1;
      while (statement && p > from + 1 && p >= r - 3 && (a.pos(p).equals("ADJ") || a.pos(p).equals("ADV") || a.lower(p).endsWith("ed"))) p--; // "repeated"
      if (!Authors.possessive(a, p)) continue;
      Source owner = Authors.named(f.ents(), f.ents().mentionEndingAt(p));
      if (owner != null) return found(owner, 0.65);
    }
    return null;
  }

  /**
   * A figure that sizes its owner's plan: "Bernie Sanders' $75 billion a year plan", "Hillary
   * Clinton's $350 billion, 10-year plan": a possessive right before the figure, a plan word a few
   * words after it, no verb between.
   */
  private Attribution ownersFigure(FigureSentence f) {
    Analysis a = f.a();
    int figure = f.tok(), p = figure - 1;
    if (p <= f.from() || !(Authors.possessive(a, p) || lonePossessive(a, p))) return null;
    for (int k = figure + 1; k < f.to() && k <= figure + 8; k++) {
      if (a.pos(k).equals("VERB") || a.pos(k).equals("AUX")) return null;
      if (lex.plans.contains(a.lower(k))) return found(Authors.named(f.ents(), f.ents().mentionEndingAt(p)), 0.65);
    }
    return null;
  }

  /** "Sanders' plan": an apostrophe glued to a name that ends in "s". */
  private static boolean lonePossessive(Analysis a, int p) {
    String w = a.token(p);
    return (w.equals("'") || w.equals("\u2019")) && p > 0 && a.token(p - 1).endsWith("s") && a.end(p - 1) == a.start(p);
  }

  /**
   * Whether the figure at {@code figure} is inside the statement whose complement starts at {@code
   * from}: no clause break (";", ", and", ", but") before it, and, after "of", "about" or ":", no
   * verb either ("Trump's claim of fraud was rejected, and turnout reached 5 million" is not his).
   */
  private static boolean holds(Analysis a, int from, int figure, boolean clause) {
    if (figure - from > (clause ? 15 : 10)) return false;
    for (int k = from + 1; k < figure; k++) {
      String w = a.lower(k);
      if (w.equals(";") || w.equals(",") && k + 1 < figure && (a.lower(k + 1).equals("and") || a.lower(k + 1).equals("but"))) return false;
      if (!clause && (a.pos(k).equals("VERB") || a.pos(k).equals("AUX"))) return false;
    }
    return true;
  }
}
