package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attest.Attest;
import org.attest.io.ArticleReader;
import org.attest.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure extraction throughput on one thread: articles/s and tokens/s after warm-up,",
      "and the share of time each pipeline stage takes; then one thread against every core (--threads).",
      "The corpus is held in memory.",
      "With --ledger N: ingest throughput into a ledger, and query latency on a ledger of N articles.",
      "With --pathological: extraction time on made-up worst cases (a pasted image, quotation marks or periods",
      "glued to letters, runs of numbers or pronouns) of 250 KB, 500 KB and 1 MB, to show it grows linearly.",
      "With --pages [DIR]: pages/s for HTML to attest/1, page reading alone and with the analysis, on the HTML files of DIR",
      "or on generated pages.",
      "With --serve DIR: attest serve under 32 clients on loopback (article page, timeline, search; pages and API)."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text files, JSON Lines files or folders of them (e.g. the PolNeAR dev texts).")
  List<Path> paths = List.of();

  @Option(names = "--warmup", defaultValue = "10", paramLabel = "SECONDS", description = "Warm-up time (default: ${DEFAULT-VALUE} s).")
  double warmup;

  @Option(names = "--seconds", defaultValue = "20", paramLabel = "SECONDS", description = "Measured time (default: ${DEFAULT-VALUE} s).")
  double seconds;

  @Option(names = "--ledger", paramLabel = "ARTICLES",
      description = "Also measure the ledger: ingest throughput against bare extraction (one thread), then the latency of search and "
          + "figures queries on a ledger of ARTICLES articles made by repeating and varying the corpus (e.g. 100000).")
  int ledgerArticles;

  @Option(names = "--synthetic",
      description = "With --ledger N: build ledgers of N varied synthetic articles written straight into the store (no extraction, no PATH),"
          + " at each --ledger-at, and time figures, search, who and article-page queries on them.")
  boolean synthetic;

  @Option(names = "--ledger-at", paramLabel = "LEDGER",
      description = "Where --synthetic builds (or builds on) a ledger: a folder or a postgresql:// URL; repeat it to compare stores"
          + " (default: a temporary folder, deleted after).")
  List<String> ledgerAt = new ArrayList<>();

  @Option(names = "--pages", arity = "0..1", paramLabel = "DIR", fallbackValue = "",
      description = "Pages/s for HTML → attest/1 (reading alone, and with analysis) on DIR's HTML files, or on generated pages (no PATH needed).")
  String pages;

  @Option(names = "--serve", paramLabel = "DIR",
      description = "Measure attest serve instead: 32 clients on loopback ask for article pages, timelines and searches (pages and API) "
          + "of the ledger in DIR for --seconds each; DIR is built first from PATH when it holds no ledger (--ledger articles, default 100000).")
  Path serve;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "Also measure N threads against one on the same corpus (default: every core; 1: skip).")
  int threads;

  @Option(names = "--pathological", description = "Time extraction on 250 KB, 500 KB and 1 MB worst-case inputs (no PATH needed).")
  boolean pathological;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (synthetic) return synthetic();
    if (serve != null) {
      List<Article> corpus = new ArrayList<>();
      for (Path p : paths) load(p, corpus);
      ServeBench.run(corpus, ledgerArticles > 0 ? ledgerArticles : 100_000, serve, seconds);
      return Main.OK;
    }
    if (pages != null) {
      PageBench.run(pages.isEmpty() ? null : Path.of(pages), warmup, seconds);
      if (paths.isEmpty() && !pathological) return Main.OK;
    }
    if (pathological) {
      pathological();
      if (paths.isEmpty()) return Main.OK;
    } else if (paths.isEmpty()) {
      System.err.println("attest: bench: give a PATH (or --pathological, --pages)");
      return Main.USAGE;
    }
    Integer code = extraction();
    if (code != Main.OK || ledgerArticles <= 0) return code;
    List<Article> corpus = new ArrayList<>();
    for (Path p : paths) load(p, corpus);
    LedgerBench.run(corpus, ledgerArticles);
    return Main.OK;
  }

  private Integer synthetic() throws IOException {
    int n = ledgerArticles > 0 ? ledgerArticles : 100_000;
    if (!ledgerAt.isEmpty()) {
      SyntheticBench.run(ledgerAt, n, 5000);
      return Main.OK;
    }
    Path dir = java.nio.file.Files.createTempDirectory("attest-bench-synthetic");
    try {
      SyntheticBench.run(List.of(dir.toString()), n, 5000);
    } finally {
      DemoCommand.delete(dir);
    }
    return Main.OK;
  }

  private Integer extraction() throws IOException {
    List<Article> corpus = new ArrayList<>();
    for (Path p : paths) load(p, corpus);
    if (corpus.isEmpty()) {
      System.err.println("attest: bench: no articles in " + paths);
      return Main.USAGE;
    }
    long chars = 0;
    for (Article a : corpus) chars += a.text().length();
    System.out.printf("corpus: %,d articles, %,d characters%n", corpus.size(), chars);
    Attest engine = new Attest();
    run(engine, corpus, warmup);
    Attest.Profile profile = new Attest.Profile();
    engine.profile(profile);
    long wall = run(engine, corpus, seconds);
    double s = wall / 1e9;
    System.out.printf("one thread, %.1f s after %.1f s warm-up:%n", s, warmup);
    System.out.printf("  %,.0f articles/s%n", profile.documents() / s);
    System.out.printf("  %,.0f tokens/s%n", profile.tokens() / s);
    long total = profile.totalNanos();
    for (Attest.Stage stage : Attest.Stage.values()) {
      System.out.printf("  %-9s %5.1f%% of extraction time%n", stage.name().toLowerCase(), 100.0 * profile.nanos(stage) / total);
    }
    int n = Workers.threads(threads);
    if (n > 1) ThreadBench.run(corpus, n, warmup, seconds);
    return Main.OK;
  }

  /** The worst cases, each a function of its size in characters: one token, or one long sentence. */
  private static Map<String, IntFunction<String>> worstCases() {
    Map<String, IntFunction<String>> cases = new LinkedHashMap<>();
    cases.put("pasted base64 image (1 token)", n -> {
      byte[] bytes = new byte[n * 3 / 4 + 3];
      new Random(n).nextBytes(bytes);
      return Base64.getEncoder().encodeToString(bytes).substring(0, n);
    });
    cases.put("\"x\"x\"x... (1 run)", n -> repeat("\"x", n));
    cases.put("a.a.a... (1 token)", n -> repeat("a.", n));
    cases.put("“x”“x”... (1 run)", n -> repeat("“x”", n));
    cases.put("1 1 1 ... (numbers)", n -> repeat("1 ", n));
    cases.put("he he he ... (pronouns)", n -> repeat("he ", n));
    return cases;
  }

  private static String repeat(String s, int chars) {
    return s.repeat(chars / s.length() + 1).substring(0, chars);
  }

  /** Extraction time of each worst case at 250 KB, 500 KB and 1 MB: linear time doubles with the size. */
  private void pathological() {
    int[] sizes = {250_000, 500_000, 1_000_000};
    Attest engine = new Attest();
    System.out.println("worst cases, one thread, after warm-up: seconds to extract (growth from 250 KB to 1 MB: linear x4, quadratic x16)");
    System.out.printf("  %-32s %8s %8s %8s   growth%n", "", "250 KB", "500 KB", "1 MB");
    for (Map.Entry<String, IntFunction<String>> c : worstCases().entrySet()) {
      engine.extract(new Article("warm-up", c.getValue().apply(sizes[0]), null));
      StringBuilder line = new StringBuilder(String.format("  %-32s", c.getKey()));
      double first = 0, last = 0;
      for (int size : sizes) {
        String text = c.getValue().apply(size);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) { // the best of three: a pause of the machine is not the extraction's
          long t0 = System.nanoTime();
          engine.extract(new Article("worst-case", text, null));
          best = Math.min(best, System.nanoTime() - t0);
        }
        double s = best / 1e9;
        if (first == 0) first = s;
        last = s;
        line.append(String.format(" %8.2f", s));
      }
      System.out.println(line.append(String.format("   x%.1f", last / first)));
      System.out.flush();
    }
  }

  /** Runs over the corpus until {@code seconds} have passed; returns the wall time in ns. */
  private static long run(Attest engine, List<Article> corpus, double seconds) {
    long start = System.nanoTime();
    long until = start + (long) (seconds * 1e9);
    long sink = 0;
    while (System.nanoTime() < until) {
      for (Article a : corpus) {
        sink += engine.extract(a).quotes().size();
        if (System.nanoTime() >= until) break;
      }
    }
    if (sink == 42) System.out.print(""); // keep the results alive
    return System.nanoTime() - start;
  }

  static void load(Path p, List<Article> out) throws IOException {
    if (Files.isDirectory(p)) {
      try (Stream<Path> files = Files.walk(p)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String n = f.toString();
          if (n.endsWith(".txt") || n.endsWith(".jsonl")) load(f, out);
        }
      }
      return;
    }
    try (InputStream in = Files.newInputStream(p)) {
      ArticleReader.read(in, p.toString(), ExtractCommand.baseName(p), ArticleReader.Format.of(p.toString()), out::add,
          problem -> System.err.println("attest: " + problem));
    }
  }
}
