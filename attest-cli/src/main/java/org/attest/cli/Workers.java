package org.attest.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.attest.Attest;
import org.attest.model.Article;

/**
 * Extraction on worker threads, one {@link Attest} pipeline each (models and lexicons are loaded
 * once per process and shared), results handed back on the caller's thread in input order: the
 * output, or the ledger, is the one a single thread makes. At most {@link #PER_THREAD} articles a
 * worker are in flight, so a corpus is never held in memory; {@link #submit} waits for the oldest
 * when that many are. One worker runs on the caller's thread itself, with no pool.
 */
final class Workers implements AutoCloseable {
  /**
   * What to do with an article once extracted, on the caller's thread ({@code file} and {@code
   * line}: where it was read): {@code failure} is set, and {@code document} null, when extraction threw.
   */
  interface Done {
    void accept(String file, int line, Article article, Attest.Explained extracted, RuntimeException failure) throws IOException;
  }

  static final int PER_THREAD = 4;
  private final Done done;
  private final ExecutorService pool;
  private final ThreadLocal<Attest> engines = ThreadLocal.withInitial(Attest::new);
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private final int capacity;
  private final boolean explain;

  private record Pending(String file, int line, Article article, Future<Attest.Explained> document) {}

  /** Workers that extract ({@code explain}: with the rule behind each decision, {@link Attest#explain}). */
  Workers(int threads, boolean explain, Done done) {
    this.explain = explain;
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    this.done = done;
    this.capacity = threads * PER_THREAD;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, named());
  }

  /** The number of worker threads asked for, or every core when it is 0. */
  static int threads(int asked) {
    return asked > 0 ? asked : Runtime.getRuntime().availableProcessors();
  }

  /** Extracts the article (now, or on a worker); hands back every result that is ready, in order. */
  void submit(String file, int line, Article article) throws IOException {
    if (pool == null) {
      Attest.Explained d = null;
      RuntimeException failure = null;
      try {
        d = extract(article);
      } catch (RuntimeException e) {
        failure = e;
      }
      done.accept(file, line, article, d, failure);
      return;
    }
    while (pending.size() >= capacity) handOver(pending.poll());
    pending.add(new Pending(file, line, article, pool.submit(() -> extract(article))));
    while (!pending.isEmpty() && pending.peek().document().isDone()) handOver(pending.poll());
  }

  /** Waits for every article in flight and hands its result back. */
  void finish() throws IOException {
    while (!pending.isEmpty()) handOver(pending.poll());
  }

  private Attest.Explained extract(Article article) {
    Attest engine = engines.get();
    return explain ? engine.explain(article) : new Attest.Explained(engine.extract(article), null);
  }

  private void handOver(Pending p) throws IOException {
    Attest.Explained d = null;
    RuntimeException failure = null;
    try {
      d = p.document().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) failure = (RuntimeException) cause; // a bug on one article must not stop the corpus
      else if (cause instanceof Error) throw (Error) cause; // out of memory, a stack overflow: as on one thread
      else failure = new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while extracting " + p.article().id());
    }
    done.accept(p.file(), p.line(), p.article(), d, failure);
  }

  @Override
  public void close() {
    if (pool != null) pool.shutdownNow();
  }

  private static ThreadFactory named() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "attest-extract-" + n.incrementAndGet());
      t.setDaemon(true); // a run that ends on an error does not wait for its workers
      return t;
    };
  }
}
