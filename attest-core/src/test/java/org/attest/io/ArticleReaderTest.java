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

  /** A gzipped corpus of n one-line articles, cut after {@code keep} bytes of the compressed file. */
  static byte[] truncatedGzip(int n, int keep) throws IOException {
    java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(z)) {
      java.util.Random random = new java.util.Random(7);
      for (int i = 1; i <= n; i++) {
        g.write(("{\"id\":\"l" + i + "\",\"text\":\"Line " + i + " of the corpus, " + random.nextLong() + ".\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return java.util.Arrays.copyOf(z.toByteArray(), keep);
  }

  @Test
  void aStreamCutShortIsReportedWithTheLineReachedAndWhatWasReadIsKept() throws IOException {
    byte[] cut = truncatedGzip(2000, 6000);
    ArticleReader.read(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(cut)), "c.jsonl.gz", "c", ArticleReader.Format.JSONL,
        articles::add, problems::add);
    assertTrue(articles.size() > 10 && articles.size() < 2000, articles.size() + " articles");
    for (int i = 0; i < articles.size(); i++) assertEquals("l" + (i + 1), articles.get(i).id());
    assertEquals(1, problems.size(), problems.toString());
    int reached = articles.size() + 1;
    assertEquals("c.jsonl.gz:" + reached + ": input cut short or damaged (Unexpected end of ZLIB input stream); the "
        + articles.size() + " line(s) before it were read", problems.get(0).toString());
    // plain text: the article is incomplete, so it is skipped
    articles.clear();
    problems.clear();
    ArticleReader.read(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(cut)), "a.txt.gz", "a", ArticleReader.Format.TEXT,
        articles::add, problems::add);
    assertTrue(articles.isEmpty());
    assertTrue(problems.get(0).toString().startsWith("a.txt.gz:"), problems.toString());
    assertTrue(problems.get(0).toString().contains("input cut short or damaged (Unexpected end of ZLIB input stream)"), problems.toString());
  }

  @Test
  void fieldsThatMustBeStringsAreCheckedAndDuplicateKeysRefused() throws IOException {
    jsonl("{\"id\":{\"n\":1},\"text\":\"A.\"}\n"
        + "{\"id\":\"t\",\"title\":[\"x\"],\"text\":\"B.\"}\n"
        + "{\"id\":7,\"text\":\"C.\"}\n"
        + "{\"id\":\"o\",\"outlet\":true,\"text\":\"D.\"}\n"
        + "{\"id\":\"u\",\"url\":1.5,\"text\":\"E.\"}\n"
        + "{\"id\":\"p\",\"published\":20170101,\"text\":\"F.\"}\n"
        + "{\"id\":\"d1\",\"text\":\"G.\",\"text\":\"H.\"}\n"
        + "{\"id\":\"d2\",\"text\":\"I.\",\"meta\":{\"a\":1,\"a\":2}}\n"
        + "{\"id\":\"ok\",\"title\":null,\"text\":\"J.\"}\n");
    assertEquals(List.of("7", "ok"), articles.stream().map(Article::id).toList(), "a whole number is an id, written as its digits");
    assertEquals(List.of(
        "c.jsonl:1: \"id\" is not a string (an object)",
        "c.jsonl:2: \"title\" is not a string (an array)",
        "c.jsonl:4: \"outlet\" is not a string (a boolean)",
        "c.jsonl:5: \"url\" is not a string (a number)",
        "c.jsonl:6: \"published\" is not a string (a number)",
        "c.jsonl:7: duplicate key \"text\"",
        "c.jsonl:8: duplicate key \"a\""), problems.stream().map(InputProblem::toString).toList());
  }

  @Test
  void utf16WithAByteOrderMarkIsDecoded() throws IOException {
    String article = "date 2017-12-27 \u201CWe will win,\u201D said Mattis. Caf\u00e9 \uD83D\uDE00.\n";
    read(("\uFEFF" + article).getBytes(StandardCharsets.UTF_16LE), "le.txt", ArticleReader.Format.TEXT);
    read(("\uFEFF" + article).getBytes(StandardCharsets.UTF_16BE), "be.txt", ArticleReader.Format.TEXT);
    assertTrue(problems.isEmpty(), problems.toString());
    assertEquals(2, articles.size());
    for (Article a : articles) {
      assertEquals("2017-12-27", a.published());
      assertEquals("\u201CWe will win,\u201D said Mattis. Caf\u00e9 \uD83D\uDE00.\n", a.text());
    }
    articles.clear();
    String lines = "\uFEFF{\"id\":\"a\",\"text\":\"\u00c9t\u00e9.\"}\r\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"\u4e2d\u6587\"}\n";
    read(lines.getBytes(StandardCharsets.UTF_16LE), "le.jsonl", ArticleReader.Format.JSONL);
    assertEquals(List.of("\u00c9t\u00e9.", "\u4e2d\u6587"), articles.stream().map(Article::text).toList());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).toString().startsWith("le.jsonl:2: invalid JSON"), problems.toString());
    // a lone surrogate: the line is named, the lines before it kept
    articles.clear();
    problems.clear();
    byte[] good = "\uFEFF{\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_16BE);
    byte[] bad = {(byte) 0xD8, 0x00, 0, 'x', 0, '\n'};
    byte[] all = java.util.Arrays.copyOf(good, good.length + bad.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    read(all, "be.jsonl", ArticleReader.Format.JSONL);
    assertEquals(1, articles.size());
    assertEquals("be.jsonl:2: not valid UTF-16", problems.get(0).toString().replaceAll(" \\(.*", ""));
  }

  @Test
  void longUtf16AndUtf32TextsKeepEveryCharacterAcrossBuffers() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 100_000; i++) b.append(i % 7 == 0 ? "\uD83D\uDE00" : i % 3 == 0 ? "\u00e9\u4e2d" : "word ").append(i % 50 == 0 ? "\n" : "");
    String text = b.append('.').toString();
    for (java.nio.charset.Charset c : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, java.nio.charset.Charset.forName("UTF-32LE"),
        java.nio.charset.Charset.forName("UTF-32BE"))) {
      read(("\uFEFF" + text).getBytes(c), "long.txt", ArticleReader.Format.TEXT);
      assertTrue(problems.isEmpty(), c + ": " + problems);
      assertEquals(text, articles.remove(0).text(), c.toString());
    }
  }

  @Test
  void anEmptyJsonLinesFileIsReportedLikeAnEmptyTextFile() throws IOException {
    jsonl("");
    jsonl("\n  \r\n\n");
    text("");
    assertTrue(articles.isEmpty());
    assertEquals(List.of("c.jsonl: empty file", "c.jsonl: no articles, only blank lines", "a.txt: empty file"),
        problems.stream().map(InputProblem::toString).toList());
  }

  @Test
  void controlCharactersInNamesAndMessagesAreEscaped() {
    assertEquals("a\\nattest: forged.txt: empty file", new InputProblem("a\nattest: forged.txt", 0, "empty file").toString());
    assertEquals("a\\r\\t\\x1b[2J\\u202e.jsonl:3: article x\\ny: internal error",
        new InputProblem("a\r\t\u001b[2J\u202e.jsonl", 3, "article x\ny: internal error").toString());
    assertEquals("caf\u00e9 \uD83D\uDE00.txt", InputProblem.escape("caf\u00e9 \uD83D\uDE00.txt"));
  }

  @Test
  void onlyFourDigitYearsAreDates() throws IOException {
    assertTrue(Dates.isValid("2017-12-27"));
    assertTrue(Dates.isValid("2017-12-27T10:00:00Z"));
    assertTrue(Dates.isValid("2017-12-27T10:00:00"));
    for (String bad : List.of("+10000-01-01", "10000-01-01", "-0001-01-01", "+2017-12-27", "+10000-01-01T00:00:00Z", "17-12-27")) {
      assertTrue(!Dates.isValid(bad), bad);
    }
    assertTrue(Dates.isDate("2017-12-27"));
    assertTrue(!Dates.isDate("+10000-01-01") && !Dates.isDate("2017-12-27T10:00:00Z") && !Dates.isDate("2017-02-30"));
    jsonl("{\"text\":\"x\",\"published\":\"+10000-01-01\"}\n");
    assertEquals("c.jsonl:1: bad \"published\" date \"+10000-01-01\": expected YYYY-MM-DD or an ISO date-time", problems.get(0).toString());
  }

  @Test
  void formatFollowsTheFileName() {
    assertEquals(ArticleReader.Format.JSONL, ArticleReader.Format.of("corpus.JSONL"));
    assertEquals(ArticleReader.Format.TEXT, ArticleReader.Format.of("article.txt"));
    assertEquals(ArticleReader.Format.JSONL, ArticleReader.Format.of("corpus.jsonl.gz"));
  }
}
