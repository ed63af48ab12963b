package org.attest.claim;

import org.attest.model.Source;

/**
 * One rule of the source cascade ({@link SourceRules#RULES}): its name, stamped on the claims whose
 * source it decides, and the source it finds for a figure in its sentence, or null when it does not
 * apply. Its examples are in {@code src/test/resources/org/attest/claim/examples/<name>.txt}.
 */
abstract class SourceRule {
  private final String name;

  SourceRule(String name) {
    this.name = name;
  }

  /** The name stamped on what the rule decides: "claim.quote-speaker". */
  final String name() {
    return name;
  }

  /** The source of the figure, or null when this rule does not decide it. */
  abstract Attribution attribute(FigureSentence f);

  /** The attribution of a source found, or null. */
  final Attribution found(Source source, double confidence) {
    return source == null ? null : new Attribution(source, confidence, true, name);
  }
}
