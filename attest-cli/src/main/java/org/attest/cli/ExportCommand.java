package org.attest.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attest.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"The ledger written out: jsonl (one attest/1 document a line), csv or parquet (one figure claim a row),",
        "claimreview (schema.org ClaimReview JSON-LD of each figure claim with its appearance, author and date)."})
final class ExportCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;
  @Mixin LedgerOptions ledger;

  enum Format { jsonl, csv, parquet, claimreview }

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv|parquet|claimreview", description = "What to write.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT (atomically) instead of stdout.")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (Ledger store = ledger.open();
        ExtractCommand.AtomicOutput out = ExtractCommand.AtomicOutput.open(output, main.stdout)) {
      store.export(format.name(), out.stream());
      out.stream().flush();
      out.commit();
    }
    return Main.OK;
  }
}
