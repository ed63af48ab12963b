package org.attest.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * The source cascade, in one place: the first rule that finds a source for a figure decides it and
 * stamps its name on the claim. A figure no rule decides takes the source of the previous sentence
 * of its paragraph ({@link #PREVIOUS}: "A poll found 74 percent ... Sixty-two percent of
 * Republicans agreed."), else, in an article about a poll, a poll figure is the poll's
 * ({@link ArticlePoll}), else has none: the article's own authority ({@link #ARTICLE}).
 */
final class SourceRules {
  static final String PREVIOUS = "claim.previous-sentence";
  static final String ARTICLE = "claim.article";

  final List<SourceRule> rules;
  final ArticlePoll poll;

  SourceRules(ClaimLexicon lex) {
    Authors authors = new Authors(lex);
    poll = new ArticlePoll(lex, authors);
    ReportAuthor report = new ReportAuthor(lex, authors);
    SourceVerbSubject verb = new SourceVerbSubject(lex);
    rules = List.of(new PlanOwner(lex), new InnerOrigin(lex, report), new QuoteSpeaker(lex), new DocumentAuthor(lex, authors), new DocumentItself(lex),
        new DocumentSubject(lex, authors), new AttributionAfter(lex, authors), verb, new SaidSubject(lex, verb), report, new Proposer(lex), new UnderPlan(lex));
  }

  /** The source of the figure by the first rule that finds one, or null. */
  Attribution attribute(FigureSentence f) {
    for (SourceRule rule : rules) {
      Attribution found = rule.attribute(f);
      if (found != null) return found;
    }
    return null;
  }

  /** The names of the rules in order, then the two fallbacks. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (SourceRule rule : rules) out.add(rule.name());
    out.add(PREVIOUS);
    out.add(ArticlePoll.NAME);
    out.add(ARTICLE);
    return out;
  }
}
