package org.attest.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;

/**
 * The errors of an evaluation counted by the rule that decided the wrong answer (the rules
 * {@code Attest.explain} gives by id: a quote's sieve, a time's family, a figure's readers and steps,
 * a claim's source and as-of rules, a mention's sieve), beside how many judged answers each rule
 * decided, so that the weakest rule shows first. An error nothing decided (a miss) counts under
 * {@link #NONE}.
 */
final class ErrorsByRule {
  /** The row of errors no rule decided: what was missed. */
  static final String NONE = "(nothing found)";
  /** The row of answers no rule stamped (a quote no sieve attributed). */
  static final String NO_RULE = "(no rule)";

  private final String title;
  private Map<String, List<String>> rules = Map.of();
  private final Map<String, Integer> decided = new HashMap<>();
  private final Map<String, Map<String, Integer>> errors = new HashMap<>();
  private final List<String> kinds;

  /**
   * {@code title} says what a row counts ("a figure's error counts for each rule of its chain"); {@code kinds} are the
   * kinds of error, in the order of the table's columns.
   */
  ErrorsByRule(String title, String... kinds) {
    this.title = title;
    this.kinds = List.of(kinds);
  }

  /** The article's document; with {@code byRule}, its rules are kept there for the table. */
  static Document extract(Attest engine, Article article, ErrorsByRule byRule) {
    if (byRule == null) return engine.extract(article);
    Attest.Explained x = engine.explain(article);
    byRule.rules = x.rules();
    return x.document();
  }

  /** The rules that decided the item of this id, in order (empty when none is known). */
  List<String> rules(String id) {
    return rules.getOrDefault(id, List.of());
  }

  /** The rule that decided the item of this id (the first of its chain), or {@link #NO_RULE}. */
  String rule(String id) {
    List<String> r = rules(id);
    return r.isEmpty() ? NO_RULE : r.get(0);
  }

  /** The first rule of the item whose name starts with {@code prefix}, or {@link #NO_RULE}. */
  String rule(String id, String prefix) {
    for (String r : rules(id)) if (r.startsWith(prefix)) return r;
    return NO_RULE;
  }

  /** One judged answer decided by {@code rule} (nothing when the rule is unknown). */
  void decided(String rule) {
    if (rule != null) decided.merge(rule, 1, Integer::sum);
  }

  /** One error of {@code kind} ("SPURIOUS", "SOURCE"...) decided by {@code rule}; null: by none. */
  void error(String kind, String rule) {
    if (!kinds.contains(kind)) throw new IllegalArgumentException("not a kind of this table: " + kind);
    errors.computeIfAbsent(rule == null ? NONE : rule, k -> new LinkedHashMap<>()).merge(kind, 1, Integer::sum);
  }

  int errors(String rule) {
    int n = 0;
    for (int c : errors.getOrDefault(rule, Map.of()).values()) n += c;
    return n;
  }

  /** The table: a row a rule that decided or erred, most errors first, the misses last; decided, errors, their share, then each kind. */
  void print(PrintStream out) {
    Set<String> all = new HashSet<>(errors.keySet());
    all.addAll(decided.keySet());
    all.remove(NONE);
    List<String> rows = new ArrayList<>(all);
    rows.sort(Comparator.comparingInt((String r) -> -errors(r)).thenComparing(r -> r));
    if (errors.containsKey(NONE)) rows.add(NONE);
    out.println("errors by rule (" + title + "):");
    StringBuilder header = new StringBuilder(String.format("  %-32s %8s %7s %6s", "rule", "decided", "errors", "share"));
    for (String k : kinds) header.append(String.format(" %9s", k));
    out.println(header);
    for (String r : rows) {
      int n = errors(r);
      Integer d = decided.get(r);
      StringBuilder line = new StringBuilder(String.format("  %-32s %8s %7d %6s", r, d == null ? "-" : d.toString(), n,
          d == null || d == 0 ? "-" : String.format("%.3f", (double) n / d)));
      for (String k : kinds) line.append(String.format(" %9d", errors.getOrDefault(r, Map.of()).getOrDefault(k, 0)));
      out.println(line);
    }
  }
}
