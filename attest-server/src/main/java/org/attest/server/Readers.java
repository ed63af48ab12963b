package org.attest.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.attest.ledger.Ledger;

/**
 * Read-only connections to one ledger, lent to one request at a time (a {@link Ledger} is not
 * thread-safe). Each read ends its transaction when it is done, so the next one sees what an
 * {@code attest ingest} committed meanwhile, and a writer's checkpoint is never held back.
 */
final class Readers implements AutoCloseable {
  /** What a request reads. */
  interface Read<T> {
    T from(Ledger ledger) throws IOException;
  }

  /** How long a request waits for a free connection before it is told the server is busy. */
  private static final long WAIT_SECONDS = 10;
  private final BlockingQueue<Ledger> idle;
  private final List<Ledger> all = new ArrayList<>();
  /** The ledger's folder or database URL. */
  final String dir;

  Readers(String dir, int connections) throws IOException {
    this.dir = dir;
    this.idle = new ArrayBlockingQueue<>(connections);
    try {
      for (int i = 0; i < connections; i++) {
        Ledger l = Ledger.openReadOnly(dir);
        all.add(l);
        idle.add(l);
      }
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  <T> T read(Read<T> read) {
    Ledger l;
    try {
      l = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Problem(503, "the server is shutting down");
    }
    if (l == null) throw new Problem(503, "the server is busy; try again");
    try {
      l.commit(); // a connection's first read (opening it read the schema version) or one left open: the read starts now
      return read.from(l);
    } catch (IOException e) {
      // the ledger is locked longer than the busy timeout, or its file went away: the request may succeed later
      throw new Problem(503, "the ledger could not be read: " + e.getMessage());
    } finally {
      try {
        l.commit(); // ends the read: the next one sees the latest committed articles
      } catch (IOException ignored) {
        // nothing was written; the next read starts afresh
      }
      idle.add(l);
    }
  }

  /** Answers kept by what was asked, each with the ledger version it was read at; the least recently used go first. */
  private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
  private long keptWeight;

  /** At most this many answers, and this weight: a drawn page its characters (two bytes each), a list 500 an item, anything else 1,000. */
  private static final int KEPT = 512;
  private static final long KEPT_WEIGHT = 32_000_000;

  private record Kept(long version, Object value, long weight) {}

  /** A question's key from its parts, nulls told apart from empty strings. */
  static String key(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) b.append(p == null ? "\u0001" : p.toString()).append('\u0000');
    return b.toString();
  }

  /**
   * A read whose answer is kept until the ledger changes ({@link Ledger#version}): the same
   * timeline, search or count asked again costs one indexed lookup, and an ingest that commits
   * makes the next ask read afresh. {@code key} names the question (route and parameters).
   */
  @SuppressWarnings("unchecked")
  <T> T cached(String key, Read<T> read) {
    return read(l -> {
      long version = l.version();
      synchronized (kept) {
        Kept k = kept.get(key);
        if (k != null && k.version() == version) return (T) k.value();
      }
      T value = read.from(l);
      long weight = value instanceof String ? ((String) value).length() : value instanceof java.util.Collection ? 500L * ((java.util.Collection<?>) value).size() + 100 : 1_000;
      synchronized (kept) {
        Kept old = kept.put(key, new Kept(version, value, weight));
        keptWeight += weight - (old == null ? 0 : old.weight());
        for (var it = kept.values().iterator(); it.hasNext() && (kept.size() > KEPT || keptWeight > KEPT_WEIGHT); ) {
          keptWeight -= it.next().weight(); // the least recently used first
          it.remove();
        }
      }
      return value;
    });
  }

  @Override
  public void close() {
    for (Ledger l : all) {
      try {
        l.close();
      } catch (IOException ignored) {
        // closing: nothing left to do with it
      }
    }
  }
}
