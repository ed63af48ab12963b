package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attest.eval.LedgerEval.Flagged;
import org.attest.eval.LedgerEval.Judged;
import org.attest.eval.LedgerEval.KindScore;
import org.attest.eval.LedgerEval.MergeScore;
import org.attest.eval.LedgerEval.Result;
import org.attest.eval.LedgerEval.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger scorer on invented spans: matching, the set split, the arithmetic, and bad judged files. */
class LedgerEvalTest {
  @TempDir Path dir;

  static Span s(String article, int start, int end) {
    return new Span(article, start, end);
  }

  static Judged j(String id, String item, String kind, Span left, Span right, String verdict) {
    return new Judged(id, item, kind, left, right, verdict, "a reason");
  }

  static Flagged f(String kind, Span left, Span right) {
    return new Flagged(kind, left, right, 0.9);
  }

  @Test
  void spansOverlapWhenTheyShareACharacterOfOneArticle() {
    Object[][] cases = {
        {s("a", 10, 20), s("a", 19, 30), true},
        {s("a", 10, 20), s("a", 20, 30), false}, // touching ends share nothing
        {s("a", 10, 20), s("a", 12, 14), true}, // inside
        {s("a", 12, 14), s("a", 10, 20), true},
        {s("a", 10, 20), s("b", 10, 20), false}, // another article
        {s("a", 30, 40), s("a", 10, 20), false},
    };
    for (Object[] c : cases) assertEquals(c[2], LedgerEval.overlaps((Span) c[0], (Span) c[1]), c[0] + " / " + c[1]);
  }

  @Test
  void aJudgedPairMatchesAFlaggedConflictInEitherOrder() {
    Flagged flagged = f("figure", s("a", 100, 113), s("b", 40, 43));
    Object[][] cases = {
        {j("fig-1", "conflict", "figure", s("a", 100, 103), s("b", 40, 53), "real"), true}, // same order, partial overlaps
        {j("fig-2", "conflict", "figure", s("b", 41, 42), s("a", 105, 110), "real"), true}, // the other order
        {j("fig-3", "conflict", "office", s("a", 100, 113), s("b", 40, 43), "real"), false}, // another kind
        {j("fig-4", "conflict", "figure", s("a", 100, 113), s("c", 40, 43), "real"), false}, // right side elsewhere
        {j("fig-5", "conflict", "figure", s("a", 100, 113), s("a", 100, 113), "real"), false}, // both on one side
        {j("fig-6", "conflict", "figure", s("a", 113, 120), s("b", 40, 43), "real"), false}, // left only touches
    };
    for (Object[] c : cases) assertEquals(c[1], LedgerEval.matches((Judged) c[0], flagged), ((Judged) c[0]).id());
  }

  @Test
  void theSetOfAnItemIsFixedByItsIdAndCheckIsAboutAThird() {
    int check = 0, n = 3000;
    for (int i = 0; i < n; i++) {
      String id = "fig-" + i;
      String set = LedgerEval.setOf(id);
      assertEquals(set, LedgerEval.setOf(id));
      if (set.equals("check")) check++;
    }
    assertTrue(check > n * 0.29 && check < n * 0.38, check + " of " + n + " in check");
    // pinned: a change of the rule would move judged items between sets
    Map<String, String> pinned = new java.util.LinkedHashMap<>();
    for (String id : List.of("fig-001", "fig-002", "off-001", "quo-001", "idn-001", "mf-001")) pinned.put(id, LedgerEval.setOf(id));
    assertEquals(PINNED, pinned.toString());

    List<Judged> items = new ArrayList<>();
    for (int i = 0; i < 300; i++) items.add(j("off-" + i, "conflict", "office", s("a", 0, 1), s("b", 0, 1), "real"));
    List<Judged> dev = LedgerEval.select(items, "dev"), checkSet = LedgerEval.select(items, "check");
    assertEquals(300, dev.size() + checkSet.size());
    assertEquals(300, LedgerEval.select(items, "all").size());
    assertTrue(dev.stream().noneMatch(checkSet::contains));
    assertThrows(IllegalArgumentException.class, () -> LedgerEval.select(items, "test"));
  }

  /**
   * The sets of six ids, computed outside Java (python3: hashlib.sha256(id.encode()).digest()[0] % 3):
   * first bytes 0x94, 0xc0, 0xfb, 0x8b, 0x5d, 0xd1.
   */
  static final String PINNED = "{fig-001=dev, fig-002=check, off-001=dev, quo-001=dev, idn-001=check, mf-001=dev}";

  @Test
  void precisionDroppedRecallAndCoverageOfEachKind() throws IOException {
    List<Judged> judged = List.of(
        j("fig-1", "conflict", "figure", s("a", 10, 20), s("b", 10, 20), "real"), // flagged: real
        j("fig-2", "conflict", "figure", s("a", 30, 40), s("b", 30, 40), "spurious"), // flagged: spurious
        j("fig-3", "conflict", "figure", s("a", 50, 60), s("b", 50, 60), "spurious"), // flagged (other order): spurious
        j("fig-4", "conflict", "figure", s("a", 70, 80), s("b", 70, 80), "real"), // dropped real
        j("fig-5", "conflict", "figure", s("a", 90, 95), s("b", 90, 95), "spurious"), // dropped spurious
        j("mf-1", "must-flag", "figure", s("c", 0, 5), s("d", 0, 5), "real"), // flagged: real, found
        j("mf-2", "must-flag", "figure", s("c", 10, 15), s("d", 10, 15), "real"), // missed
        j("mnf-1", "must-not-flag", "figure", s("c", 20, 25), s("d", 20, 25), "spurious"), // flagged: spurious
        j("mnf-2", "must-not-flag", "figure", s("c", 30, 35), s("d", 30, 35), "spurious"), // not flagged: fine
        j("off-1", "conflict", "office", s("a", 10, 14), s("e", 3, 7), "real"),
        j("quo-1", "conflict", "quote", s("a", 200, 260), s("f", 10, 70), "real")); // dropped real
    List<Flagged> flagged = List.of(
        f("figure", s("a", 12, 18), s("b", 10, 20)),
        f("figure", s("a", 30, 40), s("b", 35, 36)),
        f("figure", s("b", 50, 60), s("a", 50, 60)),
        f("figure", s("c", 0, 5), s("d", 0, 5)),
        f("figure", s("d", 20, 25), s("c", 20, 25)),
        f("figure", s("g", 0, 5), s("h", 0, 5)), // unjudged
        f("figure", s("g", 10, 15), s("h", 10, 15)), // unjudged
        f("office", s("e", 0, 8), s("a", 10, 12)),
        f("office", s("e", 20, 28), s("a", 10, 12))); // unjudged
    Result r = LedgerEval.score(judged, flagged, span -> null);
    assertEquals(11, r.items());
    KindScore fig = r.kind("figure");
    // kind, flagged, unjudged, real, spurious, dropped real, dropped spurious, must-flag, found, must-not-flag, flagged
    int[][] table = {
        {7, 2, 2, 3, 1, 1, 2, 1, 2, 1},
        {2, 1, 1, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 1, 0, 0, 0, 0, 0}};
    for (int i = 0; i < 3; i++) {
      KindScore k = r.kinds().get(i);
      int[] got = {k.flagged(), k.unjudged(), k.real(), k.spurious(), k.droppedReal(), k.droppedSpurious(), k.mustFlag(), k.mustFlagFlagged(),
          k.mustNotFlag(), k.mustNotFlagFlagged()};
      assertEquals(java.util.Arrays.toString(table[i]), java.util.Arrays.toString(got), k.kind());
    }
    assertEquals(0.4, fig.precision(), 1e-9); // fig-1 and mf-1 real; fig-2, fig-3 and mnf-1 spurious
    assertEquals(0.5, fig.mustFlagRecall(), 1e-9);
    assertEquals(List.of("fig-2", "fig-3", "mnf-1"), fig.spuriousFlaggedIds());
    assertEquals(List.of("fig-4"), fig.droppedRealIds());
    assertEquals(List.of("mf-2"), fig.missedMustFlagIds());
    assertEquals(1.0, r.kind("office").precision(), 1e-9);
    assertEquals(List.of("quo-1"), r.kind("quote").droppedRealIds());
    assertEquals(0, r.kind("quote").precision(), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> LedgerEval.score(judged, List.of(f("poll", s("a", 0, 1), s("b", 0, 1))), span -> null));
  }

  @Test
  void mergesAreRightWhenBothMentionsShareACanonicalEntity() throws IOException {
    // the ledger's identities: article a 0..10 and b 0..10 are canon 1, a 20..30 is canon 2, b 20..30 canon 3
    LedgerEval.Identities ids = span -> {
      if (span.start() < 10) return 1L;
      if (span.start() >= 20 && span.start() < 30) return span.article().equals("a") ? 2L : 3L;
      return null;
    };
    List<Judged> judged = List.of(
        j("idn-1", "merge", "person", s("a", 0, 5), s("b", 2, 8), "right"), // merged: right
        j("idn-2", "merge", "person", s("a", 0, 5), s("b", 3, 9), "wrong"), // still merged: wrong
        j("idn-3", "merge", "person", s("a", 20, 25), s("b", 20, 25), "right"), // now split
        j("idn-4", "merge", "person", s("a", 20, 25), s("b", 22, 25), "wrong"), // split: fixed
        j("idn-5", "merge", "person", s("a", 40, 45), s("b", 40, 45), "right"), // neither side held: split
        j("fig-1", "conflict", "figure", s("a", 0, 5), s("b", 0, 5), "real")); // not a merge
    MergeScore m = LedgerEval.score(judged, List.of(), ids).merges();
    assertEquals(List.of(5, 3, 2, 1, 2), List.of(m.judged(), m.right(), m.wrong(), m.wrongMerged(), m.rightSplit()));
    assertEquals(List.of("idn-2"), m.wrongMergedIds());
    assertEquals(List.of("idn-3", "idn-5"), m.rightSplitIds());
    assertEquals(0.2, m.wrongMergedShare(), 1e-9);
    assertEquals(2.0 / 3, m.rightSplitShare(), 1e-9);
  }

  @Test
  void readsAJudgedFile() throws IOException {
    Path file = dir.resolve("judged.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"fig-001\", \"item\": \"conflict\", \"kind\": \"figure\", \"left\": {\"article\": \"nyt_x\", \"start\": 10, \"end\": 23},"
            + " \"right\": {\"article\": \"politico_y\", \"start\": 5, \"end\": 8}, \"verdict\": \"spurious\", \"reason\": \"different qualifiers\","
            + " \"note\": \"Cruz vs Trump delegates\"}",
        "",
        "{\"id\": \"idn-001\", \"item\": \"merge\", \"kind\": \"person\", \"left\": {\"article\": \"a\", \"start\": 0, \"end\": 4},"
            + " \"right\": {\"article\": \"b\", \"start\": 7, \"end\": 9}, \"verdict\": \"wrong\", \"reason\": \"wrong identity merge\"}",
        ""), StandardCharsets.UTF_8);
    List<Judged> items = LedgerEval.read(file);
    assertEquals(2, items.size());
    assertEquals(new Judged("fig-001", "conflict", "figure", s("nyt_x", 10, 23), s("politico_y", 5, 8), "spurious", "different qualifiers"), items.get(0));
    assertEquals("merge", items.get(1).item());
  }

  static final String GOOD = "{\"id\": \"ID\", \"item\": \"conflict\", \"kind\": \"figure\", \"left\": {\"article\": \"a\", \"start\": 1, \"end\": 4},"
      + " \"right\": {\"article\": \"b\", \"start\": 1, \"end\": 4}, \"verdict\": \"real\", \"reason\": \"r\"}";

  @Test
  void aMalformedLineIsReportedWithFileAndLineNumber() throws IOException {
    String[][] cases = {
        {"{\"id\": \"x\", ", "invalid JSON"},
        {"[1, 2]", "expected a JSON object"},
        {GOOD + " {}", "invalid JSON"},
        {GOOD.replace("\"reason\": \"r\"", "\"reasons\": \"r\""), "unknown field \"reasons\""},
        {GOOD.replace(", \"reason\": \"r\"", ""), "missing \"reason\""},
        {GOOD.replace("\"item\": \"conflict\"", "\"item\": \"conflicts\""), "\"item\" must be conflict, must-flag, must-not-flag or merge"},
        {GOOD.replace("\"kind\": \"figure\"", "\"kind\": \"person\""), "\"kind\" of a conflict must be figure, office or quote"},
        {GOOD.replace("\"item\": \"conflict\"", "\"item\": \"merge\""), "\"kind\" of a merge must be person"},
        {GOOD.replace("\"item\": \"conflict\"", "\"item\": \"must-not-flag\""), "\"verdict\" of a must-not-flag must be spurious, not \"real\""},
        {GOOD.replace("\"verdict\": \"real\"", "\"verdict\": \"Real\""), "\"verdict\" of a conflict must be real or spurious"},
        {GOOD.replace("\"start\": 1, \"end\": 4}, \"verdict\"", "\"start\": 4, \"end\": 4}, \"verdict\""), "\"right\" span 4..4 is empty"},
        {GOOD.replace("\"start\": 1, \"end\": 4}, \"verdict\"", "\"start\": \"1\", \"end\": 4}, \"verdict\""), "\"right\" needs integer"},
        {GOOD.replace("{\"article\": \"a\", \"start\": 1, \"end\": 4}", "\"a:1-4\""), "\"left\" is not an object"},
        {GOOD.replace("\"id\": \"ID\"", "\"id\": 7"), "\"id\" is not a string"},
        {GOOD.replace("\"ID\"", "\"first\""), "id \"first\" already used on line 1"},
    };
    for (String[] c : cases) {
      Path file = dir.resolve("bad.jsonl");
      Files.writeString(file, GOOD.replace("\"ID\"", "\"first\"") + "\n\n" + c[0] + "\n", StandardCharsets.UTF_8);
      IOException e = assertThrows(IOException.class, () -> LedgerEval.read(file), c[0]);
      assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
      assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
    Path latin = dir.resolve("latin.jsonl");
    Files.write(latin, (GOOD + "\n" + GOOD.replace("\"ID\"", "\"caf\u00e9\"") + "\n").getBytes(StandardCharsets.ISO_8859_1));
    IOException e = assertThrows(IOException.class, () -> LedgerEval.read(latin));
    assertEquals(latin + ":2: not valid UTF-8", e.getMessage());
  }

  @Test
  void printsOneLineAKindThenMergesThenTheIdsToLookAt() throws IOException {
    List<Judged> judged = List.of(
        j("fig-1", "conflict", "figure", s("a", 10, 20), s("b", 10, 20), "real"),
        j("fig-2", "conflict", "figure", s("a", 30, 40), s("b", 30, 40), "spurious"),
        j("fig-3", "conflict", "figure", s("a", 50, 60), s("b", 50, 60), "real"),
        j("idn-1", "merge", "person", s("a", 0, 5), s("b", 0, 5), "wrong"));
    List<Flagged> flagged = List.of(f("figure", s("a", 10, 20), s("b", 10, 20)), f("figure", s("a", 30, 40), s("b", 30, 40)),
        f("quote", s("a", 0, 9), s("b", 0, 9)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LedgerEval.print(LedgerEval.score(judged, flagged, span -> 1L), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    String[] lines = out.split("\n");
    assertTrue(lines[2].matches("  figure +2 +0 +1 +1 +0\\.500 +1/0 +0/0 +- +0/0"), lines[2]);
    assertTrue(lines[3].matches("  office +0 +0 +0 +0 +- +0/0 +0/0 +- +0/0"), lines[3]);
    assertTrue(lines[4].matches("  quote +1 +1 +0 +0 +- +0/0 +0/0 +- +0/0"), lines[4]);
    assertTrue(out.contains("merges: 1 judged (0 right, 1 wrong); wrong still merged 1 (1.000 of judged merges)"), out);
    assertTrue(out.contains("figure spurious but flagged: fig-2\n"), out);
    assertTrue(out.contains("figure real dropped: fig-3\n"), out);
    assertTrue(out.contains("wrong merges still merged: idn-1\n"), out);
    assertFalse(out.contains("now split: "), out);
  }
}
