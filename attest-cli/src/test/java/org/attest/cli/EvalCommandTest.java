package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attest eval corpus} on a tiny PolNeAR-shaped folder: to a file, to stdout, and a bad folder. */
class EvalCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  @org.junit.jupiter.api.extension.RegisterExtension final CapturedStderr err = new CapturedStderr();

  @BeforeEach
  void corpus() throws Exception {
    Path polnear = dir.resolve("polnear");
    for (String split : new String[] {"train", "dev"}) Files.createDirectories(polnear.resolve(split).resolve("text"));
    Files.writeString(polnear.resolve("metadata.tsv"), "compartment\tfilename\tpublisher\tpublication_date\ttitle\n"
        + "train\tnyt_a\tnyt\t2016-10-02\tA\n" + "dev\tusa-today_b\tusa-today\t2016-10-03\tB\n", StandardCharsets.UTF_8);
    Files.writeString(polnear.resolve("train").resolve("text").resolve("nyt_a.txt"), "Text A.\n", StandardCharsets.UTF_8);
    Files.writeString(polnear.resolve("dev").resolve("text").resolve("usa-today_b.txt"), "Text B.\n", StandardCharsets.UTF_8);
  }

  @Test
  void corpusWritesOneArticleALineAndCountsThemOnStderr() throws Exception {
    Path target = dir.resolve("pn").resolve("corpus.jsonl");
    assertEquals(0, Main.run(out, "eval", "corpus", "--polnear", dir.resolve("polnear").toString(), "-o", target.toString()));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertEquals(2, Files.readAllLines(target).size());
    assertTrue(Files.readAllLines(target).get(1).startsWith("{\"id\":\"usa-today_b\",\"outlet\":\"usa-today\""));
    assertEquals("attest: 2 articles written to " + target + "\n", err.text());

    assertEquals(0, Main.run(out, "eval", "corpus", "--polnear", dir.resolve("polnear").toString()));
    assertEquals(Files.readString(target), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFolderThatIsNotPolnearIsAnIoErrorAndLeavesNoFile() throws Exception {
    Path target = dir.resolve("corpus.jsonl");
    assertEquals(Main.IO_ERROR, Main.run(out, "eval", "corpus", "--polnear", dir.toString(), "-o", target.toString()));
    assertTrue(err.text().startsWith("attest: " + dir.resolve("metadata.tsv") + ": no such file"), err.text());
    assertFalse(Files.exists(target));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count()); // only polnear/: no temporary file left
    }
  }
}
