package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quote;
import org.attest.model.Span;
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
    assertEquals(2, r.speakers().count()); // each predicted quote's speaker judged for calibration
    assertEquals(2, r.speakers().right());
  }

  @Test
  void aSpeakerIsJudgedAgainstTheAttributionsItOverlapsMostAndAQuoteOfNoAttributionIsWrong() {
    String text = "Smith said Jones said it rains. Nobody said this. It snows.";
    Entity smith = new Entity("e1", "PERSON", "Smith", List.of(), List.of(new Mention(0, 5, "Smith", "name")));
    Quote inner = new Quote("q1", "indirect", 22, 30, "it rains", null, Span.of(text, 0, 5), "e1", "Smith", 0.8);
    Quote noSpeaker = new Quote("q2", "indirect", 11, 20, "Jones sai", null, null, null, null, 0.4);
    Quote stray = new Quote("q3", "indirect", 32, 49, text.substring(32, 49), null, null, null, null, 0.4);
    Quote unsourced = new Quote("q4", "indirect", 50, 59, "It snows.", null, Span.of(text, 0, 5), "e1", "Smith", 0.8);
    Document doc = new Document(new Article("a", text, null), List.of(smith), List.of(inner, noSpeaker, stray, unsourced), List.of(), List.of(), List.of());
    List<PolnearEval.Attribution> gold = List.of(
        new PolnearEval.Attribution(List.of(new int[] {11, 30}), List.of(new int[] {0, 5}), List.of(), false), // Smith said (Jones said it rains)
        new PolnearEval.Attribution(List.of(new int[] {22, 30}), List.of(new int[] {11, 16}), List.of(), false), // Jones said (it rains)
        new PolnearEval.Attribution(List.of(new int[] {50, 59}), List.of(), List.of(), false)); // no source
    // "it rains" overlaps both attributions as much: right, as it names one of their sources; no speaker is wrong; a quote of
    // no attribution is wrong; one of an attribution without a source is not judged
    assertEquals(Arrays.asList(Boolean.TRUE, Boolean.FALSE, Boolean.FALSE, null), PolnearEval.judgeSpeakers(doc, gold));
  }

  @Test
  void aRelativePronounSourceIsMatchedByItsAntecedentRightBeforeIt() {
    String text = "Acme Corp., which said it may file, fell. Sen. Jane Doe (D-Mo.), who spoke, left. Bob met Ann, who said no.";
    int which = text.indexOf("which"), who = text.indexOf("who"), who2 = text.lastIndexOf("who");
    assertTrue(PolnearEval.antecedentOf(text, text.indexOf("Acme Corp.") + 10, new int[] {which, which + 5}));
    assertTrue(PolnearEval.antecedentOf(text, text.indexOf("Jane Doe") + 8, new int[] {who, who + 3}), "past a party tag");
    assertFalse(PolnearEval.antecedentOf(text, text.indexOf("Bob") + 3, new int[] {who2, who2 + 3}), "not a mention further back");
    assertFalse(PolnearEval.antecedentOf(text, text.indexOf("Acme Corp.") + 10, new int[] {which + 6, which + 8}), "not a source other than a relative pronoun");
  }
}
