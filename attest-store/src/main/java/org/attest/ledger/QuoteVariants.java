package org.attest.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attest.text.Lexicon;

/**
 * The rule for quote variants ({@code quotes.txt}): one speaker's statement in two wordings, in two
 * articles published within a year. Two quotes are one statement when, stock phrases left out
 * ("... make America great again"), the shorter has at least {@code min-words} words and at least
 * {@code min-shared} of them are in the longest common subsequence. When the shorter is a run of
 * the longer's words, or runs of them joined by an ellipsis, it is an excerpt (or the same words
 * with other punctuation): reported as such, never as a conflict. A quote whose speaker is not
 * known is set against a speaker's quote only when it is longer and closer ({@code
 * unattributed-words}, {@code unattributed-shared}): it is then that speaker's statement. One
 * statement given to two speakers (a misattribution, by an outlet or by the extractor) is flagged
 * when longer and closer still ({@code other-speaker-words}, {@code other-speaker-shared}) and not
 * an excerpt (one quoting the other). Quotes longer than {@code max-words} are not compared.
 *
 * <p>Pairs to compare come from an index of word pairs, not from every two quotes: a ledger of
 * many quotes costs what its similar quotes cost.
 */
final class QuoteVariants {
  /** A direct quote as the rule sees it; {@code speaker} is null when it is not known. */
  record Row(Long speaker, String name, String text, long article, String published, Ledger.Side side) {}

  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]{0,80}\\]");
  private static final Pattern ELLIPSIS = Pattern.compile("\u2026|\\.\\s?\\.\\s?\\.");

  /** The quotes one quote is compared with at most: those sharing the most word pairs with it. */
  static final int MAX_CANDIDATES = 10;

  /**
   * How many of the later quotes holding one word pair are looked at: all of a rare pair's, the next
   * ones of a common pair's ("it is", "of the", or a statement quoted a thousand ways), so the work
   * stays bounded however many quotes share it.
   */
  static final int COMMON_PAIR = 100;

  private final List<List<String>> stock = new ArrayList<>();
  private final Map<String, String> contractions;
  private final int minWords;
  private final double minShared;
  private final int maxWords;
  private final int unattributedWords;
  private final double unattributedShared;
  private final int otherSpeakerWords;
  private final double otherSpeakerShared;

  QuoteVariants(String language) {
    Map<String, List<String>> s = Lexicon.sections(language, "quotes.txt");
    contractions = Lexicon.table("quotes.txt [contraction]", s.getOrDefault("contraction", List.of()));
    Map<String, String> t = Lexicon.table("quotes.txt [threshold]", s.getOrDefault("threshold", List.of()));
    minWords = Integer.parseInt(t.getOrDefault("min-words", "8"));
    minShared = Double.parseDouble(t.getOrDefault("min-shared", "0.75"));
    maxWords = Integer.parseInt(t.getOrDefault("max-words", "1000"));
    unattributedWords = Integer.parseInt(t.getOrDefault("unattributed-words", "12"));
    unattributedShared = Double.parseDouble(t.getOrDefault("unattributed-shared", "0.85"));
    otherSpeakerWords = Integer.parseInt(t.getOrDefault("other-speaker-words", "12"));
    otherSpeakerShared = Double.parseDouble(t.getOrDefault("other-speaker-shared", "0.9"));
    for (String line : s.getOrDefault("stock", List.of())) stock.add(words(line));
  }

  private static final Pattern QUOTED = Pattern.compile("[\u201C\"\u00AB\u201E]([^\u201C\u201D\"\u00AB\u00BB\u201E]+)[\u201D\"\u00BB\u201C]");

  /**
   * The words a mixed quote puts in quotation marks, parts joined by an ellipsis ('she was "going
   * to win," he said, "by a mile"' is "going to win, … by a mile"); "" when it has none.
   */
  static String quoted(String text) {
    java.util.regex.Matcher m = QUOTED.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) b.append(b.length() == 0 ? "" : " \u2026 ").append(m.group(1));
    return b.toString();
  }

  /** The words of a quote, lower case, contractions written out: "We've got" is "we have got", "cannot" "can not". */
  List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : WordDiff.words(BRACKETS.matcher(text).replaceAll(" "))) { // "he [Trump] is": the editor's words are not the speaker's
      String full = contractions.get(w);
      if (full == null) {
        for (Map.Entry<String, String> c : contractions.entrySet()) {
          if (c.getKey().startsWith("'") || c.getKey().equals("n't")) {
            if (w.endsWith(c.getKey()) && w.length() > c.getKey().length()) {
              String stem = w.substring(0, w.length() - c.getKey().length());
              full = stem + " " + c.getValue();
              break;
            }
          }
        }
      }
      if (full != null) out.addAll(List.of(full.split(" ")));
      else if (w.endsWith("'s")) out.add(w.substring(0, w.length() - 2));
      else out.add(w);
    }
    return out;
  }

  /** The words with every stock phrase left out. */
  List<String> withoutStock(List<String> w) {
    List<String> out = new ArrayList<>(w);
    for (List<String> p : stock) {
      for (int at; (at = java.util.Collections.indexOfSubList(out, p)) >= 0; ) out.subList(at, at + p.size()).clear();
    }
    return out;
  }

  /**
   * Whether the shorter quote is cut from the longer one: its words stand together in it, or, cut
   * with an ellipsis, one of its parts does (the others come from elsewhere in the same speech).
   */
  boolean excerpt(String shorter, List<String> longer) {
    String[] parts = ELLIPSIS.split(shorter);
    if (parts.length == 1) return WordDiff.contains(longer, withoutStock(words(shorter)));
    for (String part : parts) {
      List<String> w = withoutStock(words(part));
      if (w.size() >= 4 && WordDiff.contains(longer, w)) return true;
    }
    return false;
  }

  List<Ledger.Conflict> find(List<Row> rows) {
    List<List<String>> words = new ArrayList<>();
    List<int[]> ids = new ArrayList<>(); // the words as numbers: the common subsequence compares ints, not strings
    Map<String, Integer> vocabulary = new HashMap<>();
    List<Row> distinct = new ArrayList<>();
    Set<String> wordings = new HashSet<>(), texts = new HashSet<>();
    for (Row r : rows) {
      if (!texts.add(r.speaker() + "\u0000" + r.text())) continue; // a syndicated quote, word for word: compared once
      List<String> w = withoutStock(words(r.text()));
      if (w.size() >= minWords && w.size() <= maxWords && wordings.add(r.speaker() + "\u0000" + String.join(" ", w))) {
        distinct.add(r);
        words.add(w);
        int[] n = new int[w.size()];
        for (int k = 0; k < n.length; k++) n[k] = vocabulary.computeIfAbsent(w.get(k), x -> vocabulary.size());
        ids.add(n);
      }
    }
    // candidate pairs: quotes that share enough word pairs (a variant keeps most of them); counted in an array, not a map
    Map<String, List<Integer>> index = new HashMap<>();
    int[] pairCount = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      Set<String> pairs = pairs(words.get(i));
      pairCount[i] = pairs.size();
      for (String p : pairs) index.computeIfAbsent(p, x -> new ArrayList<>()).add(i);
    }
    List<Ledger.Conflict> out = new ArrayList<>();
    int[] shared = new int[words.size()];
    int[] touched = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      int n = 0;
      for (String p : pairs(words.get(i))) {
        List<Integer> with = index.get(p); // ascending: the quotes stored after i are those after i's own place
        int from = java.util.Collections.binarySearch(with, i) + 1;
        for (int k = from; k < Math.min(with.size(), from + COMMON_PAIR); k++) { // a common pair: only the next quotes that have it
          int j = with.get(k);
          if (shared[j]++ == 0) touched[n++] = j;
        }
      }
      // the closest few: a statement quoted a thousand ways is a thousand quotes each set against its nearest wordings, not a million pairs
      List<int[]> close = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        int j = touched[k];
        int together = shared[j];
        shared[j] = 0;
        if (together >= Math.max(2, 0.3 * Math.min(pairCount[i], pairCount[j]))) close.add(new int[] {j, together});
      }
      close.sort((x, y) -> x[1] != y[1] ? Integer.compare(y[1], x[1]) : Integer.compare(x[0], y[0]));
      for (int k = 0; k < Math.min(close.size(), MAX_CANDIDATES); k++) {
        int j = close.get(k)[0];
        compare(distinct.get(i), words.get(i), ids.get(i), distinct.get(j), words.get(j), ids.get(j), out);
      }
    }
    out.sort(java.util.Comparator.comparing((Ledger.Conflict c) -> c.about()).thenComparing(c -> c.left().published() == null ? "" : c.left().published())
        .thenComparing(c -> c.left().article()).thenComparingInt(c -> c.left().start()));
    return out;
  }

  private static String order(Row r) {
    return (r.published() == null ? "9999" : r.published()) + String.format("%012d", r.article());
  }

  private static Set<String> pairs(List<String> w) {
    Set<String> pairs = new HashSet<>();
    for (int k = 0; k + 1 < w.size(); k++) pairs.add(w.get(k) + " " + w.get(k + 1));
    return pairs;
  }

  private void compare(Row a, List<String> wa, int[] ia, Row b, List<String> wb, int[] ib, List<Ledger.Conflict> out) {
    if (a.article() == b.article()) return;
    if (order(b).compareTo(order(a)) < 0) { // the earlier wording on the left, the difference read from it
      compare(b, wb, ib, a, wa, ia, out);
      return;
    }
    boolean unattributed = a.speaker() == null || b.speaker() == null;
    boolean twoSpeakers = !unattributed && !a.speaker().equals(b.speaker());
    if (a.speaker() == null && b.speaker() == null) return;
    long days = Periods.days(a.published(), b.published());
    if (days > 365) return;
    int shorter = Math.min(wa.size(), wb.size());
    if (unattributed && shorter < unattributedWords || twoSpeakers && shorter < otherSpeakerWords) return;
    int shared = WordDiff.common(ia, ib);
    if (shared < (twoSpeakers ? otherSpeakerShared : unattributed ? unattributedShared : minShared) * shorter) return;
    boolean excerpt = wa.size() <= wb.size() ? excerpt(a.text(), wb) : excerpt(b.text(), wa);
    if (excerpt && (unattributed || twoSpeakers)) return; // an excerpt of someone's words says nothing new; one quoting another
    double share = (double) shared / shorter;
    double confidence = excerpt ? 1 : Math.min(0.95, 0.55 + (share - minShared) * 1.2 + Math.min(0.1, shorter / 200.0) - (unattributed ? 0.1 : 0));
    Row known = a.speaker() != null ? a : b;
    if (twoSpeakers) confidence = Math.min(confidence, 0.6);
    String diff = (long) wa.size() * wb.size() <= 4_000_000L ? WordDiff.diff(wa, wb) : "(too long to show the difference)";
    out.add(new Ledger.Conflict(excerpt ? "excerpt" : "quote", known.name(), excerpt ? "one quote is a cut of the other"
        : twoSpeakers ? "one statement, other words, given to two speakers (" + a.name() + ", " + b.name() + ")"
        : unattributed ? "one statement, other words (one side's speaker not known)" : "one statement, other words",
        Math.round(confidence * 100) / 100.0, a.side(), b.side(), new Ledger.QuoteEvidence(known.name(), shared, shorter, diff, excerpt)));
  }
}
