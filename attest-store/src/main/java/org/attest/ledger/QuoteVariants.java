package org.attest.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attest.text.Lexicon;

/**
 * The rule for quote variants ({@code quotes.txt}): one speaker's statement in two wordings, in two
 * articles published within a year. Two quotes are one statement when, stock phrases left out
 * ("... make America great again"), the shorter has at least {@code min-words} words and at least
 * {@code min-shared} of them are in the longest common subsequence. When the shorter is a run of
 * the longer's words (an excerpt, or the same words with other punctuation) it is reported as an
 * excerpt, never as a conflict. Quotes longer than {@code max-words} are not compared.
 */
final class QuoteVariants {
  /** A direct quote as the rule sees it. */
  record Row(long speaker, String name, String text, long article, String published, Ledger.Side side) {}

  private final List<List<String>> stock = new ArrayList<>();
  private final Map<String, String> contractions;
  private final int minWords;
  private final double minShared;
  private final int maxWords;

  QuoteVariants(String language) {
    Map<String, List<String>> s = Lexicon.sections(language, "quotes.txt");
    contractions = Lexicon.table("quotes.txt [contraction]", s.getOrDefault("contraction", List.of()));
    Map<String, String> t = Lexicon.table("quotes.txt [threshold]", s.getOrDefault("threshold", List.of()));
    minWords = Integer.parseInt(t.getOrDefault("min-words", "8"));
    minShared = Double.parseDouble(t.getOrDefault("min-shared", "0.75"));
    maxWords = Integer.parseInt(t.getOrDefault("max-words", "3000"));
    for (String line : s.getOrDefault("stock", List.of())) stock.add(words(line));
  }

  /** The words of a quote, lower case, contractions written out: "We've got" is "we have got". */
  List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : WordDiff.words(text)) {
      String full = null;
      for (Map.Entry<String, String> c : contractions.entrySet()) {
        if (w.endsWith(c.getKey()) && w.length() > c.getKey().length()) {
          String stem = w.substring(0, w.length() - c.getKey().length());
          if (c.getKey().equals("n't")) stem = stem.equals("ca") ? "can" : stem.equals("wo") ? "will" : stem;
          full = stem + " " + c.getValue();
          break;
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

  /** Rows ordered by speaker, then publication. */
  List<Ledger.Conflict> find(List<Row> rows) {
    List<Ledger.Conflict> out = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    List<Row> distinct = new ArrayList<>();
    Set<String> wordings = new HashSet<>();
    for (Row r : rows) {
      List<String> w = withoutStock(words(r.text()));
      if (w.size() >= minWords && w.size() <= maxWords && wordings.add(r.speaker() + "\u0000" + String.join(" ", w))) {
        distinct.add(r);
        words.add(w);
      }
    }
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size() && distinct.get(j).speaker() == distinct.get(i).speaker(); j++) {
        Row a = distinct.get(i), b = distinct.get(j);
        if (a.article() == b.article()) continue;
        long days = OfficeConflicts.days(a.published(), b.published());
        if (days > 365) continue;
        List<String> wa = words.get(i), wb = words.get(j);
        int shorter = Math.min(wa.size(), wb.size());
        if (Math.max(wa.size(), wb.size()) > 4 * shorter) continue; // a line against a speech: too little of the longer one to tell
        int shared = WordDiff.common(wa, wb);
        if (shared < minShared * shorter) continue;
        boolean excerpt = WordDiff.contains(wa, wb) || WordDiff.contains(wb, wa);
        double share = (double) shared / shorter;
        double confidence = excerpt ? 1 : Math.min(0.95, 0.55 + (share - minShared) * 1.2 + Math.min(0.1, shorter / 200.0));
        out.add(new Ledger.Conflict(excerpt ? "excerpt" : "quote", a.name(), excerpt ? "one quote is a cut of the other" : "one statement, other words",
            Math.round(confidence * 100) / 100.0, a.side(), b.side(),
            new Ledger.QuoteEvidence(a.name(), shared, shorter, WordDiff.diff(wa, wb), excerpt)));
      }
    }
    return out;
  }
}
