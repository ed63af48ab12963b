package org.attest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.io.InputProblem;
import org.attest.ledger.Ledger;
import org.attest.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Store documents the Spark job extracted (its Parquet output folder) in the ledger, without extracting them again.",
      "Reads PARQUET_DIR/documents (each row's attest/1 document, the json column), in transactions of --batch documents.",
      "Like ingest, a text already stored adds nothing, the same text from another outlet adds an appearance: importing",
      "the same output again changes nothing. A row that cannot be read is reported and skipped; the exit code is then 1."
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin LedgerOptions ledger;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PARQUET_DIR", description = "The job's output folder (with documents/ in it), or a documents table.")
  Path dir;

  @Option(names = "--batch", paramLabel = "N", description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
  int batch = 200;

  @Override
  public Integer call() throws IOException {
    if (batch < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
    Path documents = Files.isDirectory(dir.resolve("documents")) ? dir.resolve("documents") : dir;
    if (!Files.exists(documents)) throw new IOException(dir + ": no such file or folder");
    List<Path> files = ParquetRows.files(documents);
    if (files.isEmpty()) throw new IOException(documents + ": no Parquet files (the Spark job writes DIR/documents/part-*.parquet)");
    IngestCommand.Counts c;
    try (Ledger store = ledger.openToWrite()) {
      c = load(store, files, batch, ExtractCommand.Progress.onTerminal());
      Path errors = documents.resolveSibling("errors");
      long jobErrors = documents.equals(dir) || !Files.isDirectory(errors) ? 0 : ParquetRows.count(errors);
      Ledger.Stats s = store.stats();
      System.err.printf("attest: %,d new, %,d more appearance(s), %,d already stored, %,d skipped%s; the ledger holds %,d articles "
          + "(%,d appearances), %,d canonical entities, %,d quotes, %,d figure claims%n", c.added(), c.appearances(), c.unchanged(), c.skipped(),
          jobErrors == 0 ? "" : String.format(" (the job's errors table holds %,d record(s) it could not read or extract)", jobErrors),
          s.articles(), s.appearances(), s.canonical(), s.quotes(), s.claims());
    }
    return c.skipped() > 0 ? Main.SKIPPED : Main.OK;
  }

  /** Stores the documents of the tables' files, committing every {@code batch} and at the end. */
  static IngestCommand.Counts load(Ledger store, List<Path> files, int batch, ExtractCommand.Progress progress) throws IOException {
    int[] n = new int[5]; // added, appearances, unchanged, skipped, pending
    for (Path file : files) {
      int[] row = {0};
      ParquetRows.read(file, List.of("json"), r -> {
        row[0]++;
        String json = ParquetRows.string(r, "json");
        Document d;
        try {
          if (json == null) throw new IOException("no attest/1 document (the json column is empty)");
          d = DocumentJson.read(json);
        } catch (IOException | RuntimeException e) {
          ExtractCommand.report(new InputProblem(file.toString(), row[0], "row " + row[0] + ": " + e.getMessage() + ", skipped"));
          n[3]++;
          return;
        }
        Ledger.Added added;
        try {
          added = store.add(d.article(), d);
        } catch (IOException e) { // the ledger took none of it: report the document and go on
          ExtractCommand.report(new InputProblem(file.toString(), row[0], "article " + d.id() + ": not stored: " + e.getMessage()));
          n[3]++;
          return;
        }
        n[added.ordinal()]++;
        if (++n[4] >= batch) {
          store.commit();
          n[4] = 0;
        }
        progress.tick(n[0] + n[1] + n[2]);
      });
    }
    store.commit();
    progress.finish(n[0] + n[1] + n[2]);
    return new IngestCommand.Counts(n[0], n[1], n[2], n[3]);
  }
}
