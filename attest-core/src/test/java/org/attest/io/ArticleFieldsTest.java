package org.attest.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.Origin;
import org.junit.jupiter.api.Test;

/** The page fields of attest/1 (authors, language, origin), the date forms of real metadata, and English-only analysis. */
class ArticleFieldsTest {
  private final List<Article> articles = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();

  private void read(String name, ArticleReader.Format format, String content) throws IOException {
    ArticleReader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, "c", format, articles::add, problems::add);
  }

  @Test
  void datelinesInTheFormsMetadataUses() throws IOException {
    read("a.txt", ArticleReader.Format.TEXT, "date: 2020-01-02\nBody one.");
    read("b.txt", ArticleReader.Format.TEXT, "Date 2020-01-03\n\nBody two.");
    read("c.txt", ArticleReader.Format.TEXT, "Date: Mon, 29 Dec 2014 10:32:29 GMT\nBody three.");
    read("d.txt", ArticleReader.Format.TEXT, "date 2014-12-29 10:32:29\nBody four.");
    read("e.txt", ArticleReader.Format.TEXT, "DATE: 2020-01-02\nBody five."); // no dateline: the word as written
    assertEquals(List.of(), problems);
    assertEquals(List.of("2020-01-02", "2020-01-03", "2014-12-29T10:32:29Z", "2014-12-29T10:32:29"),
        articles.subList(0, 4).stream().map(Article::published).toList());
    assertEquals(List.of("Body one.", "Body two.", "Body three.", "Body four."), articles.subList(0, 4).stream().map(Article::text).toList());
    assertNull(articles.get(4).published());
    assertEquals("en", articles.get(0).language(), "plain text is English unless told");
  }

  @Test
  void aDatelineWhoseDateCannotBeReadIsAnErrorWithItsLine() throws IOException {
    read("a.txt", ArticleReader.Format.TEXT, "\nDate: the day after tomorrow\nBody.");
    read("b.txt", ArticleReader.Format.TEXT, "Date: 2020-02-30\nBody.");
    assertEquals(0, articles.size());
    assertEquals("a.txt:2: bad dateline \"Date: the day after tomorrow\": expected a date (YYYY-MM-DD, an ISO date-time, or RFC 822 such as "
        + "Mon, 29 Dec 2014 10:32:29 GMT)", problems.get(0).toString());
    assertEquals("b.txt:1: bad dateline \"Date: 2020-02-30\": expected date YYYY-MM-DD", problems.get(1).toString());
  }

  @Test
  void jsonLinesDatesInEveryFormAndTheDateField() throws IOException {
    read("c.jsonl", ArticleReader.Format.JSONL, String.join("\n",
        "{\"id\":\"a\",\"text\":\"x\",\"published\":\"2014-12-29 10:32:29\"}",
        "{\"id\":\"b\",\"text\":\"x\",\"published\":\"Mon, 29 Dec 2014 10:32:29 +0100\"}",
        "{\"id\":\"c\",\"text\":\"x\",\"date\":\"2020-01-02\"}",
        "{\"id\":\"d\",\"text\":\"x\",\"published\":\"2020-01-02T08:00:00Z\",\"date\":\"an old field\"}",
        "{\"id\":\"e\",\"text\":\"x\",\"date\":\"last Tuesday\"}",
        "{\"id\":\"f\",\"text\":\"x\",\"published\":\"2020-01-02T25:00:00Z\"}"));
    assertEquals(List.of("2014-12-29T10:32:29", "2014-12-29T10:32:29+01:00", "2020-01-02", "2020-01-02T08:00:00Z"),
        articles.stream().map(Article::published).toList());
    assertTrue(!articles.get(2).meta().containsKey("date"), "the date field became the publication date");
    assertEquals("an old field", articles.get(3).meta().get("date"), "published wins; the date field stays in meta");
    assertEquals(List.of("c.jsonl:5: bad \"date\" date \"last Tuesday\": expected YYYY-MM-DD or an ISO date-time",
        "c.jsonl:6: bad \"published\" date \"2020-01-02T25:00:00Z\": expected YYYY-MM-DD or an ISO date-time"),
        problems.stream().map(InputProblem::toString).toList());
  }

  @Test
  void jsonLinesCarryAuthorsLanguageAndOrigin() throws IOException {
    read("c.jsonl", ArticleReader.Format.JSONL, String.join("\n",
        "{\"id\":\"a\",\"text\":\"x\",\"authors\":[\"Jane Roe\",\"John Doe\"],\"language\":\"en-US\","
            + "\"origin\":{\"warc\":\"crawl.warc.gz\",\"offset\":1234,\"url\":\"https://news.example/a\",\"date\":\"2018-01-05T08:30:00Z\"}}",
        "{\"id\":\"b\",\"text\":\"x\",\"authors\":\"Jane Roe\",\"language\":\"fr\"}",
        "{\"id\":\"c\",\"text\":\"x\"}",
        "{\"id\":\"d\",\"text\":\"x\",\"authors\":[3]}",
        "{\"id\":\"e\",\"text\":\"x\",\"language\":\"Klingon\"}",
        "{\"id\":\"f\",\"text\":\"x\",\"origin\":\"here\"}"));
    Article a = articles.get(0);
    assertEquals(List.of("Jane Roe", "John Doe"), a.authors());
    assertEquals("en", a.language());
    assertEquals(Origin.warc("crawl.warc.gz", 1234, "https://news.example/a", "2018-01-05T08:30:00Z"), a.origin());
    assertEquals(Map.of(), a.meta());
    assertEquals(List.of("Jane Roe"), articles.get(1).authors());
    assertEquals("fr", articles.get(1).language());
    assertEquals("en", articles.get(2).language(), "no language: English");
    assertNull(articles.get(2).origin());
    assertEquals(List.of("c.jsonl:4: \"authors\" holds a number, not a name",
        "c.jsonl:5: bad \"language\" \"Klingon\": expected an ISO 639-1 code such as \"en\"",
        "c.jsonl:6: \"origin\" is not an object (a string)"), problems.stream().map(InputProblem::toString).toList());
  }

  @Test
  void theNewFieldsAreWrittenInTheFormatsOrderAndReadBack() throws IOException {
    Article a = new Article("p1", "Prices rose 3 percent, officials said.", "2018-03-06", "Prices", "https://news.example/p1", "Herald",
        List.of("Jane Roe"), "en", Origin.url("https://news.example/p1", "2018-03-07T10:00:00Z"), Map.of("published_from", "feed"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DocumentWriter w = new DocumentWriter(out, DocumentWriter.Layout.JSONL, false)) {
      w.write(new Attest().extract(a));
    }
    JsonNode d = new ObjectMapper().readTree(out.toByteArray());
    List<String> fields = new ArrayList<>();
    d.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("schema", "id", "published", "title", "url", "outlet", "authors", "language", "origin", "meta", "text"), fields.subList(0, 11));
    assertEquals("{\"url\":\"https://news.example/p1\",\"fetched\":\"2018-03-07T10:00:00Z\"}", d.get("origin").toString());
    articles.clear();
    read("back.jsonl", ArticleReader.Format.JSONL, out.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(), problems);
    Article back = articles.get(0);
    assertEquals(a.origin(), back.origin());
    assertEquals(a.authors(), back.authors());
    assertEquals(a.language(), back.language());
  }

  @Test
  void aNonEnglishArticleKeepsItsTextAndDateAndFindsNothing() {
    Article fr = new Article("fr1", "« Nous allons gagner », a déclaré Emmanuel Macron. Plus de 3 000 personnes, le 27 décembre 2017.",
        "2017-12-27", "Titre", null, null, List.of(), "fr", null, Map.of());
    Document d = new Attest().extract(fr);
    assertEquals(fr, d.article());
    assertEquals(0, d.entities().size() + d.quotes().size() + d.quantities().size() + d.times().size() + d.claims().size());
    Article unknown = new Article("u", "“We will win,” said John Smith.", null, null, null, null, List.of(), null, null, Map.of());
    assertEquals(1, new Attest().extract(unknown).quotes().size(), "an unknown language is analysed as English");
  }
}
