package org.attest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attest} command: extraction, the ledger (ingest, queries, demo), evaluation and benchmark subcommands. */
@Command(
    name = "attest",
    mixinStandardHelpOptions = true,
    version = "attest 0.1.0",
    description = "Attributed claims from news articles: who said what, which figures, according to whom, for when.",
    subcommands = {ExtractCommand.class, IngestCommand.class, FiguresCommand.class, ConflictsCommand.class, SearchCommand.class, WhoCommand.class,
        ShowCommand.class, ExportCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit codes: 0 all done, 1 some input was skipped, 2 bad command line, 3 an I/O failure. */
  static final int OK = 0;
  static final int SKIPPED = 1;
  static final int USAGE = 2;

  /** Where documents go without -o: the process's standard output as a raw stream, no PrintStream. */
  final java.io.OutputStream stdout;

  Main(java.io.OutputStream stdout) {
    this.stdout = stdout;
  }

  public static void main(String[] args) {
    // the file descriptor, not System.out: a PrintStream would hide a full disk or a closed pipe
    System.exit(run(new java.io.FileOutputStream(java.io.FileDescriptor.out), args));
  }

  static int run(String... args) {
    return run(new java.io.FileOutputStream(java.io.FileDescriptor.out), args);
  }

  /** An input or output failed as a whole (an unwritable output, a full disk). */
  static final int IO_ERROR = 3;

  static int run(java.io.OutputStream stdout, String... args) {
    CommandLine cli = new CommandLine(new Main(stdout));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
        System.err.println("attest: " + describe(e));
        return IO_ERROR;
      }
      throw e;
    });
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : IO_ERROR);
    return cli.execute(args);
  }

  private static String describe(Exception e) {
    Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    if (t instanceof java.nio.file.NoSuchFileException n) return n.getFile() + ": no such file or directory";
    if (t instanceof java.nio.file.AccessDeniedException d) return d.getFile() + ": permission denied";
    return t.getMessage() != null ? t.getMessage() : t.toString();
  }
}
