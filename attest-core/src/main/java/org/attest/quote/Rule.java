package org.attest.quote;

/**
 * A named step of quote finding (CoreNLP's sieves): the quote it decides records its name, the
 * provenance {@code attest extract --explain} is to show. The order of the steps is {@link Sieves}.
 */
interface Rule {
  /** The name a decided quote records, as in the examples file of the rule ("cue-after"). */
  String name();
}
