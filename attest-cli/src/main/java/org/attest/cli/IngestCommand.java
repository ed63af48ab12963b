package org.attest.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.Attest;
import org.attest.io.ArticleReader;
import org.attest.io.InputProblem;
import org.attest.ledger.Ledger;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.web.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extract articles and store them in the ledger, in transactions of --batch articles.",
      "PATH is a file (.txt, .jsonl, .html, .warc, .rss/.atom/.xml, each also .gz), a folder (its files of these kinds, recursively),",
      "an http(s) URL (a page or a feed) or '-' for stdin; --urls reads a list of URLs.",
      "A bad article, a damaged file or a folder that cannot be read is reported and skipped; the exit code is then 1.",
      "A text already stored is not extracted again: a copy from another outlet adds an appearance, the same copy nothing.",
      "A killed ingest keeps every batch it committed; running it again resumes where it stopped."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin LedgerOptions ledger;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, folders, URLs, or '-' for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch = 200;

  @Mixin InputOptions input;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Worker threads extracting, one pipeline each (default: every core); one thread writes, in the input's order.")
  int threads;

  /** What an ingest did. */
  record Counts(int added, int appearances, int unchanged, int skipped) {}

  @Override
  public Integer call() throws IOException {
    if (batch < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
    if (threads < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 (every core) or more");
    if (paths.isEmpty() && input.urls == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a PATH or --urls LIST");
    ExtractCommand.Progress progress = ExtractCommand.Progress.onTerminal();
    Counts c;
    int[] unreadableList = {0};
    List<String> inputs = input.inputs(paths, () -> unreadableList[0]++);
    try (InputOptions fetching = input; Ledger store = ledger.openToWrite()) {
      c = ingest(store, inputs, input, batch, Workers.threads(threads), progress);
      if (unreadableList[0] > 0) c = new Counts(c.added, c.appearances, c.unchanged, c.skipped + unreadableList[0]);
      Ledger.Stats s = store.stats();
      System.err.printf("attest: %,d new, %,d more appearance(s), %,d already stored, %,d skipped; the ledger holds %,d articles "
          + "(%,d appearances), %,d canonical entities, %,d quotes, %,d figure claims%n", c.added, c.appearances, c.unchanged, c.skipped,
          s.articles(), s.appearances(), s.canonical(), s.quotes(), s.claims());
    }
    return c.skipped > 0 ? Main.SKIPPED : Main.OK;
  }

  /**
   * Reads, extracts and stores the files and folders of {@code paths}; commits every {@code batch} articles and at the end.
   * A folder or file the walk cannot read is reported and counted as skipped.
   */
  static Counts ingest(Ledger store, List<String> paths, InputOptions input, int batch, int threads, ExtractCommand.Progress progress)
      throws IOException {
    try (Storing sink = new Storing(store, batch, threads, progress)) {
      List<String> files = Inputs.files(paths, problem -> {
        ExtractCommand.report(problem);
        sink.problem(problem);
      });
      Inputs.Options options = input.options(files);
      for (String file : files) {
        sink.file = file;
        ExtractCommand.readOne(file, options, sink);
      }
      return sink.finish();
    }
  }

  /** Ingests one stream (the demo corpus inside the jar), on one thread. */
  static Counts ingest(Ledger store, java.io.InputStream in, String name, ArticleReader.Format format, int batch) throws IOException {
    try (Storing sink = new Storing(store, batch, 1, ExtractCommand.Progress.onTerminal())) {
      sink.file = name;
      ExtractCommand.read(in, name, name, format, sink);
      return sink.finish();
    }
  }

  /**
   * Takes articles one by one: a stored text is an appearance, a new one is extracted (on the
   * workers) and added, by this thread alone, in the input's order.
   */
  private static final class Storing implements ArticleReader.Sink, AutoCloseable {
    private final Ledger store;
    private final int batch;
    private final ExtractCommand.Progress progress;
    private final Workers workers;
    private final OtherLanguages languages = new OtherLanguages();
    private final int[] n = new int[5]; // added, appearances, unchanged, skipped, pending
    String file;

    Storing(Ledger store, int batch, int threads, ExtractCommand.Progress progress) {
      this.store = store;
      this.batch = batch;
      this.progress = progress;
      this.workers = new Workers(threads, false, this::extracted);
    }

    @Override
    public void article(Article a, int line) {
      try {
        String hash = Ledger.hash(a.text());
        if (store.contains(hash)) { // stored before (or earlier in this run, and handed over already): no extraction
          counted(store.appearance(hash, a));
        } else {
          workers.submit(file, line, a); // the same text twice in flight: the second is stored as an appearance
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private void extracted(String file, int line, Article a, org.attest.Attest.Explained extracted, RuntimeException failure) throws IOException {
      if (failure != null) { // a bug on one article must not stop the corpus
        ExtractCommand.report(new InputProblem(file, line, "article " + a.id() + ": internal error: " + failure));
        n[3]++;
        return;
      }
      languages.see(a);
      Ledger.Added added;
      try {
        added = store.add(a, extracted.document());
      } catch (IOException e) { // the ledger took none of it: report the article and go on
        ExtractCommand.report(new InputProblem(file, line, "article " + a.id() + ": not stored: " + e.getMessage()));
        n[3]++;
        return;
      }
      counted(added);
    }

    private void counted(Ledger.Added added) throws IOException {
      n[added.ordinal()]++;
      if (++n[4] >= batch) {
        store.commit();
        n[4] = 0;
      }
      progress.tick(n[0] + n[1] + n[2]);
    }

    @Override
    public void problem(InputProblem problem) { // reported by the reading side
      n[3]++;
    }

    Counts finish() throws IOException {
      workers.finish();
      store.commit();
      progress.finish(n[0] + n[1] + n[2]);
      languages.report();
      return new Counts(n[0], n[1], n[2], n[3]);
    }

    @Override
    public void close() {
      workers.close();
    }
  }
}
