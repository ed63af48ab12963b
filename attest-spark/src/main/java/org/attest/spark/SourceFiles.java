package org.attest.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.attest.io.ArticleReader;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.attest.model.Origin;
import org.attest.web.ArticleIds;
import org.attest.web.Inputs;

/**
 * Reads one input file of any file system Spark reads (local, HDFS, S3 through s3a) as {@code attest extract} reads a file:
 * its kind by name, then by content ({@link Inputs}), {@code .gz} opened, JSON Lines through {@code ArticleReader}, a WARC
 * file through jwarc; the same ids, origins and problems. A thread beside the task reads into a small queue, so a file of a
 * million lines or a crawl of a gigabyte is never held in memory.
 */
final class SourceFiles {
  /** Articles read ahead of extraction, at most. */
  private static final int AHEAD = 64;
  private static final Object END = new Object();

  private SourceFiles() {}

  /** A file to read: its URI, and whether it was named on the command line (or matched a glob) rather than found in a folder. */
  record Input(String uri, boolean named) implements java.io.Serializable {}

  /**
   * What {@code file} holds, in order, opened through the Hadoop file system of its URI under {@code conf}. {@code named}: the
   * file was named on the command line, so a file of no known kind is read as text (a folder's files of no known kind are left
   * out, as {@code Inputs.files} leaves them); {@code date} sets or overrides every article's publication date (null: leave it).
   */
  static Iterator<Read> read(Input file, Configuration conf, String date) {
    String uri = file.uri();
    boolean named = file.named();
    String name = name(uri);
    String fileName = fileName(uri);
    Inputs.Kind kind = Inputs.Kind.of(fileName);
    if (kind == null && !named) return Collections.emptyIterator();
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    Thread reader = new Thread(() -> {
      Sink sink = new Sink(name, kind != Inputs.Kind.JSONL, date, queue);
      try {
        readInto(new org.apache.hadoop.fs.Path(uri), conf, name, fileName, kind, sink);
        sink.put(END);
      } catch (Stopped e) {
        // the task ended before the file did: nothing waits for the rest
      } catch (IOException | RuntimeException | StackOverflowError e) { // the file system failed: what was read is kept
        sink.problem(new InputProblem(name, 0, "cannot read (" + e + "); what was read before is kept"));
        sink.put(END);
      } catch (Throwable e) { // out of memory: the task fails with it, as it would have in its own thread
        sink.put(e);
      }
    }, "attest-read " + fileName);
    reader.setDaemon(true);
    reader.start();
    TaskContext task = TaskContext.get();
    if (task != null) task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> reader.interrupt());
    return new Iterator<>() {
      private Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + name, e);
          }
        }
        if (next instanceof Throwable e) throw new IllegalStateException("reading " + name + " failed: " + e, e);
        return next != END;
      }

      @Override
      public Read next() {
        if (!hasNext()) throw new NoSuchElementException();
        Read r = (Read) next;
        next = null;
        return r;
      }
    };
  }

  private static void readInto(org.apache.hadoop.fs.Path path, Configuration conf, String name, String fileName, Inputs.Kind kind, Sink sink)
      throws IOException {
    try (InputStream raw = path.getFileSystem(conf).open(path)) {
      InputStream in = raw;
      // jwarc opens a .warc.gz itself, and gives offsets in the file as it is
      if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz") && kind != Inputs.Kind.WARC) {
        try {
          in = new java.util.zip.GZIPInputStream(raw, 1 << 16);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
          sink.problem(new InputProblem(name, 0, "not a gzip file: " + (e instanceof java.io.EOFException ? "empty or cut short" : e.getMessage())));
          return;
        }
      }
      Inputs.read(in, name, ArticleIds.ofFile(fileName), kind == null ? Inputs.Kind.TEXT : kind, new Inputs.Options(null, null, false), sink);
    }
  }

  /** A file as messages and origins name it: a local path as {@code attest extract} gives it, any other as its URI. */
  static String name(String uri) {
    if (uri.startsWith("file:")) {
      try {
        return Path.of(new URI(uri)).toString();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return uri.substring(5);
      }
    }
    return uri;
  }

  private static String fileName(String uri) {
    String u = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    return u.substring(u.lastIndexOf('/') + 1);
  }

  /** The task ended: the reading thread stops where it is. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  /** Each article (its file as origin unless it names one, as {@code attest extract} gives it) or problem, numbered, into the queue. */
  private static final class Sink implements ArticleReader.Sink {
    private final String name;
    private final boolean fileOrigin;
    private final String date;
    private final BlockingQueue<Object> queue;
    private long ordinal;

    Sink(String name, boolean fileOrigin, String date, BlockingQueue<Object> queue) {
      this.name = name;
      this.fileOrigin = fileOrigin;
      this.date = date;
      this.queue = queue;
    }

    @Override
    public void article(Article article, int line) {
      Article a = fileOrigin && article.origin() == null ? article.withOrigin(Origin.file(name)) : article;
      if (date != null) a = a.withPublished(date);
      put(Read.article(name, ordinal++, line, a));
    }

    @Override
    public void problem(InputProblem problem) {
      put(Read.problem(name, ordinal++, problem));
    }

    void put(Object o) {
      try {
        queue.put(o);
      } catch (InterruptedException e) {
        throw new Stopped();
      }
    }
  }
}
