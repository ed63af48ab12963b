package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * A figures gold line checked against its article's text before it is scored: every quantity has
 * offsets inside the text (and, when the line gives them, span texts equal to the text there), a
 * modifier, low, high and unit; every object has offsets inside the text; every claim names the
 * start of one of the line's quantities and has a source_name and an as_of. A bad line is an error
 * naming the file and line.
 */
final class GoldCheck {
  private static final String[] QUANTITY_FIELDS = {"start", "end", "value", "low", "high", "modifier", "unit"};
  private static final String[] CLAIM_FIELDS = {"quantity_start", "source_name", "as_of"};

  private GoldCheck() {}

  static void article(JsonNode g, String text, String where) throws IOException {
    if (!g.path("quantities").isArray()) throw new IOException(where + ": no \"quantities\" list");
    Set<Integer> starts = new HashSet<>();
    for (JsonNode q : g.get("quantities")) {
      for (String f : QUANTITY_FIELDS) {
        if (!q.has(f)) throw new IOException(where + ": a quantity without \"" + f + "\": " + q);
      }
      span(q, text, where, "quantity");
      if (!q.get("object").isNull()) span(q.get("object"), text, where, "object");
      starts.add(q.get("start").asInt());
    }
    for (JsonNode c : g.path("claims")) {
      for (String f : CLAIM_FIELDS) {
        if (!c.has(f)) throw new IOException(where + ": a claim without \"" + f + "\": " + c);
      }
      if (!starts.contains(c.get("quantity_start").asInt())) {
        throw new IOException(where + ": a claim's quantity_start " + c.get("quantity_start") + " is no gold quantity's start");
      }
    }
  }

  private static void span(JsonNode s, String text, String where, String what) throws IOException {
    if (!s.path("start").canConvertToInt() || !s.path("end").canConvertToInt()) {
      throw new IOException(where + ": a " + what + " without integer start and end: " + s);
    }
    int start = s.get("start").asInt(), end = s.get("end").asInt();
    if (start < 0 || end <= start || end > text.length()) {
      throw new IOException(where + ": " + what + " " + start + ".." + end + " is outside the article's text (" + text.length() + " characters)");
    }
    if (s.has("text") && !s.get("text").asText().equals(text.substring(start, end))) {
      throw new IOException(where + ": " + what + " text \"" + s.get("text").asText() + "\" is not the article's text at " + start + ".." + end
          + ": \"" + text.substring(start, end) + "\"");
    }
  }

  /** A gold span (start, end) with its text cut from the article, as JSON; "null" for none. */
  static String span(JsonNode s, String text) {
    if (s == null || s.isNull()) return "null";
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    int start = s.get("start").asInt(), end = s.get("end").asInt();
    o.put("start", start).put("end", end).put("text", text.substring(start, end));
    return o.toString();
  }
}
