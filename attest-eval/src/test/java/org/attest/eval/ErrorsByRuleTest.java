package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `eval --errors` counts each error under the rule that decided the wrong answer (Attest.explain). */
class ErrorsByRuleTest {
  @TempDir Path dir;

  @Test
  void theTableListsEachRuleMostErrorsFirstAndTheMissesLast() {
    ErrorsByRule byRule = new ErrorsByRule("test", "MISSED", "SPURIOUS", "SOURCE");
    byRule.decided("quote.cue-after");
    byRule.decided("quote.cue-after");
    byRule.decided("quote.label");
    byRule.decided("quote.dash-line");
    byRule.error("MISSED", null);
    byRule.error("SPURIOUS", "quote.label");
    byRule.error("SOURCE", "quote.cue-after");
    byRule.error("SPURIOUS", "quote.cue-after");
    List<String> lines = print(byRule);
    assertEquals("errors by rule (test):", lines.get(0));
    assertEquals(List.of("rule", "decided", "errors", "share", "MISSED", "SPURIOUS", "SOURCE"), List.of(lines.get(1).trim().split(" +")));
    assertEquals(List.of("quote.cue-after", "2", "2", "1.000", "0", "1", "1"), cells(lines.get(2)));
    assertEquals(List.of("quote.label", "1", "1", "1.000", "0", "1", "0"), cells(lines.get(3)));
    assertEquals(List.of("quote.dash-line", "1", "0", "0.000", "0", "0", "0"), cells(lines.get(4))); // decided, never wrong
    assertEquals(List.of("(nothing", "found)", "-", "1", "-", "1", "0", "0"), cells(lines.get(5)));
    assertEquals(6, lines.size());
  }

  @Test
  void timemlErrorsAreCountedByTheTimeFamilyThatDecidedThem() throws Exception {
    Files.writeString(dir.resolve("x.tml"), "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n"
        + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>\n"
        + "The <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1998\">market</TIMEX3> fell " // missed: nothing decided it
        + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-06\">yesterday</TIMEX3> " // a wrong value (the gold is made wrong)
        + "and will rise on Friday.\n</TEXT>\n</TimeML>\n"); // spurious
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TimemlEval.run(dir, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<String> table = List.of(out.substring(out.indexOf("errors by rule")).split("\n"));
    assertTrue(table.get(1).matches(" +rule +decided +errors +share +MISSED +SPURIOUS +VALUE"), table.get(1));
    assertEquals(List.of("time.relative-day", "1", "1", "1.000", "0", "0", "1"), cells(table.get(2)));
    assertEquals(List.of("time.weekday", "1", "1", "1.000", "0", "1", "0"), cells(table.get(3)));
    assertEquals(List.of("(nothing", "found)", "-", "1", "-", "1", "0", "0"), cells(table.get(4)));
  }

  @Test
  void aWrongSpeakerIsCountedByTheQuoteSieveThatChoseIt() throws Exception {
    String text = "“We will win,” said John Smith.\n\nThe sky is blue.";
    int said = text.indexOf("said");
    // the gold source is made to be "said", so the speaker the cue-after sieve finds is wrong
    PolnearEvalTest.corpus(dir, text,
        "T1\tContent 0 " + (said - 1) + "\tx", "T2\tSource " + said + " " + (said + 4) + "\tsaid", "E1\tAttribution:T9 Content:T1 Source:T2");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PolnearEval.run(dir, "dev", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<String> table = List.of(out.substring(out.indexOf("errors by rule")).split("\n"));
    assertTrue(out.startsWith("SOURCE art1 "), out);
    assertEquals(List.of("quote.cue-after", "1", "1", "1.000", "0", "0", "1"), cells(table.get(2)));
    assertEquals(3, table.size());
  }

  private static List<String> print(ErrorsByRule byRule) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byRule.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
  }

  private static List<String> cells(String line) {
    return List.of(line.trim().split(" +"));
  }
}
