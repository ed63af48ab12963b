package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PolNeAR scorer on a corpus the test writes itself: brat parsing and each figure's arithmetic. */
class PolnearEvalTest {
  @TempDir Path dir;

  @Test
  void parsesDiscontinuousContentAndTellsQuotedAttributions() {
    String text = "“One,” he said. “Two.” It rained, officials said.";
    List<PolnearEval.Attribution> a = PolnearEval.parse(List.of(
        "T1\tContent 0 6;16 22\t“One,” “Two.”",
        "T2\tSource 7 9\the",
        "T3\tCue 10 14\tsaid",
        "T4\tAttribution 10 14\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "T5\tContent 23 32\tIt rained",
        "T6\tSource 34 43\tofficials",
        "T7\tCue 44 48\tsaid",
        "E2\tAttribution:T4 Content:T5 Cue:T7 Source:T6",
        "T8\tDiscard 0 3\tjunk"), text);
    assertEquals(2, a.size());
    assertEquals(2, a.get(0).content().size());
    assertEquals(12, a.get(0).contentLength());
    assertTrue(a.get(0).quoted());
    assertFalse(a.get(1).quoted());
  }

  /** A PolNeAR folder with one dev article, art1, and its first annotator's brat lines; the dev split's folder. */
  static Path corpus(Path dir, String text, String... annotation) throws java.io.IOException {
    Path split = dir.resolve("dev");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text").resolve("art1.txt"), text);
    Files.writeString(split.resolve("attributions").resolve("art1_ann1.ann"), String.join("\n", annotation) + "\n");
    return split;
  }

  @Test
  void scoresRecallPrecisionAndSources() throws Exception {
    String text = "“We will win,” said John Smith.\n\nThe vote is rigged, officials said.\n\nThe sky is blue.";
    int q1 = text.indexOf("“We"), q1e = text.indexOf("said") - 1;
    int src = text.indexOf("John Smith");
    int c2 = text.indexOf("The vote"), c2e = text.indexOf(", officials");
    int s2 = text.indexOf("officials");
    int c3 = text.indexOf("The sky"), c3e = text.length() - 1;
    Path split = corpus(dir, text,
        "T1\tContent " + q1 + " " + q1e + "\tx", "T2\tSource " + src + " " + (src + 10) + "\tJohn Smith", "E1\tAttribution:T9 Content:T1 Source:T2",
        "T3\tContent " + c2 + " " + c2e + "\tx", "T4\tSource " + s2 + " " + (s2 + 9) + "\tofficials", "E2\tAttribution:T9 Content:T3 Source:T4",
        "T5\tContent " + c3 + " " + c3e + "\tx", "E3\tAttribution-no-source:T9 Content:T5");
    // a second annotator's file for the same article is ignored
    Files.writeString(split.resolve("attributions").resolve("art1_ann2.ann"), "");
    Files.writeString(dir.resolve("metadata.tsv"), "filename\tpublication_date\nart1\t2016-09-12\n");
    PolnearEval.Result r = PolnearEval.run(dir, "dev", null);
    assertEquals(1, r.articles());
    assertEquals(3, r.gold());
    assertEquals(1, r.goldQuoted());
    assertEquals(2, r.foundAll()); // the direct quote and the indirect one; the unattributed sentence is not a quote
    assertEquals(1, r.foundQuoted());
    assertEquals(2, r.predicted());
    assertEquals(2, r.precise());
    assertEquals(1.0, r.sourceQuoted());
    assertEquals(2, r.sourceRightAll());
  }
}
