package org.attest.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;

/** Each kind of bad input is reported with its file and line, and nothing else is lost. */
class ArticleReaderTest {
  final List<Article> articles = new ArrayList<>();
  final List<InputProblem> problems = new ArrayList<>();

  void read(byte[] bytes, String name, ArticleReader.Format format) throws IOException {
    ArticleReader.read(new ByteArrayInputStream(bytes), name, "doc", format, articles::add, problems::add);
  }

  void text(String s) throws IOException {
    read(s.getBytes(StandardCharsets.UTF_8), "a.txt", ArticleReader.Format.TEXT);
  }

  void jsonl(String s) throws IOException {
    read(s.getBytes(StandardCharsets.UTF_8), "c.jsonl", ArticleReader.Format.JSONL);
  }

  @Test
  void datelineSetsTheDateAndIsNotText() throws IOException {
    text(" date 2017-12-27 After the implementation.\n");
    assertEquals("2017-12-27", articles.get(0).published());
    assertEquals("After the implementation.\n", articles.get(0).text());
    articles.clear();
    text("date:2016-01-02\n\nBody.");
    assertEquals("2016-01-02", articles.get(0).published());
    assertEquals("Body.", articles.get(0).text());
  }

  @Test
  void textWithoutDatelineKeepsItsFirstWords() throws IOException {
    text("Date night is back, the mayor said.");
    assertNull(articles.get(0).published());
    assertTrue(articles.get(0).text().startsWith("Date night"));
  }

  @Test
  void onlyADateShapedTokenMakesADateline() throws IOException {
    text("date 3 protesters were arrested, police said.");
    text("date 2017-12-27, Smith said, was the day.");
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals("date 3 protesters were arrested, police said.", articles.get(0).text());
    assertNull(articles.get(1).published());
  }

  @Test
  void emptyFile() throws IOException {
    text("");
    assertEquals("a.txt: empty file", problems.get(0).toString());
    assertTrue(articles.isEmpty());
  }

  @Test
  void onlyADateline() throws IOException {
    text("date 2017-12-27\n   \n");
    assertEquals("a.txt: no article text", problems.get(0).toString());
  }

  @Test
  void binaryFile() throws IOException {
    read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, "a.png", ArticleReader.Format.TEXT);
    assertEquals("a.png: binary file, not text", problems.get(0).toString());
  }

  @Test
  void notUtf8NamesTheLine() throws IOException {
    byte[] latin1 = "First line\nCaf\u00e9 society\n".getBytes(StandardCharsets.ISO_8859_1);
    read(latin1, "a.txt", ArticleReader.Format.TEXT);
    assertEquals("a.txt:2: not valid UTF-8 (byte 14)", problems.get(0).toString());
  }

  @Test
  void badDatelineNamesTheLine() throws IOException {
    text("date 2017-13-45 Text follows.");
    assertEquals("a.txt:1: bad dateline \"date 2017-13-45\": expected date YYYY-MM-DD", problems.get(0).toString());
    problems.clear();
    text("\n\ndate 27/12/2017 Text.");
    assertEquals("a.txt:3: bad dateline \"date 27/12/2017\": expected date YYYY-MM-DD", problems.get(0).toString());
  }

  @Test
  void jsonLinesStreamWithIdsMetaAndLineNumbers() throws IOException {
    jsonl("{\"id\":\"a\",\"text\":\"One.\",\"published\":\"2016-09-12\",\"outlet\":\"nyt\",\"section\":\"politics\"}\n"
        + "\n"
        + "{\"text\":\"Two.\",\"published\":\"2016-09-12T10:00:00Z\"}\r\n");
    assertEquals(2, articles.size());
    assertEquals("a", articles.get(0).id());
    assertEquals("nyt", articles.get(0).outlet());
    assertEquals("politics", articles.get(0).meta().get("section"));
    assertEquals("doc-3", articles.get(1).id());
    assertEquals("Two.", articles.get(1).text());
    assertTrue(problems.isEmpty());
  }

  @Test
  void badJsonLinesAreSkippedOneByOne() throws IOException {
    jsonl("{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
        + "{\"id\":\"broken\",\"text\":\n"
        + "{\"id\":\"notext\"}\n"
        + "{\"id\":\"nulltext\",\"text\":null}\n"
        + "{\"id\":\"num\",\"text\":42}\n"
        + "{\"id\":\"date\",\"text\":\"x\",\"published\":\"yesterday\"}\n"
        + "[1,2]\n"
        + "{\"id\":\"ok2\",\"text\":\"Also fine.\"}");
    assertEquals(List.of("ok1", "ok2"), articles.stream().map(Article::id).toList());
    assertEquals(6, problems.size());
    assertTrue(problems.get(0).toString().startsWith("c.jsonl:2: invalid JSON"), problems.get(0).toString());
    assertEquals("c.jsonl:3: missing \"text\" field", problems.get(1).toString());
    assertEquals("c.jsonl:4: missing \"text\" field", problems.get(2).toString());
    assertEquals("c.jsonl:5: \"text\" is not a string", problems.get(3).toString());
    assertEquals("c.jsonl:6: bad \"published\" date \"yesterday\": expected YYYY-MM-DD or an ISO date-time", problems.get(4).toString());
    assertEquals("c.jsonl:7: expected a JSON object", problems.get(5).toString());
  }

  @Test
  void twoObjectsOnOneLineAreAnError() throws IOException {
    jsonl("{\"text\":\"a\"} {\"text\":\"b\"}\n{\"text\":\"x\"}garbage\n{\"text\":\"c\"}\n");
    assertEquals(List.of("c"), articles.stream().map(Article::text).toList());
    assertEquals(2, problems.size());
    assertTrue(problems.get(0).toString().startsWith("c.jsonl:1: invalid JSON"), problems.get(0).toString());
  }

  @Test
  void everyLineEndingEndsALine() throws IOException {
    jsonl("{\"text\":\"unix\"}\n{\"text\":\"windows\"}\r\n{\"text\":\"old mac\"}\r{\"text\":\"last\"}");
    assertEquals(List.of("unix", "windows", "old mac", "last"), articles.stream().map(Article::text).toList());
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void aJsonLineThatIsNotUtf8() throws IOException {
    byte[] good = "{\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length + bad.length + good.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    read(all, "c.jsonl", ArticleReader.Format.JSONL);
    assertEquals(2, articles.size());
    assertEquals("c.jsonl:2: not valid UTF-8 (byte 12 of the line)", problems.get(0).toString());
  }

  @Test
  void formatFollowsTheFileName() {
    assertEquals(ArticleReader.Format.JSONL, ArticleReader.Format.of("corpus.JSONL"));
    assertEquals(ArticleReader.Format.TEXT, ArticleReader.Format.of("article.txt"));
    assertEquals(ArticleReader.Format.JSONL, ArticleReader.Format.of("corpus.jsonl.gz"));
  }
}
