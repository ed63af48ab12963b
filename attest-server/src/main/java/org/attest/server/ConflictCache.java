package org.attest.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attest.ledger.Ledger;

/**
 * The ledger's conflicts, found at most once a minute: finding them reads every figure, title and
 * wording (about a second on 100,000 articles), too much for each page view. Only the first
 * request waits for them; later ones get the last list found while a new one is found beside, so
 * a page may show conflicts up to a minute old while an ingest adds articles.
 */
final class ConflictCache {
  private static final long MAX_AGE_NANOS = 60_000_000_000L;
  private final Readers readers;
  private volatile List<Ledger.Conflict> conflicts;
  private volatile long found;
  private volatile int generation; // grows with every new list: what was drawn from an older one is drawn again
  private boolean finding;

  ConflictCache(Readers readers) {
    this.readers = readers;
  }

  /** Which list of conflicts {@link #all} gives now: a page drawn with another one is stale. */
  int generation() {
    all();
    return generation;
  }

  /** Every conflict of every kind (excerpts too), the most confident first. */
  List<Ledger.Conflict> all() {
    List<Ledger.Conflict> c = conflicts;
    if (c == null) {
      synchronized (this) { // the first requests wait for the first list
        if (conflicts == null) find();
        return conflicts;
      }
    }
    if (System.nanoTime() - found > MAX_AGE_NANOS) {
      synchronized (this) {
        if (finding) return c;
        finding = true;
      }
      Thread t = new Thread(() -> {
        try {
          find();
        } catch (RuntimeException e) {
          found = System.nanoTime(); // the ledger was busy: the old list stays a while longer
        } finally {
          synchronized (this) {
            finding = false;
          }
        }
      }, "attest-conflicts");
      t.setDaemon(true);
      t.start();
    }
    return c;
  }

  private void find() {
    List<Ledger.Conflict> c = new ArrayList<>(readers.read(Ledger::conflicts));
    c.sort(Comparator.comparingDouble(Ledger.Conflict::confidence).reversed());
    conflicts = List.copyOf(c);
    generation++;
    found = System.nanoTime();
  }

  /** Those of some kinds with at least this confidence. */
  List<Ledger.Conflict> select(java.util.Collection<String> kinds, double minConfidence) {
    List<Ledger.Conflict> out = new ArrayList<>();
    for (Ledger.Conflict c : all()) if (kinds.contains(c.kind()) && c.confidence() >= minConfidence) out.add(c);
    return out;
  }

  /** The newest first: by the later publication date of their two sides. */
  List<Ledger.Conflict> newest(int n) {
    List<Ledger.Conflict> c = new ArrayList<>(select(Ledger.CONFLICT_KINDS, 0.5));
    c.sort(Comparator.comparing(ConflictCache::latest).reversed());
    return c.subList(0, Math.min(n, c.size()));
  }

  private static String latest(Ledger.Conflict c) {
    String a = c.left().published() == null ? "" : c.left().published(), b = c.right().published() == null ? "" : c.right().published();
    return a.compareTo(b) > 0 ? a : b;
  }
}
