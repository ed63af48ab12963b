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
        ShowCommand.class, ExportCommand.class, ImportCommand.class, DemoCommand.class, ServeCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit codes: 0 all done, 1 some input was skipped, 2 bad command line, 3 an I/O failure, 4 out of memory. */
  static final int OK = 0;
  static final int SKIPPED = 1;
  static final int USAGE = 2;

  /** Where documents go without -o: the process's standard output as a raw stream, no PrintStream. */
  final java.io.OutputStream stdout;

  Main(java.io.OutputStream stdout) {
    this.stdout = stdout;
  }

  public static void main(String[] args) {
    int code;
    try {
      // the file descriptor, not System.out: a PrintStream would hide a full disk or a closed pipe
      code = run(new java.io.FileOutputStream(java.io.FileDescriptor.out), args);
    } catch (OutOfMemoryError e) { // before the command ran (a tiny heap): the same line, the same code
      code = outOfMemory();
    }
    System.exit(code);
  }

  static int run(String... args) {
    return run(new java.io.FileOutputStream(java.io.FileDescriptor.out), args);
  }

  /** An input or output failed as a whole (an unwritable output, a full disk). */
  static final int IO_ERROR = 3;

  /** The Java heap ran out (a larger heap may do: {@code JAVA_TOOL_OPTIONS=-Xmx8g}). */
  static final int OUT_OF_MEMORY = 4;

  static int run(java.io.OutputStream stdout, String... args) {
    return execute(new CommandLine(new Main(stdout)), args);
  }

  /**
   * Runs a command line; every failure it knows ends in one line on stderr and its exit code: an I/O failure, also when a
   * library wraps it in an unchecked exception of its own (Parquet's writer does), exits 3; running out of memory, in this thread
   * or in a worker, exits 4.
   */
  static int execute(CommandLine cli, String... args) {
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (cause(e, OutOfMemoryError.class) != null) return outOfMemory();
      java.io.IOException io = cause(e, java.io.IOException.class);
      if (io != null) {
        System.err.println(Print.message("attest: " + describe(io)));
        return IO_ERROR;
      }
      throw e;
    });
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : IO_ERROR);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) { // an Error passes picocli's handlers by
      return outOfMemory();
    }
  }

  private static final String OUT_OF_MEMORY_MESSAGE =
      "attest: out of memory; give Java a larger heap (for example JAVA_TOOL_OPTIONS=-Xmx8g) or the command less input at once";

  /** Memory held back for the out-of-memory message: freed when the heap is full, so the message can still be written. */
  private static byte[] reserve = new byte[1 << 16];

  private static int outOfMemory() {
    reserve = null;
    try {
      System.err.println(OUT_OF_MEMORY_MESSAGE);
    } catch (OutOfMemoryError stillFull) {
      // the exit code says it
    }
    return OUT_OF_MEMORY;
  }

  /** The exception itself or the first of its causes of that type; null when none is. */
  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) return type.cast(t);
    }
    return null;
  }

  private static String describe(java.io.IOException t) {
    if (t instanceof java.nio.file.NoSuchFileException n) return n.getFile() + ": no such file or directory";
    if (t instanceof java.nio.file.AccessDeniedException d) return d.getFile() + ": permission denied";
    return t.getMessage() != null ? t.getMessage() : t.toString();
  }
}
