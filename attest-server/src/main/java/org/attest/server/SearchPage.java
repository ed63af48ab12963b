package org.attest.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.ledger.Ledger;

/** Quotes and figure claims found by full text, best first, the words searched for highlighted. */
final class SearchPage {
  private SearchPage() {}

  static String render(String q, List<Ledger.Hit> hits) {
    Html h = Layout.start(q == null ? "Search" : "Search: " + q, q);
    h.el("h1", q == null ? "Search" : "“" + q + "”");
    if (q == null) {
      h.el("p", "Search the quotes and the figure claims of the ledger (stemmed words: \"accelerate campaign\").", "class", "empty");
      return Layout.end(h);
    }
    h.el("p", hits.size() + " result(s), best first", "class", "meta");
    List<String> terms = terms(q);
    h.open("ol", "class", "hits");
    for (Ledger.Hit x : hits) {
      h.open("li", "class", "hit");
      h.open("div", "class", "meta").el("span", x.kind(), "class", "badge " + x.kind());
      h.text(" " + Parts.nz(x.who(), x.kind().equals("quote") ? "unknown speaker" : "the article") + " · " + Parts.nz(x.outlet(), "no outlet") + " · "
          + Parts.nz(x.published(), "undated"));
      h.close();
      h.open("p");
      highlight(h, x.text(), terms);
      h.close();
      h.el("a", "Open the article →", "href", Links.article(x.article(), x.start()));
      h.close();
    }
    h.close();
    return Layout.end(h);
  }

  /** The words searched for, lower case. */
  static List<String> terms(String q) {
    List<String> out = new ArrayList<>();
    for (String w : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /**
   * The text with each word that matches a term in {@code <mark>}: the search stems words (Porter),
   * so a word matches when it and a term share all but their last few letters ("campaigns", "campaign").
   */
  static void highlight(Html h, String text, List<String> terms) {
    int i = 0, n = text.length();
    int plain = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(text.charAt(j))) j++;
      if (matches(text.substring(i, j).toLowerCase(Locale.ROOT), terms)) {
        h.text(text.substring(plain, i)).el("mark", text.substring(i, j));
        plain = j;
      }
      i = j;
    }
    h.text(text.substring(plain));
  }

  static boolean matches(String word, List<String> terms) {
    for (String t : terms) {
      int stem = Math.max(Math.min(t.length(), 3), t.length() - 3);
      if (word.equals(t) || word.length() >= stem && t.length() >= stem && word.startsWith(t.substring(0, stem))
          && Math.abs(word.length() - t.length()) <= 4) {
        return true;
      }
    }
    return false;
  }
}
