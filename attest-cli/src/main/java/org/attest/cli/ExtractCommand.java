package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.Attest;
import org.attest.io.ArticleReader;
import org.attest.io.DocumentWriter;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract entities, quotes, times, figures and figure claims from articles and print them as attest/1 JSON.",
      "Reads plain text (.txt, optional first line 'date YYYY-MM-DD') and JSON Lines (.jsonl).",
      "A bad article is reported on stderr with its file and line and skipped; the exit code is then 1."
    })
final class ExtractCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;

  @Parameters(paramLabel = "FILE", description = "Input files; '-' or none for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Publication date: sets or overrides the article's date.")
  String date;

  @Option(names = "--format", paramLabel = "json|jsonl",
      description = "Output: json (one pretty object, an array for several) or jsonl (one object a line). "
          + "Default: json for one text article, jsonl otherwise.")
  DocumentWriter.Layout format;

  @Option(names = "--input-format", paramLabel = "text|jsonl", description = "Input format when the file name does not tell (default: by extension; stdin: sniffed).")
  ArticleReader.Format inputFormat;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT (atomically: complete or not at all) instead of stdout.")
  Path output;

  /** Validates --date so a bad date is a usage error naming the option. */
  static final class DateConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        LocalDate.parse(value);
        return value;
      } catch (DateTimeParseException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    if (files.isEmpty()) files.add("-");
    DocumentWriter.Layout layout = format != null ? format : defaultLayout();
    Progress progress = Progress.onTerminal();
    Counts counts = new Counts();
    try (AtomicOutput out = AtomicOutput.open(output, main.stdout)) {
      try (DocumentWriter writer = new DocumentWriter(out.stream(), layout, layout == DocumentWriter.Layout.JSON && !singleText())) {
        Attest engine = new Attest();
        for (String file : files) {
          readOne(file, new ArticleReader.Sink() {
            @Override
            public void article(Article article, int line) {
              Article a = date != null ? article.withPublished(date) : article;
              org.attest.model.Document d;
              try {
                d = engine.extract(a);
              } catch (RuntimeException e) { // a bug on one article must not stop the corpus
                report(new InputProblem(file, line, "article " + a.id() + ": internal error: " + e));
                counts.skipped++;
                return;
              }
              try {
                writer.write(d);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              counts.done++;
              progress.tick(counts.done);
            }

            @Override
            public void problem(InputProblem problem) {
              report(problem);
              counts.skipped++;
            }
          });
        }
      }
      // every article skipped: an existing output file is worth more than an empty one
      if (counts.done > 0 || counts.skipped == 0) out.commit();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    progress.finish(counts.done);
    if (counts.skipped > 0) {
      System.err.println("attest: " + counts.skipped + " article(s) skipped, " + counts.done + " extracted"
          + (output != null && counts.done == 0 ? "; nothing written, " + output + " left as it was" : ""));
      return Main.SKIPPED;
    }
    return Main.OK;
  }

  private static final class Counts {
    int done;
    int skipped;
  }

  private boolean singleText() {
    if (files.size() != 1) return false;
    String f = files.get(0);
    ArticleReader.Format in = inputFormat != null ? inputFormat : f.equals("-") ? null : ArticleReader.Format.of(f);
    return in == ArticleReader.Format.TEXT;
  }

  private DocumentWriter.Layout defaultLayout() {
    return singleText() ? DocumentWriter.Layout.JSON : DocumentWriter.Layout.JSONL;
  }

  private void readOne(String file, ArticleReader.Sink sink) throws IOException {
    readOne(file, inputFormat, sink);
  }

  /** Reads one input ('-' for stdin, .gz decompressed), reporting a missing or unreadable file as a problem. */
  static void readOne(String file, ArticleReader.Format inputFormat, ArticleReader.Sink sink) throws IOException {
    if (file.equals("-")) {
      InputStream in = new java.io.BufferedInputStream(System.in, 1 << 16);
      ArticleReader.Format f = inputFormat != null ? inputFormat : sniff(in);
      ArticleReader.read(in, "<stdin>", "stdin", f, sink);
      return;
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      sink.problem(new InputProblem(file, 0, "is a directory"));
      return;
    }
    ArticleReader.Format f = inputFormat != null ? inputFormat : ArticleReader.Format.of(file);
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = file.endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw) {
      ArticleReader.read(in, file, baseName(path), f, sink);
    } catch (NoSuchFileException e) {
      sink.problem(new InputProblem(file, 0, "no such file"));
    } catch (java.nio.file.AccessDeniedException e) {
      sink.problem(new InputProblem(file, 0, "permission denied"));
    } catch (java.util.zip.ZipException e) {
      sink.problem(new InputProblem(file, 0, "not a gzip file: " + e.getMessage()));
    }
  }

  /** JSON Lines when the first non-blank byte (after a byte order mark) opens an object. */
  private static ArticleReader.Format sniff(InputStream in) throws IOException {
    in.mark(1 << 12);
    int b = in.read();
    if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) b = in.read();
    while (b == ' ' || b == '\n' || b == '\r' || b == '\t') b = in.read();
    in.reset();
    return b == '{' ? ArticleReader.Format.JSONL : ArticleReader.Format.TEXT;
  }

  static String baseName(Path path) {
    String n = path.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  static void report(InputProblem p) {
    System.err.println("attest: " + p);
  }

  /** Output to a file goes to a temporary file first and is moved in place only when complete. */
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
      if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(target + ": not a regular file; give -o a file path");
      }
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
      try { // the permissions of the file it replaces, or the usual rw-r--r--
        Files.setPosixFilePermissions(temp, Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep the default
      }
      return new AtomicOutput(target, temp, new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
    }

    OutputStream stream() {
      return stream;
    }

    void commit() throws IOException {
      stream.close();
      if (target != null) {
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
