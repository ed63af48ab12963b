package org.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.io.ArticleReader;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article the project started from, end to end, against its expected extraction. */
class ExampleArticleTest {
  static final Path DIR = Path.of("..", "examples");
  static Document doc;
  static JsonNode expected;

  @BeforeAll
  static void extract() throws Exception {
    byte[] bytes = Files.readAllBytes(DIR.resolve("000_a0f3bd66389858e2.txt"));
    List<Article> read = new ArrayList<>();
    ArticleReader.read(new ByteArrayInputStream(bytes), "000.txt", "000_a0f3bd66389858e2", ArticleReader.Format.TEXT, read::add,
        p -> { throw new AssertionError(p.toString()); });
    doc = new Attest().extract(read.get(0));
    expected = new ObjectMapper().readTree(DIR.resolve("000_a0f3bd66389858e2.expected.json").toFile());
  }

  @Test
  void textAndDateComeFromTheDateline() {
    assertEquals("2017-12-27", doc.article().published());
    assertEquals(expected.get("text_length").asInt(), doc.text().length());
    assertTrue(doc.text().startsWith("After the implementation"));
  }

  /** A gold quote is found when one predicted quote covers most of it; its speaker must match. */
  @Test
  void everyExpectedQuoteIsFoundWithItsSpeaker() {
    List<String> failures = new ArrayList<>();
    for (JsonNode gold : expected.get("quotes")) {
      int gs = gold.get("start").asInt(), ge = gold.get("end").asInt();
      Quote best = null;
      int bestCover = 0;
      for (Quote q : doc.quotes()) {
        int cover = Math.max(0, Math.min(ge, q.end()) - Math.max(gs, q.start()));
        if (cover > bestCover) {
          bestCover = cover;
          best = q;
        }
      }
      String text = gold.get("text").asText();
      if (best == null || bestCover * 10 < (ge - gs) * 8) {
        failures.add("not found: " + text);
      } else if (!gold.get("speaker_name").asText().equals(best.speakerName())) {
        failures.add("speaker " + best.speakerName() + " instead of " + gold.get("speaker_name").asText() + ": " + text);
      } else if (gold.get("type").asText().equals("direct") && !best.type().equals("direct")) {
        failures.add("type " + best.type() + " instead of direct: " + text);
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(17, expected.get("quotes").size());
  }

  @Test
  void directQuotesKeepTheirExactSpanAndCue() {
    for (JsonNode gold : expected.get("quotes")) {
      if (!gold.get("type").asText().equals("direct")) continue;
      Quote q = at(gold.get("start").asInt());
      assertNotNull(q, gold.get("text").asText());
      assertEquals(gold.get("end").asInt(), q.end(), q.text());
      if (gold.has("cue")) assertEquals(gold.get("cue").get("text").asText(), q.cue().text(), q.text());
      if (gold.has("speaker")) assertEquals(gold.get("speaker").get("start").asInt(), q.speaker().start(), q.text());
    }
  }

  /** “We have already shifted…”, “We’re going to shatter…”, “I keep other people awake…”. */
  @Test
  void continuedQuotesHaveASpeakerNameButNoMention() {
    for (int start : new int[] {1282, 2588, 2846}) {
      Quote q = at(start);
      assertNotNull(q, "no quote at " + start);
      assertEquals(null, q.speaker(), q.text());
      assertEquals(null, q.cue(), q.text());
      assertEquals("James Mattis", q.speakerName(), q.text());
    }
  }

  /** The nine time expressions, each overlapped by one found with the same type and value. */
  @Test
  void everyExpectedTimeIsNormalised() {
    List<String> failures = new ArrayList<>();
    for (JsonNode gold : expected.get("times")) {
      int gs = gold.get("start").asInt(), ge = gold.get("end").asInt();
      org.attest.model.TimeExpression found = doc.times().stream().filter(t -> t.start() < ge && gs < t.end()).findFirst().orElse(null);
      String want = gold.get("type").asText() + " " + gold.get("value").asText();
      if (found == null) failures.add("not found: " + gold.get("text").asText());
      else if (!want.equals(found.type() + " " + found.value())) failures.add(gold.get("text").asText() + ": " + found.type() + " " + found.value() + " instead of " + want);
    }
    assertEquals(List.of(), failures);
    assertEquals(9, expected.get("times").size());
  }

  /** The three figures with their bounds and what they count, and their claims' source and as-of. */
  @Test
  void everyExpectedFigureAndClaimIsRight() {
    List<String> failures = new ArrayList<>();
    for (JsonNode gold : expected.get("quantities")) {
      int gs = gold.get("start").asInt();
      org.attest.model.Quantity q = doc.quantities().stream().filter(x -> x.start() == gs).findFirst().orElse(null);
      if (q == null) {
        failures.add("not found: " + gold.get("text").asText());
        continue;
      }
      String want = gold.get("modifier").asText() + " " + gold.get("high").asDouble() + " " + gold.get("object_head").asText();
      String got = q.modifier() + " " + q.high() + " " + (q.object() == null ? null : q.object().text().split(" ")[q.object().text().startsWith("ISIS") ? 1 : 0]);
      if (!want.equals(got) || q.low() != null || gold.get("end").asInt() != q.end()) failures.add(gold.get("text").asText() + ": " + got + " instead of " + want);
    }
    for (JsonNode gold : expected.get("claims")) {
      String text = gold.get("quantity").asText();
      org.attest.model.Quantity q = doc.quantities().stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
      org.attest.model.Claim c = doc.claims().stream().filter(x -> x.quantity().equals(q.id())).findFirst().orElseThrow();
      if (!gold.get("source").asText().equals(c.source() == null ? null : c.source().name())) failures.add(text + ": source " + c.source());
      List<String> asOf = new ArrayList<>();
      if (gold.has("as_of")) asOf.add(gold.get("as_of").asText());
      if (gold.has("as_of_any")) gold.get("as_of_any").forEach(v -> asOf.add(v.asText()));
      if (!asOf.contains(c.asOf())) failures.add(text + ": as of " + c.asOf() + " instead of " + asOf);
      if (!c.subject().contains(gold.get("subject_head").asText())) failures.add(text + ": subject " + c.subject());
      if (gold.has("place") && !gold.get("place").asText().equals(c.place())) failures.add(text + ": place " + c.place());
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void nicknameIsNoQuote() {
    for (JsonNode not : expected.get("not_quotes")) {
      int s = not.get("start").asInt(), e = not.get("end").asInt();
      for (Quote q : doc.quotes()) assertFalse(q.start() < e && s < q.end(), "“Mad Dog” inside " + q.text());
    }
  }

  @Test
  void everySpanIsTheTextItPointsAt() {
    String text = doc.text();
    for (Quote q : doc.quotes()) {
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      if (q.cue() != null) assertEquals(q.cue().text(), text.substring(q.cue().start(), q.cue().end()));
      if (q.speaker() != null) assertEquals(q.speaker().text(), text.substring(q.speaker().start(), q.speaker().end()));
      if (q.speakerEntity() != null) assertEquals(q.speakerName(), doc.entity(q.speakerEntity()).name());
    }
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
  }

  @Test
  void speakersAreEntitiesWithTheirTitles() {
    Entity mattis = byName("James Mattis");
    assertEquals(Entity.PERSON, mattis.type());
    assertEquals("Secretary of State", mattis.titles().get(0).text());
    assertTrue(mattis.mentions().stream().anyMatch(m -> m.kind().equals(Mention.PRONOUN) && m.start() == 1517));
    Entity dickerson = byName("John Dickerson");
    assertEquals("CBS host", dickerson.titles().get(0).text());
    assertEquals(Entity.ORG, byName("U.S.-led coalition").type());
    assertEquals(Entity.ORG, byName("Reuters").type());
    assertEquals("President", byName("Bashar al-Assad").titles().get(0).text());
  }

  /** The eight expected entities, each with its type and titles; the alias of the Islamic State group. */
  @Test
  void everyExpectedEntityHasItsTypeAndTitles() {
    List<String> failures = new ArrayList<>();
    for (JsonNode gold : expected.get("entities")) {
      String name = gold.get("name").asText();
      Entity e = doc.entities().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (e == null) {
        failures.add("not found: " + name);
        continue;
      }
      if (!gold.get("type").asText().equals(e.type())) failures.add(name + ": " + e.type());
      List<String> titles = e.titles().stream().map(org.attest.model.Title::text).toList();
      if (gold.has("titles")) gold.get("titles").forEach(t -> { if (!titles.contains(t.asText())) failures.add(name + ": titles " + titles); });
      if (gold.has("aliases")) {
        gold.get("aliases").forEach(al -> {
          if (e.mentions().stream().noneMatch(m -> m.text().equals(al.asText()))) failures.add(name + ": no alias " + al.asText());
        });
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(8, expected.get("entities").size());
  }

  /** "I" inside Mattis's quotes is Mattis. */
  @Test
  void theFirstPersonInAQuoteIsItsSpeaker() {
    Entity mattis = byName("James Mattis");
    for (Quote q : doc.quotes()) {
      if (!"James Mattis".equals(q.speakerName())) continue;
      int i = q.text().indexOf(" I ");
      if (i < 0) continue;
      int at = q.start() + i + 1;
      assertTrue(mattis.mentions().stream().anyMatch(m -> m.start() == at && m.kind().equals(Mention.PRONOUN)), q.text());
      return;
    }
  }

  private static Entity byName(String name) {
    for (Entity e : doc.entities()) if (e.name().equals(name)) return e;
    throw new AssertionError("no entity " + name + " in " + doc.entities().stream().map(Entity::name).toList());
  }

  private static Quote at(int start) {
    for (Quote q : doc.quotes()) if (q.start() == start) return q;
    return null;
  }
}
