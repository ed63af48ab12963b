package org.attest.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String write(DocumentWriter.Layout layout, boolean array, Document... docs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DocumentWriter w = new DocumentWriter(out, layout, array)) {
      for (Document d : docs) w.write(d);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Document doc(String id) {
    return new Attest().extract(new Article(id, "“We will win,” said John Smith. Prices rose, according to Reuters.", "2017-12-27"));
  }

  @Test
  void fieldsComeInTheFormatsOrder() throws IOException {
    JsonNode d = JSON.readTree(write(DocumentWriter.Layout.JSON, false, doc("a")));
    List<String> fields = new ArrayList<>();
    for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) fields.add(it.next());
    assertEquals(List.of("schema", "id", "published", "title", "url", "outlet", "authors", "language", "origin", "text", "entities", "quotes", "quantities", "times", "claims"), fields);
    assertEquals("attest/1", d.get("schema").asText());
    JsonNode q = d.get("quotes").get(0);
    List<String> quoteFields = new ArrayList<>();
    for (Iterator<String> it = q.fieldNames(); it.hasNext(); ) quoteFields.add(it.next());
    assertEquals(List.of("id", "type", "start", "end", "text", "cue", "speaker", "speaker_entity", "speaker_name", "confidence"), quoteFields);
    assertEquals("John Smith", q.get("speaker_name").asText());
  }

  @Test
  void everyOffsetIsTheSpanOfItsText() throws IOException {
    JsonNode d = JSON.readTree(write(DocumentWriter.Layout.JSON, false, doc("a")));
    String text = d.get("text").asText();
    for (JsonNode q : d.get("quotes")) {
      assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
      for (String span : new String[] {"cue", "speaker"}) {
        JsonNode s = q.get(span);
        if (!s.isNull()) assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
      }
    }
    for (JsonNode e : d.get("entities")) {
      for (JsonNode m : e.get("mentions")) assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
    }
  }

  @Test
  void jsonLinesIsOneObjectALine() throws IOException {
    String out = write(DocumentWriter.Layout.JSONL, false, doc("a"), doc("b"));
    String[] lines = out.split("\n");
    assertEquals(2, lines.length);
    assertEquals("a", JSON.readTree(lines[0]).get("id").asText());
    assertEquals("b", JSON.readTree(lines[1]).get("id").asText());
    assertTrue(out.endsWith("}\n"));
  }

  @Test
  void severalJsonDocumentsMakeAnArray() throws IOException {
    JsonNode arr = JSON.readTree(write(DocumentWriter.Layout.JSON, true, doc("a"), doc("b")));
    assertEquals(2, arr.size());
    assertEquals(0, JSON.readTree(write(DocumentWriter.Layout.JSON, true)).size());
  }
}
