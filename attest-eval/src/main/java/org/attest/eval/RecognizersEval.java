package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Quantity;

/**
 * Scores the number normaliser against the Microsoft Recognizers-Text English spec suites
 * (Number, NumberRange, Percent, Currency): each case's input is one article, published on a fixed
 * day, and its quantities are compared with the expected results.
 *
 * <p>Comparison. An expected result (its Start..End, End inclusive) is met by a quantity whose span
 * overlaps it and that has the expected reading: Number, the {@code value}; Percent, the value with
 * unit {@code percent}; Currency, the amount and its ISO 4217 code (the suite's isoCurrency, else
 * its currency name through {@link #CURRENCY_NAMES}; cents, pence and pennies are a hundredth of the
 * main unit in attest/1); NumberRange, the interval: "[v,v]" an exact v, "(x," more_than x, "[x,"
 * at_least x, ",y)" less_than y, ",y]" at_most y, and a two-sided interval either one range
 * quantity with low x and high y (attest/1 states no openness for a range, so the brackets are not
 * compared) or two bound quantities whose modifiers give the two brackets ("more than 10 and less
 * than 20"). Values agree within a relative 2e-4 (attest/1 writes word fractions to four places).
 *
 * <p>A case passes when every in-scope expected result is met and no extra quantity of the suite's
 * kind (Number: any; NumberRange: a bound or a range; Percent: unit percent; Currency: an ISO code)
 * is reported where no expected result, in scope or not, lies. A case with no expected result passes
 * when nothing of the suite's kind is reported.
 */
public final class RecognizersEval {
  /** The four suites, their files and what kind of quantity each expects. */
  public enum Suite {
    NUMBER("Number", "Number/NumberModel.json"),
    NUMBER_RANGE("NumberRange", "Number/NumberRangeModel.json"),
    PERCENT("Percent", "Number/PercentModel.json"),
    CURRENCY("Currency", "NumberWithUnit/CurrencyModel.json");

    final String label;
    final String file;

    Suite(String label, String file) {
      this.label = label;
      this.file = file;
    }
  }

  /** One expected result: its text (lower-cased by the suite), offsets (end exclusive here) and resolution. */
  record Expected(String text, int start, int end, JsonNode resolution) {}

  /** One case: the input, what is expected, and the platforms the suite says do not support it. */
  record Case(String input, List<Expected> results, String notSupported) {}

  /** One suite's counts; {@code excluded} counts out-of-scope cases by reason. */
  public record SuiteScore(Suite suite, int total, int inScope, int passed, Map<String, Integer> excluded) {
    public double passRate() {
      return inScope == 0 ? 0 : (double) passed / inScope;
    }
  }

  // Scope: what FORMAT.md and NOTES.md say is no quantity, or what attest/1 writes another way, is
  // left out; a case that expects nothing stays in unless attest/1 would rightly report something.
  static final String NOT_SUPPORTED = "not supported by the reference .NET recogniser (NotSupported/ByDesign lists dotnet): no verified answer";
  static final String IDENTIFIER = "identifiers, dates, phone numbers, addresses, labels (192.168.1.2, 5/17/2018, +1-222, nr. 22, SCP-173, version two): not quantities (FORMAT.md)";
  static final String NOTATION = "arithmetic, scientific and symbolic notation (1.1^23, 1e10, 1.3x10^6, >10, <=, 20~100): not prose";
  static final String RATIO = "ratios read as one number (one out of three, 2000 over 3, 2 in 5): attest/1 keeps the count and names the base in the unit (NOTES.md rates)";
  static final String DIGIT_FRACTION = "fractions with a slash or a fraction character (3/4, 2 1/4, ¾): a slash is as often a date or a score; attest/1's fraction unit is for fractions in words";
  static final String WORD_PUZZLE = "fraction words with an improper, compound or outsized part (twenty fifths, one twenty-fifth, a trillionth): arithmetic puzzles; in prose these words are ordinals";
  static final String ORDINAL = "ordinals (the tenth, two millionth): not quantities (FORMAT.md)";
  static final String AGE_DURATION = "ages and durations (thirty years old, in 3 years): times in attest/1 (FORMAT.md)";
  static final String REGIONAL = "Indian numbering (lakh, crore, 12,34,567) and non-English digit grouping (1 234 567, 1,3, 1.111,11)";
  static final String NO_AMOUNT = "a unit word without a number (percent, dollar): no quantity in attest/1";
  static final String NO_ISO = "money without an ISO 4217 code (Bitcoin, Satoshi, sen): FORMAT.md names money by its ISO code";
  static final String REVERSED_PERCENT = "'percent of 10' read as 10%: in English prose that is a share of 10";
  static final String GLUED_UNIT = "nothing expected where a number is glued to a unit of measure (180ml, 29km, 1m): a measure in attest/1";

  /** Currency names the suite gives without an ISO code → the codes they may stand for. */
  static final Map<String, Set<String>> CURRENCY_NAMES = Map.of(
      "Dollar", Set.of("USD", "CAD", "AUD", "HKD", "NZD", "SGD", "TWD"),
      "Pound", Set.of("GBP"), "Franc", Set.of("FRF", "CHF", "BEF"), "Peseta", Set.of("ESP"),
      "Netherlands guilder", Set.of("NLG"), "Finnish markka", Set.of("FIM"), "Rupee", Set.of("INR", "LKR", "PKR", "NPR"),
      "Cent", Set.of("USD", "EUR", "CAD", "AUD", "HKD", "NZD"), "Pence", Set.of("GBP"), "Penny", Set.of("GBP"));
  private static final Set<String> SUBUNITS = Set.of("Cent", "Pence", "Penny");

  /** Inside the run of non-blank characters around a result: an address, a phone number, a date, a code. */
  private static final Pattern IDENT_RUN = Pattern.compile("\\d+\\.\\d+\\.\\d+|\\+\\d+-\\d|\\d+/\\d+/\\d{2,4}|https?://|\\d+-\\d+-\\d+|\\b[A-Z]{2,}-\\d");
  private static final Pattern LABEL_BEFORE = Pattern.compile("(?i)(?:\\bnrs?\\.|\\bno\\.|\\bversion|[a-z]-)\\s*$");
  private static final Pattern NOTATION_TEXT = Pattern.compile("\\^|\\d[eE][+-]?\\d|\\dx10|[<>=~]");
  private static final Pattern RATIO_TEXT = Pattern.compile("\\S\\s+(?:out of|over|in)\\s+\\S");
  private static final Pattern DIGIT_FRACTION_TEXT = Pattern.compile("\\d\\s*/\\s*\\d|[\\u00bc-\\u00be\\u2150-\\u215e]");
  private static final Pattern REGIONAL_TEXT = Pattern.compile("\\b(?:lakh|crore)\\b|\\d{1,2},\\d\\d,\\d{3}|\\d[ \\u202f\\u00a0]\\d{3}|\\d,\\d{1,2}\\b|\\.\\d{3},");
  private static final Pattern ORDINAL_AFTER = Pattern.compile("(?i)^[\\s-]*(?:hundred|thousand|million|billion|trillion)ths?\\b");
  private static final Pattern ORDINAL_TEXT = Pattern.compile("\\bthe (?:\\w+th|first|second|third)\\b|\\d+(?:st|nd|rd|th)\\b");
  private static final Pattern AGE_INPUT = Pattern.compile("(?i)years? old|\\bage\\b|\\baged\\b");
  private static final Pattern TIME_AFTER = Pattern.compile("(?i)^\\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\\b");
  private static final Pattern GLUED = Pattern.compile("(?i)\\d(?:ml|km|cm|mm|kg|m)\\b");
  private static final Pattern PERCENT_FIRST = Pattern.compile("^(?:per ?cents?|percents?|percentage)\\b");

  /** Simple denominators of everyday fractions, with their value. */
  private static final Map<String, Integer> DENOMINATORS = denominators();
  private static final Map<String, Integer> SMALL = smallNumbers();

  private RecognizersEval() {}

  public static List<SuiteScore> run(Path dir, PrintStream errors) throws IOException {
    Attest engine = new Attest();
    List<SuiteScore> out = new ArrayList<>();
    for (Suite s : Suite.values()) out.add(score(s, read(dir.resolve(s.file)), engine, errors));
    return out;
  }

  static List<Case> read(Path file) throws IOException {
    String json = Files.readString(file);
    if (json.startsWith("\uFEFF")) json = json.substring(1);
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(json)) {
      String input = c.get("Input").asText();
      List<Expected> results = new ArrayList<>();
      for (JsonNode r : c.path("Results")) {
        String text = r.get("Text").asText();
        int start = r.has("Start") ? r.get("Start").asInt() : input.toLowerCase(Locale.ROOT).indexOf(text);
        int end = r.has("End") ? r.get("End").asInt() + 1 : start + text.length();
        results.add(new Expected(text, start, end, r.path("Resolution")));
      }
      String ns = (c.path("NotSupported").asText("") + "," + c.path("NotSupportedByDesign").asText("")).toLowerCase(Locale.ROOT);
      cases.add(new Case(input, results, ns));
    }
    return cases;
  }

  static SuiteScore score(Suite suite, List<Case> cases, Attest engine, PrintStream errors) {
    int inScope = 0, passed = 0;
    Map<String, Integer> excluded = new LinkedHashMap<>();
    for (Case c : cases) {
      String why = excluded(suite, c);
      if (why != null) {
        excluded.merge(why, 1, Integer::sum);
        continue;
      }
      inScope++;
      List<Quantity> got = engine.extract(new Article("recognizers", c.input(), "2016-11-07")).quantities();
      if (passes(suite, c, got)) passed++;
      else if (errors != null) errors.println("FAIL " + suite.label + " \"" + c.input() + "\" expected " + describe(suite, c) + " | got " + describe(got));
    }
    return new SuiteScore(suite, cases.size(), inScope, passed, excluded);
  }

  /** Why a case is out of scope, or null: a case is in when it expects nothing or one of its results is in. */
  static String excluded(Suite suite, Case c) {
    if (c.notSupported().contains("dotnet")) return NOT_SUPPORTED;
    if (c.results().isEmpty()) return suite == Suite.NUMBER && GLUED.matcher(c.input()).find() ? GLUED_UNIT : null;
    String first = null;
    for (Expected e : c.results()) {
      String why = excluded(suite, c, e);
      if (why == null || why.equals(NO_AMOUNT)) return null; // a unit word alone: the case expects no quantity
      if (first == null) first = why;
    }
    return first;
  }

  /** Why one expected result is out of scope, or null. */
  static String excluded(Suite suite, Case c, Expected e) {
    String text = e.text(), input = c.input(), after = input.substring(Math.min(input.length(), e.end()));
    JsonNode value = e.resolution().path("value");
    if (value.isMissingNode() || value.isNull() || value.asText().equals("null")) return NO_AMOUNT;
    if (AGE_INPUT.matcher(input).find() || TIME_AFTER.matcher(after).find()) return AGE_DURATION;
    if (NOTATION_TEXT.matcher(text).find()) return NOTATION;
    int runStart = Math.max(0, Math.min(e.start(), input.length())), runEnd = Math.min(input.length(), e.end());
    while (runStart > 0 && !Character.isWhitespace(input.charAt(runStart - 1))) runStart--;
    while (runEnd < input.length() && !Character.isWhitespace(input.charAt(runEnd))) runEnd++;
    if (IDENT_RUN.matcher(input.substring(runStart, runEnd)).find() || LABEL_BEFORE.matcher(input.substring(0, runStart)).find()) return IDENTIFIER;
    if (RATIO_TEXT.matcher(text).find()) return RATIO;
    if (DIGIT_FRACTION_TEXT.matcher(text).find()) return DIGIT_FRACTION;
    if (REGIONAL_TEXT.matcher(text).find()) return REGIONAL;
    if (ORDINAL_TEXT.matcher(text).find() || ORDINAL_AFTER.matcher(after).find()) return ORDINAL;
    if (isFraction(text) && !simpleFraction(text)) return WORD_PUZZLE;
    if (suite == Suite.PERCENT && PERCENT_FIRST.matcher(text).find()) return REVERSED_PERCENT;
    if (suite == Suite.CURRENCY && isoCodes(e.resolution()) == null) return NO_ISO;
    return null;
  }

  /** Whether the text ends in a fraction word ("two thirds", "a trillionth", "one - fourth"). */
  static boolean isFraction(String text) {
    String[] w = words(text);
    if (w.length < 2) return w.length == 1 && (w[0].equals("half") || w[0].endsWith("ths") && !w[0].equals("months"));
    String last = w[w.length - 1];
    return DENOMINATORS.containsKey(last) || last.endsWith("th") || last.endsWith("ths") || last.endsWith("firsts") || last.endsWith("first")
        || last.equals("half");
  }

  /**
   * An everyday fraction, alone or after a whole number and "and": a numerator below 100 (or
   * "a"/"an"/none) smaller than a simple denominator ("two thirds", "one and a half", "two and
   * fifty-four hundredths", "one hundred and three quarters").
   */
  static boolean simpleFraction(String text) {
    String[] w = words(text);
    int and = -1;
    for (int i = 0; i < w.length; i++) if (w[i].equals("and")) and = i;
    int from = and + 1;
    while (from < w.length - 1 && !SMALL.containsKey(w[from]) && !w[from].equals("a") && !w[from].equals("an")) from++; // "below a half"
    Integer den = DENOMINATORS.get(w[w.length - 1]);
    if (den == null) return false;
    if (w.length - 1 - from == 0) return w[w.length - 1].equals("half");
    int num = 0;
    for (int i = from; i < w.length - 1; i++) {
      Integer v = w[i].equals("a") || w[i].equals("an") ? Integer.valueOf(1) : SMALL.get(w[i]);
      if (v == null) return false;
      num += v;
    }
    return num > 0 && num < den;
  }

  private static String[] words(String text) {
    return text.toLowerCase(Locale.ROOT).replace('-', ' ').trim().split("\\s+");
  }

  static boolean passes(Suite suite, Case c, List<Quantity> got) {
    for (Expected e : c.results()) {
      if (excluded(suite, c, e) != null) continue;
      boolean met = suite == Suite.NUMBER_RANGE ? rangeMet(e, got) : got.stream().anyMatch(q -> overlaps(q, e) && meets(suite, e, q));
      if (!met) return false;
    }
    for (Quantity q : got) {
      if (!ofKind(suite, q)) continue;
      if (c.results().stream().noneMatch(e -> overlaps(q, e) && excluded(suite, c, e) != NO_AMOUNT)) return false;
    }
    return true;
  }

  static boolean ofKind(Suite suite, Quantity q) {
    return switch (suite) {
      case NUMBER -> true;
      case NUMBER_RANGE -> !q.modifier().equals("exact") && !q.modifier().equals("approx");
      case PERCENT -> "percent".equals(q.unit());
      case CURRENCY -> q.unit() != null && q.unit().matches("[A-Z]{3}");
    };
  }

  private static boolean overlaps(Quantity q, Expected e) {
    return q.start() < e.end() && e.start() < q.end();
  }

  private static boolean meets(Suite suite, Expected e, Quantity q) {
    String v = e.resolution().path("value").asText();
    Double got = q.value() != null ? q.value() : q.low() != null && q.low().equals(q.high()) ? q.low() : null;
    if (got == null) return false;
    return switch (suite) {
      case NUMBER -> same(Double.parseDouble(v), got);
      case PERCENT -> "percent".equals(q.unit()) && same(Double.parseDouble(v.replace("%", "")), got);
      case CURRENCY -> {
        Set<String> codes = isoCodes(e.resolution());
        double amount = Double.parseDouble(v) / (SUBUNITS.contains(e.resolution().path("unit").asText()) ? 100 : 1);
        yield codes != null && q.unit() != null && codes.contains(q.unit()) && same(amount, got);
      }
      default -> false;
    };
  }

  /** The ISO codes an expected currency stands for, or null when it has none. */
  static Set<String> isoCodes(JsonNode resolution) {
    String iso = resolution.path("isoCurrency").asText("");
    if (!iso.isEmpty()) return Set.of(iso);
    return CURRENCY_NAMES.get(resolution.path("unit").asText(""));
  }

  private static final Pattern INTERVAL = Pattern.compile("([\\[(])\\s*([^,]*),\\s*([^\\])]*)([\\])])");

  /** A NumberRange interval: one quantity, or two bounds, overlapping the expected span. */
  static boolean rangeMet(Expected e, List<Quantity> got) {
    Matcher m = INTERVAL.matcher(e.resolution().path("value").asText());
    if (!m.matches()) return false;
    boolean lowOpen = m.group(1).equals("("), highOpen = m.group(4).equals(")");
    Double lo = m.group(2).isBlank() ? null : Double.valueOf(m.group(2)), hi = m.group(3).isBlank() ? null : Double.valueOf(m.group(3));
    List<Quantity> near = got.stream().filter(q -> overlaps(q, e)).toList();
    if (lo != null && lo.equals(hi)) return near.stream().anyMatch(q -> q.modifier().equals("exact") && q.value() != null && same(lo, q.value()));
    boolean lowMet = lo == null, highMet = hi == null;
    for (Quantity q : near) {
      if (q.modifier().equals("range") && lo != null && hi != null && q.low() != null && q.high() != null && same(lo, q.low()) && same(hi, q.high())) return true;
      if (lo != null && q.high() == null && q.low() != null && same(lo, q.low()) && q.modifier().equals(lowOpen ? "more_than" : "at_least")) lowMet = true;
      if (hi != null && q.low() == null && q.high() != null && same(hi, q.high()) && q.modifier().equals(highOpen ? "less_than" : "at_most")) highMet = true;
    }
    return lowMet && highMet;
  }

  static boolean same(double expected, double got) {
    return Math.abs(expected - got) <= 2e-4 * Math.abs(expected) || expected == got;
  }

  private static String describe(Suite suite, Case c) {
    List<String> parts = new ArrayList<>();
    for (Expected e : c.results()) {
      String why = excluded(suite, c, e);
      parts.add("\"" + e.text() + "\"=" + e.resolution().path("value").asText() + (e.resolution().has("unit") ? " " + e.resolution().path("unit").asText() : "")
          + (why == null ? "" : " (out of scope)"));
    }
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }

  private static String describe(List<Quantity> got) {
    List<String> parts = new ArrayList<>();
    for (Quantity q : got) {
      parts.add("\"" + q.text() + "\" " + q.modifier() + " " + (q.value() != null ? fmt(q.value()) : fmt(q.low()) + ".." + fmt(q.high())) + (q.unit() == null ? "" : " " + q.unit()));
    }
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }

  private static String fmt(Double d) {
    if (d == null) return "";
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  public static void print(List<SuiteScore> scores, PrintStream out, boolean reasons) {
    int total = 0, in = 0, passed = 0;
    out.println("Recognizers-Text English suites (cases: total, in scope, passed, pass rate)");
    for (SuiteScore s : scores) {
      out.printf("  %-12s %4d total %4d in scope %4d passed  %.3f%n", s.suite().label, s.total(), s.inScope(), s.passed(), s.passRate());
      total += s.total();
      in += s.inScope();
      passed += s.passed();
    }
    out.printf("  %-12s %4d total %4d in scope %4d passed  %.3f%n", "overall", total, in, passed, in == 0 ? 0 : (double) passed / in);
    if (!reasons) return;
    out.println("Out of scope, by reason:");
    Map<String, Integer> all = new LinkedHashMap<>();
    for (SuiteScore s : scores) s.excluded().forEach((k, v) -> all.merge(k, v, Integer::sum));
    all.forEach((k, v) -> out.printf("  %4d  %s%n", v, k));
  }

  private static Map<String, Integer> denominators() {
    Map<String, Integer> d = new LinkedHashMap<>();
    String[][] words = {{"half", "halves"}, {"third", "thirds"}, {"quarter", "quarters", "fourth", "fourths"}, {"fifth", "fifths"}, {"sixth", "sixths"},
        {"seventh", "sevenths"}, {"eighth", "eighths"}, {"ninth", "ninths"}, {"tenth", "tenths"}, {"hundredth", "hundredths"}, {"thousandth", "thousandths"}};
    int[] values = {2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000};
    for (int i = 0; i < words.length; i++) for (String w : words[i]) d.put(w, values[i]);
    return d;
  }

  private static Map<String, Integer> smallNumbers() {
    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < units.length; i++) m.put(units[i], i);
    for (int i = 0; i < tens.length; i++) m.put(tens[i], 20 + 10 * i);
    return m;
  }
}
