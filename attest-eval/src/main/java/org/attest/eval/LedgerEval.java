package org.attest.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a ledger's cross-article judgments (conflicts and identity merges) against judged items
 * (JSON Lines, one item a line: /tmp/judged/FORMAT.md; how to judge: JUDGING.md).
 *
 * <p>Items: {@code conflict} (a conflict the ledger flagged once, judged {@code real} or
 * {@code spurious}), {@code must-flag} (a genuine conflict found by searching; always {@code real}),
 * {@code must-not-flag} (a pair the ledger must not flag; always {@code spurious}), each of kind
 * {@code figure}, {@code office} or {@code quote}; and {@code merge} (kind {@code person}: two name
 * mentions the ledger joined into one canonical person, judged {@code right} or {@code wrong}).
 *
 * <p>A judged pair matches a conflict the ledger flags now when the kinds are equal and its left
 * span overlaps one side of the conflict and its right span the other (in either order; spans of
 * one article overlap when they share a character). Per kind:
 * <ul>
 *   <li>real, spurious, precision: over the judged items that are flagged now (a flagged
 *       must-flag counts as real, a flagged must-not-flag as spurious);
 *   <li>dropped real, dropped spurious: judged {@code conflict} items no longer flagged;
 *   <li>must-flag recall: must-flags flagged now / must-flags;
 *   <li>unjudged: flagged conflicts that no scored item matches, so a reader knows how much of
 *       what is flagged the precision covers (with a set selected, the items of the other set are
 *       not scored, so the conflicts only they match count as unjudged too).
 * </ul>
 * A merge item is merged now when the canonical entity holding a mention at its left span is the
 * one holding a mention at its right span ({@link Identities}); a {@code wrong} merge still merged
 * is an error the ledger still makes, a {@code right} merge now split is recall lost.
 *
 * <p>Sets: an item's set is fixed by its id, so a judged file can grow without items moving:
 * {@code check} when the first byte of the SHA-256 of the id's UTF-8 bytes, read unsigned, is a
 * multiple of 3 (86 of the 256 values: about a third), else {@code dev}. Tune on dev; look at check
 * once, at the end.
 */
public final class LedgerEval {
  /** A character span of one article: {@code article} is the PolNeAR file id without ".txt". */
  public record Span(String article, int start, int end) {}

  /** A conflict the ledger flags now. kind: "figure", "office" or "quote". */
  public record Flagged(String kind, Span left, Span right, double confidence) {}

  /** Which canonical entity holds a mention overlapping the span (null when none). */
  @FunctionalInterface
  public interface Identities {
    Long canonAt(Span span) throws IOException;
  }

  /** One judged item as read from the file; {@code kind} is "person" for merges. */
  public record Judged(String id, String item, String kind, Span left, Span right, String verdict, String reason) {}

  /**
   * The figures of one kind of conflict. Counts of items except {@code flagged} and
   * {@code unjudged}, which count flagged conflicts.
   */
  public record KindScore(String kind, int flagged, int unjudged, int real, int spurious, int droppedReal, int droppedSpurious,
      int mustFlag, int mustFlagFlagged, int mustNotFlag, int mustNotFlagFlagged,
      List<String> spuriousFlaggedIds, List<String> droppedRealIds, List<String> missedMustFlagIds) {
    /** real / (real + spurious) over the judged items flagged now; 0 when none is. */
    public double precision() {
      return Measures.ratio(real, real + spurious);
    }

    /** must-flags flagged now / must-flags; 0 when there are none. */
    public double mustFlagRecall() {
      return Measures.ratio(mustFlagFlagged, mustFlag);
    }
  }

  /** The figures of the merge items. */
  public record MergeScore(int judged, int right, int wrong, int wrongMerged, int rightSplit, List<String> wrongMergedIds,
      List<String> rightSplitIds) {
    /** Wrong merges still merged, as a share of all judged merge items. */
    public double wrongMergedShare() {
      return Measures.ratio(wrongMerged, judged);
    }

    /** Right merges now split, as a share of the right merge items (recall lost). */
    public double rightSplitShare() {
      return Measures.ratio(rightSplit, right);
    }
  }

  /** The scores: one {@link KindScore} for each of figure, office, quote (in that order), then merges. */
  public record Result(int items, List<KindScore> kinds, MergeScore merges) {
    public KindScore kind(String kind) {
      for (KindScore k : kinds) if (k.kind().equals(kind)) return k;
      throw new IllegalArgumentException("no conflict kind \"" + kind + "\" (figure, office or quote)");
    }
  }

  static final List<String> KINDS = List.of("figure", "office", "quote");
  static final String CONFLICT = "conflict", MUST_FLAG = "must-flag", MUST_NOT_FLAG = "must-not-flag", MERGE = "merge";
  private static final Set<String> FIELDS = Set.of("id", "item", "kind", "left", "right", "verdict", "reason", "note");
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private LedgerEval() {}

  /**
   * Reads judged items, one JSON object a line (blank lines skipped). Every problem is an
   * {@link IOException} naming the file and line: {@code "judged.jsonl:7: \"verdict\" of a must-flag
   * must be real, not \"spurious\""}; an id used twice names both lines.
   */
  public static List<Judged> read(Path file) throws IOException {
    List<Judged> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    byte[] bytes = Files.readAllBytes(file); // judged files are small; line by line, a bad byte is named by its line
    java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    int lineNo = 0;
    for (int from = 0; from < bytes.length; ) {
      int to = from;
      while (to < bytes.length && bytes[to] != '\n') to++;
      lineNo++;
      String line;
      try {
        line = utf8.decode(java.nio.ByteBuffer.wrap(bytes, from, to - from)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IOException(file + ":" + lineNo + ": not valid UTF-8");
      }
      from = to + 1;
      if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isBlank()) continue;
      Judged j;
      try {
        j = parse(line);
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ":" + lineNo + ": " + e.getMessage());
      }
      Integer before = seen.putIfAbsent(j.id(), lineNo);
      if (before != null) throw new IOException(file + ":" + lineNo + ": id \"" + j.id() + "\" already used on line " + before);
      out.add(j);
    }
    return out;
  }

  /**
   * One judged item from its JSON line:
   * {@code {"id": "fig-001", "item": "conflict", "kind": "figure", "left": {"article": "a", "start": 10,
   * "end": 23}, "right": {"article": "b", "start": 5, "end": 8}, "verdict": "spurious", "reason":
   * "different qualifiers"}}. Throws IllegalArgumentException saying what is wrong.
   */
  static Judged parse(String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) throw new IllegalArgumentException("expected a JSON object");
    for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException("unknown field \"" + name + "\" (fields: id, item, kind, left, right, verdict, reason, note)");
      }
    }
    String id = string(n, "id");
    if (id.isBlank()) throw new IllegalArgumentException("empty \"id\"");
    String item = string(n, "item"), kind = string(n, "kind"), verdict = string(n, "verdict"), reason = string(n, "reason");
    if (n.has("note") && !n.get("note").isTextual() && !n.get("note").isNull()) throw new IllegalArgumentException("\"note\" is not a string");
    String verdicts;
    switch (item) {
      case CONFLICT -> verdicts = "real|spurious";
      case MUST_FLAG -> verdicts = "real";
      case MUST_NOT_FLAG -> verdicts = "spurious";
      case MERGE -> verdicts = "right|wrong";
      default -> throw new IllegalArgumentException("\"item\" must be conflict, must-flag, must-not-flag or merge, not \"" + item + "\"");
    }
    if (item.equals(MERGE) ? !kind.equals("person") : !KINDS.contains(kind)) {
      throw new IllegalArgumentException("\"kind\" of a " + item + " must be " + (item.equals(MERGE) ? "person" : "figure, office or quote")
          + ", not \"" + kind + "\"");
    }
    if (!List.of(verdicts.split("\\|")).contains(verdict)) {
      throw new IllegalArgumentException("\"verdict\" of a " + item + " must be " + verdicts.replace("|", " or ") + ", not \"" + verdict + "\"");
    }
    return new Judged(id, item, kind, span(n, "left"), span(n, "right"), verdict, reason);
  }

  private static String string(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) throw new IllegalArgumentException("missing \"" + field + "\"");
    if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" is not a string");
    return v.asText();
  }

  private static Span span(JsonNode n, String field) {
    JsonNode s = n.get(field);
    if (s == null || s.isNull()) throw new IllegalArgumentException("missing \"" + field + "\"");
    if (!s.isObject()) throw new IllegalArgumentException("\"" + field + "\" is not an object {article, start, end}");
    JsonNode article = s.get("article"), start = s.get("start"), end = s.get("end");
    if (article == null || !article.isTextual() || article.asText().isBlank()) {
      throw new IllegalArgumentException("\"" + field + "\" needs an \"article\" string");
    }
    if (start == null || !start.canConvertToInt() || !start.isIntegralNumber() || end == null || !end.canConvertToInt() || !end.isIntegralNumber()) {
      throw new IllegalArgumentException("\"" + field + "\" needs integer \"start\" and \"end\"");
    }
    if (start.asInt() < 0 || end.asInt() <= start.asInt()) {
      throw new IllegalArgumentException("\"" + field + "\" span " + start.asInt() + ".." + end.asInt() + " is empty or negative (need 0 <= start < end)");
    }
    return new Span(article.asText(), start.asInt(), end.asInt());
  }

  /**
   * The set an item belongs to, from its id alone: {@code "check"} when the first byte of
   * SHA-256(id as UTF-8), unsigned, is a multiple of 3, else {@code "dev"}.
   */
  static String setOf(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xFF) % 3 == 0 ? "check" : "dev";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  /** Whether an item of this id is in the set: "dev" (two thirds), "check" (one third) or "all". */
  static boolean inSet(String id, String set) {
    if (set.equals("all")) return true;
    if (!set.equals("dev") && !set.equals("check")) throw new IllegalArgumentException("set must be dev, check or all, not \"" + set + "\"");
    return setOf(id).equals(set);
  }

  /** "dev" (two thirds), "check" (one third, put aside until the end) or "all"; the set of an item is fixed by its id. */
  public static List<Judged> select(List<Judged> items, String set) {
    if (set.equals("all")) return List.copyOf(items);
    if (!set.equals("dev") && !set.equals("check")) throw new IllegalArgumentException("set must be dev, check or all, not \"" + set + "\"");
    List<Judged> out = new ArrayList<>();
    for (Judged j : items) if (setOf(j.id()).equals(set)) out.add(j);
    return out;
  }

  /** Spans of one article that share a character: 10..20 and 19..30 do, 10..20 and 20..30 do not. */
  static boolean overlaps(Span a, Span b) {
    return a.article().equals(b.article()) && a.start() < b.end() && b.start() < a.end();
  }

  /** The judged pair is this flagged conflict: same kind, left on one side and right on the other, in either order. */
  static boolean matches(Judged j, Flagged f) {
    return j.kind().equals(f.kind())
        && (overlaps(j.left(), f.left()) && overlaps(j.right(), f.right()) || overlaps(j.left(), f.right()) && overlaps(j.right(), f.left()));
  }

  /**
   * Scores the judged items against the conflicts the ledger flags now (already filtered, e.g.
   * by confidence) and its identities. A flagged conflict of another kind than figure, office or
   * quote is an IllegalArgumentException.
   */
  public static Result score(List<Judged> judged, List<Flagged> flagged, Identities identities) throws IOException {
    for (Flagged f : flagged) {
      if (!KINDS.contains(f.kind())) throw new IllegalArgumentException("flagged conflict of unknown kind \"" + f.kind() + "\" (figure, office or quote)");
    }
    List<KindScore> kinds = new ArrayList<>();
    for (String kind : KINDS) kinds.add(scoreKind(kind, judged, flagged));
    return new Result(judged.size(), List.copyOf(kinds), scoreMerges(judged, identities));
  }

  private static KindScore scoreKind(String kind, List<Judged> judged, List<Flagged> flagged) {
    List<Flagged> ofKind = flagged.stream().filter(f -> f.kind().equals(kind)).toList();
    boolean[] judgedConflict = new boolean[ofKind.size()];
    int real = 0, spurious = 0, droppedReal = 0, droppedSpurious = 0, mustFlag = 0, mustFlagFlagged = 0, mustNotFlag = 0, mustNotFlagFlagged = 0;
    List<String> spuriousIds = new ArrayList<>(), droppedRealIds = new ArrayList<>(), missedIds = new ArrayList<>();
    for (Judged j : judged) {
      if (!j.kind().equals(kind)) continue;
      boolean isFlagged = false;
      for (int i = 0; i < ofKind.size(); i++) {
        if (matches(j, ofKind.get(i))) {
          isFlagged = true;
          judgedConflict[i] = true;
        }
      }
      boolean isReal = j.verdict().equals("real");
      if (isFlagged) {
        if (isReal) real++;
        else {
          spurious++;
          spuriousIds.add(j.id());
        }
      } else if (j.item().equals(CONFLICT)) {
        if (isReal) {
          droppedReal++;
          droppedRealIds.add(j.id());
        } else droppedSpurious++;
      }
      if (j.item().equals(MUST_FLAG)) {
        mustFlag++;
        if (isFlagged) mustFlagFlagged++;
        else missedIds.add(j.id());
      } else if (j.item().equals(MUST_NOT_FLAG)) {
        mustNotFlag++;
        if (isFlagged) mustNotFlagFlagged++;
      }
    }
    int unjudged = 0;
    for (boolean b : judgedConflict) if (!b) unjudged++;
    return new KindScore(kind, ofKind.size(), unjudged, real, spurious, droppedReal, droppedSpurious, mustFlag, mustFlagFlagged, mustNotFlag,
        mustNotFlagFlagged, List.copyOf(spuriousIds), List.copyOf(droppedRealIds), List.copyOf(missedIds));
  }

  private static MergeScore scoreMerges(List<Judged> judged, Identities identities) throws IOException {
    int n = 0, right = 0, wrong = 0;
    List<String> wrongMerged = new ArrayList<>(), rightSplit = new ArrayList<>();
    for (Judged j : judged) {
      if (!j.item().equals(MERGE)) continue;
      n++;
      Long l = identities.canonAt(j.left());
      boolean merged = l != null && l.equals(identities.canonAt(j.right()));
      if (j.verdict().equals("right")) {
        right++;
        if (!merged) rightSplit.add(j.id());
      } else {
        wrong++;
        if (merged) wrongMerged.add(j.id());
      }
    }
    return new MergeScore(n, right, wrong, wrongMerged.size(), rightSplit.size(), List.copyOf(wrongMerged), List.copyOf(rightSplit));
  }

  /**
   * One line a kind, then merges, then the ids worth looking at next:
   * <pre>
   * Ledger judgments: 6 items (precision over the flagged conflicts judged; unjudged ones are not in it)
   *   kind    flagged unjudged   real spurious precision dropped real/spurious   must-flag recall   must-not flagged
   *   figure        2        0      1        1     0.500                   1/0         0/0      -                0/0
   *   office        0        0      0        0         -                   0/0         0/0      -                0/0
   *   quote         1        1      0        0         -                   0/0         0/1  0.000                0/0
   *   merges: 2 judged (1 right, 1 wrong); wrong still merged 1 (0.500 of judged merges); right now split 1 (1.000 of right merges)
   *   figure spurious but flagged: fig-2
   *   figure real dropped: fig-3
   *   quote must-flag missed: mf-1
   *   wrong merges still merged: idn-1
   *   right merges now split: idn-2
   * </pre>
   */
  public static void print(Result r, PrintStream out) {
    out.printf("Ledger judgments: %d items (precision over the flagged conflicts judged; unjudged ones are not in it)%n", r.items());
    out.printf("  %-7s %7s %8s %6s %8s %9s %21s %11s %6s %18s%n", "kind", "flagged", "unjudged", "real", "spurious", "precision",
        "dropped real/spurious", "must-flag", "recall", "must-not flagged");
    for (KindScore k : r.kinds()) {
      out.printf("  %-7s %7d %8d %6d %8d %9s %21s %11s %6s %18s%n", k.kind(), k.flagged(), k.unjudged(), k.real(), k.spurious(),
          share(k.real(), k.real() + k.spurious()), k.droppedReal() + "/" + k.droppedSpurious(), k.mustFlagFlagged() + "/" + k.mustFlag(),
          share(k.mustFlagFlagged(), k.mustFlag()), k.mustNotFlagFlagged() + "/" + k.mustNotFlag());
    }
    MergeScore m = r.merges();
    out.printf("  merges: %d judged (%d right, %d wrong); wrong still merged %d (%s of judged merges); right now split %d (%s of right merges)%n",
        m.judged(), m.right(), m.wrong(), m.wrongMerged(), share(m.wrongMerged(), m.judged()), m.rightSplit(), share(m.rightSplit(), m.right()));
    for (KindScore k : r.kinds()) ids(out, k.kind() + " spurious but flagged", k.spuriousFlaggedIds());
    for (KindScore k : r.kinds()) ids(out, k.kind() + " real dropped", k.droppedRealIds());
    for (KindScore k : r.kinds()) ids(out, k.kind() + " must-flag missed", k.missedMustFlagIds());
    ids(out, "wrong merges still merged", m.wrongMergedIds());
    ids(out, "right merges now split", m.rightSplitIds());
  }

  /** "0.750", or "-" over nothing (0.000 would read as a measured zero). */
  private static String share(int a, int b) {
    return b == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.3f", Measures.ratio(a, b));
  }

  private static void ids(PrintStream out, String label, List<String> ids) {
    if (!ids.isEmpty()) out.println("  " + label + ": " + String.join(" ", ids));
  }
}
