package org.attest.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
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
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.model.Title;

/**
 * Writes documents in the {@code attest/1} format, field by field in the order FORMAT.md gives
 * them: {@code jsonl} one compact object a line; {@code json} one pretty object, or a pretty array
 * when there are several. Streams: nothing is held but the document being written.
 */
public final class DocumentWriter implements Closeable {
  /** Output layouts. */
  public enum Layout { JSON, JSONL }

  private static final ObjectMapper META = new ObjectMapper();
  private final JsonGenerator g;
  private final OutputStream out;
  private final Layout layout;
  private final boolean array;
  private int written;

  /**
   * @param array for {@link Layout#JSON}: wrap the documents in a JSON array (set when more than
   *     one document may be written)
   */
  public DocumentWriter(OutputStream out, Layout layout, boolean array) throws IOException {
    this.out = out;
    this.layout = layout;
    this.array = layout == Layout.JSON && array;
    this.g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    if (layout == Layout.JSON) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
      g.setPrettyPrinter(pp);
    } else {
      g.setRootValueSeparator(null);
    }
    if (this.array) g.writeStartArray();
  }

  public void write(Document d) throws IOException {
    write(d, null);
  }

  /**
   * Writes the document with the rule behind each decision ({@code Attest.explain}): last in each
   * mention, quote, figure, time and claim a rule decided, {@code "rule"} (the deciding one) and,
   * when several steps ran, {@code "rules"} (all, in order); nothing more when {@code rules} is null
   * (the attest/1 document as it always is).
   */
  public void write(Document d, Map<String, List<String>> rules) throws IOException {
    this.rules = rules;
    writeDocument(d);
    if (layout == Layout.JSONL) {
      g.flush();
      out.write('\n');
    }
    written++;
  }

  public int written() {
    return written;
  }

  @Override
  public void close() throws IOException {
    if (array) g.writeEndArray();
    g.flush();
    if (layout == Layout.JSON && written > 0) out.write('\n');
    g.close();
    out.flush();
  }

  private Map<String, List<String>> rules;

  /** The rules of one decision, when asked for and known. */
  private void rules(String key) throws IOException {
    List<String> r = rules == null ? null : rules.get(key);
    if (r == null || r.isEmpty()) return;
    g.writeStringField("rule", r.get(0)); // the deciding one: a quote's sieve, a figure's reader, a claim's source rule
    if (r.size() == 1) return;
    g.writeArrayFieldStart("rules"); // and every step, in the order they ran
    for (String x : r) g.writeString(x);
    g.writeEndArray();
  }

  private void writeDocument(Document d) throws IOException {
    Article a = d.article();
    g.writeStartObject();
    g.writeStringField("schema", Document.SCHEMA);
    g.writeStringField("id", a.id());
    g.writeStringField("published", a.published());
    g.writeStringField("title", a.title());
    g.writeStringField("url", a.url());
    g.writeStringField("outlet", a.outlet());
    g.writeArrayFieldStart("authors");
    for (String name : a.authors()) g.writeString(name);
    g.writeEndArray();
    g.writeStringField("language", a.language());
    origin(a.origin());
    if (!a.meta().isEmpty()) {
      g.writeFieldName("meta");
      g.writeStartObject();
      for (Map.Entry<String, Object> e : a.meta().entrySet()) {
        g.writeFieldName(e.getKey());
        META.writeValue(g, e.getValue());
      }
      g.writeEndObject();
    }
    g.writeStringField("text", a.text());

    g.writeArrayFieldStart("entities");
    for (Entity e : d.entities()) entity(e);
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : d.quotes()) quote(q);
    g.writeEndArray();
    g.writeArrayFieldStart("quantities");
    for (Quantity n : d.quantities()) quantity(n);
    g.writeEndArray();
    g.writeArrayFieldStart("times");
    for (TimeExpression t : d.times()) time(t);
    g.writeEndArray();
    g.writeArrayFieldStart("claims");
    for (Claim c : d.claims()) claim(c);
    g.writeEndArray();
    g.writeEndObject();
  }

  private void entity(Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type());
    g.writeStringField("name", e.name());
    g.writeArrayFieldStart("titles");
    for (Title t : e.titles()) {
      g.writeStartObject();
      g.writeStringField("text", t.text());
      g.writeNumberField("start", t.start());
      g.writeNumberField("end", t.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("mentions");
    for (Mention m : e.mentions()) {
      g.writeStartObject();
      g.writeNumberField("start", m.start());
      g.writeNumberField("end", m.end());
      g.writeStringField("text", m.text());
      g.writeStringField("kind", m.kind());
      rules(e.id() + "@" + m.start() + "-" + m.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void quote(Quote q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("type", q.type());
    g.writeNumberField("start", q.start());
    g.writeNumberField("end", q.end());
    g.writeStringField("text", q.text());
    span("cue", q.cue());
    span("speaker", q.speaker());
    g.writeStringField("speaker_entity", q.speakerEntity());
    g.writeStringField("speaker_name", q.speakerName());
    confidence(q.confidence());
    rules(q.id());
    g.writeEndObject();
  }

  private void quantity(Quantity n) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", n.id());
    g.writeNumberField("start", n.start());
    g.writeNumberField("end", n.end());
    g.writeStringField("text", n.text());
    number("value", n.value());
    number("low", n.low());
    number("high", n.high());
    g.writeStringField("modifier", n.modifier());
    g.writeStringField("unit", n.unit());
    span("object", n.object());
    if (n.relativeTo() != null) g.writeStringField("relative_to", n.relativeTo());
    confidence(n.confidence());
    rules(n.id());
    g.writeEndObject();
  }

  private void time(TimeExpression t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeNumberField("start", t.start());
    g.writeNumberField("end", t.end());
    g.writeStringField("text", t.text());
    g.writeStringField("type", t.type());
    g.writeStringField("value", t.value());
    g.writeStringField("mod", t.mod());
    rules(t.id());
    g.writeEndObject();
  }

  private void claim(Claim c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("kind", c.kind());
    g.writeStringField("quantity", c.quantity());
    g.writeStringField("subject", c.subject());
    g.writeStringField("place", c.place());
    g.writeStringField("as_of", c.asOf());
    g.writeStringField("time", c.time());
    if (c.source() == null) {
      g.writeNullField("source");
    } else {
      g.writeObjectFieldStart("source");
      g.writeStringField("name", c.source().name());
      g.writeStringField("entity", c.source().entity());
      g.writeArrayFieldStart("via");
      for (String v : c.source().via()) g.writeString(v);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeStringField("quote", c.quote());
    g.writeNumberField("start", c.start());
    g.writeNumberField("end", c.end());
    confidence(c.confidence());
    rules(c.id());
    g.writeEndObject();
  }

  /** The origin's fields that apply, in one order: file; warc, offset; url; fetched; date. */
  private void origin(Origin o) throws IOException {
    if (o == null) {
      g.writeNullField("origin");
      return;
    }
    g.writeObjectFieldStart("origin");
    if (o.file() != null) g.writeStringField("file", o.file());
    if (o.warc() != null) g.writeStringField("warc", o.warc());
    if (o.offset() != null) g.writeNumberField("offset", o.offset());
    if (o.url() != null) g.writeStringField("url", o.url());
    if (o.fetched() != null) g.writeStringField("fetched", o.fetched());
    if (o.date() != null) g.writeStringField("date", o.date());
    g.writeEndObject();
  }

  private void span(String field, Span s) throws IOException {
    if (s == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  private void number(String field, Double v) throws IOException {
    if (v == null) g.writeNullField(field);
    else if (v == Math.rint(v) && Math.abs(v) < 1e15) g.writeNumberField(field, v.longValue());
    else g.writeNumberField(field, v);
  }

  private void confidence(double c) throws IOException {
    g.writeNumberField("confidence", Math.round(c * 100) / 100.0);
  }
}
