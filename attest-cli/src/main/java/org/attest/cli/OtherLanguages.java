package org.attest.cli;

import java.util.Map;
import java.util.TreeMap;
import org.attest.model.Article;

/** Counts the articles the English analysis was not run on, to say so once at the end of a run. */
final class OtherLanguages {
  private final Map<String, Integer> counts = new TreeMap<>();
  private int total;

  void see(Article a) {
    if (a.english()) return;
    counts.merge(a.language(), 1, Integer::sum);
    total++;
  }

  /** One line on stderr when any article was in another language. */
  void report() {
    if (total == 0) return;
    StringBuilder by = new StringBuilder();
    for (Map.Entry<String, Integer> e : counts.entrySet()) by.append(by.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
    System.err.println("attest: " + total + " article(s) not in English (" + by + "): kept with their text, title, date and language, "
        + "without entities, quotes, figures or times (the analysis is English only)");
  }
}
