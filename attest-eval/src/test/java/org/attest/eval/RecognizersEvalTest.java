package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Recognizers-Text scorer on suite files the test writes: scope, pass/fail counting, extras. */
class RecognizersEvalTest {
  static String result(String input, String text, String type, String resolution) {
    int s = input.toLowerCase(java.util.Locale.ROOT).indexOf(text);
    return "{\"Text\": \"" + text + "\", \"TypeName\": \"" + type + "\", \"Resolution\": " + resolution + ", \"Start\": " + s + ", \"End\": " + (s + text.length() - 1) + "}";
  }

  static String kase(String input, String extra, String... results) {
    return "{\"Input\": \"" + input + "\"" + extra + ", \"Results\": [" + String.join(", ", results) + "]}";
  }

  @Test
  void countsInScopeCasesAndWhatPasses(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("Number"));
    Files.createDirectories(dir.resolve("NumberWithUnit"));
    String a = "The firm hired 1,200 workers.", b = "Call me at 192.168.1.2 now.", c = "The vote counted 42 ballots.", d = "Which one do you prefer?",
        e = "He bought 3 apples.", f = "twenty fifths";
    Files.writeString(dir.resolve("Number/NumberModel.json"), "\uFEFF[" + String.join(",\n",
        kase(a, "", result(a, "1,200", "number", "{\"value\": \"1200\"}")), // passes
        kase(b, "", result(b, "192", "number", "{\"value\": \"192\"}")), // an address: out of scope
        kase(c, "", result(c, "42", "number", "{\"value\": \"41\"}")), // wrong value: fails
        kase(d, ""), // expects nothing and gets nothing: passes
        kase(e, ", \"NotSupported\": \"dotnet, java\"", result(e, "3", "number", "{\"value\": \"3\"}")), // reference does not pass it: out
        kase(f, "", result(f, "twenty fifths", "number", "{\"value\": \"4\"}"))) // an improper word fraction: out
        + "]");
    String r = "Prices rose more than 20 percent.", s = "It costs between 10 and 20 dollars.";
    Files.writeString(dir.resolve("Number/NumberRangeModel.json"), "[" + String.join(",\n",
        kase(r, ", \"NotSupported\": \"javascript, python\"", result(r, "more than 20", "numberrange", "{\"value\": \"(20,)\"}")), // passes
        kase(s, "", result(s, "between 10 and 20", "numberrange", "{\"value\": \"[10,20)\"}"))) // a range: no openness compared
        + "]");
    String p = "Turnout was 64%.";
    Files.writeString(dir.resolve("Number/PercentModel.json"), "[" + kase(p, "", result(p, "64%", "percentage", "{\"value\": \"64%\"}")) + "]");
    String m = "The club paid £40,000 for him.", n = "It holds 12 boxes.";
    Files.writeString(dir.resolve("NumberWithUnit/CurrencyModel.json"), "[" + String.join(",\n",
        kase(m, "", result(m, "£40,000", "currency", "{\"value\": \"40000\", \"unit\": \"Pound\"}")), // passes
        kase(n, "")) // no money expected; a bare count is no extra money: passes
        + "]");

    List<RecognizersEval.SuiteScore> scores = RecognizersEval.run(dir, null);
    RecognizersEval.SuiteScore number = scores.get(0);
    assertEquals(6, number.total());
    assertEquals(3, number.inScope());
    assertEquals(2, number.passed());
    assertEquals(Map.of(RecognizersEval.IDENTIFIER, 1, RecognizersEval.NOT_SUPPORTED, 1, RecognizersEval.WORD_PUZZLE, 1), number.excluded());
    assertEquals(2, scores.get(1).inScope());
    assertEquals(2, scores.get(1).passed());
    assertEquals(1, scores.get(2).passed());
    assertEquals(2, scores.get(3).passed());
  }

  static RecognizersEval.Case one(String input, String text, String value) throws Exception {
    Path f = Files.createTempFile("suite", ".json");
    Files.writeString(f, "[" + kase(input, "", result(input, text, "number", "{\"value\": \"" + value + "\"}")) + "]");
    try {
      return RecognizersEval.read(f).get(0);
    } finally {
      Files.delete(f);
    }
  }

  @Test
  void scopeFollowsFormatNotThePassRate() throws Exception {
    RecognizersEval.Case years = one("I want to earn 100 in 3 years", "3", "3");
    assertEquals(RecognizersEval.AGE_DURATION, RecognizersEval.excluded(RecognizersEval.Suite.NUMBER, years, years.results().get(0)));
    RecognizersEval.Case ratio = one("one out of three", "one out of three", "0.333333333333333");
    assertEquals(RecognizersEval.RATIO, RecognizersEval.excluded(RecognizersEval.Suite.NUMBER, ratio, ratio.results().get(0)));
    RecognizersEval.Case lakh = one("I can give you 13 lakh", "13 lakh", "1300000");
    assertEquals(RecognizersEval.REGIONAL, RecognizersEval.excluded(RecognizersEval.Suite.NUMBER, lakh, lakh.results().get(0)));
    RecognizersEval.Case mixed = one("one hundred and three quarters", "one hundred and three quarters", "100.75");
    assertNull(RecognizersEval.excluded(RecognizersEval.Suite.NUMBER, mixed, mixed.results().get(0)));
    assertTrue(RecognizersEval.simpleFraction("two and fifty-four hundredths"));
    assertFalse(RecognizersEval.simpleFraction("one hundred thirty fifths"));
  }

  @Test
  void aQuantityWhereNothingIsExpectedFailsTheCase() throws Exception {
    RecognizersEval.Case none = RecognizersEval.read(write("[" + kase("The one you mentioned", "") + "]")).get(0);
    Quantity one = new Quantity("n1", 4, 7, "one", 1.0, 1.0, 1.0, "exact", null, null, 0.9);
    assertFalse(RecognizersEval.passes(RecognizersEval.Suite.NUMBER, none, List.of(one)));
    assertTrue(RecognizersEval.passes(RecognizersEval.Suite.NUMBER, none, List.of()));
    assertTrue(RecognizersEval.passes(RecognizersEval.Suite.CURRENCY, none, List.of(one))); // a count is no money
    Quantity range = new Quantity("n1", 0, 5, "x", null, 10.0, 20.0, "range", null, null, 0.9);
    RecognizersEval.Case two = one("from 10 to 20", "from 10 to 20", "[10,20]");
    assertTrue(RecognizersEval.rangeMet(two.results().get(0), List.of(range)));
    Quantity above = new Quantity("n1", 0, 5, "x", 10.0, 10.0, null, "more_than", null, null, 0.9);
    Quantity below = new Quantity("n2", 6, 12, "x", 20.0, null, 20.0, "at_most", null, null, 0.9);
    assertTrue(RecognizersEval.rangeMet(two.results().get(0), List.of(range)));
    RecognizersEval.Case open = one("more than 10 and at most 20", "more than 10 and at most 20", "(10,20]");
    assertTrue(RecognizersEval.rangeMet(open.results().get(0), List.of(above, below)));
    assertFalse(RecognizersEval.rangeMet(two.results().get(0), List.of(above, below))); // "[10" is not "more than 10"
  }

  static Path write(String json) throws Exception {
    Path f = Files.createTempFile("suite", ".json");
    Files.writeString(f, json);
    f.toFile().deleteOnExit();
    return f;
  }
}
