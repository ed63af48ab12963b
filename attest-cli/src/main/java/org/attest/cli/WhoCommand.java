package org.attest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "who", mixinStandardHelpOptions = true, description = "A speaker's quotes over time, across articles (\"James Mattis\", \"Jim Mattis\", \"Mattis\").")
final class WhoCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;
  @Mixin LedgerOptions ledger;

  @Parameters(paramLabel = "NAME", arity = "1..*", description = "The speaker's name.")
  List<String> name;

  @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text or jsonl: one quote a line with its article id and span (default: ${DEFAULT-VALUE}).")
  Print.Format format = Print.Format.text;

  @Override
  public Integer call() throws IOException {
    try (Ledger store = ledger.open()) {
      PrintStream out = Print.stdout(main);
      List<Ledger.Said> said = store.who(String.join(" ", name));
      if (format == Print.Format.jsonl) {
        Print.saidJson(out, said);
        Print.done(out);
        return Main.OK;
      }
      if (said.isEmpty()) out.println("No quotes of " + String.join(" ", name) + " in the ledger.");
      String last = null;
      for (Ledger.Said s : said) {
        if (!s.speaker().equals(last)) out.println(s.speaker() + ":");
        last = s.speaker();
        out.printf("  %s  %s  (%s, %s, %s)%n", s.published() == null ? "undated" : s.published(), s.text(), s.type(), s.outlet() == null ? "unknown outlet" : s.outlet(), s.article());
      }
      Print.done(out);
    }
    return Main.OK;
  }
}
