package org.attest.entity;

/** One named pass of entity extraction over the document's draft; the order is {@link EntityExtractor#stages}. */
abstract class EntityStage extends Rule {
  EntityStage(String name) {
    super(name);
  }

  abstract void run(Draft d);
}
