package org.attest.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  private static final Pattern DIGITS = Pattern.compile("([$£€¥])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(bn|mn|m|k|b|tn|%)?");
  private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)(%)?");

  public List<Quantity> extract(Analysis a, List<TimeExpression> times) {
    boolean[] timed = new boolean[a.text().length() + 1];
    for (TimeExpression t : times) java.util.Arrays.fill(timed, t.start(), t.end(), true);
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
    if (Character.isDigit(c) || section("currency-symbol").containsKey(w) || "$£€¥".indexOf(c) >= 0) return true;
    if (w.equals("between") || w.equals("from") || w.equals("tens") || w.equals("a") || w.equals("an")) return true;
    if (numbers.containsKey(w) || wordValue(w) != null || section("vague").containsKey(w) || section("multiplier").containsKey(w)) return true;
    return phraseStarts.contains(w);
  }

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
        if ((between && word.equals("and")) || (!between && (word.equals("to") || word.equals("-")))) {
          N high = number(a, joint + 1, timed);
          if (high != null) {
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
    // "$100,000 or more", "$200 or less"
    if (modifier.equals("exact") && lower(a, num.end).equals("or")) {
      String after = lower(a, num.end + 1);
      if (after.equals("more")) modifier = "at_least";
      if (after.equals("less") || after.equals("fewer")) modifier = "at_most";
      if (!modifier.equals("exact")) {
        num.end += 2;
        num.open = true; // "households making $100,000 or more": the count ends there
      }
    }
    // "10 to 20", "10-20"
    String word = lower(a, num.end);
    if (modifier.equals("exact") && (word.equals("to") || word.equals("-")) && !num.vague) {
      N high = number(a, num.end + 1, timed);
      if (high != null && high.value > num.value) {
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
    if (object == null && !num.open && num.unit != null && lower(a, end).equals("in") && !a.pos(end + 1).equals("DET") && !a.pos(end + 1).equals("NUM")) {
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
    N num = new N();
    num.start = t;
    String currency = section("currency-symbol").get(lower(a, t));
    if (currency != null) {
      num.unit = currency;
      t++;
      if (t >= n) return null;
    }
    String w = lower(a, t);
    // fractions and multipliers in words: "a quarter of the cost", "less than a third", "premiums doubled"
    for (int k = 2; k >= 1 && num.unit == null; k--) {
      if (t + k > n) continue;
      String p = phrase(a, t, k);
      String frac = section("fraction").get(p);
      if (frac != null && (k > 1 || !p.equals("half") || lower(a, t + 1).equals("of") || lower(a, t - 1).equals("in") || lower(a, t - 1).equals("by"))) {
        num.value = Double.parseDouble(frac);
        num.unit = "fraction";
        num.end = t + k;
        // "a quarter of a million dollars": a fraction of a magnitude is a number
        int m = t + k;
        if (lower(a, m).equals("of") && lower(a, m + 1).equals("a") && section("magnitude").containsKey(lower(a, m + 2)) && lower(a, m + 2).length() > 2) {
          num.value *= Double.parseDouble(section("magnitude").get(lower(a, m + 2)));
          num.unit = null;
          int u = unitAt(a, m + 3, num);
          num.end = Math.max(m + 3, u);
        }
        return num;
      }
      String times = section("multiplier").get(p);
      if (times != null && k == 1) {
        num.value = Double.parseDouble(times);
        num.unit = "times";
        num.end = t + 1;
        return num;
      }
    }
    Matcher m = DIGITS.matcher(w);
    if (m.matches()) {
      if (isInName(a, t)) return null;
      if (m.group(1) != null) num.unit = section("currency-symbol").get(m.group(1));
      num.value = Double.parseDouble(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
      String suffix = m.group(4);
      if ("%".equals(suffix)) num.unit = "percent";
      else if (suffix != null) num.value *= Double.parseDouble(section("magnitude").get(suffix));
      t++;
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
      num.value *= Double.parseDouble(section("magnitude").get(lower(a, t)));
      t++;
    }
    // magnitudes after the number: "2.5 million", "3 billion"
    while (t < n && section("magnitude").containsKey(lower(a, t)) && lower(a, t).length() > 2 && !num.vague) {
      num.value *= Double.parseDouble(section("magnitude").get(lower(a, t)));
      t++;
    }
    // a unit after it: "45 percent", "3 billion dollars", "12 percentage points", "50 cents", "30 miles"
    int u = unitAt(a, t, num);
    if (u > t) t = u;
    else if (num.vague && lower(a, t).equals("of") && section("currency-word").containsKey(lower(a, t + 1))) {
      num.unit = section("currency-word").get(lower(a, t + 1)).split("/")[0]; // "millions of dollars"
      t += 2;
    }
    num.end = t;
    if (num.unit == null && num.start == t - 1 && !num.vague && isBareYearOrOrdinal(a, num.start)) return null;
    return num;
  }

  private int unitAt(Analysis a, int t, N num) {
    for (int k = 2; k >= 1; k--) {
      if (t + k > a.tokenCount()) continue;
      String p = phrase(a, t, k);
      String pct = section("percent").get(p);
      if (pct != null) {
        num.unit = pct;
        return t + k;
      }
      String cur = section("currency-word").get(p);
      if (cur != null && (num.unit == null || num.unit.equals(cur.split("/")[0]))) {
        String[] parts = cur.split("/");
        num.unit = parts[0];
        if (parts.length > 1) num.unitScale = 1.0 / Double.parseDouble(parts[1]);
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
    if (w.equals("half") && lower(a, t + 1).equals("a") && section("magnitude").containsKey(lower(a, t + 2))) {
      num.value = 0.5 * Double.parseDouble(section("magnitude").get(lower(a, t + 2)));
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
    double total = 0, current = 0;
    int k = t;
    boolean any = false;
    while (k < n) {
      String x = lower(a, k);
      String v = wordValue(x);
      if (v != null && !v.equals("X") && !x.equals("a") && !x.equals("an") && !x.equals("half") && !x.equals("couple")) {
        double d = Double.parseDouble(v);
        if (d == 100) current = (current == 0 ? 1 : current) * 100;
        else if (d >= 1000) {
          total += (current == 0 ? 1 : current) * d;
          current = 0;
        } else current += d;
        any = true;
        k++;
      } else if (any && x.equals("and") && wordValue(lower(a, k + 1)) != null && current >= 100) {
        k++;
      } else if (any && x.equals("-") && k + 1 < n && a.end(k - 1) == a.start(k) && a.end(k) == a.start(k + 1) && wordValue(lower(a, k + 1)) != null) {
        k++; // "Forty-three" cut as "Forty" "-" "three"
      } else {
        break;
      }
    }
    if (!any) return t;
    String first = lower(a, t);
    // a bare "one" is an article or a pronoun far more often than a figure ("one analyst said")
    if (k == t + 1 && first.equals("one") && !section("bound").containsKey(lower(a, t - 1)) && !lower(a, t - 2).equals("at")) return t;
    // "one" as a pronoun or article: "one of the", "no one", "one day"
    if (k == t + 1 && first.equals("one") && (lower(a, k).equals("of") || lower(a, t - 1).equals("no") || lower(a, k).equals("day")
        || lower(a, k).equals("another") || a.pos(k < n ? k : t).equals("PUNCT") || anotherFollows(a, k))) {
      return t; // "from one position to another"
    }
    num.value = total + current;
    return k;
  }

  private static boolean anotherFollows(Analysis a, int k) {
    for (int i = k; i < Math.min(a.tokenCount(), k + 5); i++) if (a.lower(i).equals("another")) return true;
    return false;
  }

  private String wordValue(String x) {
    String v = numbers.get(x);
    if (v != null) return v;
    if (x.contains("-") && !x.startsWith("-") && !x.endsWith("-")) { // "twenty-four", "forty-three"
      double sum = 0;
      for (String part : x.split("-")) {
        String pv = numbers.get(part);
        if (pv == null || pv.equals("X")) return null;
        sum += Double.parseDouble(pv);
      }
      return String.valueOf(sum);
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
    while (s - 1 >= 0 && (a.pos(s - 1).equals("NOUN") || a.pos(s - 1).equals("ADJ"))) s--;
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
    while (s - 1 >= 0) { // the noun phrase, with the "from" or "of" phrases it holds
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
    while (s - 1 >= 0 && (a.pos(s - 1).equals("NOUN") || a.pos(s - 1).equals("ADJ") || a.pos(s - 1).equals("PROPN")
        || s - 2 >= 0 && (a.lower(s - 1).equals("'s") || a.lower(s - 1).equals("’s")) && a.pos(s - 2).equals("PROPN"))) s--;
    return Span.of(a.text(), a.start(s), a.end(k));
  }

  /** DET? (ADJ|NOUN|PROPN|NUM)* ending in a NOUN or PROPN: the end, or t. */
  private static int nounPhrase(Analysis a, int t) {
    int n = a.tokenCount();
    int k = t;
    if (k < n && a.pos(k).equals("DET")) k++;
    int lastNoun = -1;
    while (k < n) {
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
