package org.attest.time;

import java.util.Set;

/**
 * A family of time rules (HeidelTime's "match first, resolve the value in a separate step"):
 * its name, the words that can open one of its expressions, and its match at a token, whose
 * value it resolves against the document ({@link Tenses}, the anchor of {@link Scan}). The
 * scan tries a family only at a token it opens; a family's examples are in
 * {@code src/test/resources/org/attest/time/examples/<name>.tsv}.
 */
interface TimeRule {
  /** The name stamped on what the family decides: "time.explicit-date". */
  String name();

  /** The lower-case words that can open one of its expressions; digits and glued forms open any family. */
  Set<String> openers(TimeLexicon lex);

  /** Whether token t, though no opener, has a shape that opens one of its expressions ("Q3", "Sundays"). */
  default boolean opensByShape(Scan d, int t) {
    return false;
  }

  /** Its longest expression starting at (or reaching back from) token t, with its value resolved; or null. */
  Match match(Scan d, int t);

  /** A match at a token, as a static method of a family: {@code Weekdays::weekday}. */
  @FunctionalInterface
  interface At {
    Match match(Scan d, int t);
  }
}
