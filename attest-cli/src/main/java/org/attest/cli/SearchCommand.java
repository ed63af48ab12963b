package org.attest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Quotes and figure claims holding all the words, best first (full text, BM25).")
final class SearchCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;
  @Mixin LedgerOptions ledger;

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to find.")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", description = "At most N results (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or jsonl: one result a line with its article id and span (default: ${DEFAULT-VALUE}).")
  Print.Format format = Print.Format.text;

  @Override
  public Integer call() throws IOException {
    try (Ledger store = ledger.open()) {
      PrintStream out = Print.stdout(main);
      List<Ledger.Hit> hits = store.search(String.join(" ", words), Math.max(1, limit));
      if (format == Print.Format.jsonl) {
        Print.hitsJson(out, hits);
        Print.done(out);
        return Main.OK;
      }
      if (hits.isEmpty()) out.println("Nothing found.");
      for (Ledger.Hit h : hits) {
        out.printf("%s %s: %s%n    %s, %s, %s%n", h.kind(), h.who() == null ? "(no source)" : h.who(), h.text(), h.outlet() == null ? "unknown outlet" : h.outlet(),
            h.published() == null ? "undated" : h.published(), h.article());
      }
      Print.done(out);
    }
    return Main.OK;
  }
}
