package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.io.ArticleReader;
import org.attest.io.Dates;
import org.attest.io.DocumentWriter;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.attest.web.Fetcher;
import org.attest.web.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract entities, quotes, times, figures and figure claims from articles and print them as attest/1 JSON.",
      "Reads plain text (.txt, optional first line 'date YYYY-MM-DD'), JSON Lines (.jsonl), web pages (.html, .htm, .xhtml,",
      "or any file whose content is HTML), WARC crawls (.warc, .warc.gz), RSS/Atom feeds (.rss, .atom, .xml), URLs, and folders of them.",
      "Also UTF-16 or UTF-32 with a byte order mark, and .gz files.",
      "A bad article is reported on stderr with its file and line and skipped (at most 5 messages a file); the exit code is then 1."
    })
final class ExtractCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;

  @Parameters(paramLabel = "INPUT", description = "Files, folders (walked), http(s) URLs; '-' or none for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date: sets or overrides the article's date.")
  String date;

  @Option(names = "--format", paramLabel = "json|jsonl",
      description = "Output: json (one pretty object, an array for several) or jsonl (one object a line). "
          + "Default: json for one text article, jsonl otherwise.")
  DocumentWriter.Layout format;

  @picocli.CommandLine.Mixin InputOptions input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--explain",
      description = "Also write the rule behind each decision: \"rule\" (and \"rules\", every step, when several ran) in each mention, "
          + "quote, figure, time and claim (\"quote.cue-after\", \"time.weekday\", \"number.digits\", \"claim.quote-speaker\", "
          + "\"entity.same-name\").")
  boolean explain;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Worker threads, one pipeline each (default: every core); the output keeps the input's order.")
  int threads;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write to OUT instead of stdout: a file atomically (complete or not at all), a device or pipe (/dev/null) directly.")
  Path output;

  /** Validates --date so a bad date is a usage error naming the option. */
  static final class DateConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (Dates.isDate(value)) return value;
      throw new picocli.CommandLine.TypeConversionException("'" + InputProblem.escape(value) + "' is not a date YYYY-MM-DD");
    }
  }

  @Override
  public Integer call() throws IOException {
    if (threads < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 (every core) or more");
    Counts counts = new Counts();
    List<String> given = input.inputs(files, () -> counts.skipped++);
    if (given.isEmpty() && input.urls == null) given.add("-");
    List<String> inputs = Inputs.files(given, problem -> {
      report(problem);
      counts.skipped++;
    });
    DocumentWriter.Layout layout = format != null ? format : defaultLayout(inputs);
    Progress progress = Progress.onTerminal();
    OtherLanguages languages = new OtherLanguages();
    Inputs.Options options = input.options(inputs);
    boolean atomic;
    try (InputOptions fetching = input; AtomicOutput out = AtomicOutput.open(output, main.stdout)) {
      atomic = out.atomic();
      try (DocumentWriter writer = new DocumentWriter(out.stream(), layout, layout == DocumentWriter.Layout.JSON && !single(inputs));
          Workers workers = new Workers(Workers.threads(threads), explain, (file, line, a, d, failure) -> {
            if (failure != null) { // a bug on one article must not stop the corpus
              report(new InputProblem(file, line, "article " + a.id() + ": internal error: " + failure));
              counts.skipped++;
              return;
            }
            writer.write(d.document(), d.rules());
            languages.see(a);
            counts.done++;
            progress.tick(counts.done);
          })) {
        for (String file : inputs) {
          readOne(file, options, new ArticleReader.Sink() {
            @Override
            public void article(Article article, int line) {
              try {
                workers.submit(file, line, date != null ? article.withPublished(date) : article);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }

            @Override
            public void problem(InputProblem problem) { // readOne has reported it
              counts.skipped++;
            }
          });
        }
        workers.finish();
      }
      // every article skipped: an existing output file is worth more than an empty one
      if (counts.done > 0 || counts.skipped == 0) out.commit();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    progress.finish(counts.done);
    languages.report();
    if (counts.skipped > 0) {
      System.err.println("attest: " + counts.skipped + " article(s) skipped, " + counts.done + " extracted"
          + (atomic && counts.done == 0 ? "; nothing written, " + InputProblem.escape(output.toString()) + " left as it was" : ""));
      return Main.SKIPPED;
    }
    return Main.OK;
  }

  private static final class Counts {
    int done;
    int skipped;
  }

  /** Whether the input is one file of one article: a text or a page (not a folder, a URL, a feed or a crawl). */
  private boolean single(List<String> inputs) {
    if (inputs.size() != 1 || !files.equals(inputs)) return false;
    String f = inputs.get(0);
    if (f.equals("-") || Fetcher.isUrl(f)) return false;
    Inputs.Kind in = input.kind != null ? input.kind : Inputs.Kind.of(f);
    return in == null || in == Inputs.Kind.TEXT || in == Inputs.Kind.HTML;
  }

  private DocumentWriter.Layout defaultLayout(List<String> inputs) {
    return single(inputs) ? DocumentWriter.Layout.JSON : DocumentWriter.Layout.JSONL;
  }

  /** Problems printed a file; the rest are counted in one line. */
  static final int MESSAGES_PER_FILE = 5;

  /**
   * Reads one input ('-' for stdin, .gz decompressed, UTF-16 decoded), reporting a missing or unreadable file as a problem.
   * Every problem goes to {@code sink}; the first {@link #MESSAGES_PER_FILE} of the file are printed, then one line says how
   * many more there were.
   */
  static void readOne(String file, Inputs.Options options, ArticleReader.Sink sink) throws IOException {
    Reported reported = new Reported(sink);
    try {
      open(file, options, reported);
    } finally {
      reported.summary(file.equals("-") ? "<stdin>" : file);
    }
  }

  /** Reads a stream (the demo corpus), reporting its problems as {@link #readOne} does. */
  static void read(InputStream in, String name, String id, ArticleReader.Format format, ArticleReader.Sink sink) throws IOException {
    Reported reported = new Reported(sink);
    try {
      ArticleReader.read(in, name, id, format, reported);
    } finally {
      reported.summary(name);
    }
  }

  private static void open(String file, Inputs.Options options, ArticleReader.Sink sink) throws IOException {
    if (!file.equals("-")) {
      Inputs.read(file, options, sink);
      return;
    }
    if (Stdin.closed()) {
      sink.problem(new InputProblem("<stdin>", 0, "standard input is closed: give input files, or pipe the input in"));
      return;
    }
    InputStream in;
    try {
      in = ArticleReader.decoded(new java.io.BufferedInputStream(System.in, 1 << 16));
    } catch (IOException e) {
      sink.problem(new InputProblem("<stdin>", 0, "cannot read: " + reason(e)));
      return;
    }
    Inputs.read(in, "<stdin>", "stdin", options.kind(), options, sink);
  }

  /** Why a file operation failed, without the file's name (the caller names it, escaped). */
  static String reason(IOException e) {
    return Inputs.reason(e);
  }

  /** Prints a file's first problems, counts the others, and passes all of them on. */
  private static final class Reported implements ArticleReader.Sink {
    private final ArticleReader.Sink sink;
    private int problems;

    Reported(ArticleReader.Sink sink) {
      this.sink = sink;
    }

    @Override
    public void article(Article article, int line) {
      sink.article(article, line);
    }

    @Override
    public void problem(InputProblem problem) {
      if (++problems <= MESSAGES_PER_FILE) report(problem);
      sink.problem(problem);
    }

    void summary(String file) {
      if (problems > MESSAGES_PER_FILE) {
        System.err.println("attest: ... and " + (problems - MESSAGES_PER_FILE) + " more bad lines in " + InputProblem.escape(file));
      }
    }
  }

  /** Standard input, when the process was started with it closed. */
  static final class Stdin {
    private Stdin() {}

    /**
     * Whether descriptor 0 was closed when the process started. The JVM then opens its own files (the runtime image, the
     * jar) on the free descriptor 0, and System.in would read them: Linux shows it in /proc/self/fd/0. Elsewhere: false.
     */
    static boolean closed() {
      Path fds = Path.of("/proc/self/fd");
      if (!Files.isDirectory(fds)) return false;
      Path target;
      try {
        target = Files.readSymbolicLink(fds.resolve("0"));
      } catch (NoSuchFileException e) {
        return true;
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
      if (!target.isAbsolute()) return false; // pipe:[...], socket:[...]
      java.util.List<Path> own = new ArrayList<>();
      String home = System.getProperty("java.home");
      if (home != null) own.add(Path.of(home));
      for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
        // jars only: a folder on the class path may hold the very file a user redirects in
        if (!entry.isEmpty() && Files.isRegularFile(Path.of(entry))) own.add(Path.of(entry));
      }
      for (Path p : own) {
        Path real;
        try {
          real = p.toRealPath();
        } catch (IOException | java.nio.file.InvalidPathException e) {
          real = p.toAbsolutePath().normalize();
        }
        if (target.startsWith(real) || target.startsWith(p.toAbsolutePath().normalize())) return true;
      }
      return false;
    }
  }

  static String baseName(Path path) {
    String n = path.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** One line on stderr; {@link InputProblem#toString} escapes control characters. */
  static void report(InputProblem p) {
    System.err.println("attest: " + p);
  }

  /**
   * Output to a regular file goes to a temporary file first and is moved in place only when complete; a device or pipe
   * ({@code /dev/null}, a FIFO) is written directly. Failures name the target, never the temporary file.
   */
  static final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
      this.target = target;
      this.temp = temp;
      this.stream = stream;
    }

    static AtomicOutput open(Path target, OutputStream stdout) throws IOException {
      if (target == null) {
        return new AtomicOutput(null, null, new java.io.FilterOutputStream(new java.io.BufferedOutputStream(stdout, 1 << 16)) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        });
      }
      if (Files.isDirectory(target)) throw failure(target, "not a regular file but a folder; give -o a file path");
      if (Files.exists(target) && !Files.isRegularFile(target)) { // a device or a pipe: nothing to replace atomically
        try {
          return new AtomicOutput(null, null, new java.io.BufferedOutputStream(Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE), 1 << 16));
        } catch (IOException e) {
          throw failure(target, "cannot write: " + reason(e));
        }
      }
      // a link to a file: replace the file it points to, not the link
      Path file = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
      Path temp;
      try {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
      } catch (IOException e) {
        throw failure(target, "cannot write: " + reason(e));
      }
      try {
        try { // the permissions of the file it replaces, or the usual rw-r--r--
          Files.setPosixFilePermissions(temp, Files.exists(file)
              ? Files.getPosixFilePermissions(file)
              : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: keep the default
        }
        return new AtomicOutput(file, temp, new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
      } catch (IOException e) {
        Files.deleteIfExists(temp);
        throw failure(target, "cannot write: " + reason(e));
      }
    }

    private static IOException failure(Path target, String what) {
      return new IOException(InputProblem.escape(target.toString()) + ": " + what);
    }

    OutputStream stream() {
      return stream;
    }

    /** Whether the output is a file replaced only when complete (false for stdout, a device or a pipe). */
    boolean atomic() {
      return temp != null;
    }

    void commit() throws IOException {
      stream.close();
      if (temp != null) {
        try {
          Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw failure(target, "cannot write: " + reason(e));
        }
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        try {
          stream.close();
        } finally {
          if (temp != null) Files.deleteIfExists(temp);
        }
      }
    }
  }

  /** A progress line on stderr, only when stderr is a terminal (the launcher tells us). */
  static final class Progress {
    private final PrintStream err;
    private final long started = System.nanoTime();
    private long last = started;

    private Progress(PrintStream err) {
      this.err = err;
    }

    static Progress onTerminal() {
      return new Progress(Boolean.getBoolean("attest.stderr.tty") ? System.err : null);
    }

    void tick(int done) {
      if (err == null) return;
      long now = System.nanoTime();
      if (now - last < 500_000_000L) return;
      last = now;
      err.printf("\r%,d articles, %,.0f/s", done, done / ((now - started) / 1e9));
      err.flush();
    }

    void finish(int done) {
      if (err == null || last == started) return;
      err.printf("\r%,d articles, %,.0f/s%n", done, done / ((System.nanoTime() - started) / 1e9));
    }
  }
}
