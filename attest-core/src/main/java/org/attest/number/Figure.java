package org.attest.number;

import java.util.ArrayList;
import java.util.List;

/**
 * A number being read: value, tokens [start, end), unit, and the names of the readers and steps
 * that decided it, in the order they did ("number.digits", "number.magnitude", ...).
 */
final class Figure {
  double value;
  int start;
  int end;
  String unit;
  double unitScale = 1;
  boolean vague;
  boolean approx;
  boolean open;
  /** Below its value rather than at least it: "single digits" are fewer than 10. */
  boolean below;
  /** The last magnitude word applied: "3 million and a half" is 3.5 million. */
  double magnitude = 1;
  /** Made at the first stamp: most numbers begun are never finished ("a", "an"). */
  private List<String> rules;

  /** Records that the reader or step {@code rule} decided part of this figure. */
  void stamp(String rule) {
    if (rules == null) rules = new ArrayList<>(4);
    if (!rules.contains(rule)) rules.add(rule);
  }

  /** The names of the readers and steps that decided this figure, in order. */
  List<String> rules() {
    return rules == null ? List.of() : rules;
  }

  /**
   * The value in its unit: a value in cents or pence is divided by 100 rather than multiplied by 0.01,
   * so that "70 Canadian cents" is 0.7, not 0.7000000000000001.
   */
  double scaled() {
    double per = 1 / unitScale;
    return unitScale < 1 && per == Math.rint(per) ? value / per : value * unitScale;
  }

  /** A unit from a table value: "USD", "USD/100" (cents), "USD*1000000" ("MUSD"). */
  void unit(String spec) {
    int slash = spec.indexOf('/'), star = spec.indexOf('*');
    if (slash > 0) {
      unit = spec.substring(0, slash);
      unitScale = 1.0 / Double.parseDouble(spec.substring(slash + 1));
    } else if (star > 0) {
      unit = spec.substring(0, star);
      unitScale = Double.parseDouble(spec.substring(star + 1));
    } else {
      unit = spec;
    }
  }

  /** Whether the unit is money: an ISO 4217 code. */
  boolean isMoney() {
    return unit != null && unit.length() == 3 && Character.isUpperCase(unit.charAt(0)) && Character.isUpperCase(unit.charAt(2));
  }
}
