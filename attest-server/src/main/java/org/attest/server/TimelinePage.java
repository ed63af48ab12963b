package org.attest.server;

import java.util.ArrayList;
import java.util.List;
import org.attest.ledger.Ledger;

/** A figure's timeline: the form (subject, place, dates), the chart, the legend of sources, the table of figures. */
final class TimelinePage {
  private TimelinePage() {}

  static void form(Html h, String subject, String place, String since, String until) {
    h.open("form", "class", "timeline-form", "action", "/figures", "method", "get");
    field(h, "subject", "Subject", subject, "ISIS fighters");
    field(h, "place", "Place", place, "Syria");
    field(h, "since", "Since", since, "YYYY-MM-DD");
    field(h, "until", "Until", until, "YYYY-MM-DD");
    h.el("button", "Show timeline", "type", "submit");
    h.close();
  }

  private static void field(Html h, String name, String label, String value, String placeholder) {
    h.open("label").text(label + " ");
    h.empty("input", "name", name, "value", value, "placeholder", placeholder, "maxlength", String.valueOf(Params.TEXT),
        "type", name.equals("since") || name.equals("until") ? "date" : "text");
    h.close();
  }

  /** The figures' conflicts: the pairs of figure conflicts whose two sides are both among the figures. */
  static List<Ledger.Figure[]> conflicts(List<Ledger.Figure> figures, List<Ledger.Conflict> all) {
    List<Ledger.Figure[]> out = new ArrayList<>();
    for (Ledger.Conflict c : all) {
      if (!(c.evidence() instanceof Ledger.FigureEvidence e)) continue;
      Ledger.Figure a = find(figures, e.left()), b = find(figures, e.right());
      if (a != null && b != null) out.add(new Ledger.Figure[] {a, b});
    }
    return out;
  }

  private static Ledger.Figure find(List<Ledger.Figure> figures, Ledger.Figure f) {
    for (Ledger.Figure x : figures) if (x.article().equals(f.article()) && x.start() == f.start() && x.end() == f.end()) return x;
    return null;
  }

  static String render(String subject, String place, String since, String until, List<Ledger.Figure> figures, List<Ledger.Figure[]> conflicts) {
    Html h = Layout.start(subject == null ? "Timelines" : "Timeline: " + subject, null);
    h.el("h1", subject == null ? "Figure timelines" : subject + (place == null ? "" : " in " + place));
    form(h, subject, place, since, until);
    if (subject == null) {
      h.el("p", "Name what is counted (\"ISIS fighters\", \"Democratic voters\", \"Cruz's delegates\") to see how its figure moved.", "class", "empty");
      return Layout.end(h);
    }
    if (figures.isEmpty()) {
      h.el("p", "No figure about " + subject + (place == null ? "" : " in " + place) + ".", "class", "empty");
      return Layout.end(h);
    }
    TimelineChart chart = new TimelineChart(figures, conflicts);
    h.open("figure", "class", "timeline");
    chart.write(h, i -> "f" + (i + 1));
    h.open("figcaption");
    h.open("ul", "class", "legend-list");
    chart.legend().forEach((source, colour) -> {
      h.open("li");
      h.open("svg", "width", "14", "height", "14", "viewBox", "0 0 14 14", "aria-hidden", "true").empty("circle", "cx", "7", "cy", "7", "r", "6", "fill", colour).close();
      h.text(" " + source);
      h.close();
    });
    h.close();
    h.el("p", "A point is a figure, a bar a range; a bar with an arrow is open on that side (\"fewer than\": below), an open circle an exclusive bound."
        + (conflicts.isEmpty() ? "" : " Red dashed lines with ! join figures that conflict."), "class", "meta");
    h.close();
    h.close();
    java.util.Set<Ledger.Figure> conflicting = new java.util.HashSet<>();
    for (Ledger.Figure[] c : conflicts) {
      conflicting.add(c[0]);
      conflicting.add(c[1]);
    }
    h.open("div", "class", "scroll");
    h.open("table", "class", "grid figures");
    h.open("thead").open("tr");
    for (String c : new String[] {"#", "As of", "Figure", "Interval", "Subject", "Place", "According to", "Outlet", "Sentence"}) h.el("th", c);
    h.close().close();
    h.open("tbody");
    for (int i = 0; i < figures.size(); i++) {
      Ledger.Figure f = figures.get(i);
      h.open("tr", "id", "f" + (i + 1), "class", conflicting.contains(f) ? "conflicting" : null);
      h.open("td").open("svg", "width", "12", "height", "12", "viewBox", "0 0 12 12", "aria-hidden", "true")
          .empty("circle", "cx", "6", "cy", "6", "r", "5", "fill", chart.colour(f)).close().text(" " + (i + 1) + (conflicting.contains(f) ? " !" : "")).close();
      h.el("td", Parts.nz(f.asOf(), "—"), "class", "nowrap");
      h.open("td").el("a", f.text(), "href", Links.article(f.article(), f.start())).close();
      h.el("td", f.interval(), "class", "nowrap");
      h.el("td", Parts.nz(f.subject(), "—"));
      h.el("td", Parts.nz(f.place(), "—"));
      h.el("td", TimelineChart.source(f) + (f.via().isEmpty() ? "" : " via " + String.join(", ", f.via())));
      h.el("td", Parts.nz(f.outlet(), "—") + " · " + Parts.nz(f.published(), "undated"));
      h.el("td", Parts.nz(f.sentence(), ""), "class", "sentence");
      h.close();
    }
    h.close().close().close();
    return Layout.end(h);
  }
}
