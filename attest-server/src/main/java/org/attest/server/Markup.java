package org.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An article's text with what was found in it marked: quotes (coloured by speaker) around the
 * speakers' mentions, titles, figures and time expressions. Quotes are the outer layer; the other
 * marks never overlap each other (the longer one wins), and a mark crossing a quote's edge is cut
 * in two. Each mark links to its entry in the lists beside the text and says what it is on hover.
 */
final class Markup {
  /** How many speaker colours the style sheet has; speakers beyond share them in turn. */
  static final int COLOURS = 8;

  /** One marked stretch: its span, its classes, the entry it links to, its hover text. */
  record Mark(int start, int end, String classes, String ref, String details) {}

  private final JsonNode doc;
  private final String text;
  private final Map<String, Integer> colour = new HashMap<>();

  Markup(JsonNode doc) {
    this.doc = doc;
    this.text = doc.path("text").asText("");
    for (JsonNode q : doc.path("quotes")) {
      String speaker = q.path("speaker_entity").asText(null);
      if (speaker != null) colour.putIfAbsent(speaker, colour.size() % COLOURS);
    }
  }

  /** The colour class of a speaking entity ("s0".."s7"), or null for one that says nothing. */
  String colourOf(String entity) {
    Integer c = entity == null ? null : colour.get(entity);
    return c == null ? null : "s" + c;
  }

  /**
   * Writes the text, marked. {@code focus}: a character offset whose innermost mark gets the id
   * "at" (a link from a conflict or a search hit points there), or -1.
   */
  void write(Html h, int focus) {
    List<Mark> quotes = nonOverlapping(quotes());
    List<Mark> inner = nonOverlapping(inner());
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (List<Mark> layer : List.of(quotes, inner)) {
      for (Mark m : layer) {
        cuts.add(m.start());
        cuts.add(m.end());
      }
    }
    Mark focused = focused(inner, focus);
    if (focused == null) focused = focused(quotes, focus);
    h.open("div", "class", "text", "lang", doc.path("language").asText("en"));
    int qi = 0, ii = 0;
    Mark q = null, m = null;
    Integer a = cuts.first();
    for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
      while (qi < quotes.size() && quotes.get(qi).end() <= a) qi++;
      while (ii < inner.size() && inner.get(ii).end() <= a) ii++;
      Mark nq = qi < quotes.size() && quotes.get(qi).start() <= a ? quotes.get(qi) : null;
      Mark nm = ii < inner.size() && inner.get(ii).start() <= a ? inner.get(ii) : null;
      if (nq != q) {
        if (m != null) h.close();
        if (q != null) endQuote(h, q);
        m = null;
        if (nq != null) h.open("span", "class", nq.classes(), "title", nq.details(), "data-ref", nq.ref(), "id", nq == focused ? "at" : null);
        q = nq;
      }
      if (nm != m) {
        if (m != null) h.close();
        if (nm != null) h.open("a", "class", nm.classes(), "href", "#" + nm.ref(), "title", nm.details(), "id", nm == focused && nm.start() >= a ? "at" : null);
        m = nm;
      }
      h.text(text.substring(a, b));
    }
    if (m != null) h.close();
    if (q != null) endQuote(h, q);
    h.close();
  }

  /** A quote closes with its link to the list entry: the quote's words stay plain text to select and copy. */
  private static void endQuote(Html h, Mark q) {
    h.close();
    h.el("a", q.ref().substring(1), "class", "ref", "href", "#" + q.ref(), "aria-label", "quote " + q.ref().substring(1) + ": details");
  }

  private static Mark focused(List<Mark> marks, int at) {
    if (at < 0) return null;
    for (Mark m : marks) if (m.start() <= at && at < m.end()) return m;
    return null;
  }

  /** The marks of one layer in text order, the longer first at one start, each one that overlaps an earlier left out. */
  private List<Mark> nonOverlapping(List<Mark> marks) {
    marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
    List<Mark> out = new ArrayList<>();
    int end = 0;
    for (Mark m : marks) {
      if (m.start() < end || m.start() >= m.end() || m.end() > text.length()) continue;
      out.add(m);
      end = m.end();
    }
    return out;
  }

  private List<Mark> quotes() {
    List<Mark> out = new ArrayList<>();
    for (JsonNode q : doc.path("quotes")) {
      String speaker = q.path("speaker_entity").asText(null);
      String c = colourOf(speaker);
      out.add(new Mark(q.path("start").asInt(), q.path("end").asInt(), "q " + q.path("type").asText("") + (c == null ? " s-none" : " " + c),
          "l" + q.path("id").asText(), quoteDetails(q)));
    }
    return out;
  }

  private List<Mark> inner() {
    List<Mark> out = new ArrayList<>();
    for (JsonNode e : doc.path("entities")) {
      String c = colourOf(e.path("id").asText());
      if (c == null) continue; // the speakers' mentions: who is quoted, wherever the text names them
      String about = e.path("name").asText("") + " (" + e.path("type").asText("").toLowerCase(java.util.Locale.ROOT) + ")";
      for (JsonNode m : e.path("mentions")) {
        out.add(new Mark(m.path("start").asInt(), m.path("end").asInt(), "m " + c, "l" + e.path("id").asText(), about + ", " + m.path("kind").asText("") + " mention"));
      }
      for (JsonNode t : e.path("titles")) {
        out.add(new Mark(t.path("start").asInt(), t.path("end").asInt(), "ti " + c, "l" + e.path("id").asText(), "title given to " + e.path("name").asText("")));
      }
    }
    Map<String, JsonNode> claimOf = new HashMap<>();
    for (JsonNode c : doc.path("claims")) claimOf.putIfAbsent(c.path("quantity").asText(), c);
    for (JsonNode n : doc.path("quantities")) {
      out.add(new Mark(n.path("start").asInt(), n.path("end").asInt(), "fig", "l" + n.path("id").asText(), figureDetails(n, claimOf.get(n.path("id").asText()))));
    }
    for (JsonNode t : doc.path("times")) {
      String details = t.path("type").asText("") + " " + t.path("value").asText("?") + (t.path("mod").isTextual() ? " (" + t.path("mod").asText() + ")" : "");
      out.add(new Mark(t.path("start").asInt(), t.path("end").asInt(), "tm", "l" + t.path("id").asText(), details));
    }
    return out;
  }

  static String quoteDetails(JsonNode q) {
    StringBuilder b = new StringBuilder(q.path("type").asText("") + " quote");
    b.append(" · speaker: ").append(q.path("speaker_name").asText("unknown"));
    if (q.path("speaker").isObject()) b.append(" (“").append(q.path("speaker").path("text").asText()).append("”)");
    if (q.path("cue").isObject()) b.append(" · cue: ").append(q.path("cue").path("text").asText());
    b.append(" · confidence ").append(q.path("confidence").asText("?"));
    return b.toString();
  }

  static String figureDetails(JsonNode n, JsonNode claim) {
    StringBuilder b = new StringBuilder(n.path("text").asText()).append(" = ").append(interval(n));
    if (n.path("object").isObject()) b.append(" ").append(n.path("object").path("text").asText());
    if (claim != null) {
      if (claim.path("place").isTextual()) b.append(" · in ").append(claim.path("place").asText());
      b.append(" · as of ").append(claim.path("as_of").asText("?"));
      b.append(" · source: ").append(sourceChain(claim.path("source")));
    }
    return b.toString();
  }

  /** "Reuters", "U.S.-led coalition via Reuters", or "the article" when no one is named. */
  static String sourceChain(JsonNode source) {
    if (!source.isObject() || !source.path("name").isTextual()) return "the article itself";
    StringBuilder b = new StringBuilder(source.path("name").asText());
    for (JsonNode v : source.path("via")) b.append(" via ").append(v.asText());
    return b.toString();
  }

  /** A quantity's interval written short ("< 1,000", "~5,000", "10-20"), as the ledger writes a figure's. */
  static String interval(JsonNode n) {
    Double low = n.path("low").isNumber() ? n.path("low").asDouble() : null, high = n.path("high").isNumber() ? n.path("high").asDouble() : null;
    return new org.attest.ledger.Ledger.Figure(null, null, null, low, high, n.path("modifier").asText(null), n.path("unit").asText(null), null, null, null,
        List.of(), null, null, null, null, 0, 0, null, null).interval();
  }
}
