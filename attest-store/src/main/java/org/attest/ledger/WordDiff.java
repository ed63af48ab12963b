package org.attest.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word-level comparison of two wordings of one statement: overlap and the difference, marked. */
final class WordDiff {
  private WordDiff() {}

  /** The words of a text, lower case, apostrophes inside them kept ("don't"), at their ends dropped; one pass, no regular expression. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0, n = s.length(); i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      if (c == '\u2019' || c == '\u2018') c = '\'';
      boolean pair = Character.isHighSurrogate(c) ? i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
          : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      if (Character.isLetterOrDigit(c) || c == '\'' || pair && Character.isLetterOrDigit(s.codePointAt(Character.isLowSurrogate(c) ? i - 1 : i))) {
        w.append(c);
        continue;
      }
      if (w.length() > 0) {
        int from = 0, to = w.length();
        while (from < to && w.charAt(from) == '\'') from++;
        while (to > from && w.charAt(to - 1) == '\'') to--;
        if (from < to) out.add(w.substring(from, to).toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
    }
    return out;
  }

  /** The length of the longest common subsequence of two word lists, in two rows of memory. */
  static int common(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1], cur = new int[b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) cur[j] = a.get(i).equals(b.get(j)) ? prev[j + 1] + 1 : Math.max(prev[j], cur[j + 1]);
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[0];
  }

  /** The same, on words given as numbers. */
  static int common(int[] a, int[] b) {
    int[] prev = new int[b.length + 1], cur = new int[b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      int x = a[i];
      for (int j = b.length - 1; j >= 0; j--) cur[j] = x == b[j] ? prev[j + 1] + 1 : Math.max(prev[j], cur[j + 1]);
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[0];
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
