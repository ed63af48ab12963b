package org.attest.server;

import java.util.List;
import java.util.Locale;
import org.attest.ledger.Ledger;

/** The conflicts: each with its kind, reason and confidence, the two sides' evidence side by side, the word difference of two wordings. */
final class ConflictsPage {
  private ConflictsPage() {}

  static final int PAGE = 20;

  static String render(List<Ledger.Conflict> conflicts, String kind, double min, int page) {
    Html h = Layout.start("Conflicts", null);
    h.el("h1", "Conflicts");
    h.open("form", "class", "filters", "action", "/conflicts", "method", "get");
    h.open("label").text("Kind ");
    h.open("select", "name", "kind");
    for (String k : new String[] {"", "figure", "office", "quote", "excerpt"}) {
      h.el("option", k.isEmpty() ? "all conflicts" : k, "value", k, "selected", k.equals(kind == null ? "" : kind) ? "selected" : null);
    }
    h.close().close();
    h.open("label").text("Confidence at least ");
    h.empty("input", "name", "min", "type", "number", "min", "0", "max", "1", "step", "0.05", "value", String.valueOf(min));
    h.close();
    h.el("button", "Show", "type", "submit");
    h.close();
    int from = Math.min(conflicts.size(), (page - 1) * PAGE), to = Math.min(conflicts.size(), from + PAGE);
    h.el("p", conflicts.size() + " conflict(s)" + (conflicts.size() > PAGE ? ", " + (from + 1) + "–" + to + " shown" : ""), "class", "meta");
    for (Ledger.Conflict c : conflicts.subList(from, to)) card(h, c);
    Parts.pager(h, "/conflicts?min=" + min + (kind == null ? "" : "&kind=" + Links.encode(kind)), "page", page, to < conflicts.size());
    return Layout.end(h);
  }

  static void card(Html h, Ledger.Conflict c) {
    h.open("section", "class", "conflict-card " + c.kind());
    h.open("h2").el("span", c.kind(), "class", "badge " + c.kind()).text(" " + c.about()).close();
    h.el("p", reason(c) + " · confidence " + String.format(Locale.ROOT, "%.2f", c.confidence()), "class", "meta");
    if (c.evidence() instanceof Ledger.QuoteEvidence q) {
      h.open("p", "class", "diff").el("span", "Word difference (" + q.shared() + " of " + q.shorter() + " words shared): ", "class", "meta");
      diff(h, q.difference());
      h.close();
    }
    h.open("div", "class", "sides");
    side(h, c.left(), "left");
    side(h, c.right(), "right");
    h.close();
    h.close();
  }

  private static String reason(Ledger.Conflict c) {
    if (c.evidence() instanceof Ledger.FigureEvidence f && !c.about().startsWith(f.variable())) return c.reason() + " · " + f.variable();
    if (c.evidence() instanceof Ledger.OfficeEvidence o) return c.reason() + " · " + o.leftOffice() + " / " + o.rightOffice() + ", " + o.days() + " day(s) apart";
    return c.reason();
  }

  private static void side(Html h, Ledger.Side s, String which) {
    h.open("div", "class", "side " + which);
    h.el("div", Parts.nz(s.outlet(), "no outlet") + " · " + Parts.nz(s.published(), "undated"), "class", "meta");
    h.el("blockquote", s.text());
    if (s.sentence() != null && !s.sentence().equals(s.text())) h.el("p", s.sentence(), "class", "sentence");
    h.el("a", "Open the article →", "href", Links.article(s.article(), s.start()));
    h.close();
  }

  /** "to [-accelerate-] {+speed up+} the campaign": deleted and inserted words marked as such. */
  static void diff(Html h, String difference) {
    int i = 0;
    while (i < difference.length()) {
      int del = difference.indexOf("[-", i), ins = difference.indexOf("{+", i);
      int next = del < 0 ? ins : ins < 0 ? del : Math.min(del, ins);
      if (next < 0) {
        h.text(difference.substring(i));
        break;
      }
      h.text(difference.substring(i, next));
      boolean isDel = next == del;
      int end = difference.indexOf(isDel ? "-]" : "+}", next + 2);
      if (end < 0) {
        h.text(difference.substring(next));
        break;
      }
      h.el(isDel ? "del" : "ins", difference.substring(next + 2, end));
      i = end + 2;
    }
  }
}
