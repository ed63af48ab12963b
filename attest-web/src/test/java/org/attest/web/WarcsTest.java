package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC crawls: each HTML response a page, the crawl's date only where the page has none, damage reported with its offset. */
class WarcsTest {
  @TempDir Path dir;
  final Collected sink = new Collected();
  final List<Article> articles = sink.articles;
  final List<InputProblem> problems = sink.problems;

  /** A response record: a page (or other content) as a crawler stores it. */
  record Capture(String url, int status, String type, String body, Instant date) {}

  static Path warc(Path file, WarcCompression compression, Capture... captures) throws IOException {
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), compression)) {
      for (Capture c : captures) {
        HttpResponse http = new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(c.type()), c.body().getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(c.url()).date(c.date()).body(http).build());
      }
    }
    return file;
  }

  static final Instant CRAWLED = Instant.parse("2018-01-05T08:30:00Z");

  static Capture[] crawl() {
    return new Capture[] {
      new Capture("https://news.example/2017/12/27/fighters.html", 200, "text/html; charset=utf-8",
          TestPages.page("Fewer than 1,000 fighters remain", "2017-12-27T10:00:00Z", TestPages.FIGHTERS), CRAWLED),
      new Capture("https://news.example/logo.png", 200, "image/png", "PNG", CRAWLED),
      new Capture("https://news.example/gone", 404, "text/html", "<html><body><p>Not found</p></body></html>", CRAWLED),
      new Capture("https://news.example/budget", 200, "application/octet-stream", TestPages.page("Budget passes", null, TestPages.BUDGET), CRAWLED)
    };
  }

  @Test
  void eachHtmlResponseIsAnArticleWithItsRecordInItsOrigin() throws IOException {
    Path file = warc(dir.resolve("crawl.warc"), WarcCompression.NONE, crawl());
    Warcs.read(file, file.toString(), sink);
    assertEquals(List.of(), problems);
    assertEquals(List.of("news.example-2017-12-27-fighters", "news.example-budget"), articles.stream().map(Article::id).toList());
    Article fighters = articles.get(0), budget = articles.get(1);
    assertEquals("2017-12-27", fighters.published().substring(0, 10), "the page's own date wins over the crawl's");
    assertTrue(!fighters.meta().containsKey("published_from"));
    assertEquals("2018-01-05T08:30:00Z", budget.published(), "a page without a date takes WARC-Date");
    assertEquals("WARC-Date", budget.meta().get("published_from"));
    assertEquals(file.toString(), fighters.origin().warc());
    assertEquals(0L, fighters.origin().offset());
    assertEquals("https://news.example/2017/12/27/fighters.html", fighters.origin().url());
    assertEquals("2018-01-05T08:30:00Z", fighters.origin().date());
    assertTrue(budget.origin().offset() > 0);
    assertEquals("https://news.example/budget", budget.url(), "no canonical URL in the page: the target URI");
    assertTrue(fighters.text().startsWith("Fewer than 1,000"), fighters.text());
  }

  @Test
  void aGzippedWarcIsReadRecordByRecord() throws IOException {
    Path file = warc(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP, crawl());
    Inputs.read(file.toString(), InputsTest.BY_NAME, sink);
    assertEquals(List.of(), problems);
    assertEquals(2, articles.size());
  }

  @Test
  void aCutFileKeepsTheRecordsBeforeTheDamageAndSaysWhere() throws IOException {
    Path whole = warc(dir.resolve("whole.warc"), WarcCompression.NONE, crawl());
    byte[] bytes = Files.readAllBytes(whole);
    // cut inside the last record (the budget page): the first page is kept
    Warcs.read(whole, "whole", sink);
    long lastOffset = articles.get(1).origin().offset();
    articles.clear();
    Path cut = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, (int) lastOffset + 300));
    Warcs.read(cut, cut.toString(), sink);
    assertEquals(List.of("news.example-2017-12-27-fighters"), articles.stream().map(Article::id).toList());
    assertEquals(1, problems.size(), problems.toString());
    String p = problems.get(0).toString();
    assertTrue(p.startsWith(cut + ": damaged or cut short at offset " + lastOffset), p);
    assertTrue(p.endsWith("the 3 record(s) before it were read"), p);
  }

  @Test
  void garbageInTheMiddleIsReportedWithItsOffset() throws IOException {
    Path whole = warc(dir.resolve("whole.warc"), WarcCompression.NONE, crawl());
    byte[] bytes = Files.readAllBytes(whole);
    Warcs.read(whole, "whole", sink);
    long second = 0;
    articles.clear();
    // the second record (the image) starts where the first one's bytes end: overwrite its header
    String s = new String(bytes, StandardCharsets.ISO_8859_1);
    second = s.indexOf("WARC/1", 10);
    byte[] broken = bytes.clone();
    for (int i = 0; i < 40; i++) broken[(int) second + i] = 'x';
    Path file = Files.write(dir.resolve("broken.warc"), broken);
    Warcs.read(file, file.toString(), sink);
    assertEquals(1, articles.size());
    assertTrue(problems.get(0).toString().startsWith(file + ": damaged or cut short at offset "), problems.toString());
  }

  @Test
  void aFileThatIsNoWarcIsReported() throws IOException {
    Path file = Files.writeString(dir.resolve("fake.warc"), "hello, this is not a crawl");
    Warcs.read(file, file.toString(), sink);
    assertEquals(0, articles.size());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).toString().startsWith(file + ": "), problems.toString());
  }

  @Test
  void aCrawlWithoutPagesIsReported() throws IOException {
    Path file = warc(dir.resolve("images.warc"), WarcCompression.NONE,
        new Capture("https://news.example/logo.png", 200, "image/png", "PNG", CRAWLED));
    Warcs.read(file, file.toString(), sink);
    assertEquals(file + ": no HTML pages among its 1 WARC record(s)", problems.get(0).toString());
  }
}
