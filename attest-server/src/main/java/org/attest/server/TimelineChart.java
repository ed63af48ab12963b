package org.attest.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.ledger.Ledger;

/**
 * A figure timeline drawn as SVG on the server: as-of date across, value up; a point for an exact
 * or approximate figure, a bar for a range, and a bar running to the edge with an arrow for an
 * open bound ("fewer than 1,000" is open below: its bar runs down to the axis, its top an open
 * circle when the bound is exclusive). One colour a source; a conflict is a red dashed line between
 * its two figures with a "!" on it. Each mark links to its row of the table under the chart.
 */
final class TimelineChart {
  static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#882255", "#555555"};
  private static final int W = 800, H = 320, LEFT = 72, RIGHT = 24, TOP = 20, BOTTOM = 44;
  private final List<Ledger.Figure> figures;
  private final List<Ledger.Figure[]> conflicts;
  private final Map<String, Integer> colours = new LinkedHashMap<>();

  /** {@code conflicts}: pairs of the figures that conflict. */
  TimelineChart(List<Ledger.Figure> figures, List<Ledger.Figure[]> conflicts) {
    this.figures = figures;
    this.conflicts = conflicts;
    for (Ledger.Figure f : figures) colours.putIfAbsent(source(f), colours.size() % PALETTE.length);
  }

  /** Who a figure is according to, as the legend names it. */
  static String source(Ledger.Figure f) {
    return f.source() == null ? "the article (" + Parts.nz(f.outlet(), "no outlet") + ")" : f.source();
  }

  String colour(Ledger.Figure f) {
    return PALETTE[colours.get(source(f))];
  }

  Map<String, String> legend() {
    Map<String, String> out = new LinkedHashMap<>();
    colours.forEach((s, i) -> out.put(s, PALETTE[i]));
    return out;
  }

  private static LocalDate date(Ledger.Figure f) {
    if (f.asOfStart() == null || f.asOfStart().length() < 10) return null;
    try {
      return LocalDate.parse(f.asOfStart().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Writes the chart; {@code rowId} gives each figure's table row id. Figures without a date are left to the table. */
  void write(Html h, java.util.function.IntFunction<String> rowId) {
    List<Integer> plotted = new ArrayList<>();
    LocalDate first = null, last = null;
    double max = 0, min = 0;
    for (int i = 0; i < figures.size(); i++) {
      Ledger.Figure f = figures.get(i);
      LocalDate d = date(f);
      if (d == null || f.low() == null && f.high() == null) continue;
      plotted.add(i);
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
      for (Double v : new Double[] {f.low(), f.high()}) {
        if (v != null && Double.isFinite(v)) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
    }
    if (plotted.isEmpty()) {
      h.el("p", "No dated figure to draw.", "class", "empty");
      return;
    }
    long span = Math.max(2, ChronoUnit.DAYS.between(first, last));
    LocalDate from = first.minusDays(Math.max(1, span / 12)), to = last.plusDays(Math.max(1, span / 12));
    double step = niceStep((max - min) * 1.15 / 5);
    double yMax = Math.ceil(max * 1.15 / step) * step, yMin = min < 0 ? Math.floor(min * 1.15 / step) * step : 0;
    if (yMax <= yMin) yMax = yMin + step;
    Scale s = new Scale(from, ChronoUnit.DAYS.between(from, to), yMin, yMax);

    h.open("svg", "class", "chart", "viewBox", "0 0 " + W + " " + H, "role", "img", "aria-label",
        "Timeline of " + plotted.size() + " figure(s) from " + first + " to " + last, "xmlns", "http://www.w3.org/2000/svg");
    axes(h, s, step);
    Map<Integer, double[]> centre = new HashMap<>();
    Map<LocalDate, Integer> seen = new HashMap<>(), count = new HashMap<>();
    for (int i : plotted) count.merge(date(figures.get(i)), 1, Integer::sum);
    for (int i : plotted) {
      Ledger.Figure f = figures.get(i);
      LocalDate d = date(f);
      int k = seen.merge(d, 1, Integer::sum) - 1, n = count.get(d);
      double x = s.x(d) + (k - (n - 1) / 2.0) * 12;
      centre.put(i, mark(h, s, f, x, rowId.apply(i)));
    }
    for (Ledger.Figure[] c : conflicts) {
      int a = figures.indexOf(c[0]), b = figures.indexOf(c[1]);
      if (!centre.containsKey(a) || !centre.containsKey(b)) continue;
      double[] p = centre.get(a), q = centre.get(b);
      h.open("g", "class", "conflict");
      h.el("title", "Conflict: " + c[0].text() + " (" + c[0].asOf() + ", " + source(c[0]) + ") against " + c[1].text() + " (" + c[1].asOf() + ", "
          + source(c[1]) + ")");
      h.empty("line", "x1", f(p[0]), "y1", f(p[1]), "x2", f(q[0]), "y2", f(q[1]), "stroke", "#C00000", "stroke-width", "2", "stroke-dasharray", "6 4");
      double mx = (p[0] + q[0]) / 2, my = (p[1] + q[1]) / 2;
      h.empty("circle", "cx", f(mx), "cy", f(my), "r", "9", "fill", "#C00000");
      h.el("text", "!", "x", f(mx), "y", f(my + 4.5), "text-anchor", "middle", "fill", "#ffffff", "font-size", "13", "font-weight", "bold");
      h.close();
    }
    h.close();
  }

  /** One figure's mark; returns the point a conflict line joins. */
  private double[] mark(Html h, Scale s, Ledger.Figure f, double x, String row) {
    String c = colour(f);
    String m = f.modifier() == null ? "exact" : f.modifier();
    h.open("a", "href", "#" + row, "class", "mark");
    h.el("title", f.text() + " (" + f.interval() + ") · as of " + f.asOf() + " · according to " + source(f) + " · " + Parts.nz(f.outlet(), "no outlet"));
    double[] at;
    switch (m) {
      case "less_than", "at_most" -> {
        double top = s.y(f.high()), bottom = s.y(s.yMin);
        h.empty("rect", "x", f(x - 5), "y", f(top), "width", "10", "height", f(Math.max(1, bottom - top)), "fill", c, "fill-opacity", "0.25",
            "stroke", c, "stroke-dasharray", "3 2");
        arrow(h, x, bottom, false, c);
        h.empty("circle", "cx", f(x), "cy", f(top), "r", "5", "fill", m.equals("less_than") ? "#ffffff" : c, "stroke", c, "stroke-width", "2.5");
        at = new double[] {x, top};
      }
      case "more_than", "at_least" -> {
        double bottom = s.y(f.low()), top = s.y(s.yMax);
        h.empty("rect", "x", f(x - 5), "y", f(top), "width", "10", "height", f(Math.max(1, bottom - top)), "fill", c, "fill-opacity", "0.25",
            "stroke", c, "stroke-dasharray", "3 2");
        arrow(h, x, top, true, c);
        h.empty("circle", "cx", f(x), "cy", f(bottom), "r", "5", "fill", m.equals("more_than") ? "#ffffff" : c, "stroke", c, "stroke-width", "2.5");
        at = new double[] {x, bottom};
      }
      case "range" -> {
        double top = s.y(f.high() != null ? f.high() : s.yMax), bottom = s.y(f.low() != null ? f.low() : s.yMin);
        h.empty("rect", "x", f(x - 5), "y", f(top), "width", "10", "height", f(Math.max(2, bottom - top)), "fill", c, "fill-opacity", "0.6", "stroke", c);
        at = new double[] {x, (top + bottom) / 2};
      }
      default -> {
        double v = f.low() != null ? f.low() : f.high();
        double y = s.y(v);
        if (m.equals("approx")) { // about: ±10% drawn faint around the point
          h.empty("rect", "x", f(x - 4), "y", f(s.y(v * 1.1)), "width", "8", "height", f(Math.max(1, s.y(v * 0.9) - s.y(v * 1.1))), "fill", c,
              "fill-opacity", "0.2");
        }
        h.empty("circle", "cx", f(x), "cy", f(y), "r", "6", "fill", c);
        at = new double[] {x, y};
      }
    }
    h.close();
    return at;
  }

  private static void arrow(Html h, double x, double y, boolean up, String c) {
    String points = up ? f(x - 7) + "," + f(y + 8) + " " + f(x + 7) + "," + f(y + 8) + " " + f(x) + "," + f(y - 2)
        : f(x - 7) + "," + f(y - 8) + " " + f(x + 7) + "," + f(y - 8) + " " + f(x) + "," + f(y + 2);
    h.empty("polygon", "points", points, "fill", c);
  }

  private void axes(Html h, Scale s, double step) {
    h.open("g", "class", "axes", "font-size", "12", "fill", "#333333");
    for (double v = s.yMin; v <= s.yMax + step / 2; v += step) {
      double y = s.y(v);
      h.empty("line", "x1", f(LEFT), "y1", f(y), "x2", f(W - RIGHT), "y2", f(y), "stroke", "#e3e3e3");
      h.el("text", number(v), "x", f(LEFT - 8), "y", f(y + 4), "text-anchor", "end");
    }
    h.empty("line", "x1", f(LEFT), "y1", f(s.y(s.yMin)), "x2", f(W - RIGHT), "y2", f(s.y(s.yMin)), "stroke", "#888888");
    int ticks = (int) Math.min(6, Math.max(1, s.days));
    for (int i = 0; i <= ticks; i++) {
      LocalDate d = s.from.plusDays(Math.round(s.days * (double) i / ticks));
      double x = s.x(d);
      h.empty("line", "x1", f(x), "y1", f(H - BOTTOM), "x2", f(x), "y2", f(H - BOTTOM + 5), "stroke", "#888888");
      h.el("text", d.toString(), "x", f(x), "y", f(H - BOTTOM + 20), "text-anchor", i == 0 ? "start" : i == ticks ? "end" : "middle");
    }
    h.el("text", "as of →", "x", f(LEFT - 8), "y", f(H - BOTTOM + 20), "text-anchor", "end", "fill", "#666666");
    h.close();
  }

  /** The scale from dates and values to the drawing's coordinates. */
  private record Scale(LocalDate from, long days, double yMin, double yMax) {
    double x(LocalDate d) {
      return LEFT + (W - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, d) / Math.max(1, days);
    }

    double y(double v) {
      return TOP + (H - TOP - BOTTOM) * (1 - (v - yMin) / (yMax - yMin));
    }
  }

  /** 1, 2 or 5 times a power of ten: axis steps a reader can add up. */
  static double niceStep(double raw) {
    if (!(raw > 0)) return 1;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double r = raw / p;
    return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * p;
  }

  static String number(double v) {
    if (Math.abs(v) >= 1e9) return trim(v / 1e9) + "B";
    if (Math.abs(v) >= 1e6) return trim(v / 1e6) + "M";
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
