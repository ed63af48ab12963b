package org.attest.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attest.Attest;
import org.attest.io.ArticleReader;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.attest.web.Inputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job in local mode ({@code local[2]}, one session for all of the module's Spark tests) over a small mixed corpus the test
 * writes: JSON Lines with a broken line, a text, an HTML page, a gzipped WARC crawl. The tables are read back and held against
 * what {@code attest extract} makes of the same files, row for row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobTest {
  private SparkSession spark;
  private Path dir;
  private Path corpus;
  private Path output;
  private ExtractJob.Summary summary;

  @BeforeAll
  void runTheJob() throws IOException {
    dir = Files.createTempDirectory("attest-spark");
    corpus = corpus(dir.resolve("corpus"));
    Files.createSymbolicLink(corpus.resolve("web/loop"), corpus); // a link back up: a loop, reported and skipped
    output = dir.resolve("out");
    spark = SparkSession.builder().master("local[2]").appName("attest-spark-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    summary = ExtractJob.run(spark, ExtractJob.Options.parse("--input", corpus.toString(), "--output", output.toString(), "--partitions", "3"));
  }

  @AfterAll
  void stop() throws IOException {
    if (spark != null) spark.stop();
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** The corpus: two good JSON Lines records around a broken one, a text with a dateline, a page, a crawl of a page and a 404. */
  static Path corpus(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("web"));
    List<Article> read = new ArrayList<>();
    try (var in = Files.newInputStream(Path.of("../examples/000_a0f3bd66389858e2.txt"))) {
      ArticleReader.read(in, "example", "example", ArticleReader.Format.TEXT, read::add, p -> {});
    }
    String exampleText = read.get(0).text();
    String record = "{\"id\": \"000_a0f3bd66389858e2\", \"published\": \"2017-12-27\", \"outlet\": \"Example\", \"topic\": \"war\", \"text\": "
        + com.fasterxml.jackson.databind.node.TextNode.valueOf(exampleText) + "}";
    Files.writeString(dir.resolve("corpus.jsonl"), record + "\n{\"id\": \"broken\", \"text\": \"no end\n"
        + "{\"published\": \"2018-03-01\", \"text\": \"The mayor said 40 people were hurt. \\u201cWe are rebuilding,\\u201d Mayor Ann Lee said.\"}\n");
    Files.writeString(dir.resolve("notes.txt"), "date 2018-01-02\nThe council approved a budget of $3 billion on Tuesday.\n\n"
        + "\u201cThis is a good day for the city,\u201d said council leader Maria Gomez.\n");
    Files.writeString(dir.resolve("web/page.html"), page("Budget passes", "2018-01-03T09:00:00Z",
        "The city council approved a budget of $3 billion on Tuesday, the mayor's office said.",
        "About 200 new teachers will be hired under the plan, officials said."));
    Files.writeString(dir.resolve("web/README"), "not an input: a folder's files of no known kind are left out");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(dir.resolve("web/crawl.warc.gz"), java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      Instant crawled = Instant.parse("2018-01-05T08:30:00Z");
      HttpResponse ok = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), page("Fewer than 1,000 fighters remain",
          "2017-12-27T10:00:00Z", "Fewer than 1,000 fighters from the Islamic State group remain in Iraq and Syria, the U.S.-led coalition said.",
          "\u201cOur strategy right now is to accelerate the campaign,\u201d said James Mattis, the Secretary of Defense.")
          .getBytes(StandardCharsets.UTF_8)).build();
      w.write(new WarcResponse.Builder("https://news.example/2017/12/27/fighters.html").date(crawled).body(ok).build());
      HttpResponse gone = new HttpResponse.Builder(404, "Not Found").body(MediaType.parse("text/html"),
          "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)).build();
      w.write(new WarcResponse.Builder("https://news.example/gone").date(crawled).body(gone).build());
    }
    return dir;
  }

  static String page(String title, String published, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
        .append(" | The Invented Herald</title>\n<meta property=\"og:site_name\" content=\"The Invented Herald\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n</head><body>\n")
        .append("<nav><ul><li><a href=\"/\">Home</a></li></ul></nav>\n<article><h1>").append(title).append("</h1>\n");
    for (String p : paragraphs) b.append("<p>").append(p).append("</p>\n");
    return b.append("</article>\n<footer>Share</footer>\n</body></html>\n").toString();
  }

  private Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  /** What {@code attest extract} makes of the corpus: each document's attest/1 line, and each problem. */
  private static Map.Entry<Set<String>, List<InputProblem>> extracted(Path dir) throws IOException {
    Set<String> documents = new TreeSet<>();
    List<InputProblem> problems = new ArrayList<>();
    Attest attest = new Attest();
    for (String file : Inputs.files(List.of(dir.toString()), problems::add)) {
      Inputs.read(file, new Inputs.Options(null, null, false), new ArticleReader.Sink() {
        @Override
        public void article(Article article, int line) {
          documents.add(Tables.json(attest.extract(article)));
        }

        @Override
        public void problem(InputProblem problem) {
          problems.add(problem);
        }
      });
    }
    return Map.entry(documents, problems);
  }

  @Test
  void theDocumentsAreWhatExtractMakesOfTheSameFilesRowForRow() throws IOException {
    Map.Entry<Set<String>, List<InputProblem>> expected = extracted(corpus);
    Set<String> json = table(Tables.DOCUMENTS).select("json").collectAsList().stream().map(r -> r.getString(0))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(5, expected.getKey().size(), "two JSON Lines records, the text, the page, the crawl's page");
    assertEquals(expected.getKey(), json);
    assertEquals(5, summary.documents());
  }

  @Test
  void theBrokenLineAndTheLinkLoopAreErrorRowsAsExtractReportsThemAndTheJobGoesOn() throws IOException {
    List<Row> errors = table(Tables.ERRORS).collectAsList();
    assertEquals(2, errors.size(), errors.toString());
    Set<InputProblem> found = new java.util.HashSet<>();
    for (Row e : errors) {
      assertEquals("read", e.getAs("stage"));
      found.add(new InputProblem(e.getAs("source"), e.getAs("line"), e.getAs("message")));
    }
    assertTrue(found.contains(new InputProblem(corpus.resolve("web/loop").toString(), 0, "a symbolic link loop, skipped")), found.toString());
    assertTrue(found.stream().anyMatch(p -> p.file().equals(corpus.resolve("corpus.jsonl").toString()) && p.line() == 2), found.toString());
    assertEquals(Set.copyOf(extracted(corpus).getValue()), found);
    assertEquals(2, summary.errors());
  }

  @Test
  void everyRowCarriesItsArticleAndTheCountsAgree() {
    Map<String, String> idOf = new HashMap<>();
    Map<String, Row> documents = new HashMap<>();
    for (Row d : table(Tables.DOCUMENTS).collectAsList()) {
      assertNotNull(d.getAs("article_id"));
      assertEquals(null, idOf.put(d.getAs("doc"), d.getAs("article_id")), "doc keys are unique");
      documents.put(d.getAs("doc"), d);
    }
    for (String t : List.of(Tables.ENTITIES, Tables.MENTIONS, Tables.QUOTES, Tables.QUANTITIES, Tables.TIMES, Tables.CLAIMS)) {
      List<Row> rows = table(t).collectAsList();
      assertEquals(summary.rows().get(t), (long) rows.size(), t);
      for (Row r : rows) assertEquals(idOf.get(r.<String>getAs("doc")), r.getAs("article_id"), t + ": " + r);
      if (!t.equals(Tables.MENTIONS)) {
        long said = documents.values().stream().mapToLong(d -> d.<Integer>getAs(t)).sum();
        assertEquals(said, rows.size(), t + ": the documents' counts");
      }
    }
    assertEquals(Set.of("000_a0f3bd66389858e2", "corpus-3", "notes", "page", "news.example-2017-12-27-fighters"), Set.copyOf(idOf.values()));
  }

  @Test
  void theExampleArticlesQuotesHaveTheirSpeakers() {
    List<Row> quotes = table(Tables.QUOTES).where("article_id = '000_a0f3bd66389858e2'").orderBy("span_start").collectAsList();
    assertTrue(quotes.size() >= 3, quotes.toString());
    Row strategy = quotes.stream().filter(q -> q.<String>getAs("text").startsWith("\u201cOur strategy right now")).findFirst().orElseThrow();
    assertEquals("direct", strategy.getAs("type"));
    assertEquals("James Mattis", strategy.getAs("speaker_name"));
    assertEquals("Mattis", strategy.getAs("speaker_text"));
    assertEquals("said", strategy.getAs("cue_text"));
    Row doc = table(Tables.DOCUMENTS).where("article_id = '000_a0f3bd66389858e2'").first();
    String text = doc.getAs("text");
    for (Row q : quotes) assertEquals(q.getAs("text"), text.substring(q.<Integer>getAs("span_start"), q.<Integer>getAs("span_end")));
    assertEquals("{\"topic\":\"war\"}", doc.getAs("meta"));
    assertEquals("Example", doc.getAs("outlet"));
    List<Row> claims = table(Tables.CLAIMS).where("article_id = '000_a0f3bd66389858e2' and source_name = 'Reuters'").collectAsList();
    assertTrue(!claims.isEmpty(), "the figure of the first sentence is Reuters': " + table(Tables.CLAIMS).collectAsList());
    Row crawl = table(Tables.DOCUMENTS).where("article_id = 'news.example-2017-12-27-fighters'").first();
    assertEquals(corpus.resolve("web/crawl.warc.gz").toString(), crawl.getAs("origin_warc"));
    assertEquals("https://news.example/2017/12/27/fighters.html", crawl.getAs("origin_url"));
  }
}
