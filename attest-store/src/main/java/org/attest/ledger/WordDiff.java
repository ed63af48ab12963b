package org.attest.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word-level comparison of two wordings of one statement: overlap and the difference, marked. */
final class WordDiff {
  private WordDiff() {}

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+")) {
      w = w.replaceAll("^'+|'+$", "");
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  /**
   * Whether two wordings are one statement: most of all their words shared (Dice of the common
   * subsequence at least 0.6), or nearly all of the shorter one's, when it has six words or more
   * (a quote cut short: "being a big beneficiary of the law.").
   */
  static boolean sameStatement(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    if (contains(a, b) || contains(b, a)) return false; // one quoted at more length: the same words, not other words
    int common = table(a, b)[0][0];
    int shorter = Math.min(a.size(), b.size());
    return 2.0 * common / (a.size() + b.size()) >= 0.6 && shorter >= 4 || shorter >= 6 && (double) common / shorter >= 0.8;
  }

  /** Whether the words of b stand together, in order, inside a. */
  static boolean contains(List<String> a, List<String> b) {
    return java.util.Collections.indexOfSubList(a, b) >= 0;
  }

  /** "to [-accelerate-] {+speed up+} the campaign": the second wording against the first. */
  static String diff(List<String> a, List<String> b) {
    int[][] t = table(a, b);
    StringBuilder out = new StringBuilder();
    List<String> del = new ArrayList<>(), ins = new ArrayList<>();
    int i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        flush(out, del, ins);
        append(out, a.get(i));
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || t[i][j + 1] >= t[i + 1][j])) {
        ins.add(b.get(j++));
      } else {
        del.add(a.get(i++));
      }
    }
    flush(out, del, ins);
    return out.toString();
  }

  private static void flush(StringBuilder out, List<String> del, List<String> ins) {
    if (!del.isEmpty()) append(out, "[-" + String.join(" ", del) + "-]");
    if (!ins.isEmpty()) append(out, "{+" + String.join(" ", ins) + "+}");
    del.clear();
    ins.clear();
  }

  private static void append(StringBuilder out, String s) {
    if (out.length() > 0) out.append(' ');
    out.append(s);
  }

  /** t[i][j]: the longest common subsequence of a[i..] and b[j..]. */
  private static int[][] table(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t;
  }
}
