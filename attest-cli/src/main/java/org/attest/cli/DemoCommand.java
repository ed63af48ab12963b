package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attest.io.ArticleReader;
import org.attest.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingests the project's example corpus into a fresh ledger and prints the figure timeline of ISIS fighters",
        "and the conflicts found. The corpus is the example article and five short reports invented for the demo",
        "(marked \"invented\" in their records and their outlets' names)."})
final class DemoCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;

  /** The corpus, inside the jar. */
  static final String CORPUS = "/org/attest/demo/corpus.jsonl";

  @Option(names = "--ledger", paramLabel = "DIR", description = "Keep the demo ledger in DIR (a new folder); by default a temporary one, removed afterwards.")
  Path dir;

  @Override
  public Integer call() throws IOException {
    Path where = dir;
    boolean temporary = where == null;
    if (temporary) where = Files.createTempDirectory("attest-demo");
    else if (Files.exists(where.resolve("ledger.db"))) throw new IOException(where + ": already holds a ledger; the demo needs a fresh one");
    PrintStream out = Print.stdout(main);
    try {
      try (Ledger store = Ledger.open(where); InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
        IngestCommand.Counts c = IngestCommand.ingest(store, in, "demo corpus", ArticleReader.Format.JSONL, 100);
        Ledger.Stats s = store.stats();
        out.printf("Ingested the example corpus into a fresh ledger%s: %d articles stored (%d appearances: one text came from two outlets),%n"
            + "%d canonical entities, %d quotes, %d figure claims.%n%n", temporary ? "" : " at " + where, s.articles(), s.appearances(),
            s.canonical(), s.quotes(), s.claims());
        if (c.skipped() > 0) out.println("(" + c.skipped() + " article(s) of the corpus could not be read)");
        Print.figures(out, "ISIS fighters", store.figures("ISIS fighters", null, null, null));
        out.println();
        Print.conflicts(out, ConflictsCommand.select(store.conflicts(Ledger.CONFLICT_KINDS), Ledger.CONFLICT_KINDS, 0.5));
        out.printf("%nOpen the demo ledger in the browser: ./attest serve --demo (then http://127.0.0.1:8080/)%n");
      }
    } finally {
      if (temporary) delete(where);
    }
    Print.done(out);
    return Main.OK;
  }

  /** Removes a folder and all it holds (a temporary ledger). */
  static void delete(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
