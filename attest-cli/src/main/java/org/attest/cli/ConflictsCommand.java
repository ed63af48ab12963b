package org.attest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
    description = {"Contradictions in the ledger, with the evidence side by side, each with its reason and a confidence: two reports",
        "of one measured variable (same head, qualifiers, holder, place, period and measure) that cannot both hold; one person",
        "given offices they cannot hold at once; one speaker's statement worded differently. --kind excerpt lists quotes that",
        "only cut another (no conflict)."})
final class ConflictsCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LedgerOptions ledger;

  @Option(names = "--kind", split = ",", paramLabel = "KIND", description = "Only these kinds: figure, office, quote, excerpt (default: figure, office, quote).")
  List<String> kinds = Ledger.CONFLICT_KINDS;

  @Option(names = "--min-confidence", paramLabel = "X", description = "Only conflicts of this confidence or more, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double minConfidence = 0.5;

  @Option(names = "--limit", paramLabel = "N", description = "At most N conflicts, the most confident first (default: ${DEFAULT-VALUE}).")
  int limit = 1000;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or jsonl: one conflict a line, each side with its article id, character span and text (default: ${DEFAULT-VALUE}).")
  Print.Format format = Print.Format.text;

  @Override
  public Integer call() throws IOException {
    for (String k : kinds) {
      if (!List.of("figure", "office", "quote", "excerpt").contains(k)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--kind " + k + ": figure, office, quote or excerpt");
      }
    }
    if (limit < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
    if (minConfidence < 0 || minConfidence > 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-confidence must be between 0 and 1");
    try (Ledger store = ledger.open()) {
      PrintStream out = Print.stdout(main);
      List<Ledger.Conflict> all = select(store.conflicts(kinds), kinds, minConfidence);
      List<Ledger.Conflict> found = all;
      if (all.size() > limit) { // the most confident, then in the rules' own order
        java.util.Set<Ledger.Conflict> keep = new java.util.HashSet<>(all.stream()
            .sorted(java.util.Comparator.comparingDouble(Ledger.Conflict::confidence).reversed()).limit(limit).toList());
        found = all.stream().filter(keep::contains).toList();
      }
      if (format == Print.Format.jsonl) Print.conflictsJson(out, found);
      else Print.conflicts(out, found);
      if (all.size() > limit) System.err.println("attest: " + (all.size() - limit) + " more conflict(s): raise --limit, or narrow with --kind and --min-confidence");
      Print.done(out);
    }
    return Main.OK;
  }

  static List<Ledger.Conflict> select(List<Ledger.Conflict> all, List<String> kinds, double minConfidence) {
    return all.stream().filter(c -> kinds.contains(c.kind()) && c.confidence() >= minConfidence).toList();
  }
}
