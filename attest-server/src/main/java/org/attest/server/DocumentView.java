package org.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * An attest/1 document as a page shows it: the marked text and, beside it, the lists of quotes,
 * figure claims, entities and time expressions, each entry the target of its marks. The article
 * page and the extract page both write it.
 */
final class DocumentView {
  private final JsonNode doc;
  private final Map<String, Long> canon;
  private final Markup markup;

  /** {@code canon}: the canonical entity of each entity of the document (empty for one not stored). */
  DocumentView(JsonNode doc, Map<String, Long> canon) {
    this.doc = doc;
    this.canon = canon;
    this.markup = new Markup(doc);
  }

  void write(Html h, int focus) {
    h.open("div", "class", "doc");
    h.open("article", "class", "body");
    h.open("p", "class", "legend").text("Marked: ");
    h.el("span", "quotes", "class", "q direct s0").text(" (coloured by speaker) · ");
    h.el("span", "speakers", "class", "m s0").text(" · ");
    h.el("span", "figures", "class", "fig").text(" · ");
    h.el("span", "times", "class", "tm").close();
    markup.write(h, focus);
    h.close();
    h.open("aside", "class", "lists");
    quotes(h);
    figures(h);
    entities(h);
    times(h);
    h.close();
    h.close();
  }

  private void quotes(Html h) {
    h.el("h2", "Quotes (" + doc.path("quotes").size() + ")");
    h.open("ol", "class", "items");
    for (JsonNode q : doc.path("quotes")) {
      String speaker = q.path("speaker_entity").asText(null);
      String c = markup.colourOf(speaker);
      h.open("li", "id", "l" + q.path("id").asText(), "class", "item " + (c == null ? "s-none" : c));
      h.open("div", "class", "who");
      entityName(h, speaker, q.path("speaker_name").asText(null));
      h.el("span", " · " + q.path("type").asText("") + (q.path("cue").isObject() ? " · “" + q.path("cue").path("text").asText() + "”" : ""), "class", "meta");
      h.close();
      h.el("blockquote", q.path("text").asText(""));
      h.close();
    }
    h.close();
  }

  private void figures(Html h) {
    Map<String, JsonNode> claimOf = new HashMap<>();
    for (JsonNode c : doc.path("claims")) claimOf.putIfAbsent(c.path("quantity").asText(), c);
    h.el("h2", "Figures (" + doc.path("quantities").size() + ")");
    h.open("ol", "class", "items");
    for (JsonNode n : doc.path("quantities")) {
      JsonNode claim = claimOf.get(n.path("id").asText());
      h.open("li", "id", "l" + n.path("id").asText(), "class", "item");
      h.open("div").el("strong", n.path("text").asText("")).text(" ").el("span", "= " + Markup.interval(n), "class", "meta").close();
      if (claim != null) {
        h.open("div", "class", "meta");
        if (claim.path("subject").isTextual()) {
          h.text("of ").el("a", claim.path("subject").asText(), "href", Links.timeline(claim.path("subject").asText(), null));
        }
        if (claim.path("place").isTextual()) h.text(" · in " + claim.path("place").asText());
        h.text(" · as of " + claim.path("as_of").asText("?") + " · according to " + Markup.sourceChain(claim.path("source")));
        h.close();
      } else if (n.path("object").isObject()) {
        h.el("div", n.path("object").path("text").asText(), "class", "meta");
      }
      h.close();
    }
    h.close();
  }

  private void entities(Html h) {
    h.el("h2", "Entities (" + doc.path("entities").size() + ")");
    h.open("ul", "class", "items compact");
    for (JsonNode e : doc.path("entities")) {
      String id = e.path("id").asText();
      String c = markup.colourOf(id);
      h.open("li", "id", "l" + id, "class", "item" + (c == null ? "" : " " + c));
      entityName(h, id, e.path("name").asText(null));
      h.el("span", " · " + e.path("type").asText("") + " · " + e.path("mentions").size() + " mention(s)"
          + (e.path("titles").isEmpty() ? "" : " · " + titles(e)), "class", "meta");
      h.close();
    }
    h.close();
  }

  private static String titles(JsonNode e) {
    java.util.LinkedHashSet<String> t = new java.util.LinkedHashSet<>();
    for (JsonNode x : e.path("titles")) t.add(x.path("text").asText());
    return String.join(", ", t);
  }

  private void times(Html h) {
    h.el("h2", "Times (" + doc.path("times").size() + ")");
    h.open("ul", "class", "items compact");
    for (JsonNode t : doc.path("times")) {
      h.open("li", "id", "l" + t.path("id").asText(), "class", "item");
      h.el("span", t.path("text").asText("")).text(" ");
      h.el("span", "→ " + t.path("type").asText("") + " " + t.path("value").asText("?"), "class", "meta");
      h.close();
    }
    h.close();
  }

  /** A name linking to its canonical entity's page when the ledger knows it. */
  private void entityName(Html h, String entity, String name) {
    Long id = entity == null ? null : canon.get(entity);
    String shown = name == null ? "unknown speaker" : name;
    if (id != null) h.el("a", shown, "class", "name", "href", "/entities/" + id);
    else h.el("span", shown, "class", "name");
  }
}
