package org.attest.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conflict rule for figures: two reports of one measured variable, for one place and one
 * period (one as-of value, or two days at most a day apart), that cannot both hold. Both must be reported states of the world (no rule, poll sample,
 * hypothetical, forecast, part or change); the variable must be named by more than a bare noun
 * (qualifiers, organisations or a place; for money, whose it is: "7 states" and "13 states" alone
 * say nothing of each other, nor do "49 people" and "16 rivals" in two articles about one man); a poll's result is compared only with a report of the same poll (the same pollster,
 * the same fieldwork period). Confidence grows with what anchors the variable and with how close
 * the two figures are: real disagreements differ by a few percent ("49 dead" and "50 dead"),
 * unrelated figures by orders of magnitude; it falls when a side is said in a direct quote
 * (speech: "at a time when 50 people are slaughtered" is no count to hold a report to).
 */
final class FigureConflicts {
  /** A figure claim as the rule sees it: its article, figure, variable, place key and unit. */
  record Row(long article, Ledger.Figure figure, Variables.Variable variable, String placeKey, String holderName, boolean quoted) {}

  /** Conflicts reported for one variable, place and unit at most (the most confident). */
  static final int MAX_PER_VARIABLE = 20;

  /** Pairs compared in one group at most: a group of thousands of same-variable figures stays bounded (its first ones, by as-of). */
  static final int MAX_GROUP = 200;

  private final Variables variables;

  FigureConflicts(Variables variables) {
    this.variables = variables;
  }

  /** Two as-of days this many days apart are one period: a count reported the next day is the same count. */
  static final int DAYS = 1;

  List<Ledger.Conflict> find(List<Row> rows) {
    Map<String, List<Row>> groups = new HashMap<>();
    for (Row r : rows) {
      Variables.Variable v = r.variable();
      Ledger.Figure f = r.figure();
      if (!"state".equals(v.statement()) || variables.vague(v.head()) || f.asOf() == null || f.low() == null && f.high() == null) continue;
      if (v.measure().equals("change") || v.measure().equals("ratio") || v.pollster().equals("?")) continue;
      boolean named = !v.qualifiers().isEmpty() || !v.orgs().isEmpty() || !r.placeKey().isEmpty();
      // a bare noun ("7 states", "16 rivals") is no variable; whose it is anchors money ("Sanders raised $20 million"), not a count:
      // the person named before "49 people were killed" is seldom whose the 49 are
      if (!named && (v.holder().isEmpty() || !v.measure().equals("amount"))) continue;
      String key = v.key() + "\u0002" + r.placeKey() + "\u0002" + f.unit();
      List<Row> g = groups.computeIfAbsent(key, k -> new ArrayList<>());
      if (g.size() < MAX_GROUP) g.add(r);
    }
    List<Ledger.Conflict> out = new ArrayList<>();
    for (List<Row> g : groups.values()) {
      List<Ledger.Conflict> found = new ArrayList<>();
      compare(g, found);
      // one variable reported a hundred ways is one disagreement: its most confident pairs say it
      found.sort(java.util.Comparator.comparingDouble(Ledger.Conflict::confidence).reversed());
      out.addAll(found.subList(0, Math.min(found.size(), MAX_PER_VARIABLE)));
    }
    out.sort(java.util.Comparator.comparing((Ledger.Conflict c) -> c.left().published() == null ? "" : c.left().published())
        .thenComparing(c -> c.left().article()).thenComparingInt(c -> c.left().start()).thenComparing(c -> c.right().article())
        .thenComparingInt(c -> c.right().start()));
    return out;
  }

  /**
   * Whether two as-of values are one period: the same value ("2016-03", "2016-Q1"), or two days at
   * most {@link #DAYS} apart. A day and the month holding it are not: a count changes within a month.
   */
  static boolean samePeriod(String a, String b) {
    if (a.equals(b)) return true;
    if (a.length() < 10 || b.length() < 10 || !a.matches("\\d{4}-\\d{2}-\\d{2}.*") || !b.matches("\\d{4}-\\d{2}-\\d{2}.*")) return false;
    long days = Periods.days(a, b);
    return days >= 0 && days <= DAYS;
  }

  private void compare(List<Row> g, List<Ledger.Conflict> out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = i + 1; j < g.size(); j++) {
        Row a = g.get(i), b = g.get(j);
        if (a.article() == b.article() || !samePeriod(a.figure().asOf(), b.figure().asOf()) || Intervals.meet(a.figure(), b.figure())) continue;
        if (!seen.add(a.article() + ":" + a.figure().text() + "\u0000" + b.article() + ":" + b.figure().text())) continue;
        double ratio = ratio(a.figure(), b.figure());
        Variables.Variable v = a.variable();
        double confidence = 0.5;
        if (!v.holder().isEmpty()) confidence += 0.15;
        if (!v.qualifiers().isEmpty() || !v.orgs().isEmpty()) confidence += 0.1;
        if (!a.placeKey().isEmpty()) confidence += 0.1;
        if (!v.pollster().isEmpty()) confidence += 0.1; // one poll's result reported twice
        if (ratio <= 1.25) confidence += 0.1;
        else if (ratio > 10) confidence -= 0.3; // "2" and "1,000": rarely the same thing
        else if (ratio > 3) confidence -= 0.1;
        if (a.quoted() || b.quoted()) confidence -= 0.25; // a figure said in a direct quote is speech: often rounded, rhetorical, or counted otherwise
        confidence = Math.max(0.05, Math.min(0.95, confidence));
        String variable = describe(v, a.holderName(), a.figure().place());
        String about = variable + ", " + a.figure().asOf();
        out.add(new Ledger.Conflict("figure", about, v.pollster().isEmpty() ? "same variable, intervals apart" : "same poll, intervals apart",
            Math.round(confidence * 100) / 100.0, side(a.figure()), side(b.figure()), new Ledger.FigureEvidence(variable, a.figure(), b.figure())));
      }
    }
  }

  /** How far apart two figures are: the larger of their middles over the smaller (1 for equal ones, infinite across zero). */
  static double ratio(Ledger.Figure a, Ledger.Figure b) {
    double x = Math.abs(middle(a)), y = Math.abs(middle(b));
    if (x == 0 || y == 0) return x == y ? 1 : Double.POSITIVE_INFINITY;
    return Math.max(x, y) / Math.min(x, y);
  }

  private static double middle(Ledger.Figure f) {
    if (f.low() != null && f.high() != null) return (f.low() + f.high()) / 2;
    return f.low() != null ? f.low() : f.high();
  }

  /** "delegate (democratic), held by Ted Cruz, count, in Ohio": the variable in words. */
  static String describe(Variables.Variable v, String holderName, String place) {
    StringBuilder b = new StringBuilder(v.head());
    if (!v.qualifiers().isEmpty()) b.append(" (").append(v.qualifiers()).append(')');
    if (!v.orgs().isEmpty()) b.append(" of ").append(v.orgs());
    if (holderName != null && !holderName.isEmpty()) b.append(", held by ").append(holderName);
    b.append(", ").append(v.measure());
    if (!v.pollster().isEmpty()) b.append(" in a poll");
    if (place != null && !place.isEmpty()) b.append(", in ").append(place);
    return b.toString();
  }

  static Ledger.Side side(Ledger.Figure f) {
    return new Ledger.Side(f.article(), f.start(), f.end(), f.text(), f.sentence(), f.outlet(), f.published());
  }
}
