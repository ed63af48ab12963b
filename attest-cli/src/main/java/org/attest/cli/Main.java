package org.attest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attest} command: extraction, evaluation and benchmark subcommands. */
@Command(
    name = "attest",
    mixinStandardHelpOptions = true,
    version = "attest 0.1.0",
    description = "Attributed claims from news articles: who said what, which figures, according to whom, for when.",
    subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit codes: 0 all done, 1 some input was skipped, 2 bad command line. */
  static final int OK = 0;
  static final int SKIPPED = 1;
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }
}
