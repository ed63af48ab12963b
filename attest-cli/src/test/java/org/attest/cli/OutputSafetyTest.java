package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attest.testing.FailingOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the commands print when the articles are hostile (terminal escape sequences), and how every failure ends: one line, its exit code. */
class OutputSafetyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  @org.junit.jupiter.api.extension.RegisterExtension final CapturedStderr err = new CapturedStderr();

  private String run(String... args) {
    return err.run(0, args);
  }

  // clear the screen, set the window title, hide text (ESC sequences), the same through the C1 CSI, DEL, a carriage return
  // that would print a line over the one before
  private static final String CLEAR = "\u001b[2J\u001b[H";
  private static final String TITLE = "\u001b]0;owned\u0007";
  private static final String HIDE = "\u001b[8m";
  private static final String CSI = "\u009b2J";
  private static final String OUTLET = "Test" + TITLE + " Wire" + CLEAR;
  private static final String QUOTE = "We counted every one of them in the north " + HIDE + "and the south of the country" + CSI + " last week";

  /** A ledger of two articles full of escape sequences: one speaker's quote said twice with one word changed (a conflict). */
  private Path hostileLedger() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String quote = i == 0 ? QUOTE : QUOTE.replace("counted", "found");
      String text = TITLE + "About " + (1000 + i * 500) + " fighters remain in Iraq" + CLEAR + ", officials said on Monday.\r" + HIDE + "\u007f\n\n"
          + "\u201c" + quote + ",\u201d said Jane Doe, a spokeswoman.";
      lines.add(JSON.writeValueAsString(Map.of("id", "a" + i, "outlet", OUTLET, "published", "2017-12-0" + (1 + i), "text", text)));
    }
    Path corpus = dir.resolve("hostile.jsonl");
    Files.write(corpus, lines);
    Path ledger = dir.resolve("ledger");
    run("ingest", "--ledger", ledger.toString(), corpus.toString());
    return ledger;
  }

  /** The first control character a terminal would obey (newline and tab aside), or -1. */
  private static int control(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t') continue;
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return i;
    }
    return -1;
  }

  private static void assertInert(String out, String what) {
    int at = control(out);
    assertTrue(at < 0, () -> what + ": raw U+" + String.format("%04X", (int) out.charAt(at)) + " at " + at + " in " + out);
  }

  @Test
  void escapeSequencesInArticlesNamesAndOutletsPrintInert() throws Exception {
    Path ledger = hostileLedger();
    String l = ledger.toString();
    Map<String, String[]> commands = Map.of(
        "search", new String[] {"search", "--ledger", l, "fighters"},
        "search quotes", new String[] {"search", "--ledger", l, "counted"},
        "who", new String[] {"who", "--ledger", l, "Jane Doe"},
        "figures", new String[] {"figures", "--ledger", l, "fighters"},
        "conflicts", new String[] {"conflicts", "--ledger", l, "--kind", "quote,figure", "--min-confidence", "0"});
    for (Map.Entry<String, String[]> c : commands.entrySet()) {
      String out = run(c.getValue());
      assertInert(out, c.getKey());
      assertTrue(out.contains("\\x1b"), c.getKey() + ": the escape is shown, not obeyed: " + out);
    }
    assertInert(run("show", "--ledger", l, "a0"), "show"); // JSON, its escapes JSON's: see below
    // the escapes are there to see, written as the messages write them, in the quote and the outlet
    assertTrue(run("search", "--ledger", l, "counted").contains("north \\x1b[8mand the south of the country\\x9b2J"), err.text());
    assertTrue(run("figures", "--ledger", l, "fighters").contains("Test\\x1b]0;owned\\x07 Wire\\x1b[2J\\x1b[H"));
  }

  @Test
  void jsonOutputEscapesEveryControlCharacterAndKeepsTheText() throws Exception {
    Path ledger = hostileLedger();
    String l = ledger.toString();
    List<String[]> commands = List.of(new String[] {"search", "--ledger", l, "counted", "--format", "jsonl"},
        new String[] {"who", "--ledger", l, "Jane Doe", "--format", "jsonl"},
        new String[] {"figures", "--ledger", l, "fighters", "--format", "jsonl"},
        new String[] {"conflicts", "--ledger", l, "--kind", "quote", "--min-confidence", "0", "--format", "jsonl"});
    for (String[] c : commands) {
      String out = run(c);
      assertInert(out, c[0]);
      assertFalse(out.contains("\\x1b"), c[0] + ": JSON's own escapes: " + out);
      assertFalse(out.isEmpty(), c[0]);
      for (String line : out.lines().toList()) JSON.readTree(line);
    }
    // the escapes are data: they read back as they were stored
    JsonNode hit = JSON.readTree(run("search", "--ledger", l, "counted", "--format", "jsonl").lines().findFirst().orElseThrow());
    assertTrue(hit.get("text").asText().contains(HIDE + "and the south of the country" + CSI), hit.toString());
    assertEquals(OUTLET, hit.get("outlet").asText());

    String shown = run("show", "--ledger", l, "a0");
    assertInert(shown, "show");
    JsonNode document = JSON.readTree(shown);
    assertTrue(document.get("text").asText().startsWith(TITLE + "About 1000 fighters remain in Iraq" + CLEAR), shown);
    assertTrue(document.get("text").asText().contains(".\r" + HIDE + "\u007f\n"), shown);
    assertTrue(shown.contains("\\u009B2J") && shown.contains("\\u007F") && shown.contains("\\u001B]0;owned\\u0007"), shown);
  }

  @Test
  void plainTextShowsControlCharactersEscaped() {
    assertEquals("a\\x1b[2Jb", Print.plain("a\u001b[2Jb"));
    assertEquals("line\nnext\tcolumn\r\n", Print.plain("line\nnext\tcolumn\r\n"), "newline, tab and CR LF stay");
    assertEquals("over\\x0dwritten", Print.plain("over\rwritten"));
    assertEquals("\\x00\\x07\\x08\\x7f\\x85\\x9b", Print.plain("\u0000\u0007\u0008\u007f\u0085\u009b"));
    assertEquals("caf\u00e9 \u201cquoted\u201d \ud83d\ude80 \u00a0", Print.plain("caf\u00e9 \u201cquoted\u201d \ud83d\ude80 \u00a0"), "text is left alone");
    assertEquals("one\\nline\\tonly\\x1b", Print.message("one\nline\tonly\u001b"));
  }

  @Test
  void everyExportToAClosedPipeEndsInOneLineAndExitCode3() throws Exception {
    Path ledger = hostileLedger();
    // and an outlet name longer than the output's buffer: every export fails midway, not only in its last flush
    Path longer = dir.resolve("long.jsonl");
    Files.writeString(longer, JSON.writeValueAsString(Map.of("id", "long", "outlet", "Wire ".repeat(20_000), "published", "2017-12-03",
        "text", "About 3000 fighters remain in Iraq, officials said on Monday.")) + "\n");
    run("ingest", "--ledger", ledger.toString(), longer.toString());
    for (String format : List.of("parquet", "csv", "claimreview", "jsonl")) {
      for (long after : new long[] {0, 1 << 16}) { // at once; after the first buffer, as a pipe closed by its reader ("| head")
        err.reset();
        assertEquals(Main.IO_ERROR, Main.run(new FailingOutput("Broken pipe", after), "export", "--ledger", ledger.toString(), "--format", format), format + ": " + err.text());
        assertEquals("attest: Broken pipe\n", err.text().replace(System.lineSeparator(), "\n"), format);
      }
    }
    for (String[] query : List.of(new String[] {"figures", "fighters"}, new String[] {"show", "a0"}, new String[] {"conflicts"})) {
      err.reset();
      String[] args = {query[0], "--ledger", ledger.toString()};
      List<String> all = new ArrayList<>(List.of(args));
      all.addAll(List.of(query).subList(1, query.length));
      assertEquals(Main.IO_ERROR, Main.run(new FailingOutput("Broken pipe", 0), all.toArray(String[]::new)), query[0] + ": " + err.text());
      assertEquals(1, err.text().lines().count(), query[0] + ": " + err.text());
    }
  }

  @CommandLine.Command(name = "fail")
  static final class Fail implements Callable<Integer> {
    @CommandLine.Parameters String how;

    @Override
    public Integer call() throws Exception {
      switch (how) {
        case "oom" -> throw new OutOfMemoryError("Java heap space");
        case "worker-oom" -> throw new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space"));
        case "wrapped-io" -> throw new IllegalStateException("Unable to close resource", new IOException("No space left on device"));
        case "io-forged-line" -> throw new java.nio.file.NoSuchFileException("a\nattest: all done");
        default -> {
          return 0;
        }
      }
    }
  }

  private int fail(String how) {
    err.reset();
    CommandLine cli = new CommandLine(new Main(new ByteArrayOutputStream()));
    cli.addSubcommand("fail", new Fail());
    return Main.execute(cli, "fail", how);
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitCode4() {
    for (String how : List.of("oom", "worker-oom")) {
      assertEquals(Main.OUT_OF_MEMORY, fail(how), how + ": " + err.text());
      assertEquals(4, Main.OUT_OF_MEMORY, "the code README.md documents");
      assertEquals(1, err.text().lines().count(), err.text());
      assertTrue(err.text().startsWith("attest: out of memory;"), err.text());
    }
  }

  @Test
  void anIoFailureWrappedByALibraryIsStillOneLineAndExitCode3() {
    assertEquals(Main.IO_ERROR, fail("wrapped-io"), err.text());
    assertEquals("attest: No space left on device", err.text().strip());
    assertEquals(Main.IO_ERROR, fail("io-forged-line"), err.text());
    assertEquals(1, err.text().lines().count(), "a newline in a file name forges no line: " + err.text());
  }
}
