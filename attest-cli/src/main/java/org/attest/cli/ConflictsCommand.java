package org.attest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.attest.ledger.SqliteLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
    description = {"Contradictions in the ledger, with the evidence side by side: figures for one subject, place and month that",
        "cannot both hold; one person given different offices within 90 days; one speaker's statement worded differently."})
final class ConflictsCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;
  @Mixin LedgerOptions ledger;

  @Override
  public Integer call() throws IOException {
    try (SqliteLedger store = ledger.open()) {
      PrintStream out = Print.stdout(main);
      Print.conflicts(out, store.conflicts());
      Print.done(out);
    }
    return Main.OK;
  }
}
