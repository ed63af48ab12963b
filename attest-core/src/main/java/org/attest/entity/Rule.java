package org.attest.entity;

/**
 * A named step of entity extraction: a stage, or a sieve of name linking, pronoun or nominal
 * resolution, or of quoted-self linking. A mention a sieve decides records its name, the provenance
 * {@code attest extract --explain} is to show ({@code Entities.ruleOf}).
 */
abstract class Rule {
  private final String name;

  Rule(String name) {
    this.name = name;
  }

  /** The name a decided mention records, as in the examples file of the rule ("same-name"). */
  final String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
