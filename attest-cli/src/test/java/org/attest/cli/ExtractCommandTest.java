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

  @Test
  void helpListsTheCommands() {
    assertEquals(0, Main.run(out, "--help"));
    assertTrue(stdout().contains("extract") && stdout().contains("eval") && stdout().contains("bench"), stdout());
  }
}
