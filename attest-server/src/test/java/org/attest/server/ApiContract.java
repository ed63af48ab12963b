package org.attest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.attest.Attest;
import org.attest.ledger.Ledger;
import org.attest.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API over a ledger of the demo corpus (in each store: {@link SqliteApiTest}, {@link PostgresApiTest}): every endpoint, paging, filters, each error status, the OpenAPI description. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
  @TempDir static Path dir;
  String ledger;
  Server server;

  /** The location of a new ledger for this run: a folder in {@code dir}, or a database. */
  abstract String newLedger(Path dir);

  /** Whether the store keeps to one writer (a folder), so that the API's ingest is refused while another writes. */
  abstract boolean oneWriter();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws IOException {
    ledger = TestLedger.build(newLedger(dir));
    server = Server.start(new Server.Options(ledger, "127.0.0.1", 0, "secret-token-1"));
  }

  @AfterAll
  void stop() {
    if (server != null) server.close();
  }

  record Answer(int status, String type, String body) {
    JsonNode json() throws IOException {
      return Api.JSON.readTree(body);
    }
  }

  Answer send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)));
  }

  Answer post(String path, String type, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (type != null) b.header("Content-Type", type);
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return send(b);
  }

  /** A problem answer: its status, RFC 9457 fields, and no trace of the code. */
  JsonNode problem(Answer a, int status) throws IOException {
    assertEquals(status, a.status(), a.body());
    assertTrue(a.type().startsWith("application/problem+json"), a.type());
    JsonNode p = a.json();
    assertEquals(status, p.get("status").asInt());
    assertEquals(Problem.title(status), p.get("title").asText());
    assertFalse(p.get("detail").asText().isEmpty());
    assertFalse(a.body().contains("at org.") || a.body().contains("Exception"), a.body());
    return p;
  }

  @Test
  void statsCountTheLedger() throws Exception {
    JsonNode s = get("/api/stats").json();
    assertEquals(6, s.get("articles").asInt());
    assertEquals(7, s.get("appearances").asInt(), "one text came from two outlets");
  }

  @Test
  void articlesArePagedAndFiltered() throws Exception {
    JsonNode first = get("/api/articles?limit=3").json();
    assertEquals(3, first.get("items").size());
    assertEquals(3, first.get("next").asInt());
    assertEquals("2018-01-20", first.get("items").get(0).get("published").asText(), "newest first");
    JsonNode rest = get("/api/articles?limit=4&offset=3").json();
    assertEquals(3, rest.get("items").size());
    assertTrue(rest.get("next").isNull());
    JsonNode dated = get("/api/articles?since=2017-12-27&until=2017-12-28").json();
    assertEquals(2, dated.get("items").size(), dated.toString());
    JsonNode outlet = get("/api/articles?outlet=" + Links.encode("Example article")).json();
    assertEquals(1, outlet.get("items").size());
    // one article, by any of its ids: the key of the list, its id, "outlet:id"
    String key = outlet.get("items").get(0).get("key").asText();
    JsonNode doc = get("/api/articles/" + key).json();
    assertEquals("attest/1", doc.get("schema").asText());
    assertEquals("000_a0f3bd66389858e2", doc.get("id").asText());
    assertEquals(doc, get("/api/articles/000_a0f3bd66389858e2").json());
    problem(get("/api/articles/nothing-here"), 404);
  }

  @Test
  void quotesBySpeakerAndByText() throws Exception {
    JsonNode by = get("/api/quotes?speaker=" + Links.encode("James Mattis") + "&limit=2").json();
    assertEquals(2, by.get("items").size());
    assertEquals("James Mattis", by.get("items").get(0).get("speaker").asText());
    JsonNode text = get("/api/quotes?text=" + Links.encode("accelerate campaign")).json();
    assertEquals(1, text.get("items").size());
    assertEquals("quote", text.get("items").get(0).get("kind").asText());
    problem(get("/api/quotes"), 400);
    problem(get("/api/quotes?speaker=Mattis&text=campaign"), 400);
  }

  @Test
  void figuresOfASubjectWithPlaceAndDates() throws Exception {
    JsonNode all = get("/api/figures?subject=" + Links.encode("ISIS fighters")).json();
    assertTrue(all.size() >= 5, all.toString());
    assertEquals("2017-11-14", all.get(0).get("asOf").asText(), "oldest first");
    JsonNode narrowed = get("/api/figures?subject=" + Links.encode("ISIS fighters") + "&place=Syria&since=2017-12-27&until=2017-12-31").json();
    for (JsonNode f : narrowed) assertTrue(f.get("asOf").asText().compareTo("2017-12-27") >= 0, f.toString());
    assertEquals(2, get("/api/figures?subject=" + Links.encode("ISIS fighters") + "&limit=2").json().size());
    JsonNode second = get("/api/figures?subject=" + Links.encode("ISIS fighters") + "&offset=1&limit=1").json();
    assertEquals(all.get(1).get("text").asText(), second.get(0).get("text").asText(), "a page of the timeline");
    assertEquals(0, get("/api/figures?subject=" + Links.encode("ISIS fighters") + "&offset=10000").json().size());
    problem(get("/api/figures"), 400);
    problem(get("/api/figures?subject=x&since=yesterday"), 400);
  }

  @Test
  void conflictsByKindAndConfidence() throws Exception {
    JsonNode all = get("/api/conflicts").json();
    TreeSet<String> kinds = new TreeSet<>();
    for (JsonNode c : all.get("items")) kinds.add(c.get("kind").asText());
    assertEquals(new TreeSet<>(List.of("figure", "office", "quote")), kinds);
    JsonNode office = get("/api/conflicts?kind=office").json().get("items").get(0);
    assertEquals("James Mattis", office.get("about").asText());
    assertEquals("Secretary of State", office.get("left").get("text").asText());
    assertEquals(1, get("/api/conflicts?limit=1").json().get("items").size());
    assertEquals(0, get("/api/conflicts?min_confidence=1").json().get("items").size());
    problem(get("/api/conflicts?kind=rumour"), 400);
    problem(get("/api/conflicts?min_confidence=2"), 400);
  }

  @Test
  void entitiesAndOneEntity() throws Exception {
    JsonNode found = get("/api/entities?name=mattis&type=PERSON").json().get("items");
    assertEquals(1, found.size());
    long id = found.get(0).get("id").asLong();
    JsonNode e = get("/api/entities/" + id).json();
    assertEquals("James Mattis", e.get("profile").get("name").asText());
    assertTrue(e.get("quotes").size() >= 3);
    assertEquals(3, e.get("articles").size());
    assertEquals(2, get("/api/entities?limit=2").json().get("items").size());
    problem(get("/api/entities/999999"), 404);
    problem(get("/api/entities/abc"), 404);
    problem(get("/api/entities?type=ALIEN"), 400);
  }

  @Test
  void searchRanksQuotesAndClaims() throws Exception {
    JsonNode hits = get("/api/search?q=" + Links.encode("fighters remain") + "&limit=3").json();
    assertEquals(3, hits.size());
    assertTrue(hits.get(0).get("score").asDouble() >= hits.get(2).get("score").asDouble());
    problem(get("/api/search"), 400);
    problem(get("/api/search?q=x&limit=0"), 400);
    problem(get("/api/search?q=" + "w".repeat(Params.TEXT + 1)), 400);
  }

  @Test
  void extractAnswersADocumentAndStoresNothing() throws Exception {
    String text = "“Our strategy is working,” Defense Secretary James Mattis said on Tuesday. Fewer than 500 fighters remain in Raqqa, the coalition said.";
    Answer a = post("/api/extract?published=2017-12-27", "text/plain; charset=utf-8", text);
    assertEquals(200, a.status(), a.body());
    JsonNode doc = a.json();
    assertEquals("attest/1", doc.get("schema").asText());
    assertEquals("James Mattis", doc.get("quotes").get(0).get("speaker_name").asText());
    assertEquals("2017-12-26", doc.get("times").get(0).get("value").asText());
    String html = "<html><head><title>Raqqa</title></head><body><article><p>" + text + "</p><p>The coalition said the city would be cleared"
        + " within weeks, according to officials.</p></article></body></html>";
    JsonNode page = post("/api/extract?published=2017-12-27", "text/html", html).json();
    assertTrue(page.get("text").asText().startsWith("“Our strategy"), page.get("text").asText());
    assertEquals(6, get("/api/stats").json().get("articles").asInt(), "nothing stored");
    problem(post("/api/extract", "application/pdf", "%PDF"), 415);
    problem(post("/api/extract", "text/plain", "   "), 400);
    problem(post("/api/extract?published=2017-02-30", "text/plain", text), 400);
    problem(post("/api/extract", "text/plain", "x".repeat(Server.MAX_TEXT + 70 * 1024)), 413);
  }

  @Test
  @Order(Integer.MAX_VALUE - 1) // writes: after the tests that count
  void ingestNeedsTheTokenAndStoresArticles() throws Exception {
    String line = "{\"id\": \"new1\", \"outlet\": \"Wire\", \"published\": \"2018-02-01\", \"text\": \"Fewer than 400 ISIS fighters remain in Syria,"
        + " the coalition said on Thursday.\"}\n";
    problem(post("/api/ingest", "application/x-ndjson", line), 401);
    problem(post("/api/ingest", "application/x-ndjson", line, "Authorization", "Bearer wrong"), 403);
    JsonNode done = post("/api/ingest", "application/x-ndjson", line + "{\"text\": 5}\n", "Authorization", "Bearer secret-token-1").json();
    assertEquals(1, done.get("added").asInt(), done.toString());
    assertEquals(1, done.get("skipped").asInt(), done.toString());
    for (int i = 0; i < 8; i++) assertEquals(7, get("/api/stats").json().get("articles").asInt(), "every connection sees it");
    assertEquals("Wire", get("/api/articles?limit=1").json().get("items").get(0).get("outlet").asText(), "served at once");
    // while another process holds the ledger for writing, ingest is refused, reading goes on
    if (oneWriter()) {
      try (Ledger writer = Ledger.open(ledger)) {
        problem(post("/api/ingest", "application/x-ndjson", line, "Authorization", "Bearer secret-token-1"), 409);
      }
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void theServerAnswersWhileAnIngestWritesTheSameLedger() throws Exception {
    long before = get("/api/stats").json().get("articles").asLong();
    int mosul = get("/api/search?q=Mosul").json().size();
    int fighters = get("/api/figures?subject=fighters&limit=1000").json().size();
    Attest engine = new Attest();
    try (Ledger writer = Ledger.open(ledger)) {
      for (int i = 0; i < 3; i++) {
        Article a = new Article("w" + i, "Officials said on Monday that " + (100 + i) + " fighters remain in Mosul, the ministry said.", "2018-03-0" + (i + 1),
            null, null, "Writer", Map.of());
        writer.add(a, engine.extract(a));
        assertEquals(200, get("/api/articles?limit=5").status(), "answers during the write");
        assertEquals(200, get("/figures?subject=fighters").status());
      }
      assertEquals(before, get("/api/stats").json().get("articles").asLong(), "nothing uncommitted is seen");
      writer.commit();
    }
    assertEquals(before + 3, get("/api/stats").json().get("articles").asLong(), "what was committed is seen at once");
    assertTrue(get("/api/search?q=Mosul").json().size() >= mosul + 3, "a search asked before is read afresh once the ledger changed");
    assertEquals(fighters + 3, get("/api/figures?subject=fighters&limit=1000").json().size(), "so is a timeline");
  }

  @Test
  void badRequestsAreClearFourHundreds() throws Exception {
    problem(get("/api/articles?limit=0"), 400);
    problem(get("/api/articles?limit=201"), 400);
    problem(get("/api/articles?offset=-1"), 400);
    problem(get("/api/articles?offset=x"), 400);
    problem(get("/api/articles?since=2017-13-01"), 400);
    problem(get("/api/nothing"), 404);
    problem(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stats")).DELETE()), 405);
    problem(get("/api/articles?outlet=" + "a".repeat(Server.MAX_QUERY)), 414);
    // pages answer errors as pages, with the same statuses
    Answer page = get("/article?id=nothing");
    assertEquals(404, page.status());
    assertTrue(page.type().startsWith("text/html"));
    assertEquals(400, get("/figures?subject=x&since=soon").status());
    assertEquals(400, get("/articles?page=0").status());
    assertEquals(400, post("/extract", "application/x-www-form-urlencoded", "text=").status());
  }

  @Test
  void everyAnswerCarriesTheContentSecurityPolicy() throws Exception {
    for (String path : new String[] {"/", "/api/stats", "/static/attest.css", "/nothing"}) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(Server.POLICY, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
    }
  }

  @Test
  void theOpenApiDescriptionMatchesTheRoutes() throws Exception {
    JsonNode api = get("/openapi.json").json();
    assertEquals("3.1.0", api.get("openapi").asText());
    TreeSet<String> described = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> p = api.get("paths").fields(); p.hasNext();) {
      Map.Entry<String, JsonNode> e = p.next();
      for (Iterator<String> m = e.getValue().fieldNames(); m.hasNext();) described.add(m.next().toUpperCase() + " " + e.getKey());
    }
    TreeSet<String> served = new TreeSet<>();
    for (String r : server.routes()) if (r.contains(" /api/") || r.endsWith(" /openapi.json")) served.add(r);
    assertEquals(served, described);
    // and each described GET answers (with its required parameters given)
    List<String> failed = new ArrayList<>();
    for (String r : described) {
      if (!r.startsWith("GET ")) continue;
      String path = r.substring(4).replace("{id}", r.contains("entities") ? "1" : "000_a0f3bd66389858e2");
      JsonNode params = api.get("paths").get(r.substring(4)).get("get").get("parameters");
      StringBuilder q = new StringBuilder();
      for (JsonNode p : params == null ? Api.JSON.createArrayNode() : params) if (p.get("required").asBoolean() && p.get("in").asText().equals("query")) q.append(q.length() == 0 ? "?" : "&").append(p.get("name").asText()).append("=fighters");
      if (path.equals("/api/quotes")) q.append("?speaker=Mattis"); // one of two, neither required alone
      int status = get(path + q).status();
      if (status != 200) failed.add(r + " " + status);
    }
    assertTrue(failed.isEmpty(), failed.toString());
  }

  @Test
  void withoutATokenNothingWrites() throws Exception {
    try (Server readOnly = Server.start(new Server.Options(ledger, "127.0.0.1", 0, null))) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + "/api/ingest"))
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode());
      assertFalse(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + "/openapi.json")).build(),
          HttpResponse.BodyHandlers.ofString()).body().contains("/api/ingest"));
    }
  }
}
