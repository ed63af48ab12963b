package org.attest.entity;

/** One named pass of entity extraction over the document's draft; the order is {@link EntityExtractor#STAGES}. */
interface EntityStage {
  /** The stage's name, as in its examples file ("titles", "coreference"). */
  String name();

  void run(Draft d);
}
