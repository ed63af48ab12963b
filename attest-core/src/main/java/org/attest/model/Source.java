package org.attest.model;

import java.util.List;

/** Who asserts a claim: the origin, and the intermediaries from the origin towards the outlet. */
public record Source(String name, String entity, List<String> via) {
  public Source {
    via = List.copyOf(via);
  }
}
