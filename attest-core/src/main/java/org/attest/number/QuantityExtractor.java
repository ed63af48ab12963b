package org.attest.number;

import static org.attest.number.Tokens.lower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * inside names ("Fox 35", "COVID-19"). The scan is here; the number is read by {@link
 * NumberReader}'s readers, its bound by {@link Bounds}, a range by {@link Ranges}, its object by
 * {@link CountedObjects}, each stamping its name on what it decides ({@link #decide}). Words live
 * in {@code numbers.txt} and {@code units.txt}, read through {@link NumberLexicon}. Thread-safe.
 */
public final class QuantityExtractor {
  static final String RELATIVE = "number.relative";
  static final String INDEX_POINTS = "number.index-points";
  static final String UNDATED = "number.undated-object";
  static final String LINE = "number.object-line";
  static final String RATE_BASE = "number.rate-base";
  static final String TALLY = "number.glued-tally";
  /** Two shares glued by a dash, however the tokenizer cut them ("58%-33%", "80" "%-10" "%"). */
  private static final Pattern SHARES = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)%[-\u2013](\\d{1,3}(?:\\.\\d+)?)%");
  private static final int PHRASE_GAP = 6; // tokens at most between a rate's number and the joint of its base

  /** The names of every reader and step, in the order they run; each has its examples file. */
  static final List<String> RULES = List.of(NumberReader.SIGN, NumberReader.CURRENCY, Fractions.NAME, Multipliers.NAME, Digits.NAME,
      SpokenDigits.NAME, VagueCounts.NAME, NumberWords.NAME, FigureCounts.NAME, Rates.NAME, RATE_BASE, TALLY, Magnitudes.NAME, Units.COMPOUND, Units.NAME, Units.POLL_POINTS, Cents.NAME,
      Bounds.BEFORE, Ranges.NAME, Bounds.VERB, Bounds.AFTER, Bounds.OR_EQUAL, CountedObjects.AFTER, CountedObjects.BOUNDED, CountedObjects.IN,
      CountedObjects.BEFORE_OF, CountedObjects.RATE, CountedObjects.COMPOUND, CountedObjects.SUBJECT, CountedObjects.MEASURED, CountedObjects.RANGING, INDEX_POINTS, UNDATED, LINE, RELATIVE, SharedObjects.SHARED,
      SharedObjects.CONVERSION, SharedObjects.INDEX_LEVEL, SharedObjects.PER_SHARE);

  private final NumberLexicon lex;
  private final NumberReader reader;
  private final Bounds bounds;
  private final Ranges ranges;
  private final CountedObjects objects;
  private final SharedObjects shared;

  public QuantityExtractor() {
    this("en");
  }

  QuantityExtractor(String language) {
    lex = NumberLexicon.of(language);
    reader = new NumberReader(lex);
    bounds = new Bounds(lex, reader);
    ranges = new Ranges(lex, reader);
    objects = new CountedObjects(lex);
    shared = new SharedObjects(lex);
  }

  /** A figure found and the names of the readers and steps that decided it, in order ("number.digits", ...); for {@code --explain}. */
  /** A figure and the readers and steps that made it, in the order they ran. */
  public record Decided(Quantity quantity, List<String> rules) {}

  public List<Quantity> extract(Analysis a, List<TimeExpression> times) {
    List<Decided> decided = decide(a, times);
    List<Quantity> out = new ArrayList<>(decided.size());
    for (Decided d : decided) out.add(d.quantity());
    return out;
  }

  /** The figures of the text, each with the names of the rules that decided it. */
  public List<Decided> decide(Analysis a, List<TimeExpression> times) {
    boolean[] timed = timed(a, times);
    for (TimeExpression t : times) if ("DATE".equals(t.type())) dayRange(a, t, timed);
    boolean[] dated = new boolean[a.text().length() + 1];
    for (TimeExpression t : times) if ("DATE".equals(t.type())) Arrays.fill(dated, t.start(), t.end(), true);
    List<Decided> out = new ArrayList<>();
    List<Quantity> found = new ArrayList<>();
    int n = a.tokenCount();
    int t = 0;
    while (t < n) {
      if (timed[a.start(t)]) {
        t++;
        continue;
      }
      List<Decided> tally = gluedTally(a, t, found.size() + 1);
      if (tally != null) {
        for (Decided x : tally) {
          found.add(x.quantity());
          out.add(x);
        }
        t = a.tokenAt(tally.get(1).quantity().end() - 1) + 1;
        continue;
      }
      Decided d = quantity(a, t, timed, found.size() + 1);
      if (d == null) {
        t++;
        continue;
      }
      d = undated(a, d, dated);
      Decided rate = rateBase(a, d, out, found);
      if (rate == null) {
        t = after(a, d.quantity());
        continue;
      }
      d = rate;
      Quantity q = relative(d.quantity(), found);
      if (q != d.quantity()) d.rules().add(RELATIVE);
      found.add(q);
      out.add(new Decided(q, List.copyOf(d.rules())));
      t = after(a, q);
    }
    shared.share(a, out);
    return out;
  }

  /** The token after a figure, past the compound's hyphen its span leaves out ("$37-" "a-share"). */
  private static int after(Analysis a, Quantity q) {
    int e = q.end();
    return a.tokenAt(e < a.text().length() && a.text().charAt(e) == '-' ? e + 1 : e);
  }

  /**
   * The base of a rate apart from its number ([rate-base]: "25.9 new cases per 100,000 people", "5 incidents of violent
   * crime for every 1,000 residents") is no figure: the unitless number before it in its sentence, its noun between,
   * takes it as unit ("per 100,000"); a lone "one" before the noun is that number ("one polling place per every 21,000
   * voters", gold/figures/README.md: 1, "per 21,000", object "voters"). d itself when it is no such base, the figure to
   * add in its place, or null.
   */
  private Decided rateBase(Analysis a, Decided d, List<Decided> out, List<Quantity> found) {
    Quantity base = d.quantity();
    int b = a.tokenAt(base.start()), joint = -1;
    for (int k = 1; k <= 2 && joint < 0; k++) if (b - k >= 0 && lex.rateBase.contains(Tokens.phrase(a, b - k, k))) joint = b - k;
    if (joint < 0 || !"exact".equals(base.modifier()) || base.unit() != null || base.value() == null || base.value() != Math.rint(base.value())) return d;
    String unit = String.format(java.util.Locale.ROOT, "per %,d", base.value().longValue());
    Decided last = out.isEmpty() ? null : out.get(out.size() - 1);
    Quantity q = last == null ? null : last.quantity();
    int end = q == null ? -1 : a.tokenAt(q.end() - 1);
    Decided one = loneOne(a, joint, base, unit);
    if (one != null || q == null || q.unit() != null || q.value() == null || a.sentenceOf(end) != a.sentenceOf(joint) || joint - end > PHRASE_GAP
        || q.value() >= base.value()) {
      return one;
    }
    Quantity rate = new Quantity(q.id(), q.start(), q.end(), q.text(), q.value(), q.low(), q.high(), q.modifier(), unit, q.object(), q.confidence(), q.relativeTo());
    List<String> rules = new ArrayList<>(last.rules());
    rules.add(RATE_BASE);
    out.set(out.size() - 1, new Decided(rate, List.copyOf(rules)));
    found.set(found.size() - 1, rate);
    return null;
  }

  /** "one polling place per every 21,000": the rate 1 from a lone "one" before the noun before the joint, or null. */
  private Decided loneOne(Analysis a, int joint, Quantity base, String unit) {
    int k = joint - 1, first = a.sentenceStartToken(a.sentenceOf(joint));
    while (k > first && joint - k <= 3 && (a.pos(k).equals("NOUN") || a.pos(k).equals("ADJ") || a.lower(k).endsWith("ing"))) k--; // "polling place"
    String v = lex.wordValue(a.lower(k));
    if (k == joint - 1 || v == null || !(v.equals("1") || v.equals("1.0"))) return null;
    String text = a.text().substring(a.start(k), base.end());
    Quantity one = new Quantity(base.id(), a.start(k), base.end(), text, 1.0, 1.0, 1.0, "exact", unit, base.object(), base.confidence(), null);
    return new Decided(one, new ArrayList<>(List.of(NumberWords.NAME, RATE_BASE)));
  }

  /**
   * A poll's two shares glued by a dash (fresh USA Today pages: "By 58%-33%, those surveyed said", "a 62%-32% divide",
   * "46%-35%"): two figures in percent, as a tally (NOTES.md: "80-19" is two), with the noun after them as object.
   */
  private List<Decided> gluedTally(Analysis a, int t, int id) {
    if (!Character.isDigit(a.token(t).charAt(0))) return null;
    Matcher m = SHARES.matcher(a.text()).region(a.start(t), a.text().length());
    if (!m.lookingAt()) return null;
    int last = a.tokenAt(m.end() - 1);
    if (a.end(last) != m.end()) return null;
    Span object = last + 1 < a.tokenCount() && a.pos(last + 1).equals("NOUN") ? objects.after(a, last + 1) : null;
    return List.of(share(a, m.start(1), m.end(1) + 1, object, id), share(a, m.start(2), m.end(2) + 1, object, id + 1));
  }

  private static Decided share(Analysis a, int s, int e, Span object, int id) {
    double value = Double.parseDouble(a.text().substring(s, e - 1));
    Quantity q = new Quantity("n" + id, s, e, a.text().substring(s, e), value, value, value, "exact", "percent", object, 0.9);
    return new Decided(q, List.of(Digits.NAME, TALLY));
  }

  /** The characters inside time expressions: no figure starts there. */
  private static boolean[] timed(Analysis a, List<TimeExpression> times) {
    boolean[] timed = new boolean[a.text().length() + 1];
    for (TimeExpression t : times) {
      Arrays.fill(timed, t.start(), t.end(), true);
      // "two to three years", "five or six weeks": the first number is the duration's too
      int first = a.tokenAt(t.start());
      if (!"DURATION".equals(t.type()) || first < 2 || first >= a.tokenCount() || !a.pos(first).equals("NUM")) continue;
      String link = a.lower(first - 1);
      if ((link.equals("to") || link.equals("or") || link.equals("-") || link.equals("\u2013")) && a.pos(first - 2).equals("NUM")) {
        Arrays.fill(timed, a.start(first - 2), a.end(first - 2), true);
      }
    }
    return timed;
  }

  /**
   * The days after a date that end its range are the date's (NOTES.md: dates are no figures): "between February 15-17",
   * "conducted July 8 to 12", and with the first day outside the date found: "May 13-22".
   */
  private void dayRange(Analysis a, TimeExpression t, boolean[] timed) {
    int n = a.tokenCount();
    int last = a.tokenAt(t.end() - 1), k = a.tokenAt(t.end());
    int first = day(a, last) ? last : -1; // "February 15" "-17"
    if (first < 0 && k < n && a.isCapitalized(last) && !Character.isDigit(a.token(last).charAt(0))) first = k; // "May" "13-22": the first day left out
    if (first < 0 || first >= n || !day(a, first)) return;
    if (first == k) k++;
    String w = k < n ? a.lower(k) : "";
    // "13-": the tokenizer's day that holds the joint
    boolean joint = lex.rangeJoint.containsKey(w);
    if (!joint && first < n && a.token(first).length() > 1 && lex.rangeJoint.containsKey(a.lower(first).substring(a.lower(first).length() - 1))) {
      joint = true;
      k = first;
    }
    if (!joint || k + 1 >= n || !day(a, k + 1) || dayOf(a, k + 1) <= dayOf(a, first)) return;
    String after = k + 2 < n ? a.lower(k + 2) : "";
    if (lex.percent.containsKey(after) || lex.measure.containsKey(after) || lex.magnitude.containsKey(after) || lex.currencyWord.containsKey(after)) return;
    Arrays.fill(timed, a.start(Math.min(first, k)), a.end(k + 1), true);
  }

  /** A day of a month in digits, or one with the joint of a range glued: "22", "13-". */
  private boolean day(Analysis a, int k) {
    int d = dayOf(a, k);
    return d >= 1 && d <= 31;
  }

  /** The number of a day token ("22", "13-"), or 0. */
  private int dayOf(Analysis a, int k) {
    String w = a.token(k);
    if (w.length() > 1 && lex.rangeJoint.containsKey(w.substring(w.length() - 1))) w = w.substring(0, w.length() - 1);
    return w.matches("\\d{1,2}") ? Integer.parseInt(w) : 0;
  }

  /**
   * A figure whose object ends in a date has the object before it (NOTES.md: objects exclude time adjuncts): "a
   * six-percentage-point lead last month" → "lead", "$30 billion in revenue last year" → "in revenue", "up from 60
   * percent 20 years ago" → none. A date inside the object stays ("of the 2016 vote").
   */
  private static Decided undated(Analysis a, Decided d, boolean[] dated) {
    Quantity q = d.quantity();
    Span o = q.object();
    if (o == null || !dated[o.end() - 1]) return d;
    int first = a.tokenAt(o.start()), k = a.tokenAt(o.end() - 1);
    while (k >= first && dated[a.start(k)]) k--;
    while (k >= first && !(a.pos(k).equals("NOUN") || a.pos(k).equals("PROPN"))) k--; // "in revenue", not "in"
    Span object = k < first ? null : Span.of(a.text(), o.start(), a.end(k));
    Quantity out = new Quantity(q.id(), q.start(), q.end(), q.text(), q.value(), q.low(), q.high(), q.modifier(), q.unit(), object, q.confidence(), q.relativeTo());
    d.rules().add(UNDATED);
    return new Decided(out, d.rules());
  }

  /** Whether a figure can start at token t: most tokens are ruled out by a few set lookups. */
  private boolean mayStart(Analysis a, int t) {
    String w = a.lower(t);
    char c = w.charAt(0);
    if (Character.isDigit(c) || Character.isDigit(w.charAt(w.length() - 1)) || lex.currencySymbol.containsKey(w) || "$£€¥".indexOf(c) >= 0) return true;
    if ((c == '.' || c == '-' || c == '+') && w.length() > 1 && Character.isDigit(w.charAt(1))) return true; // ".08", "-1", "+25"
    if (lex.currencyCode.containsKey(w) || lex.currencyPrefix.containsKey(w) || lex.sign.containsKey(w)) return true;
    int dash = w.indexOf('-');
    if (dash > 0 && lex.numbers.containsKey(w.substring(0, dash))) return true; // "a one-yen bid", "five-" "mile"
    if (w.equals(lex.rangeBetween) || w.equals(lex.rangeFrom) || lex.vagueTens.containsKey(w) || lex.articles.contains(w)) return true;
    if (lex.numbers.containsKey(w) || lex.wordValue(w) != null || lex.vague.containsKey(w) || lex.multiplier.containsKey(w) || lex.vagueQuantifiers.contains(w)) return true;
    return lex.phraseStarts.contains(w) || lex.digitCount.containsKey(w); // "single digits"
  }

  /**
   * "now only a third of that number survive": a fraction of an earlier figure is resolved against
   * it (3,000 → about 1,000) and keeps a link to it.
   */
  private Quantity relative(Quantity q, List<Quantity> before) {
    if (!"fraction".equals(q.unit()) || q.object() == null || before.isEmpty() || !lex.anaphors.contains(Lexicon.normalize(q.object().text()))) return q;
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

  /** The figure starting at token t (its bound words first: "fewer than 1,000", "about $3 billion"), or null. */
  private Decided quantity(Analysis a, int t, boolean[] timed, int id) {
    if (!mayStart(a, t)) return null;
    String modifier = "exact";
    int start = t;
    int k = bounds.before(a, t);
    // "his comment about 47 percent of the country": after a noun of [about-topic], "about" is a preposition; elsewhere a
    // bound ("a town about 25 miles west of Manhattan", "the contract covers about 100 workers")
    if (k == t + 1 && lower(a, t).equals("about") && t > 0 && a.pos(t - 1).equals("NOUN") && lex.aboutTopics.contains(a.lower(t - 1))) return null;
    if (k > t) {
      modifier = bounds.modifier(a, t, k);
      t = k;
    }
    if (ranges.opens(a, t)) {
      Figure[] range = ranges.between(a, t, timed);
      if (range != null) return range(a, start, range, id);
      if (start == t) return null;
    }
    Figure num = reader.read(a, t, timed);
    if (num == null || !Double.isFinite(num.value)) return null; // JSON has no Infinity
    if (k > start) num.stamp(Bounds.BEFORE);
    modifier = bounds.around(a, start, num, modifier, timed);
    if ((modifier.equals("exact") || modifier.equals("approx")) && !num.vague) { // also "about 30-60%", "Around 30 to 70 people"
      Figure[] range = ranges.following(a, num, timed, objects.afterChange(a, start)); // "10 to 20", "10-20", "20 through 100"
      if (range != null) return range(a, start, range, id);
    }
    double value = num.scaled();
    Double low = value, high = value;
    switch (modifier) {
      case "less_than", "at_most" -> low = null;
      case "more_than", "at_least" -> high = null;
      default -> { }
    }
    int end = num.end;
    Span found = objects.of(a, start, num);
    Span object = inLine(a, found, a.start(start), a.end(num.end - 1));
    if (object != found) num.stamp(LINE);
    indexPoints(num, object);
    int to = a.end(end - 1);
    if (to - 1 > a.start(start) && a.text().charAt(to - 1) == '-') to--; // the compound's hyphen stays out: "a $37-a-share offer" → "$37"
    String text = a.text().substring(a.start(start), to);
    Quantity q = new Quantity("n" + id, a.start(start), to, text, value, low, high, modifier, num.unit, object, num.vague ? 0.7 : 0.9);
    return new Decided(q, new ArrayList<>(num.rules()));
  }

  /**
   * An object stays on its figure's line (fresh pages: a list or heading line after the figure's, "432 new cases" then
   * "Cork University Hospital"): cut at a line break, none when a break stands between the figure [from, to) and it.
   */
  static Span inLine(Analysis a, Span o, int from, int to) {
    if (o == null) return null;
    String t = a.text();
    int s = o.start(), e = o.end();
    if (s >= to) {
      if (Tokens.lineBreak(a, to, s)) return null;
      int nl = t.indexOf('\n', s);
      if (nl >= 0 && nl < e) e = nl;
    } else if (e <= from) {
      if (Tokens.lineBreak(a, e, from)) return null;
      int nl = t.lastIndexOf('\n', e - 1);
      if (nl >= s) s = nl + 1;
    }
    if (e == o.end() && s == o.start()) return o;
    while (e > s && !Character.isLetterOrDigit(t.charAt(e - 1))) e--;
    while (s < e && !Character.isLetterOrDigit(t.charAt(s))) s++;
    return e > s ? Span.of(t, s, e) : null;
  }

  /** A level or change of a stock index ([index-word]) without a unit is in points: "the Nasdaq composite increased 7.15 points, or 0.1 percent, to 5,162.13". */
  private void indexPoints(Figure num, Span object) {
    if (num.unit != null || object == null) return;
    String[] words = object.text().split("[ \\-]");
    for (String w : words) {
      String n = Lexicon.normalize(w);
      // a weak market word names an index only after another word ("the industrial average"; not "an average of 3,000 a year")
      if (lex.objectWords.indexWords().contains(n) && (words.length > 1 || !lex.market.weak().contains(n))) {
        num.unit = "points";
        num.stamp(INDEX_POINTS);
        return;
      }
    }
  }

  /** The range of two figures [low, high] from token start, or null when an end is no finite number. */
  private Decided range(Analysis a, int start, Figure[] ends, int id) {
    Figure low = ends[0], high = ends[1];
    double lo = low.scaled(), hi = high.scaled();
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) return null;
    int end = high.end;
    String text = a.text().substring(a.start(start), a.end(end - 1));
    List<String> rules = new ArrayList<>(low.rules());
    for (String r : high.rules()) if (!rules.contains(r)) rules.add(r);
    rules.add(Ranges.NAME);
    Figure after = new Figure();
    Span found = objects.ofRange(a, start, end, after, high.unit != null ? high.unit : low.unit);
    Span object = inLine(a, found, a.start(start), a.end(end - 1));
    rules.addAll(after.rules());
    if (object != found) rules.add(LINE);
    Quantity q = new Quantity("n" + id, a.start(start), a.end(end - 1), text, null, lo, hi, "range", high.unit != null ? high.unit : low.unit, object, 0.85);
    return new Decided(q, rules);
  }
}
