package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
      "and the share of time each pipeline stage takes. The corpus is held in memory.",
      "With --ledger N: ingest throughput into a ledger, and query latency on a ledger of N articles."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Text files, JSON Lines files or folders of them (e.g. the PolNeAR dev texts).")
  List<Path> paths;

  @Option(names = "--warmup", defaultValue = "10", paramLabel = "SECONDS", description = "Warm-up time (default: ${DEFAULT-VALUE} s).")
  double warmup;

  @Option(names = "--seconds", defaultValue = "20", paramLabel = "SECONDS", description = "Measured time (default: ${DEFAULT-VALUE} s).")
  double seconds;

  @Option(names = "--ledger", paramLabel = "ARTICLES",
      description = "Also measure the ledger: ingest throughput against bare extraction (one thread), then the latency of search and "
          + "figures queries on a ledger of ARTICLES articles made by repeating and varying the corpus (e.g. 100000).")
  int ledgerArticles;

  @Override
  public Integer call() throws IOException {
    Integer code = extraction();
    if (code != Main.OK || ledgerArticles <= 0) return code;
    List<Article> corpus = new ArrayList<>();
    for (Path p : paths) load(p, corpus);
    LedgerBench.run(corpus, ledgerArticles);
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
    return Main.OK;
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
