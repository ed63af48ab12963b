package org.attest.time;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule family's name and openers, given once: the words of its tables that open it (its
 * function of the lexicon) and the words listed under its name in {@code time.txt [opener]}.
 */
abstract class RuleFamily implements TimeRule {
  private final String name;
  private final Function<TimeLexicon, Set<String>> openers;
  private final TimeRule.At match;

  /** A family whose {@link #match} is its own method. */
  RuleFamily(String name, Function<TimeLexicon, Set<String>> openers) {
    this(name, openers, null);
  }

  /** A family whose match is a static method other rules call too ({@code Weekdays::weekday}). */
  RuleFamily(String name, Function<TimeLexicon, Set<String>> openers, TimeRule.At match) {
    this.name = name;
    this.openers = openers;
    this.match = match;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<String> openers(TimeLexicon lex) {
    Set<String> out = new HashSet<>(openers.apply(lex));
    out.addAll(lex.openerWords.getOrDefault(name, Set.of()));
    return out;
  }

  @Override
  public Match match(Scan d, int t) {
    return match.match(d, t);
  }
}
