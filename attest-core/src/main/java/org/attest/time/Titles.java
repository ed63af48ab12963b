package org.attest.time;

import static org.attest.time.Words.low;

import java.util.List;

/**
 * Titles of programmes whose words are time words ({@code time.txt [programme]}): "He said on Fox
 * News Sunday", "She told NBC's “Today” show", "CBS's “60 Minutes”" hold no time. A title is
 * capitalised as written; a title that is also a time in prose ("Today", "This Week", "Sunday
 * Morning") is one only with a cue: quoted on its own, after a broadcaster's name
 * ({@code [programme-network]}) or before a programme word ({@code [programme-word]}).
 */
final class Titles {
  private Titles() {}

  /** The token after the title that starts at t, or -1 when none does. */
  static int end(Scan d, int t) {
    List<String[]> candidates = d.lex.titles.get(low(d, t));
    if (candidates == null) return -1;
    for (String[] title : candidates) {
      int e = t + title.length;
      if (!spelled(d, t, title)) continue;
      if (!d.lex.cuedTitles.contains(String.join(" ", title)) || cued(d, t, e)) return e;
    }
    return -1;
  }

  /** Whether the words from t are the title's, each capitalised (or no word: "60", "&"). */
  private static boolean spelled(Scan d, int t, String[] title) {
    if (t + title.length > d.a.tokenCount()) return false;
    for (int k = 0; k < title.length; k++) {
      if (!low(d, t + k).equals(title[k])) return false;
      boolean word = Character.isLetter(d.a.token(t + k).charAt(0));
      boolean small = title[k].length() <= 3 && k > 0; // "Meet the Press": "the" may stay small inside
      if (word && !small && !d.a.isCapitalized(t + k)) return false;
    }
    return true;
  }

  /** Whether a cue makes the words [s, e) a title: “Today” quoted on its own, "NBC's Today", "the Today show". */
  private static boolean cued(Scan d, int s, int e) {
    boolean quoteBefore = d.lex.quoteMark.at(d, s - 1);
    if (quoteBefore && d.lex.quoteMark.at(d, e)) return true; // "“This Week”", not "“Today, we…"
    int before = quoteBefore ? s - 2 : s - 1;
    boolean network = d.lex.networks.contains(low(d, before)) || d.lex.possessive.at(d, before) && d.lex.networks.contains(low(d, before - 1));
    if (network) return true; // "ABC's This Week", "CBS's “Sunday Morning,”"
    int after = e;
    if (quoteBefore && (low(d, after).equals(",") || low(d, after).equals("."))) after++;
    if (quoteBefore && d.lex.quoteMark.at(d, after)) after++;
    return d.lex.programmeWords.contains(low(d, after)); // "the Today show", "“Today” show"
  }
}
