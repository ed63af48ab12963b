package org.attest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.attest.Attest;
import org.attest.ledger.Ledger;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.server.Server;

/**
 * The server's benchmark: a bounded load on loopback against a large ledger. 32 clients ask for
 * article pages, timelines and searches (and the same through the API) for a fixed time each;
 * requests/s and p50/p99 latency are printed, with every answer that was not a 200 counted.
 */
final class ServeBench {
  private ServeBench() {}

  static final int CLIENTS = 32;
  /** No client sends more than this many requests in one measurement, however fast the server. */
  static final int MAX_REQUESTS = 200_000;

  /** Builds the ledger in {@code dir} from the corpus when it holds none, then loads it. */
  static void run(List<Article> corpus, int articles, Path dir, double seconds) throws IOException, InterruptedException {
    if (!Files.isRegularFile(dir.resolve("ledger.db"))) {
      if (corpus.isEmpty()) throw new IOException(dir + ": no ledger here; give a corpus PATH to build one");
      long t0 = System.nanoTime();
      Attest engine = new Attest();
      List<Document> docs = new ArrayList<>();
      try (Ledger ledger = Ledger.open(dir)) {
        for (Article a : corpus) {
          Document d = engine.extract(a);
          docs.add(d);
          ledger.add(a, d);
        }
        ledger.commit();
        long have = LedgerBench.grow(ledger, docs, articles);
        System.out.printf("ledger of %,d articles built in %s in %.0f s%n", have, dir, (System.nanoTime() - t0) / 1e9);
      }
    }
    List<String> keys = new ArrayList<>(), subjects = new ArrayList<>(), words = new ArrayList<>();
    targets(dir, keys, subjects, words);
    try (Server server = Server.start(new Server.Options(dir, "127.0.0.1", 0, null))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      System.out.printf("%d clients on loopback, %.0f s each after a warm-up; %d articles, %d subjects, %d searches to ask for%n", CLIENTS, seconds,
          keys.size(), subjects.size(), words.size());
      System.out.println("first ask: each URL once, one client, before anything is kept (the server keeps answers until the ledger changes)");
      System.out.printf("%-16s %9s %9s %9s %9s %9s %7s %11s %11s%n", "", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors",
          "first p50", "first p99");
      String[][] scenarios = {
          {"article page", "/article?id="}, {"timeline page", "/figures?subject="}, {"search page", "/search?q="},
          {"API article", "/api/articles/"}, {"API figures", "/api/figures?subject="}, {"API search", "/api/search?q="}};
      for (String[] s : scenarios) {
        List<String> from = s[1].contains("subject") ? subjects : s[1].contains("q=") ? words : keys;
        List<String> urls = new ArrayList<>();
        for (String x : from) urls.add(base + s[1] + URLEncoder.encode(x, StandardCharsets.UTF_8));
        double[] first = firstAsk(http, urls);
        load(http, urls, Math.min(5, seconds / 2)); // warm-up
        Result r = load(http, urls, seconds);
        System.out.printf("%-16s %,9d %,9.0f %9.1f %9.1f %9.1f %7d %11.1f %11.1f%n", s[0], r.latencies.length, r.latencies.length / r.seconds,
            pct(r.latencies, 50), pct(r.latencies, 99), pct(r.latencies, 100), r.errors, pct(first, 50), pct(first, 99));
      }
    }
  }

  /** Keys of articles spread over the ledger, subjects of their figures, pairs of words of their quotes. */
  private static void targets(Path dir, List<String> keys, List<String> subjects, List<String> words) throws IOException {
    ObjectMapper json = new ObjectMapper();
    LinkedHashSet<String> s = new LinkedHashSet<>(), w = new LinkedHashSet<>();
    try (Ledger l = Ledger.openReadOnly(dir)) {
      long n = l.stats().articles();
      Random random = new Random(7);
      for (int i = 0; i < 300; i++) {
        for (Ledger.Listed a : l.articles(null, null, null, (int) (random.nextDouble() * Math.max(1, n - 1)), 1)) {
          keys.add(a.key());
          JsonNode doc = json.readTree(l.article(a.key()).orElseThrow().document());
          for (JsonNode c : doc.path("claims")) if (c.path("subject").isTextual() && s.size() < 100) s.add(c.path("subject").asText());
          for (JsonNode q : doc.path("quotes")) {
            String[] t = q.path("text").asText().replaceAll("[^\\p{L} ]", " ").trim().split("\\s+");
            for (int j = 0; j + 1 < t.length && w.size() < 200; j += 7) if (t[j].length() > 3 && t[j + 1].length() > 3) w.add(t[j] + " " + t[j + 1]);
          }
        }
      }
    }
    subjects.addAll(s);
    words.addAll(w);
  }

  private record Result(double[] latencies, int errors, double seconds) {}

  /** Each URL asked once, one after another: what a question costs the first time, sorted. */
  private static double[] firstAsk(HttpClient http, List<String> urls) throws InterruptedException {
    double[] out = new double[urls.size()];
    for (int i = 0; i < out.length; i++) {
      long s = System.nanoTime();
      try {
        http.send(HttpRequest.newBuilder(URI.create(urls.get(i))).build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        // counted as the time it took; the loaded run counts errors
      }
      out[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(out);
    return out;
  }

  /** {@link #CLIENTS} threads, each asking for random URLs of the list until the time is up. */
  private static Result load(HttpClient http, List<String> urls, double seconds) throws InterruptedException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<double[]> each = new ArrayList<>();
    int[] counts = new int[CLIENTS];
    AtomicInteger errors = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      double[] mine = new double[MAX_REQUESTS];
      each.add(mine);
      int client = c;
      Thread t = new Thread(() -> {
        Random random = new Random(client);
        int n = 0;
        while (n < MAX_REQUESTS && System.nanoTime() < end) {
          HttpRequest req = HttpRequest.newBuilder(URI.create(urls.get(random.nextInt(urls.size())))).build();
          long s = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) errors.incrementAndGet();
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            return;
          }
          mine[n++] = (System.nanoTime() - s) / 1e6;
        }
        counts[client] = n;
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    double took = (System.nanoTime() - t0) / 1e9;
    int total = 0;
    for (int n : counts) total += n;
    double[] all = new double[total];
    int at = 0;
    for (int c = 0; c < CLIENTS; c++) {
      System.arraycopy(each.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new Result(all, errors.get(), took);
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) return Double.NaN;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
