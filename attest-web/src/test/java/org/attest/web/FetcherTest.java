package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching from a server on the loopback interface: pages, redirects, every failure named, politeness. */
class FetcherTest {
  static LoopbackServer server;
  static final AtomicInteger inFlight = new AtomicInteger(), mostInFlight = new AtomicInteger();
  static final String PAGE = TestPages.page("Fewer than 1,000 fighters remain", "2017-12-27T10:00:00Z", TestPages.FIGHTERS);

  final Collected sink = new Collected();
  final List<Article> articles = sink.articles;
  final List<InputProblem> problems = sink.problems;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer()
        .on("/2017/12/27/fighters.html", LoopbackServer.page(200, "text/html; charset=utf-8", PAGE))
        .on("/gzipped", exchange -> {
          ByteArrayOutputStream b = new ByteArrayOutputStream();
          try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(PAGE.getBytes(StandardCharsets.UTF_8));
          }
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackServer.send(exchange, 200, "text/html", b.toByteArray());
        })
        .on("/hop1", LoopbackServer.redirect("/hop2"))
        .on("/hop2", LoopbackServer.redirect("/2017/12/27/fighters.html"))
        .on("/loop", LoopbackServer.redirect("/loop"))
        .on("/missing", LoopbackServer.page(404, "text/html", "<html><body>Not found</body></html>"))
        .on("/slow", exchange -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          LoopbackServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        })
        .on("/large", LoopbackServer.page(200, "text/html", PAGE + "<!--" + "x".repeat(50_000) + "-->"))
        .on("/report.pdf", LoopbackServer.page(200, "application/pdf", "%PDF-1.4 binary"))
        .on("/counted", exchange -> {
          mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            Thread.sleep(150);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          LoopbackServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Fetcher fetcher(Duration delay) {
    return new Fetcher(delay, Duration.ofSeconds(2), Duration.ofMillis(700), 40_000);
  }

  @Test
  void aPageIsFetchedWithAClearUserAgent() throws Exception {
    try (Fetcher f = fetcher(Duration.ZERO)) {
      Fetcher.Page p = f.fetch(server.url("/2017/12/27/fighters.html"));
      assertEquals(PAGE, new String(p.bytes(), StandardCharsets.UTF_8));
      assertEquals("text/html; charset=utf-8", p.contentType());
      assertTrue(p.fetched().endsWith("Z"), p.fetched());
    }
    assertTrue(server.requests.contains("GET /2017/12/27/fighters.html " + Fetcher.USER_AGENT), server.requests.toString());
    assertTrue(Fetcher.USER_AGENT.startsWith("Attest/0.1 ("), "a clear name and version");
  }

  @Test
  void gzipIsDecompressed() throws Exception {
    try (Fetcher f = fetcher(Duration.ZERO)) {
      assertEquals(PAGE, new String(f.fetch(server.url("/gzipped")).bytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void redirectsAreFollowedAndBounded() throws Exception {
    try (Fetcher f = fetcher(Duration.ZERO)) {
      assertEquals(server.url("/2017/12/27/fighters.html"), f.fetch(server.url("/hop1")).url());
      assertEquals("more than 5 redirects", assertThrows(Fetcher.Failure.class, () -> f.fetch(server.url("/loop"))).getMessage());
    }
  }

  @Test
  void everyFailureSaysWhatWentWrong() throws Exception {
    try (Fetcher f = fetcher(Duration.ZERO)) {
      assertEquals("HTTP 404", assertThrows(Fetcher.Failure.class, () -> f.fetch(server.url("/missing"))).getMessage());
      assertTrue(assertThrows(Fetcher.Failure.class, () -> f.fetch(server.url("/slow"))).getMessage().startsWith("timed out"));
      assertTrue(assertThrows(Fetcher.Failure.class, () -> f.fetch(server.url("/large"))).getMessage().startsWith("too large"));
      assertEquals("not an http(s) URL", assertThrows(Fetcher.Failure.class, () -> f.fetch("ftp://127.0.0.1/x")).getMessage());
      int closed;
      try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        closed = s.getLocalPort();
      }
      assertEquals("connection refused or unreachable",
          assertThrows(Fetcher.Failure.class, () -> f.fetch("http://127.0.0.1:" + closed + "/")).getMessage());
      // a name that cannot resolve (RFC 2606 reserves .invalid): no DNS answer, whether or not a resolver is reachable
      String dns = assertThrows(Fetcher.Failure.class, () -> f.fetch("http://no-such-host.invalid/")).getMessage();
      assertTrue(dns.equals("unknown host") || dns.startsWith("connection"), dns);
    }
  }

  @Test
  void oneRequestAtATimeToAHostAndADelayBetween() throws Exception {
    try (Fetcher f = fetcher(Duration.ofMillis(300))) {
      long t0 = System.nanoTime();
      f.fetch(server.url("/counted"));
      f.fetch(server.url("/counted"));
      assertTrue(System.nanoTime() - t0 >= 300_000_000L, "the second request waited for its turn");
      Thread[] threads = new Thread[3];
      for (int i = 0; i < threads.length; i++) {
        threads[i] = new Thread(() -> {
          try {
            f.fetch(server.url("/counted"));
          } catch (Fetcher.Failure e) {
            throw new AssertionError(e);
          }
        });
        threads[i].start();
      }
      for (Thread t : threads) t.join();
    }
    assertEquals(1, mostInFlight.get());
  }

  @Test
  void aUrlIsReadAsAPageWithItsOriginAndEveryFailureIsReportedWithTheUrl() throws Exception {
    try (Fetcher f = fetcher(Duration.ZERO)) {
      Inputs.Options options = new Inputs.Options(null, f, false);
      Inputs.read(server.url("/2017/12/27/fighters.html"), options, sink);
      Inputs.read(server.url("/missing"), options, sink);
      Inputs.read(server.url("/report.pdf"), options, sink);
    }
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals("127.0.0.1-2017-12-27-fighters", a.id());
    assertEquals(server.url("/2017/12/27/fighters.html"), a.origin().url());
    assertTrue(a.origin().fetched() != null);
    assertEquals(server.url("/2017/12/27/fighters.html"), a.url());
    assertTrue(a.text().startsWith("Fewer than 1,000 fighters"));
    assertEquals(List.of(server.url("/missing") + ": HTTP 404, skipped", server.url("/report.pdf") + ": not an HTML page (application/pdf), skipped"),
        problems.stream().map(InputProblem::toString).toList());
  }

  @Test
  void aFeedByUrlFollowsItsItemsWithoutText() throws Exception {
    String feed = FeedsTest.rss(server.url(""));
    server.on("/feed.rss", LoopbackServer.page(200, "application/rss+xml", feed))
        .on("/budget", LoopbackServer.page(200, "text/html", TestPages.page("Budget passes", null, TestPages.BUDGET)));
    try (Fetcher f = fetcher(Duration.ZERO)) {
      Inputs.read(server.url("/feed.rss"), new Inputs.Options(null, f, true), sink);
    }
    assertEquals(List.of(), problems);
    assertEquals(2, articles.size());
    Article followed = articles.get(1);
    assertTrue(followed.text().startsWith("The city council"), followed.text());
    assertEquals("2018-03-06T09:15:00-05:00", followed.published(), "the page has no date: the item's");
    assertEquals("feed", followed.meta().get("published_from"));
    assertEquals(server.url("/budget"), followed.origin().url());
    assertEquals("Budget passes", followed.title());
  }
}
