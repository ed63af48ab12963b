package org.attest.number;

import static org.attest.number.Tokens.lower;
import static org.attest.number.Tokens.phrase;

import java.util.Set;
import org.attest.text.Analysis;

/**
 * The bound of a figure (FORMAT.md's modifiers): words before it ("fewer than 1,000", "about $3
 * billion", {@code [bound]}), a verb before it ("the share exceeds 7%", {@code [verb-bound]}),
 * words after it ("$100,000 or more", "500 and above", {@code [bound-after]}), and "or equal (to)"
 * after a strict bound ("more than 5000 or equal to"). Vague counts are at least their value;
 * "a couple dozen" is about it.
 */
final class Bounds {
  static final String BEFORE = "number.bound-before";
  static final String VERB = "number.verb-bound";
  static final String AFTER = "number.bound-after";
  static final String OR_EQUAL = "number.or-equal";

  /** Tags after "and more" that make it part of what follows ("and more importantly", "and more people"). */
  private static final Set<String> GOES_ON = Set.of("ADJ", "ADV", "NOUN", "PROPN", "NUM", "DET");

  private final NumberLexicon lex;
  private final NumberReader reader;

  Bounds(NumberLexicon lex, NumberReader reader) {
    this.lex = lex;
    this.reader = reader;
  }

  /** The end of the bound phrase starting at t, or t. */
  int before(Analysis a, int t) {
    for (int k = Math.min(lex.longestBound, a.tokenCount() - t); k >= 1; k--) {
      if (lex.bound.containsKey(phrase(a, t, k))) return t + k;
    }
    return t;
  }

  /** The modifier of the bound phrase [t, end). */
  String modifier(Analysis a, int t, int end) {
    return lex.bound.get(phrase(a, t, end - t));
  }

  /**
   * The modifier of the figure read into num, whose words start at {@code start} after a bound
   * phrase that gave {@code modifier}: with a bound after it, num ends after that bound.
   */
  String around(Analysis a, int start, Figure num, String modifier, boolean[] timed) {
    if (num.vague && modifier.equals("exact")) modifier = num.below ? "less_than" : "at_least";
    if (modifier.equals("exact") && start > 0 && lex.verbBound.containsKey(a.lower(start - 1))) {
      modifier = lex.verbBound.get(a.lower(start - 1)); // "the share exceeds 7%"
      num.stamp(VERB);
    } else if (modifier.equals("exact") && start > 1 && lex.verbBoundEnds.contains(a.lower(start - 1)) && lex.verbBound.containsKey(phrase(a, start - 2, 2))) {
      modifier = lex.verbBound.get(phrase(a, start - 2, 2)); // "it will start at $44,000"
      num.stamp(VERB);
    }
    if (num.approx && modifier.equals("exact")) modifier = "approx";
    if (modifier.equals("exact") || modifier.equals("approx")) modifier = after(a, num, modifier, timed);
    return orEqual(a, num, modifier, timed);
  }

  /** "$100,000 or more", "$200 or less", "500 and above", "200 or greater (than)"; not "200 or greater than 190". */
  private String after(Analysis a, Figure num, String modifier, boolean[] timed) {
    String bound = lex.boundAfter.get(phrase(a, num.end, Math.min(2, a.tokenCount() - num.end)));
    if (bound == null) return modifier;
    int e = num.end + 2;
    if (lower(a, e).equals("than")) e++;
    // "and more" ends the figure: not "and more importantly", "and more people"
    boolean ends = !lower(a, num.end).equals("and") || e >= a.tokenCount() || !GOES_ON.contains(a.pos(e));
    if (!ends || reader.read(a, e, timed) != null || e < a.tokenCount() && Character.isDigit(a.lower(e).charAt(0))) return modifier;
    num.end = e;
    num.open = true; // "households making $100,000 or more": the count ends there
    num.stamp(AFTER);
    return bound;
  }

  /** "more than 5000 or equal (to)": the strict bound made inclusive. */
  private String orEqual(Analysis a, Figure num, String modifier, boolean[] timed) {
    if (!(modifier.equals("more_than") || modifier.equals("less_than")) || !lower(a, num.end).equals("or") || !lower(a, num.end + 1).equals("equal")
        || reader.read(a, num.end + (lower(a, num.end + 2).equals("to") ? 3 : 2), timed) != null) {
      return modifier;
    }
    num.end += lower(a, num.end + 2).equals("to") ? 3 : 2;
    num.open = true;
    num.stamp(OR_EQUAL);
    return modifier.equals("more_than") ? "at_least" : "at_most";
  }
}
