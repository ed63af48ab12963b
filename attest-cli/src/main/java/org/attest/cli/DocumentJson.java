package org.attest.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Origin;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Source;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.model.Title;

/**
 * An {@code attest/1} document read back into the model, field by field as {@code DocumentWriter} writes it: writing the
 * document read gives the same JSON again. {@code attest import} stores documents extracted elsewhere (the Spark job) this way,
 * without extracting them again. A field of the wrong kind is an {@link IOException} naming it.
 */
final class DocumentJson {
  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build()).build();

  private DocumentJson() {}

  static Document read(String json) throws IOException {
    JsonNode d = JSON.readTree(json);
    if (d == null || !d.isObject()) throw new IOException("not an attest/1 document: expected a JSON object");
    if (!Document.SCHEMA.equals(string(d, "schema"))) throw new IOException("not an attest/1 document: \"schema\" is " + d.get("schema"));
    JsonNode text = d.get("text");
    if (text == null || !text.isTextual()) throw new IOException("attest/1 document without \"text\"");
    List<String> authors = new ArrayList<>();
    for (JsonNode a : array(d, "authors")) authors.add(a.asText());
    Map<String, Object> meta = new LinkedHashMap<>();
    JsonNode m = d.get("meta");
    if (m != null && m.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        meta.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
      }
    }
    Article article = new Article(string(d, "id"), text.asText(), string(d, "published"), string(d, "title"), string(d, "url"),
        string(d, "outlet"), authors, string(d, "language"), origin(d.get("origin")), meta);

    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : array(d, "entities")) {
      List<Title> titles = new ArrayList<>();
      for (JsonNode t : array(e, "titles")) titles.add(new Title(string(t, "text"), integer(t, "start"), integer(t, "end")));
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode x : array(e, "mentions")) mentions.add(new Mention(integer(x, "start"), integer(x, "end"), string(x, "text"), string(x, "kind")));
      entities.add(new Entity(string(e, "id"), string(e, "type"), string(e, "name"), titles, mentions));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : array(d, "quotes")) {
      quotes.add(new Quote(string(q, "id"), string(q, "type"), integer(q, "start"), integer(q, "end"), string(q, "text"), span(q.get("cue")),
          span(q.get("speaker")), string(q, "speaker_entity"), string(q, "speaker_name"), number(q, "confidence")));
    }
    List<Quantity> quantities = new ArrayList<>();
    for (JsonNode n : array(d, "quantities")) {
      quantities.add(new Quantity(string(n, "id"), integer(n, "start"), integer(n, "end"), string(n, "text"), nullable(n, "value"),
          nullable(n, "low"), nullable(n, "high"), string(n, "modifier"), string(n, "unit"), span(n.get("object")), number(n, "confidence"),
          string(n, "relative_to")));
    }
    List<TimeExpression> times = new ArrayList<>();
    for (JsonNode t : array(d, "times")) {
      times.add(new TimeExpression(string(t, "id"), integer(t, "start"), integer(t, "end"), string(t, "text"), string(t, "type"),
          string(t, "value"), string(t, "mod")));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : array(d, "claims")) {
      JsonNode s = c.get("source");
      Source source = null;
      if (s != null && s.isObject()) {
        List<String> via = new ArrayList<>();
        for (JsonNode v : array(s, "via")) via.add(v.asText());
        source = new Source(string(s, "name"), string(s, "entity"), via);
      }
      claims.add(new Claim(string(c, "id"), string(c, "kind"), string(c, "quantity"), string(c, "subject"), string(c, "place"),
          string(c, "as_of"), string(c, "time"), source, string(c, "quote"), integer(c, "start"), integer(c, "end"), number(c, "confidence")));
    }
    return new Document(article, entities, quotes, quantities, times, claims);
  }

  private static Origin origin(JsonNode o) throws IOException {
    if (o == null || o.isNull()) return null;
    if (!o.isObject()) throw new IOException("\"origin\" is not an object");
    JsonNode offset = o.get("offset");
    return new Origin(string(o, "file"), string(o, "warc"), offset == null || offset.isNull() ? null : offset.asLong(), string(o, "url"),
        string(o, "fetched"), string(o, "date"));
  }

  private static Span span(JsonNode s) throws IOException {
    if (s == null || s.isNull()) return null;
    return new Span(integer(s, "start"), integer(s, "end"), string(s, "text"));
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return List.of();
    if (!v.isArray()) throw new IOException("\"" + field + "\" is not an array");
    return v;
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static int integer(JsonNode node, String field) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt()) throw new IOException("\"" + field + "\" is not a whole number");
    return v.asInt();
  }

  private static double number(JsonNode node, String field) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || !v.isNumber()) throw new IOException("\"" + field + "\" is not a number");
    return v.asDouble();
  }

  private static Double nullable(JsonNode node, String field) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isNumber()) throw new IOException("\"" + field + "\" is not a number");
    return v.asDouble();
  }
}
