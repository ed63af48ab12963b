package org.attest.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/**
 * Finds reported figures: numbers in digits, words or both, scaled by their magnitude ("2.5
 * million", "$3bn"), with their bound ("fewer than 1,000" → below 1000, exclusive), unit or
 * currency, and the noun phrase they count ("fighters from the Islamic State group"). Dates,
 * times, durations and ages are the time expressions' and are skipped, as are ordinals and numbers
 * inside names ("Fox 35", "COVID-19"). Words live in {@code numbers.txt} and {@code units.txt}.
 * Thread-safe.
 */
public final class QuantityExtractor {
  private final Map<String, String> numbers;
  private final Map<String, Map<String, String>> units = new HashMap<>();
  private final int longestBound;
  /** The first words of the bound and fraction phrases: a figure may start there. */
  private final java.util.Set<String> phraseStarts = new java.util.HashSet<>();

  public QuantityExtractor() {
    this("en");
  }

  public QuantityExtractor(String language) {
    numbers = Lexicon.table(language, "numbers.txt");
    Map<String, List<String>> sections = Lexicon.sections(language, "units.txt");
    for (Map.Entry<String, List<String>> e : sections.entrySet()) {
      units.put(e.getKey(), Lexicon.table("units.txt [" + e.getKey() + "]", e.getValue()));
    }
    int longest = 1;
    for (String key : section("bound").keySet()) longest = Math.max(longest, key.split(" ").length);
    longestBound = longest;
    for (String table : new String[] {"bound", "fraction"}) {
      for (String key : section(table).keySet()) phraseStarts.add(key.split(" ")[0]);
    }
  }

  private Map<String, String> section(String name) {
    return units.getOrDefault(name, Map.of());
  }

  /**
   * The most tokens a phrase read around a figure spans (a number in words, a noun phrase): far
   * more than any real one, and a bound on the work at each figure, so a text of a million
   * numbers or nouns in a row takes time in proportion to its length.
   */
  private static final int PHRASE = 32;

  /** A number being read: value, tokens [start, end), unit. */
  private static final class N {
    double value;
    int start;
    int end;
    String unit;
    double unitScale = 1;
    boolean vague;
    boolean approx;
    boolean open;
  }

  /** The digits of a number token: "1,234,567", "4.8", ".08"; a prefix and suffix around them are read from the tables. */
  private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?");

  public List<Quantity> extract(Analysis a, List<TimeExpression> times) {
    boolean[] timed = new boolean[a.text().length() + 1];
    for (TimeExpression t : times) {
      java.util.Arrays.fill(timed, t.start(), t.end(), true);
      // "two to three years", "five or six weeks": the first number is the duration's too
      int first = a.tokenAt(t.start());
      if (!"DURATION".equals(t.type()) || first < 2 || first >= a.tokenCount() || !a.pos(first).equals("NUM")) continue;
      String link = a.lower(first - 1);
      if ((link.equals("to") || link.equals("or") || link.equals("-") || link.equals("\u2013")) && a.pos(first - 2).equals("NUM")) {
        java.util.Arrays.fill(timed, a.start(first - 2), a.end(first - 2), true);
      }
    }
    List<Quantity> out = new ArrayList<>();
    int n = a.tokenCount();
    int t = 0;
    while (t < n) {
      if (timed[a.start(t)]) {
        t++;
        continue;
      }
      Quantity q = quantity(a, t, timed, out.size() + 1);
      if (q == null) {
        t++;
        continue;
      }
      out.add(relative(q, out));
      t = a.tokenAt(q.end());
    }
    return out;
  }

  /** Whether a figure can start at token t: most tokens are ruled out by a few set lookups. */
  private boolean mayStart(Analysis a, int t) {
    String w = a.lower(t);
    char c = w.charAt(0);
    if (Character.isDigit(c) || Character.isDigit(w.charAt(w.length() - 1)) || section("currency-symbol").containsKey(w) || "$£€¥".indexOf(c) >= 0) return true;
    if ((c == '.' || c == '-') && w.length() > 1 && Character.isDigit(w.charAt(1))) return true; // ".08", "-1"
    if (section("currency-code").containsKey(w) || section("currency-prefix").containsKey(w) || section("sign").containsKey(w)) return true;
    int dash = w.indexOf('-');
    if (dash > 0 && numbers.containsKey(w.substring(0, dash))) return true; // "a one-yen bid", "five-" "mile"
    if (w.equals("between") || w.equals("from") || w.equals("tens") || w.equals("a") || w.equals("an")) return true;
    if (numbers.containsKey(w) || wordValue(w) != null || section("vague").containsKey(w) || section("multiplier").containsKey(w)) return true;
    return phraseStarts.contains(w);
  }

  /** Tags after "and more" that make it part of what follows ("and more importantly", "and more people"). */
  private static final Set<String> GOES_ON = Set.of("ADJ", "ADV", "NOUN", "PROPN", "NUM", "DET");

  private static final java.util.Set<String> ANAPHORS = java.util.Set.of("of that number", "of that figure", "of that", "of them",
      "of those", "of that total", "of the total");

  /**
   * "now only a third of that number survive": a fraction of an earlier figure is resolved against
   * it (3,000 → about 1,000) and keeps a link to it.
   */
  private static Quantity relative(Quantity q, List<Quantity> before) {
    if (!"fraction".equals(q.unit()) || q.object() == null || before.isEmpty() || !ANAPHORS.contains(Lexicon.normalize(q.object().text()))) return q;
    Quantity ref = null;
    for (int i = before.size() - 1; i >= 0 && ref == null; i--) {
      Quantity b = before.get(i);
      if (!"fraction".equals(b.unit()) && (b.value() != null || b.high() != null)) ref = b;
    }
    if (ref == null) return q;
    double base = ref.value() != null ? ref.value() : ref.high();
    double v = Math.round(q.value() * base);
    Double low = q.low() == null ? null : v, high = q.high() == null ? null : v;
    String modifier = q.modifier().equals("exact") ? "approx" : q.modifier();
    return new Quantity(q.id(), q.start(), q.end(), q.text(), v, low, high, modifier, ref.unit(), ref.object(), 0.6, ref.id());
  }

  private Quantity quantity(Analysis a, int t, boolean[] timed, int id) {
    if (!mayStart(a, t)) return null;
    // bound words first: "fewer than 1,000", "about $3 billion"
    String modifier = "exact";
    int start = t;
    int k = boundAt(a, t);
    // "his comment about 47 percent of the country": after a noun, "about" is a preposition
    if (k == t + 1 && lower(a, t).equals("about") && t > 0 && a.pos(t - 1).equals("NOUN")) return null;
    if (k > t) {
      modifier = section("bound").get(phrase(a, t, k - t));
      t = k;
    }
    boolean between = false;
    if (lower(a, t).equals("between") || lower(a, t).equals("from")) {
      between = lower(a, t).equals("between");
      N low = number(a, t + 1, timed);
      if (low != null) {
        int joint = low.end;
        String word = lower(a, joint);
        if ((between && word.equals("and")) || (!between && section("range-joint").containsKey(word))) {
          N high = number(a, joint + 1, timed);
          if (high != null && unitsAgree(low, high)) {
            if (low.unit == null) {
              low.unit = high.unit;
              low.unitScale = high.unitScale;
            }
            return range(a, start, low, high, id);
          }
        }
      }
      if (start == t) return null;
    }
    N num = number(a, t, timed);
    if (num == null || !Double.isFinite(num.value)) return null; // JSON has no Infinity
    if (num.vague && modifier.equals("exact")) modifier = "at_least";
    if (modifier.equals("exact") && start > 0 && section("verb-bound").containsKey(a.lower(start - 1))) {
      modifier = section("verb-bound").get(a.lower(start - 1)); // "the share exceeds 7%"
    }
    if (num.approx && modifier.equals("exact")) modifier = "approx";
    // "$100,000 or more", "$200 or less", "500 and above", "200 or greater (than)"; not "200 or greater than 190"
    String after = section("bound-after").get(phrase(a, num.end, Math.min(2, a.tokenCount() - num.end)));
    if (after != null && (modifier.equals("exact") || modifier.equals("approx"))) {
      int e = num.end + 2;
      if (lower(a, e).equals("than")) e++;
      // "and more" ends the figure: not "and more importantly", "and more people"
      boolean ends = !lower(a, num.end).equals("and") || e >= a.tokenCount() || !GOES_ON.contains(a.pos(e));
      if (ends && number(a, e, timed) == null && !(e < a.tokenCount() && Character.isDigit(a.lower(e).charAt(0)))) {
        modifier = after;
        num.end = e;
        num.open = true; // "households making $100,000 or more": the count ends there
      }
    }
    // "more than 5000 or equal (to)": the strict bound made inclusive
    if ((modifier.equals("more_than") || modifier.equals("less_than")) && lower(a, num.end).equals("or") && lower(a, num.end + 1).equals("equal")
        && number(a, num.end + (lower(a, num.end + 2).equals("to") ? 3 : 2), timed) == null) {
      modifier = modifier.equals("more_than") ? "at_least" : "at_most";
      num.end += lower(a, num.end + 2).equals("to") ? 3 : 2;
      num.open = true;
    }
    // "10 to 20", "10-20", "20 through 100"
    String word = lower(a, num.end);
    if (modifier.equals("exact") && section("range-joint").containsKey(word) && !num.vague) {
      N high = number(a, num.end + 1, timed);
      if (high != null && high.value > num.value && unitsAgree(num, high)) {
        if (num.unit == null) {
          num.unit = high.unit;
          num.unitScale = high.unitScale;
        }
        return range(a, start, num, high, id);
      }
    }
    double value = num.value * num.unitScale;
    Double low = value, high = value;
    switch (modifier) {
      case "less_than", "at_most" -> low = null;
      case "more_than", "at_least" -> high = null;
      default -> { }
    }
    int end = num.end;
    Span object = num.open ? null : object(a, end);
    if (object == null && !num.open && num.unit != null && end + 1 < a.tokenCount() && lower(a, end).equals("in") && !a.pos(end + 1).equals("DET")
        && !a.pos(end + 1).equals("NUM")) {
      // "$1 billion in losses", not "in a single year"
      int e = nounPhrase(a, end + 1);
      // a common noun: "in losses", not a place: "in Paris"
      if (e > end + 1 && a.pos(e - 1).equals("NOUN")) object = Span.of(a.text(), a.start(end), a.end(e - 1));
    }
    if (object == null && !num.open) object = objectBefore(a, start); // "a net loss of more than $915 million"
    if (object == null && !num.open && "percent".equals(num.unit)) object = rateBefore(a, start); // "cut the tax rate to 28 percent"
    if (object == null && !num.open) object = subjectBefore(a, start, end, num.unit); // "the share exceeds 7%", "premiums doubled"
    String text = a.text().substring(a.start(start), a.end(end - 1));
    return new Quantity("n" + id, a.start(start), a.end(end - 1), text, value, low, high, modifier, num.unit, object, num.vague ? 0.7 : 0.9);
  }

  /** The two ends of a range measure the same thing: not "2 % to $ 1.45 billion". */
  private static boolean unitsAgree(N low, N high) {
    return low.unit == null || high.unit == null || low.unit.equals(high.unit);
  }

  private Quantity range(Analysis a, int start, N low, N high, int id) {
    double lo = low.value * low.unitScale, hi = high.value * high.unitScale;
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) return null;
    int end = high.end;
    String text = a.text().substring(a.start(start), a.end(end - 1));
    Span object = object(a, end);
    // "retaliatory tariffs, ranging from 5 percent to 25 percent"
    if (object == null && lower(a, start).equals("from") && lower(a, start - 1).equals("ranging")) {
      int k = lower(a, start - 2).equals(",") ? start - 3 : start - 2;
      object = nounPhraseEndingAt(a, k);
    }
    return new Quantity("n" + id, a.start(start), a.end(end - 1), text, null, lo, hi, "range", high.unit != null ? high.unit : low.unit,
        object, 0.85);
  }

  private static String lower(Analysis a, int t) {
    return t >= 0 && t < a.tokenCount() ? a.lower(t) : "";
  }

  private static String phrase(Analysis a, int t, int k) {
    StringBuilder b = new StringBuilder();
    for (int i = t; i < t + k; i++) {
      if (i > t) b.append(' ');
      b.append(a.lower(i));
    }
    return b.toString();
  }

  /** The end of the bound phrase starting at t, or t. */
  private int boundAt(Analysis a, int t) {
    for (int k = Math.min(longestBound, a.tokenCount() - t); k >= 1; k--) {
      if (section("bound").containsKey(phrase(a, t, k))) return t + k;
    }
    return t;
  }

  /**
   * A number at token t with its magnitude and unit, or null: "1,000", "$3bn", "2.5 million",
   * "three hundred and twenty", "a dozen", "half a million", "tens of thousands", "45 percent".
   */
  private N number(Analysis a, int t, boolean[] timed) {
    int n = a.tokenCount();
    if (t >= n || timed[a.start(t)]) return null;
    String sign = section("sign").get(lower(a, t));
    if (sign != null) { // "minus 5", "negative one"; not "plus or minus 3.5 points", a margin; one sign at most
      if (t >= 2 && lower(a, t - 1).equals("or") && lower(a, t - 2).equals("plus")) return null;
      if (t + 1 < n && section("sign").containsKey(lower(a, t + 1))) return null;
      N inner = number(a, t + 1, timed);
      if (inner == null || inner.vague) return null;
      inner.value *= Double.parseDouble(sign);
      inner.start = t;
      return inner;
    }
    N num = new N();
    num.start = t;
    String currency = section("currency-symbol").get(lower(a, t));
    if (currency == null && t + 2 < n && lower(a, t + 1).equals("$") && a.end(t) < a.start(t + 1) && a.end(t + 1) < a.start(t + 2)) {
      currency = section("currency-prefix").get(lower(a, t)); // "C $ 16.4 million" in tokenised text
      if (currency != null) t++;
    }
    if (currency == null && t + 1 < n && Character.isDigit(lower(a, t + 1).charAt(0))) currency = section("currency-code").get(lower(a, t)); // "USD 200"
    if (currency != null) {
      setUnit(num, currency);
      t++;
      if (t >= n) return null;
    }
    String w = lower(a, t);
    // fractions and multipliers in words: "a quarter of the cost", "less than a third", "three fifths", "premiums doubled"
    if (num.unit == null) {
      double[] f = new double[1];
      int fe = fraction(a, t, f);
      if (fe > t) {
        num.value = f[0];
        num.unit = "fraction";
        num.end = fe;
        // "a quarter of a million dollars", "half million", "three quarters billion": a fraction of a magnitude is a number
        int m = fe;
        if (lower(a, m).equals("of") && lower(a, m + 1).equals("a") && isMagnitudeWord(lower(a, m + 2))) m += 2;
        if (isMagnitudeWord(lower(a, m))) {
          num.value *= Double.parseDouble(section("magnitude").get(lower(a, m)));
          num.unit = null;
          int u = unitAt(a, m + 1, num, true);
          num.end = Math.max(m + 1, u);
        }
        return num;
      }
      String times = section("multiplier").get(w);
      if (times != null) {
        num.value = Double.parseDouble(times);
        num.unit = "times";
        num.end = t + 1;
        return num;
      }
    }
    double magnitude = 1; // the last magnitude word applied: "3 million and a half" is 3.5 million
    if (digits(a, t, num)) {
      if (currency == null && isInName(a, t)) return null; // "Fox 35"; not "EUR 125", "US$ 1MM"
      t++;
      t = spokenDigits(a, t, num); // "4 thousand 3 hundred and 21"
    } else if (section("vague").containsKey(w)) { // "thousands of", "dozens"
      num.value = Double.parseDouble(section("vague").get(w));
      num.vague = true;
      t++;
      if (lower(a, t).equals("of") && section("vague").containsKey(lower(a, t + 1)) && !w.equals("dozens")) {
        // "tens of thousands" is not in the table; "hundreds of thousands": 200 × 1000
        num.value = Double.parseDouble(section("vague").get(w)) * Double.parseDouble(section("magnitude").getOrDefault(
            lower(a, t + 1).substring(0, lower(a, t + 1).length() - 1), "1"));
        t += 2;
      }
    } else if (w.equals("tens") && lower(a, t + 1).equals("of") && section("vague").containsKey(lower(a, t + 2))) {
      String mag = lower(a, t + 2);
      num.value = 20 * Double.parseDouble(section("magnitude").getOrDefault(mag.substring(0, mag.length() - 1), "1"));
      num.vague = true;
      t += 3;
    } else {
      int end = words(a, t, num);
      if (end <= t) return null;
      t = end;
    }
    // "six figures", "a seven-figure salary": at least 10^(N-1)
    if (!num.vague && num.value >= 2 && num.value <= 15 && num.value == Math.rint(num.value) && num.unit == null
        && t < n && (lower(a, t).equals("figures") || lower(a, t).equals("figure") || lower(a, t).equals("-") && lower(a, t + 1).equals("figure"))) {
      int e = lower(a, t).equals("-") ? t + 2 : t + 1;
      num.value = Math.pow(10, num.value - 1);
      num.vague = true;
      num.end = e;
      return num;
    }
    // "$3bn" cut as "3" "bn": a glued magnitude suffix
    if (t < n && t > num.start && a.end(t - 1) == a.start(t) && section("magnitude").containsKey(lower(a, t)) && !num.vague) {
      magnitude = Double.parseDouble(section("magnitude").get(lower(a, t)));
      num.value *= magnitude;
      t++;
    }
    // magnitudes after the number: "2.5 million", "3 billion", "three dozen"
    while (t < n && isMagnitudeWord(lower(a, t)) && !num.vague) {
      magnitude = Double.parseDouble(section("magnitude").get(lower(a, t)));
      num.value *= magnitude;
      t++;
    }
    // a fraction after "and": "one and a half", "3 million and a half", "five and a half million", "one billion and a quarter million"
    if (!num.vague && lower(a, t).equals("and")) {
      double[] f = new double[1];
      int fe = fraction(a, t + 1, f);
      if (fe > t + 1 && f[0] < 1) {
        if (isMagnitudeWord(lower(a, fe))) {
          double m = Double.parseDouble(section("magnitude").get(lower(a, fe)));
          num.value = magnitude == 1 ? (num.value + f[0]) * m : num.value + f[0] * m;
          magnitude = m;
          fe++;
        } else {
          num.value += f[0] * magnitude;
        }
        t = fe;
      }
    }
    // a compound adjective: "a 26.2-mile race", "a 16-page plan", "a 12-cent dividend"
    if (num.unit == null && lower(a, t).equals("-") && t + 1 < n && a.end(t - 1) == a.start(t) && a.end(t) == a.start(t + 1) && hyphenUnit(lower(a, t + 1)) != null) {
      setUnit(num, hyphenUnit(lower(a, t + 1)));
      t += 2;
    }
    // a unit after it: "45 percent", "3 billion dollars", "12 percentage points", "50 cents", "30 miles", "10 €", "30 MUSD"
    int u = unitAt(a, t, num, magnitude > 1);
    if (u > t) {
      t = u;
      if (isMoney(num.unit) && isMagnitudeWord(lower(a, t))) { // "75 USD million"
        num.value *= Double.parseDouble(section("magnitude").get(lower(a, t)));
        t++;
      }
      t = cents(a, t, num); // "3 dollars 50 cents", "thirteen dollars forty-five"
    } else if (num.vague && lower(a, t).equals("of") && section("currency-word").containsKey(lower(a, t + 1))) {
      num.unit = section("currency-word").get(lower(a, t + 1)).split("/")[0]; // "millions of dollars"
      t += 2;
    } else if (isMoney(num.unit) && num.unitScale == 1) {
      t = cents(a, t, num); // "C $ 100 and fifty."
    }
    num.end = t;
    if (num.unit == null && num.start == t - 1 && !num.vague && isBareYearOrOrdinal(a, num.start)) return null;
    return num;
  }

  private boolean isMagnitudeWord(String w) {
    return w.length() > 2 && section("magnitude").containsKey(w);
  }

  private static boolean isMoney(String unit) {
    return unit != null && unit.length() == 3 && Character.isUpperCase(unit.charAt(0)) && Character.isUpperCase(unit.charAt(2));
  }

  /**
   * Whether a fraction in words may start at t ("three quarters", "a half", "one-eighth", "fifty -
   * four hundredths"), by its words alone: a cheap look ahead that, unlike {@link #fraction}, reads
   * no number, so a long run of "and"s stays linear.
   */
  private boolean fractionAhead(Analysis a, int t) {
    int n = a.tokenCount();
    if (t >= n) return false;
    if (section("fraction").containsKey(lower(a, t)) || t + 2 <= n && section("fraction").containsKey(phrase(a, t, 2))) return true;
    String w = lower(a, t);
    int dash = w.lastIndexOf('-');
    if (dash > 0 && dash < w.length() - 1 && section("denominator").containsKey(w.substring(dash + 1))) return true;
    for (int k = t + 1; k < n && k <= t + 3; k++) { // the numerator's words, then the denominator
      String x = lower(a, k);
      if (section("denominator").containsKey(x)) return true;
      if (!x.equals("-") && wordValue(x) == null) return false;
    }
    return false;
  }

  /**
   * The fraction in words at t, its value in out[0]: the end, or t. "a quarter", "two-thirds" (the
   * table), "three fifths", "one-eighth", "five - eighths", "fifty-four hundredths", "a hundredth".
   * A singular denominator before a noun is an ordinal ("a third term", "a fifth straight year").
   */
  private int fraction(Analysis a, int t, double[] out) {
    int n = a.tokenCount();
    if (t >= n) return t;
    for (int k = 2; k >= 1; k--) {
      if (t + k > n) continue;
      String p = phrase(a, t, k);
      String frac = section("fraction").get(p);
      if (frac != null && (k > 1 || !p.equals("half") || lower(a, t + 1).equals("of") || lower(a, t - 1).equals("in") || lower(a, t - 1).equals("by")
          || boundBefore(a, t) || isMagnitudeWord(lower(a, t + 1)))) {
        out[0] = Double.parseDouble(frac);
        return t + k;
      }
    }
    String w = lower(a, t);
    if (w.equals("quarter") && isMagnitudeWord(lower(a, t + 1))) { // "a quarter million"
      out[0] = 0.25;
      return t + 1;
    }
    String denom;
    int end;
    double nv;
    int dash = w.lastIndexOf('-');
    if (dash > 0 && dash < w.length() - 1 && section("denominator").containsKey(w.substring(dash + 1))) { // "one-eighth"
      String v = w.substring(0, dash).equals("a") ? "1" : wordValue(w.substring(0, dash));
      if (v == null || v.equals("X")) return t;
      nv = Double.parseDouble(v);
      denom = w.substring(dash + 1);
      end = t + 1;
    } else {
      int e;
      if (w.equals("a") || w.equals("an") || w.equals("one")) {
        nv = 1;
        e = t + 1;
      } else { // "three", "fifty-four", "fifty - four"
        N numer = new N();
        e = words(a, t, numer);
        if (e <= t) return t;
        nv = numer.value;
      }
      int d = lower(a, e).equals("-") ? e + 1 : e; // "five - eighths"
      denom = lower(a, d);
      end = d + 1;
    }
    String dv = section("denominator").get(denom);
    if (dv == null || denom.equals("half")) return t;
    if (nv < 1 || nv >= 100 || nv != Math.rint(nv) || nv >= Double.parseDouble(section("denominator").get(denom))) return t; // "the two halves"
    boolean plural = denom.endsWith("s");
    if (!plural && (nv != 1 || end < n && (a.pos(end).equals("NOUN") || a.pos(end).equals("ADJ") || a.pos(end).equals("PROPN")
        || a.token(end).equals("-") && a.end(end - 1) == a.start(end)))) return t; // "a sixth-grader"
    out[0] = Math.round(nv / Double.parseDouble(dv) * 10000) / 10000.0; // four places, as the fraction table and NOTES.md write them
    return end;
  }

  /** Whether a bound phrase ends right before t: "more than half". */
  private boolean boundBefore(Analysis a, int t) {
    for (int k = 1; k <= longestBound && k <= t; k++) if (section("bound").containsKey(phrase(a, t - k, k))) return true;
    return false;
  }

  /**
   * Digits said with magnitude words and more numbers after them: "4 thousand 3 hundred and 21",
   * "3 hundred and one"; each part is smaller than the magnitude before it.
   */
  private int spokenDigits(Analysis a, int t, N num) {
    if (!lower(a, t).equals("hundred") && !lower(a, t).equals("thousand") || num.value != Math.rint(num.value) || num.unit != null) return t;
    double total = 0, part = num.value;
    int k = t;
    double level = Double.MAX_VALUE;
    while (k < a.tokenCount() && k - t < PHRASE) {
      String x = lower(a, k);
      if ((x.equals("hundred") || x.equals("thousand")) && Double.parseDouble(section("magnitude").get(x)) < level) {
        level = Double.parseDouble(section("magnitude").get(x));
        total += part * level;
        part = 0;
        k++;
        continue;
      }
      int at = x.equals("and") ? k + 1 : k;
      String y = lower(a, at);
      double next;
      if (y.matches("\\d+")) next = Double.parseDouble(y);
      else if (wordValue(y) != null && !wordValue(y).equals("X") && !y.equals("a") && !y.equals("an")) next = Double.parseDouble(wordValue(y));
      else break;
      boolean bigger = lower(a, at + 1).equals("hundred") && level <= 100 || next >= level || next == 0;
      if (part != 0 || bigger) break;
      if (!x.equals("and") && !(lower(a, at + 1).equals("hundred") || lower(a, at + 1).equals("thousand"))) break; // "4 thousand 3 hundred"
      part = next;
      k = at + 1;
      if (!y.matches("\\d+")) { // the rest of a number in words: "and twenty-one"
        N rest = new N();
        int e = words(a, at, rest);
        if (e > at) {
          part = rest.value;
          k = e;
        }
      }
    }
    num.value = total + part;
    return k;
  }

  /**
   * Cents after a money amount: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
   * and, where the sentence ends, "fifteen dollars fifty."; the end, or t.
   */
  private int cents(Analysis a, int t, N num) {
    if (!isMoney(num.unit) || num.unitScale != 1 || num.value != Math.rint(num.value) || num.value >= 1000000) return t;
    int k = lower(a, t).equals("and") ? t + 1 : t;
    String w = lower(a, k);
    N part = new N();
    int e;
    if (w.matches("\\d{1,2}")) {
      part.value = Double.parseDouble(w);
      e = k + 1;
    } else {
      e = words(a, k, part);
      if (e <= k) return t;
    }
    if (part.value < 1 || part.value >= 100 || part.value != Math.rint(part.value)) return t;
    String after = lower(a, e);
    String sub = section("currency-word").get(after);
    if (sub != null && sub.endsWith("/100") && (after.startsWith("cent") || sub.startsWith(num.unit))) {
      num.value += part.value / 100 / num.unitScale;
      return e + 1;
    }
    if (e >= a.tokenCount() || after.equals(".") || after.equals("!") || after.equals("?") || after.equals(";")) {
      num.value += part.value / 100 / num.unitScale;
      return e;
    }
    return t;
  }

  /**
   * A number token: "1,234,567", ".08", "-1" (after a space), with a currency prefix ("$5", "C$16",
   * "USD115") and a suffix ("45%", "10k", "$3bn", "115USD", "2mil"), all from the tables.
   */
  private boolean digits(Analysis a, int t, N num) {
    String w = a.lower(t);
    int i = 0;
    boolean negative = false;
    if (w.charAt(0) == '-' || w.charAt(0) == '−') {
      if (t > 0 && a.end(t - 1) == a.start(t)) return false; // "COVID-19", a range's second end
      negative = true;
      i = 1;
    }
    int d = i;
    while (d < w.length() && !Character.isDigit(w.charAt(d)) && w.charAt(d) != '.') d++;
    if (d > i) {
      String prefix = w.substring(i, d);
      String cur = section("currency-symbol").get(prefix);
      if (cur == null) cur = section("currency-code").get(prefix);
      if (cur == null || num.unit != null) return false;
      setUnit(num, cur);
    }
    Matcher m = DIGITS.matcher(w);
    m.region(d, w.length());
    if (!m.lookingAt() || m.end() == d || m.group(1) == null && (m.group(2) == null || m.group(2).length() < 2)) {
      if (d > i) num.unit = null;
      return false;
    }
    double value = Double.parseDouble((m.group(1) == null ? "0" : m.group(1).replace(",", "")) + (m.group(2) == null ? "" : m.group(2)));
    String suffix = w.substring(m.end());
    if (!suffix.isEmpty()) {
      String mag = section("magnitude").get(suffix);
      String cur = section("currency-code").get(suffix);
      if (cur == null) cur = section("currency-symbol").get(suffix);
      String word = suffix.startsWith("-") ? hyphenUnit(suffix.substring(1)) : null; // "a 12-cent dividend", "a 26.2-mile race"
      if (suffix.equals("%") && num.unit == null) num.unit = "percent";
      else if (word != null && num.unit == null) setUnit(num, word);
      else if (mag != null && !suffix.startsWith("d")) value *= Double.parseDouble(mag);
      else if (cur != null && num.unit == null) setUnit(num, cur);
      else {
        num.unit = null;
        num.unitScale = 1;
        return false;
      }
    }
    num.value = negative ? -value : value;
    return true;
  }

  /** The unit of a compound adjective's second half ("12-cent", "five-mile", "one-yen"), or null. */
  private String hyphenUnit(String word) {
    String cur = section("currency-word").get(word);
    if (cur != null) return cur;
    String measure = section("measure").get(word);
    if (measure == null) measure = section("measure").get(word + "s"); // "five-mile": the table has "miles" and "mile"
    return measure;
  }

  /** A unit from a table value: "USD", "USD/100" (cents), "USD*1000000" ("MUSD"). */
  private static void setUnit(N num, String spec) {
    int slash = spec.indexOf('/'), star = spec.indexOf('*');
    if (slash > 0) {
      num.unit = spec.substring(0, slash);
      num.unitScale = 1.0 / Double.parseDouble(spec.substring(slash + 1));
    } else if (star > 0) {
      num.unit = spec.substring(0, star);
      num.unitScale = Double.parseDouble(spec.substring(star + 1));
    } else {
      num.unit = spec;
    }
  }

  private int unitAt(Analysis a, int t, N num, boolean magnified) {
    for (int k = 3; k >= 1; k--) {
      if (t + k > a.tokenCount()) continue;
      String p = phrase(a, t, k);
      String pct = section("percent").get(p);
      if (pct != null) {
        num.unit = pct;
        return t + k;
      }
      String cur = section("currency-word").get(p);
      if (cur == null && magnified && !lower(a, t + k).equals("of")) cur = section("currency-after-magnitude").get(p); // "361 million pounds", not "pounds of beef"
      if (cur == null && k == 1) cur = section("currency-code").get(p); // "200 USD", "30 MUSD"
      // a symbol after the amount: "10 €", "100 ₡"; not one before the next amount ("$ 20,000.00 $ 37,305.97")
      if (cur == null && k == 1 && (t + 1 >= a.tokenCount() || !Character.isDigit(a.lower(t + 1).charAt(0)))) {
        cur = section("currency-symbol").get(p);
      }
      if (cur != null && (num.unit == null || num.unit.equals(cur.split("[/*]")[0]))) {
        num.unitScale = 1;
        setUnit(num, cur);
        return t + k;
      }
      String measure = section("measure").get(p);
      if (measure != null && num.unit == null && !measure.equals("votes")) {
        num.unit = measure;
        return t + k;
      }
    }
    return t;
  }

  /** Number words from t: "three hundred and twenty", "twenty-four", "a dozen", "half a million". */
  private int words(Analysis a, int t, N num) {
    int n = a.tokenCount();
    String w = lower(a, t);
    if (w.equals("half") && lower(a, t + 1).equals("a") && (isMagnitudeWord(lower(a, t + 2)) || lower(a, t + 2).equals("dozen"))) {
      num.value = 0.5 * Double.parseDouble(section("magnitude").get(lower(a, t + 2))); // "half a million", "half a dozen"
      return t + 3;
    }
    if ((w.equals("a") || w.equals("an")) && (lower(a, t + 1).equals("couple") || lower(a, t + 1).equals("few")) && lower(a, t + 2).equals("dozen")) {
      num.value = 24; // "a couple dozen", "a few dozen"
      num.approx = true;
      return t + 3;
    }
    if ((w.equals("a") || w.equals("an")) && t + 1 < n) {
      String next = lower(a, t + 1);
      if (next.equals("dozen") || section("magnitude").containsKey(next) && next.length() > 2) {
        num.value = next.equals("dozen") ? 12 : Double.parseDouble(section("magnitude").get(next));
        return t + 2;
      }
      return t;
    }
    if (w.length() > 1 && w.endsWith("-") && numbers.containsKey(w.substring(0, w.length() - 1)) && !numbers.get(w.substring(0, w.length() - 1)).equals("X")
        && t + 1 < n && a.end(t) == a.start(t + 1) && hyphenUnit(lower(a, t + 1)) != null && !w.equals("a-")) { // "five-" "mile"
      num.value = Double.parseDouble(numbers.get(w.substring(0, w.length() - 1)));
      setUnit(num, hyphenUnit(lower(a, t + 1)));
      return t + 2;
    }
    int dash = w.indexOf('-');
    if (dash > 0 && dash == w.lastIndexOf('-') && numbers.containsKey(w.substring(0, dash)) && !numbers.get(w.substring(0, dash)).equals("X")
        && !w.startsWith("a-") && hyphenUnit(w.substring(dash + 1)) != null) { // "a one-yen bid", "a five-mile walk"
      num.value = Double.parseDouble(numbers.get(w.substring(0, dash)));
      setUnit(num, hyphenUnit(w.substring(dash + 1)));
      return t + 1;
    }
    double total = 0, current = 0, last = 0, big = Double.MAX_VALUE;
    int k = t;
    boolean any = false;
    while (k < n && k - t < PHRASE) {
      String x = lower(a, k);
      String v = wordValue(x);
      if (v != null && !v.equals("X") && !x.equals("a") && !x.equals("an") && !x.equals("half") && !x.equals("couple")) {
        double d = Double.parseDouble(v);
        if (x.equals("dozen")) current = (current == 0 ? 1 : current) * 12; // "two dozen"
        else if (d == 100) current = (current == 0 ? 1 : current) * 100;
        else if (d >= 1000) {
          total += (current == 0 ? 1 : current) * d;
          big = d;
          current = 0;
        } else current += d;
        last = d;
        any = true;
        k++;
      } else if (any && x.equals("and") && wordValue(lower(a, k + 1)) != null && (current >= 100 || current == 0 && total > 0)
          && smallerAfter(a, k + 1, current >= 100, big) && !fractionAhead(a, k + 1)) {
        k++; // "three hundred and twenty", "two thousand and two hundred"; not "one hundred and three quarters"
      } else if (any && x.equals("-") && k + 1 < n && wordValue(lower(a, k + 1)) != null
          && (a.end(k - 1) == a.start(k) && a.end(k) == a.start(k + 1) || last >= 20 && last < 100 && last % 10 == 0 && Double.parseDouble(wordValue(lower(a, k + 1))) < 10)) {
        k++; // "Forty-three" cut as "Forty" "-" "three"; "fifty - two"
      } else {
        break;
      }
    }
    if (!any) return t;
    // "five point five", "nine point nought four", "two hundred point seventy-one": the words after "point" are its digits
    if (lower(a, k).equals("point")) {
      StringBuilder digits = new StringBuilder();
      int e = k + 1;
      for (String dv; e < n && e - k <= PHRASE && (dv = wordValue(lower(a, e))) != null && !dv.equals("X") && !lower(a, e).equals("a") && !lower(a, e).equals("an")
          && Double.parseDouble(dv) < 100 && Double.parseDouble(dv) == Math.rint(Double.parseDouble(dv)); e++) {
        digits.append((long) Double.parseDouble(dv));
      }
      if (digits.length() > 0) {
        num.value = total + current + Double.parseDouble("0." + digits);
        return e;
      }
    }
    String first = lower(a, t);
    // a bare "one" is an article or a pronoun far more often than a figure ("one analyst said"); not
    // before a magnitude, a unit or a fraction ("one trillion", "one penny", "one and a half"), nor after a sign ("minus one")
    String next = lower(a, k);
    boolean counted = isMagnitudeWord(next) || section("currency-word").containsKey(next) || section("percent").containsKey(next)
        || next.equals("and") && fractionAhead(a, k + 1) || section("sign").containsKey(lower(a, t - 1))
        || next.equals("-") && a.end(k - 1) == a.start(k) && k + 1 < n && a.end(k) == a.start(k + 1) && hyphenUnit(lower(a, k + 1)) != null; // "a one-yen bid"
    if (k == t + 1 && first.equals("one") && !counted && !section("bound").containsKey(lower(a, t - 1)) && !lower(a, t - 2).equals("at")) return t;
    // "one" as a pronoun or article: "one of the", "no one", "one day"
    if (k == t + 1 && first.equals("one") && (lower(a, k).equals("of") || lower(a, t - 1).equals("no") || lower(a, k).equals("day")
        || lower(a, k).equals("another") || a.pos(k < n ? k : t).equals("PUNCT") && !counted || anotherFollows(a, k))) {
      return t; // "from one position to another"
    }
    num.value = total + current;
    return k;
  }

  /**
   * Whether the number words after "and" go on the number before it: after hundreds, no other
   * hundreds ("two hundred and two thousand", not "three hundred and four hundred"); after
   * thousands, nothing as large ("two thousand and two hundred", not "two thousand and three thousand").
   */
  private boolean smallerAfter(Analysis a, int k, boolean hundreds, double big) {
    int end = Math.min(a.tokenCount(), k + PHRASE);
    for (String v; k < end && (v = wordValue(a.lower(k))) != null && !v.equals("X"); k++) {
      double d = Double.parseDouble(v);
      if (hundreds ? d == 100 : d >= big) return false;
    }
    return hundreds || !isMagnitudeWord(lower(a, k)) || Double.parseDouble(section("magnitude").get(lower(a, k))) < big;
  }

  private static boolean anotherFollows(Analysis a, int k) {
    for (int i = k; i < Math.min(a.tokenCount(), k + 5); i++) if (a.lower(i).equals("another")) return true;
    return false;
  }

  private String wordValue(String x) {
    String v = numbers.get(x);
    if (v != null) return v;
    int dash = x.indexOf('-');
    if (dash > 0 && dash == x.lastIndexOf('-') && dash < x.length() - 1) { // "twenty-four", "forty-three": tens and units only
      String tens = numbers.get(x.substring(0, dash)), units = numbers.get(x.substring(dash + 1));
      if (tens == null || units == null || tens.equals("X") || units.equals("X")) return null;
      double t = Double.parseDouble(tens), u = Double.parseDouble(units);
      if (t < 20 || t >= 100 || t % 10 != 0 || u < 1 || u > 9) return null;
      return String.valueOf(t + u);
    }
    return null;
  }

  /** "Fox 35", "Section 8", "COVID-19", "G20": a number that is part of a name. */
  private boolean isInName(Analysis a, int t) {
    if (t > 0 && a.end(t - 1) == a.start(t) && Character.isLetter(a.text().charAt(a.start(t) - 1))) return true;
    if (t > 0 && a.end(t - 1) == a.start(t) && a.token(t - 1).equals("-") && t > 1 && a.isCapitalized(t - 2)) return true;
    if (t == 0) return false;
    String prev = a.lower(t - 1);
    if (section("label").containsKey(prev)) return true;
    // a proper name right before: "Air Force One", "Future 45"; not a sentence's first word ("Between 10 and 20")
    boolean first = a.sentenceStartToken(a.sentenceOf(t - 1)) == t - 1;
    return a.pos(t - 1).equals("PROPN") && a.isCapitalized(t - 1) && !first && !section("bound").containsKey(prev);
  }

  /** A four-digit year or an ordinal standing alone is no figure. */
  private static boolean isBareYearOrOrdinal(Analysis a, int t) {
    String w = a.lower(t);
    if (w.matches("1[89]\\d\\d|20\\d\\d")) return true;
    return w.matches("\\d+(st|nd|rd|th)");
  }

  /**
   * The noun phrase the number counts, with an "of"/"from" phrase: "fighters from the Islamic
   * State group", "ISIS terrorists", "of the vote".
   */
  private static final java.util.Set<String> NO_OBJECT = java.util.Set.of("a", "an", "each", "every", "per", "this", "last", "next");

  private static Span object(Analysis a, int t) {
    int n = a.tokenCount();
    int s = t;
    if (s >= n || a.token(s).startsWith("-") || NO_OBJECT.contains(a.lower(s))) return null; // "$12-an-hour", "$60,000 a year"
    if (s < n && a.lower(s).equals("of")) { // "45 percent of the vote", "40 percent of whom"
      if (s + 1 < n && a.pos(s + 1).equals("PRON")) return Span.of(a.text(), a.start(s), a.end(s + 1));
      int e = nounPhrase(a, s + 1);
      return e > s + 1 ? Span.of(a.text(), a.start(s), a.end(e - 1)) : null;
    }
    int e = nounPhrase(a, s);
    if (e <= s) return null;
    if (e < n && (a.lower(e).equals("from") || a.lower(e).equals("of"))) {
      int pp = nounPhrase(a, e + 1);
      if (pp > e + 1) e = pp;
    }
    return Span.of(a.text(), a.start(s), a.end(e - 1));
  }

  /**
   * The subject a figure is the level or change of: "America's prison population stood at
   * 200,000", "the share exceeds 7%", "the corporate tax rate, which, at 35 percent, ...", and
   * "their premiums doubled", "their coverage cut in half" for multipliers and fractions.
   */
  private Span subjectBefore(Analysis a, int start, int end, String unit) {
    int k = start - 1;
    if ("times".equals(unit) || "fraction".equals(unit)) {
      if (lower(a, k).equals("in") && lower(a, k - 1).equals("cut")) k -= 2; // "cut in half"
      else if (end - start == 1 && a.lower(start).endsWith("ed")) k = start - 1; // "doubled"
      else return null;
      return nounPhraseEndingAt(a, k);
    }
    if (lower(a, k).equals("at") && lower(a, k - 1).equals(",") && lower(a, k - 2).equals("which") && lower(a, k - 3).equals(",")) {
      return nounPhraseEndingAt(a, k - 4); // "the corporate tax rate, which, at 35 percent,"
    }
    if (lower(a, k).equals("at") || lower(a, k).equals("to")) k--;
    if (k < 1 || !section("level").containsKey(lower(a, k))) return null;
    return nounPhraseEndingAt(a, k - 1);
  }

  /** "a net loss of $915 million", "an advantage of 83 points": the noun phrase before "of". */
  private Span objectBefore(Analysis a, int start) {
    int of = start - 1;
    if (of < 1 || !a.lower(of).equals("of")) return null;
    int head = of - 1;
    String h = a.lower(head);
    if (!(a.pos(head).equals("NOUN")) || numbers.containsKey(h) || section("vague").containsKey(h) || section("magnitude").containsKey(h)) {
      return null; // not "thousands of $12-an-hour workers"
    }
    int s = head;
    while (s - 1 >= 0 && head - s < PHRASE && (a.pos(s - 1).equals("NOUN") || a.pos(s - 1).equals("ADJ"))) s--;
    return Span.of(a.text(), a.start(s), a.end(head));
  }

  /**
   * The rate a verb sets to a percentage: "reducing the corporate tax rate to 28 percent", "cut
   * carbon emissions from U.S. power plants 32 percent" - the verb's object right before the figure.
   */
  private static Span rateBefore(Analysis a, int start) {
    int k = start - 1;
    while (k > 0 && (a.token(k).equals("+") || a.token(k).equals("/-") || a.token(k).equals("±") || a.token(k).equals("+/-"))) k--; // "+/- 4 percent"
    String w = lower(a, k);
    if (w.equals("to") || w.equals("at") || w.equals("by")) k--;
    if (k < 0 || !a.pos(k).equals("NOUN")) return null; // a rate, not a rival ("beats Trump by 46 percent")
    int s = k;
    while (s - 1 >= 0 && k - s < PHRASE) { // the noun phrase, with the "from" or "of" phrases it holds
      String p = a.pos(s - 1), v = a.lower(s - 1);
      if (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ")) s--;
      else if ((v.equals("from") || v.equals("of")) && s - 2 >= 0 && (a.pos(s - 2).equals("NOUN") || a.pos(s - 2).equals("PROPN"))) s--;
      else break;
    }
    int before = s - 1;
    if (before >= 0 && a.pos(before).equals("DET")) before--;
    if (before < 0 || !a.pos(before).equals("VERB")) return null;
    return Span.of(a.text(), a.start(s), a.end(k));
  }

  /** The noun phrase (ADJ|NOUN|PROPN)* ending in a common noun at token k, or null ("America's prison population"). */
  private static Span nounPhraseEndingAt(Analysis a, int k) {
    if (k < 0 || !a.pos(k).equals("NOUN")) return null;
    int s = k;
    while (s - 1 >= 0 && k - s < PHRASE && (a.pos(s - 1).equals("NOUN") || a.pos(s - 1).equals("ADJ") || a.pos(s - 1).equals("PROPN")
        || s - 2 >= 0 && (a.lower(s - 1).equals("'s") || a.lower(s - 1).equals("’s")) && a.pos(s - 2).equals("PROPN"))) s--;
    return Span.of(a.text(), a.start(s), a.end(k));
  }

  /** DET? (ADJ|NOUN|PROPN|NUM)* ending in a NOUN or PROPN: the end, or t. */
  private static int nounPhrase(Analysis a, int t) {
    int n = a.tokenCount();
    int k = t;
    if (k < n && a.pos(k).equals("DET")) k++;
    int lastNoun = -1;
    while (k < n && k - t < PHRASE) {
      String pos = a.pos(k);
      boolean pluralAfterNumber = k == t && pos.equals("VERB") && a.lower(k).endsWith("s") && !a.lower(k).endsWith("ss") && a.lower(k).length() > 3;
      if (pos.equals("NOUN") || pos.equals("PROPN") || pluralAfterNumber // "twenty delegates", tagged as a verb
          || (pos.equals("VERB") && a.lower(k).endsWith("ing") && k > t && a.pos(k - 1).equals("DET"))) lastNoun = k;
      else if (pos.equals("VERB")) break;
      else if (!(pos.equals("ADJ") || pos.equals("NUM") || (a.token(k).equals("-") && k + 1 < n && a.end(k) == a.start(k + 1)))) break;
      k++;
    }
    return lastNoun < 0 ? t : lastNoun + 1;
  }
}
