package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Every way news reaches Attest, end to end through the commands: pages, folders, WARC, feeds, URLs, into one ledger. */
class WebInputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  @RegisterExtension final CapturedStderr err = new CapturedStderr();
  static HttpServer server;

  /** An invented news page: metadata, furniture, a script, a style and a comment around the article. */
  static String page(String title, String outlet, String published, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title).append("</title>")
        .append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">");
    if (published != null) b.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
    b.append("<script>var tracker = 'SCRIPT-TEXT';</script><style>p { quotes: 'STYLE-TEXT'; }</style></head><body>")
        .append("<nav><a href=\"/\">Home</a></nav><article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) b.append("<p>").append(p).append("</p><!-- COMMENT-TEXT -->");
    return b.append("</article><footer>Comments (0)</footer></body></html>").toString();
  }

  static final String FIGHTERS = page("Fewer than 1,000 fighters remain", "The Invented Herald", "2017-12-27T10:00:00Z",
      "Fewer than 1,000 fighters from the Islamic State group remain in Iraq and Syria, the U.S.-led coalition said on Wednesday.",
      "\u201cOur strategy right now is to accelerate the campaign,\u201d said James Mattis, the Secretary of Defense.");
  static final String BUDGET = page("Budget passes", "The Invented Courier", null,
      "The city council approved a budget of $3 billion on Tuesday, the mayor's office said.",
      "About 200 new teachers will be hired under the plan, officials said.");
  static final String FRENCH = "<!doctype html><html lang=\"fr\"><head><title>Le budget</title>"
      + "<meta property=\"article:published_time\" content=\"2018-03-06\"></head><body><article>"
      + "<p>Le conseil municipal a approuvé un budget de 3 milliards de dollars mardi, a indiqué la mairie.</p></article></body></html>";

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/2017/12/27/fighters.html", 200, "text/html; charset=utf-8", FIGHTERS);
    serve("/budget", 200, "text/html", BUDGET);
    serve("/missing", 404, "text/html", "<html><body>gone</body></html>");
    serve("/data.json", 200, "application/json", "{\"not\": \"a page\"}");
    server.start();
  }

  private static void serve(String path, int status, String type, String body) {
    server.createContext(path, exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(bytes);
      }
    });
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private String run(int expected, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(expected, Main.run(out, args), err.text());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) if (!line.isBlank()) out.add(JSON.readTree(line));
    return out;
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  static void warc(Path file, String url, String type, String body, Instant date) throws IOException {
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
      w.write(new WarcResponse.Builder(url).date(date).body(http).build());
      HttpResponse image = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build();
      w.write(new WarcResponse.Builder(url + ".png").date(date).body(image).build());
    }
  }

  @Test
  void aSavedPageIsExtractedAsItsArticle() throws IOException {
    Path page = write("a1b2.html", FIGHTERS);
    JsonNode d = JSON.readTree(run(0, "extract", page.toString()));
    assertEquals("a1b2", d.get("id").asText());
    assertEquals("2017-12-27", d.get("published").asText().substring(0, 10));
    assertEquals("en", d.get("language").asText());
    assertEquals(page.toString(), d.get("origin").get("file").asText());
    String text = d.get("text").asText();
    for (String never : new String[] {"SCRIPT-TEXT", "STYLE-TEXT", "COMMENT-TEXT", "<p>"}) assertFalse(text.contains(never), text);
    boolean mattis = false;
    for (JsonNode q : d.get("quotes")) mattis |= q.get("type").asText().equals("direct") && q.get("speaker_name").asText().equals("James Mattis");
    assertTrue(mattis, d.get("quotes").toString());
  }

  @Test
  void aFolderOfEveryKindIsExtracted() throws IOException {
    write("news/a.html", FIGHTERS);
    write("news/b/budget.htm", BUDGET);
    write("news/c.txt", "date: 2018-03-06\nPrices rose 3 percent in February, the statistics office said.");
    write("news/d.jsonl", "{\"id\":\"j1\",\"text\":\"About 900 fighters remain, the coalition said.\",\"date\":\"Wed, 27 Dec 2017 10:00:00 GMT\"}\n");
    write("news/e.png", "not an input");
    List<JsonNode> docs = lines(run(0, "extract", dir.resolve("news").toString()));
    assertEquals(List.of("a", "budget", "c", "j1"), docs.stream().map(d -> d.get("id").asText()).toList());
    assertEquals("2017-12-27T10:00:00Z", docs.get(3).get("published").asText());
  }

  @Test
  void aUrlIsFetchedAndEveryFailureReportedWithItsUrl() throws IOException {
    JsonNode d = lines(run(0, "extract", "--delay", "0", url("/2017/12/27/fighters.html"))).get(0);
    assertEquals(url("/2017/12/27/fighters.html"), d.get("origin").get("url").asText());
    assertTrue(d.get("origin").has("fetched"));
    assertTrue(d.get("text").asText().startsWith("Fewer than 1,000 fighters"));
    err.reset();
    Path list = write("urls.txt", "# today's reading\n" + url("/budget") + "\n\n" + url("/missing") + "\n" + url("/data.json") + "\n");
    String out = run(1, "extract", "--delay", "0", "--urls", list.toString());
    assertEquals(1, lines(out).size());
    assertTrue(err.text().contains("attest: " + url("/missing") + ": HTTP 404, skipped"), err.text());
    assertTrue(err.text().contains("attest: " + url("/data.json") + ": not an HTML page (application/json), skipped"), err.text());
    assertTrue(err.text().contains("2 article(s) skipped, 1 extracted"), err.text());
  }

  @Test
  void aNonEnglishPageKeepsItsTextAndTheRunSaysSoOnce() throws IOException {
    write("mixed/fr1.html", FRENCH);
    write("mixed/fr2.html", FRENCH.replace("mardi", "mercredi"));
    write("mixed/en.html", BUDGET);
    List<JsonNode> docs = lines(run(0, "extract", "--format", "jsonl", dir.resolve("mixed").toString()));
    JsonNode fr = docs.stream().filter(d -> d.get("id").asText().equals("fr1")).findFirst().orElseThrow();
    assertEquals("fr", fr.get("language").asText());
    assertTrue(fr.get("text").asText().startsWith("Le conseil municipal"));
    assertEquals("2018-03-06", fr.get("published").asText());
    for (String list : new String[] {"entities", "quotes", "quantities", "times", "claims"}) assertEquals(0, fr.get(list).size(), list);
    assertEquals(1, err.text().lines().filter(l -> l.contains("not in English")).count(), err.text());
    assertTrue(err.text().contains("attest: 2 article(s) not in English (fr 2)"), err.text());
  }

  /** The end-to-end case: pages, a crawl and a feed into one ledger; a page read from a file and a crawl is one article. */
  @Test
  void aFolderOfPagesACrawlAndAFeedMakeOneLedger() throws Exception {
    Path news = dir.resolve("news");
    write("news/fighters.html", FIGHTERS);
    write("news/budget.html", BUDGET);
    warc(news.resolve("crawl.warc.gz"), "https://herald.example/2017/12/27/fighters", "text/html; charset=utf-8", FIGHTERS,
        Instant.parse("2018-01-05T08:30:00Z"));
    write("news/wire.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>Invented Wire</title><language>en-gb</language><item><title>Prices rise</title><link>https://wire.example/prices</link>"
        + "<pubDate>Tue, 06 Mar 2018 09:15:00 GMT</pubDate><content:encoded><![CDATA[<p>Prices rose 3 percent in February, the statistics "
        + "office said.</p>]]></content:encoded></item></channel></rss>");
    Path ledger = dir.resolve("ledger");
    run(0, "ingest", "--ledger", ledger.toString(), news.toString());
    assertTrue(err.text().contains("3 new, 1 more appearance(s), 0 already stored, 0 skipped"), err.text());
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger.resolve("ledger.db"));
        ResultSet r = c.createStatement().executeQuery("SELECT a.title, a.language, p.outlet, substr(p.published, 1, 10), p.origin_key"
            + " FROM appearances p JOIN articles a ON a.id = p.article ORDER BY p.rowid")) {
      while (r.next()) {
        rows.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getString(3) + " | " + r.getString(4) + " | "
            + r.getString(5).replace(news + "/", ""));
      }
    }
    // outlets as the page reader names them (the site name), the crawl's host when it names none, the feed's title for its items
    String herald = outlet(FIGHTERS), courier = outlet(BUDGET);
    assertEquals(List.of(
        "Budget passes | en | " + courier + " | null | file:budget.html",
        "Fewer than 1,000 fighters remain | en | " + (herald != null ? herald : "herald.example") + " | 2017-12-27 | warc:crawl.warc.gz@0",
        "Fewer than 1,000 fighters remain | en | " + herald + " | 2017-12-27 | file:fighters.html",
        "Prices rise | en | Invented Wire | 2018-03-06 | file:wire.rss"), rows);
    // the same folder again: nothing new
    err.reset();
    run(0, "ingest", "--ledger", ledger.toString(), news.toString());
    assertTrue(err.text().contains("0 new, 0 more appearance(s), 4 already stored, 0 skipped"), err.text());
  }

  private static String outlet(String page) {
    return org.attest.web.Pages.read(page.getBytes(StandardCharsets.UTF_8), null, null).outlet();
  }

  @Test
  void ingestReadsAUrlListAndSkipsWhatFails() throws IOException {
    Path list = write("urls.txt", url("/2017/12/27/fighters.html") + "\n" + url("/missing") + "\nhttp://127.0.0.1:1/refused\n");
    run(1, "ingest", "--ledger", dir.resolve("ledger").toString(), "--delay", "0", "--urls", list.toString());
    assertTrue(err.text().contains("attest: " + url("/missing") + ": HTTP 404, skipped"), err.text());
    assertTrue(err.text().contains("attest: http://127.0.0.1:1/refused: connection refused or unreachable, skipped"), err.text());
    assertTrue(err.text().contains("1 new, 0 more appearance(s), 0 already stored, 2 skipped"), err.text());
  }

  @Test
  void theExampleArticleStaysAnEndToEndCase() throws IOException {
    Path example = Path.of("..", "examples", "000_a0f3bd66389858e2.txt");
    JsonNode d = JSON.readTree(run(0, "extract", example.toString()));
    assertEquals("000_a0f3bd66389858e2", d.get("id").asText());
    assertEquals("2017-12-27", d.get("published").asText());
    assertEquals("en", d.get("language").asText());
    assertEquals(example.toString(), d.get("origin").get("file").asText());
    assertTrue(d.get("text").asText().startsWith("After the implementation"));
    assertTrue(d.get("quotes").size() >= 17, d.get("quotes").size() + " quotes");
  }
}
