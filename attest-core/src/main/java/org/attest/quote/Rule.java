package org.attest.quote;

/**
 * A named step of quote finding (CoreNLP's sieves): the quote it decides records its name, the
 * provenance {@code attest extract --explain} is to show. The order of the steps is {@link Sieves}.
 */
abstract class Rule {
  private final String name;

  Rule(String name) {
    this.name = name;
  }

  /** The name a decided quote records, as in the examples file of the rule ("cue-after"). */
  final String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
