package org.attest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.attest.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "figures", mixinStandardHelpOptions = true,
    description = {"Every reported figure about a subject, in as-of order, with interval, source chain, outlet and article, grouped by the",
        "variable measured. The subject is matched on its structure: \"voters\" is every figure counting voters, \"Democratic voters\"",
        "those qualified Democratic, \"Cruz's delegates\" the delegates Ted Cruz holds."})
final class FiguresCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin LedgerOptions ledger;

  @Parameters(paramLabel = "SUBJECT", description = "What is counted: \"ISIS fighters\", \"fighters from the Islamic State group\".")
  String subject;

  @Option(names = "--place", paramLabel = "PLACE", description = "Only figures for this place (\"Iraq and Syria\", \"Syria\").")
  String place;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = ExtractCommand.DateConverter.class, description = "Only figures as of this day or later.")
  String since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = ExtractCommand.DateConverter.class, description = "Only figures as of this day or earlier.")
  String until;

  @Option(names = "--limit", paramLabel = "N", description = "At most N figures, the oldest (default: ${DEFAULT-VALUE}).")
  int limit = 1000;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (grouped by the variable measured) or jsonl: one figure a line with its article id and span (default: ${DEFAULT-VALUE}).")
  Print.Format format = Print.Format.text;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
    try (Ledger store = ledger.open()) {
      PrintStream out = Print.stdout(main);
      java.util.List<org.attest.ledger.Ledger.Figure> found = store.figures(subject, place, since, until, limit + 1);
      if (format == Print.Format.jsonl) {
        Print.figuresJson(out, found.subList(0, Math.min(found.size(), limit)));
      } else {
        Print.figures(out, subject, found.subList(0, Math.min(found.size(), limit)));
        if (found.size() > limit) out.println("(more figures follow: raise --limit or narrow with --place, --since, --until)");
      }
      Print.done(out);
    }
    return Main.OK;
  }
}
