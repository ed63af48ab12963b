package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of every kind, by name and by content; folders walked. */
class InputsTest {
  @TempDir Path dir;
  final Collected sink = new Collected();
  final List<Article> articles = sink.articles;
  final List<InputProblem> problems = sink.problems;
  static final Inputs.Options BY_NAME = new Inputs.Options(null, null, false);

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  private Path gzip(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
      o.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void aPageGivesItsArticleWithoutScriptStyleCommentOrMenus() throws IOException {
    Path page = write("a1b2.html", TestPages.page("Fewer than 1,000 fighters remain", "2017-12-27T10:00:00Z", TestPages.FIGHTERS));
    Inputs.read(page.toString(), BY_NAME, sink);
    assertEquals(List.of(), problems);
    Article a = articles.get(0);
    assertEquals("a1b2", a.id());
    assertTrue(a.text().startsWith("Fewer than 1,000 fighters"), a.text());
    for (String never : new String[] {"SCRIPT-TEXT", "STYLE-TEXT", "COMMENT-TEXT", "Comments (0)", "Home", "var x"}) {
      assertFalse(a.text().contains(never), never + " in " + a.text());
    }
    assertTrue(a.text().contains("\n\n"), "paragraphs are kept: " + a.text());
    assertEquals("2017-12-27", a.published().substring(0, 10));
    assertEquals("en", a.language());
    assertEquals(page.toString(), a.origin().file());
  }

  @Test
  void aGzippedPageIsReadAndItsIdLosesBothExtensions() throws IOException {
    Path page = gzip("a1b2.html.gz", TestPages.page("Budget passes", "2018-03-06", TestPages.BUDGET));
    Inputs.read(page.toString(), BY_NAME, sink);
    assertEquals(List.of(), problems);
    assertEquals("a1b2", articles.get(0).id());
    assertTrue(articles.get(0).text().contains("$3 billion"));
  }

  @Test
  void aPageIsNeverReadAsPlainTextWhateverItsName() throws IOException {
    Path named = write("saved.txt", TestPages.page("Budget passes", "2018-03-06", TestPages.BUDGET));
    Path nameless = write("download", TestPages.page("Budget passes", null, TestPages.BUDGET));
    Inputs.read(named.toString(), BY_NAME, sink);
    Inputs.read(nameless.toString(), BY_NAME, sink);
    assertEquals(List.of(), problems);
    assertEquals(2, articles.size());
    for (Article a : articles) {
      assertFalse(a.text().contains("<"), a.text());
      assertTrue(a.text().startsWith("The city council"), a.text());
    }
    assertEquals("saved", articles.get(0).id());
  }

  @Test
  void standardInputIsSniffed() throws IOException {
    byte[] page = TestPages.page("Budget passes", "2018-03-06", TestPages.BUDGET).getBytes(StandardCharsets.UTF_8);
    Inputs.read(new ByteArrayInputStream(page), "<stdin>", "stdin", null, BY_NAME, sink);
    Inputs.read(new ByteArrayInputStream("{\"id\":\"j\",\"text\":\"Prices rose 3 percent.\"}\n".getBytes(StandardCharsets.UTF_8)), "<stdin>",
        "stdin", null, BY_NAME, sink);
    Inputs.read(new ByteArrayInputStream("date: 2020-01-02\nPrices rose 3 percent.".getBytes(StandardCharsets.UTF_8)), "<stdin>", "stdin",
        null, BY_NAME, sink);
    assertEquals(List.of(), problems);
    assertEquals(List.of("stdin", "j", "stdin"), articles.stream().map(Article::id).toList());
    assertTrue(articles.get(0).text().startsWith("The city council"));
    assertEquals("2020-01-02", articles.get(2).published());
    assertNull(articles.get(0).origin(), "standard input has no file");
  }

  @Test
  void aPageWithoutArticleTextIsReportedWithItsFile() throws IOException {
    Path empty = write("empty.html", "<html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>");
    Inputs.read(empty.toString(), BY_NAME, sink);
    assertEquals(0, articles.size());
    assertEquals(empty + ": no article text in the page", problems.get(0).toString());
  }

  @Test
  void aBrokenGzipIsReportedAndTheNextFileRead() throws IOException {
    Path bad = write("bad.html.gz", "not gzip at all");
    Path good = write("good.html", TestPages.page("Budget passes", "2018-03-06", TestPages.BUDGET));
    Inputs.read(bad.toString(), BY_NAME, sink);
    Inputs.read(good.toString(), BY_NAME, sink);
    assertEquals(1, articles.size());
    assertTrue(problems.get(0).toString().startsWith(bad + ": not a gzip file"), problems.toString());
  }

  @Test
  void aFolderIsWalkedSortedAndRecursivelyTakingKnownKinds() throws IOException {
    write("corpus/b.html", "x");
    write("corpus/a/z.txt", "x");
    write("corpus/a/y.warc.gz", "x");
    write("corpus/c.rss", "x");
    write("corpus/d.jsonl", "x");
    write("corpus/e.xhtml", "x");
    write("corpus/image.png", "x");
    write("corpus/notes.md", "x");
    List<String> files = Inputs.files(List.of(dir.resolve("corpus").toString()), problems::add);
    String c = dir.resolve("corpus") + "/";
    assertEquals(List.of(c + "a/y.warc.gz", c + "a/z.txt", c + "b.html", c + "c.rss", c + "d.jsonl", c + "e.xhtml"), files);
    assertEquals(List.of(), problems);
  }

  @Test
  void aSymbolicLinkLoopIsReportedAndTheWalkGoesOn() throws IOException {
    write("corpus/a.html", "x");
    write("corpus/sub/b.html", "x");
    Files.createSymbolicLink(dir.resolve("corpus/sub/loop"), dir.resolve("corpus"));
    List<String> files = Inputs.files(List.of(dir.resolve("corpus").toString()), problems::add);
    assertEquals(List.of(dir.resolve("corpus/a.html").toString(), dir.resolve("corpus/sub/b.html").toString()), files);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(dir.resolve("corpus/sub/loop") + ": a symbolic link loop, skipped", problems.get(0).toString());
  }

  @Test
  void anUnreadableFileIsReportedAndSkipped() throws IOException {
    Path locked = write("locked.html", TestPages.page("Budget passes", "2018-03-06", TestPages.BUDGET));
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reading");
    Inputs.read(locked.toString(), BY_NAME, sink);
    assertEquals(0, articles.size());
    assertEquals(locked + ": permission denied", problems.get(0).toString());
  }

  @Test
  void kindsAndIdsComeFromTheName() {
    assertEquals(Inputs.Kind.HTML, Inputs.Kind.of("a.HTM"));
    assertEquals(Inputs.Kind.HTML, Inputs.Kind.of("a.html.gz"));
    assertEquals(Inputs.Kind.WARC, Inputs.Kind.of("crawl.warc.gz"));
    assertEquals(Inputs.Kind.FEED, Inputs.Kind.of("news.atom"));
    assertEquals(Inputs.Kind.JSONL, Inputs.Kind.of("c.jsonl.gz"));
    assertNull(Inputs.Kind.of("photo.jpg"));
    assertEquals("a1b2", ArticleIds.ofFile("a1b2.html.gz"));
    assertEquals("000_a0f3bd66389858e2", ArticleIds.ofFile("000_a0f3bd66389858e2.txt"));
    assertEquals("report.2017", ArticleIds.ofFile("report.2017.txt"));
    assertEquals("example.com-2017-12-27-fighters", ArticleIds.ofUrl("https://www.example.com/2017/12/27/fighters.html"));
    String withQuery = ArticleIds.ofUrl("https://example.com/story?id=42");
    assertTrue(withQuery.matches("example\\.com-story-[0-9a-f]{8}"), withQuery);
    assertTrue(!withQuery.equals(ArticleIds.ofUrl("https://example.com/story?id=43")));
  }
}
