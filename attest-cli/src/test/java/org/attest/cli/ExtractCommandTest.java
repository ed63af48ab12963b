package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command as users run it: exit codes, messages naming file and line, no half output. */
class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;
  private InputStream oldIn;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    oldIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
    System.setIn(oldIn);
  }

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneTextArticleIsOnePrettyObject() throws Exception {
    Path a = file("mattis.txt", "date 2017-12-27 “We will win,” said James Mattis.");
    assertEquals(0, Main.run(out, "extract", a.toString()));
    JsonNode d = JSON.readTree(stdout());
    assertEquals("mattis", d.get("id").asText());
    assertEquals("2017-12-27", d.get("published").asText());
    assertEquals("James Mattis", d.get("quotes").get(0).get("speaker_name").asText());
  }

  @Test
  void explainWritesTheRuleBehindEachDecisionAndNothingElseChanges() throws Exception {
    Path a = file("mattis.txt", "date 2017-12-27 “We will win,” said Defense Secretary James Mattis on Tuesday. "
        + "Fewer than 1,000 fighters remain in Syria, the coalition said. Mattis said he was pleased.");
    assertEquals(0, Main.run(out, "extract", a.toString()));
    JsonNode plain = JSON.readTree(stdout());
    assertFalse(stdout().contains("\"rule"), "no rules unless asked");
    out.reset();
    assertEquals(0, Main.run(out, "extract", "--explain", a.toString()));
    JsonNode explained = JSON.readTree(stdout());
    JsonNode quote = explained.get("quotes").get(0);
    assertEquals("quote.cue-after", quote.get("rule").asText(), quote.toString());
    JsonNode figure = explained.get("quantities").get(0);
    assertEquals("number.digits", figure.get("rule").asText(), figure.toString());
    assertTrue(figure.get("rules").toString().contains("number.bound-before"), figure.toString());
    JsonNode claim = explained.get("claims").get(0);
    assertTrue(claim.get("rule").asText().startsWith("claim."), claim.toString());
    assertTrue(explained.get("times").get(0).get("rule").asText().startsWith("time."));
    JsonNode mattis = explained.get("entities").findParents("name").stream().filter(e -> e.get("name").asText().equals("James Mattis")).findFirst().orElseThrow();
    assertTrue(mattis.get("mentions").findValuesAsText("rule").stream().allMatch(r -> r.startsWith("entity.")), mattis.toString());
    // everything else is the document extract writes
    for (String list : new String[] {"quotes", "quantities", "times", "claims", "entities"}) {
      for (JsonNode n : explained.get(list)) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove(java.util.List.of("rule", "rules"));
        if (n.has("mentions")) for (JsonNode m : n.get("mentions")) ((com.fasterxml.jackson.databind.node.ObjectNode) m).remove(java.util.List.of("rule", "rules"));
      }
    }
    assertEquals(plain, explained);
  }

  @Test
  void dateOptionOverridesTheDateline() throws Exception {
    Path a = file("a.txt", "date 2017-12-27 Text of the article.");
    assertEquals(0, Main.run(out, "extract", "--date", "2018-01-02", a.toString()));
    assertEquals("2018-01-02", JSON.readTree(stdout()).get("published").asText());
  }

  @Test
  void badDateOptionIsAUsageError() throws Exception {
    Path a = file("a.txt", "Text.");
    assertEquals(2, Main.run(out, "extract", "--date", "2018-02-30", a.toString()));
    assertTrue(stderr().contains("--date"), stderr());
    assertTrue(stderr().contains("2018-02-30"), stderr());
    assertEquals("", stdout());
  }

  @Test
  void badFilesAreNamedAndTheOthersProcessed() throws Exception {
    Path empty = file("empty.txt", "");
    Path binary = dir.resolve("image.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0});
    Path latin = dir.resolve("latin.txt");
    Files.write(latin, "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));
    Path dateline = file("dateline.txt", "date 2017-02-31 Body.");
    Path good = file("good.txt", "“We will win,” said John Smith.");
    int code = Main.run(out, "extract", "--format", "jsonl", empty.toString(), binary.toString(), latin.toString(), dateline.toString(),
        dir.resolve("missing.txt").toString(), good.toString());
    assertEquals(1, code);
    String[] lines = stdout().split("\n");
    assertEquals(1, lines.length);
    assertEquals("good", JSON.readTree(lines[0]).get("id").asText());
    String e = stderr();
    assertTrue(e.contains(empty + ": empty file"), e);
    assertTrue(e.contains(binary + ": binary file, not text"), e);
    assertTrue(e.contains(latin + ":1: not valid UTF-8"), e);
    assertTrue(e.contains(dateline + ":1: bad dateline"), e);
    assertTrue(e.contains("missing.txt: no such file"), e);
    assertTrue(e.contains("5 article(s) skipped, 1 extracted"), e);
  }

  @Test
  void jsonLinesKeepOneLinePerGoodLineWithItsId() throws Exception {
    Path c = file("corpus.jsonl", "{\"id\":\"x1\",\"text\":\"“Yes,” said John Smith.\"}\n"
        + "{\"id\":\"x2\",\"text\": oops}\n"
        + "{\"id\":\"x3\"}\n"
        + "{\"id\":\"x4\",\"text\":\"Prices rose, according to Reuters.\"}\n");
    assertEquals(1, Main.run(out, "extract", c.toString()));
    String[] lines = stdout().split("\n");
    assertEquals(2, lines.length);
    assertEquals("x1", JSON.readTree(lines[0]).get("id").asText());
    assertEquals("x4", JSON.readTree(lines[1]).get("id").asText());
    assertTrue(stderr().contains(c + ":2: invalid JSON"), stderr());
    assertTrue(stderr().contains(c + ":3: missing \"text\" field"), stderr());
  }

  @Test
  void outputFileIsWrittenWholeAndNoTemporaryFileRemains() throws Exception {
    Path c = file("corpus.jsonl", "{\"id\":\"x1\",\"text\":\"One.\"}\n{\"id\":\"x2\",\"text\":\"Two.\"}\n");
    Path target = dir.resolve("out").resolve("docs.jsonl");
    assertEquals(0, Main.run(out, "extract", c.toString(), "-o", target.toString()));
    assertEquals(2, Files.readAllLines(target).size());
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(1, files.count());
    }
    assertEquals("", stdout());
  }

  @Test
  void anUncommittedOutputLeavesNothingBehind() throws Exception {
    Path target = dir.resolve("half.jsonl");
    try (ExtractCommand.AtomicOutput o = ExtractCommand.AtomicOutput.open(target, out)) {
      o.stream().write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
      // a crash here: close without commit
    }
    assertFalse(Files.exists(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void anOutputFileSurvivesARunThatSkipsEverything() throws Exception {
    Path target = file("out.json", "{\"old\":1}");
    Path empty = file("empty.txt", "");
    assertEquals(1, Main.run(out, "extract", empty.toString(), "-o", target.toString()));
    assertEquals("{\"old\":1}", Files.readString(target));
    assertTrue(stderr().contains("left as it was"), stderr());
  }

  @Test
  void anOutputThatIsNoFileIsAnIoError() throws Exception {
    Path a = file("a.txt", "Text.");
    assertEquals(3, Main.run(out, "extract", a.toString(), "-o", dir.toString()));
    assertTrue(stderr().contains("not a regular file"), stderr());
    assertTrue(Files.isDirectory(dir));
  }

  @Test
  void gzippedJsonLinesAreRead() throws Exception {
    Path gz = dir.resolve("corpus.jsonl.gz");
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      z.write("{\"id\":\"g1\",\"text\":\"Text.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(0, Main.run(out, "extract", gz.toString()));
    assertEquals("g1", JSON.readTree(stdout().trim()).get("id").asText());
  }

  @Test
  void standardInputWithAByteOrderMarkIsSniffed() throws Exception {
    System.setIn(new ByteArrayInputStream("\uFEFF{\"id\":\"b1\",\"text\":\"Text.\"}\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, Main.run(out, "extract", "-"));
    assertEquals("b1", JSON.readTree(stdout().trim()).get("id").asText());
  }

  @Test
  void standardInputIsSniffed() throws Exception {
    System.setIn(new ByteArrayInputStream("{\"id\":\"s1\",\"text\":\"Text.\"}\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, Main.run(out, "extract", "-"));
    assertEquals("s1", JSON.readTree(stdout().trim()).get("id").asText());
  }

  /** A gzipped corpus of n one-line articles, cut after {@code keep} bytes of the compressed file. */
  static Path truncatedGzip(Path file, int n, int keep) throws Exception {
    java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(z)) {
      java.util.Random random = new java.util.Random(7);
      for (int i = 1; i <= n; i++) {
        g.write(("{\"id\":\"l" + i + "\",\"text\":\"Line " + i + " of the corpus, " + random.nextLong() + ".\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    Files.write(file, java.util.Arrays.copyOf(z.toByteArray(), keep));
    return file;
  }

  @Test
  void aTruncatedGzipIsReportedWithItsLineAndTheNextFileRead() throws Exception {
    Path cut = truncatedGzip(dir.resolve("cut.jsonl.gz"), 2000, 6000);
    Path next = file("next.jsonl", "{\"id\":\"n1\",\"text\":\"Text.\"}\n");
    assertEquals(1, Main.run(out, "extract", cut.toString(), next.toString()));
    String[] lines = stdout().split("\n");
    assertTrue(lines.length > 10 && lines.length < 2000, lines.length + " lines");
    assertEquals("l1", JSON.readTree(lines[0]).get("id").asText());
    assertEquals("n1", JSON.readTree(lines[lines.length - 1]).get("id").asText());
    assertTrue(stderr().contains("attest: " + cut + ":" + lines.length + ": input cut short or damaged (Unexpected end of ZLIB input stream)"), stderr());
    assertTrue(stderr().contains("1 article(s) skipped, " + lines.length + " extracted"), stderr());
  }

  @Test
  void aBinaryFileNamedJsonLinesGivesFiveMessagesAndASummary() throws Exception {
    byte[] junk = new byte[200_000];
    new java.util.Random(1).nextBytes(junk);
    Path bin = dir.resolve("photo.jsonl");
    Files.write(bin, junk);
    Path good = file("good.jsonl", "{\"id\":\"g\",\"text\":\"Text.\"}\n");
    assertEquals(1, Main.run(out, "extract", bin.toString(), good.toString()));
    assertEquals("g", JSON.readTree(stdout().trim()).get("id").asText());
    java.util.List<String> e = stderr().lines().toList();
    assertEquals(7, e.size(), stderr());
    for (int i = 0; i < 5; i++) assertTrue(e.get(i).startsWith("attest: " + bin + ":"), e.get(i));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("attest: \\.\\.\\. and ([0-9,]+) more bad lines in " + java.util.regex.Pattern.quote(bin.toString()))
        .matcher(e.get(5));
    assertTrue(m.matches(), e.get(5));
    int more = Integer.parseInt(m.group(1).replace(",", ""));
    assertTrue(e.get(6).startsWith("attest: " + (more + 5) + " article(s) skipped, 1 extracted"), e.get(6));
  }

  @Test
  void aClosedStandardInputIsSaidSo() throws Exception {
    String javaCommand = ProcessHandle.current().info().command().orElse("java");
    for (String[] args : java.util.List.of(new String[] {"extract"}, new String[] {"extract", "-"})) {
      java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("sh", "-c", "exec \"$@\" <&-", "sh", javaCommand, "-cp",
          System.getProperty("java.class.path"), Main.class.getName()));
      command.addAll(java.util.List.of(args));
      Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile()).redirectError(dir.resolve("child.err").toFile()).start();
      assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
      String e = Files.readString(dir.resolve("child.err"));
      assertEquals(1, p.exitValue(), e);
      assertTrue(e.contains("attest: <stdin>: standard input is closed"), e);
      assertFalse(e.contains("binary"), e);
      assertEquals("", Files.readString(dir.resolve("child.out")));
    }
  }

  @Test
  void controlCharactersInFileNamesAreEscaped() throws Exception {
    Path forged = file("a\nattest: all good\u001b[2J.txt", "");
    Path target = dir.resolve("missing\nattest: ok").resolve("x").resolve("out.jsonl");
    Files.writeString(dir.resolve("missing\nattest: ok"), "a file, not a folder");
    assertEquals(1, Main.run(out, "extract", forged.toString()));
    assertTrue(stderr().contains("attest: " + dir + "/a\\nattest: all good\\x1b[2J.txt: empty file\n"), stderr());
    assertFalse(stderr().lines().anyMatch(l -> l.startsWith("attest: all good")), stderr());
    err.reset();
    assertEquals(3, Main.run(out, "extract", forged.toString(), "-o", target.toString()));
    assertTrue(stderr().contains("missing\\nattest: ok"), stderr());
    assertFalse(stderr().lines().anyMatch(l -> l.startsWith("attest: ok")), stderr());
  }

  @Test
  void anUnwritableOutputFolderIsNamedNotTheTemporaryFile() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/sys/kernel")), "needs Linux sysfs, where no one can create a file");
    Path a = file("a.txt", "Text.");
    assertEquals(3, Main.run(out, "extract", a.toString(), "-o", "/sys/attest-out.json"));
    assertTrue(stderr().startsWith("attest: /sys/attest-out.json: cannot write"), stderr());
    assertFalse(stderr().contains(".part"), stderr());
  }

  @Test
  void devicesAndPipesAreWrittenStraight() throws Exception {
    Path a = file("a.txt", "Text.");
    assertEquals(0, Main.run(out, "extract", a.toString(), "-o", "/dev/null"));
    assertEquals("", stderr());
    assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
    Path fifo = dir.resolve("pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertEquals(0, Main.run(out, "extract", a.toString(), "--format", "jsonl", "-o", fifo.toString()));
    assertEquals("a", JSON.readTree(read.get(60, java.util.concurrent.TimeUnit.SECONDS)).get("id").asText());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count()); // a.txt and the pipe: no temporary file left
    }
  }

  @Test
  void anEmptyFileIsReportedAndSkippedInEveryFormat() throws Exception {
    for (String name : java.util.List.of("empty.txt", "empty.jsonl")) {
      err.reset();
      Path p = file(name, "");
      assertEquals(1, Main.run(out, "extract", p.toString()), name);
      assertTrue(stderr().contains(p + ": empty file"), stderr());
      assertTrue(stderr().contains("1 article(s) skipped, 0 extracted"), stderr());
    }
    Path gz = dir.resolve("empty.jsonl.gz");
    new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz)).close();
    err.reset();
    assertEquals(1, Main.run(out, "extract", gz.toString()));
    assertTrue(stderr().contains(gz + ": empty file"), stderr());
  }

  @Test
  void aDateWithMoreThanFourYearDigitsIsRefused() throws Exception {
    Path a = file("a.txt", "Text.");
    assertEquals(2, Main.run(out, "extract", "--date", "+10000-01-01", a.toString()));
    assertTrue(stderr().contains("'+10000-01-01' is not a date YYYY-MM-DD"), stderr());
    err.reset();
    Path c = file("c.jsonl", "{\"id\":\"x\",\"text\":\"Text.\",\"published\":\"+10000-01-01\"}\n");
    assertEquals(1, Main.run(out, "extract", c.toString()));
    assertTrue(stderr().contains(c + ":1: bad \"published\" date \"+10000-01-01\""), stderr());
  }

  @Test
  void utf16StandardInputIsDecodedAndSniffed() throws Exception {
    System.setIn(new ByteArrayInputStream("\uFEFF{\"id\":\"u1\",\"text\":\"Caf\u00e9.\"}\n".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(0, Main.run(out, "extract", "-"), stderr());
    JsonNode d = JSON.readTree(stdout().trim());
    assertEquals("u1", d.get("id").asText());
    assertEquals("Caf\u00e9.", d.get("text").asText());
  }

  @Test
  void duplicateKeysAndNonStringIdsAreBadArticles() throws Exception {
    Path c = file("c.jsonl", "{\"id\":[1],\"text\":\"One.\"}\n{\"id\":\"d\",\"text\":\"Two.\",\"text\":\"Three.\"}\n{\"id\":\"ok\",\"text\":\"Four.\"}\n");
    assertEquals(1, Main.run(out, "extract", c.toString()));
    assertEquals("ok", JSON.readTree(stdout().trim()).get("id").asText());
    assertTrue(stderr().contains(c + ":1: \"id\" is not a string (an array)"), stderr());
    assertTrue(stderr().contains(c + ":2: duplicate key \"text\""), stderr());
  }

  @Test
  void helpListsTheCommands() {
    assertEquals(0, Main.run(out, "--help"));
    assertTrue(stdout().contains("extract") && stdout().contains("eval") && stdout().contains("bench"), stdout());
  }
}
