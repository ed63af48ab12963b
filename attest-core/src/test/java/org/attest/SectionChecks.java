package org.attest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The check of every typed lexicon: each section it reads makes the load fail when missing, naming the section. */
public final class SectionChecks {
  private SectionChecks() {}

  /** The sections whose absence fails {@code load} with an error naming them (the others it does not read). */
  public static Set<String> failingWhenMissing(Map<String, List<String>> sections, Consumer<Map<String, List<String>>> load) {
    Set<String> failing = new TreeSet<>();
    for (String section : sections.keySet()) {
      Map<String, List<String>> without = new HashMap<>(sections);
      without.remove(section);
      try {
        load.accept(without);
      } catch (IllegalStateException e) {
        assertTrue(e.getMessage().contains("[" + section + "]"), e.getMessage());
        failing.add(section);
      }
    }
    return failing;
  }
}
