package org.attest.confidence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.text.Lexicon;

/**
 * The confidence table: for each kind of answer (a section: {@code [speaker]}, {@code [figure]},
 * {@code [claim]}), lines {@code key TAB right TAB count} counted on training data by {@code attest
 * train confidence}. An item's confidence is the smoothed share right, (right + 1) / (count + 2), of
 * its most specific key the table holds; the training command leaves out keys seen too rarely, so an
 * item falls back to a coarser key, and every section holds {@link Keys#ALL}.
 */
public final class ConfidenceTable {
  /** What a confidence is about; each a section of the table. */
  public enum Kind {
    SPEAKER, FIGURE, CLAIM;

    /** The section's name: the kind in lower case. */
    public String section() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The file under {@code org/attest/lang/<language>/}. */
  public static final String FILE = "confidence.txt";

  private static final Map<String, ConfidenceTable> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<Kind, Map<String, Double>> estimates = new java.util.EnumMap<>(Kind.class);

  private ConfidenceTable() {}

  /** The table shipped for a language, read once per process. */
  public static ConfidenceTable of(String language) {
    return LOADED.computeIfAbsent(language, l -> parse(l + "/" + FILE, Lexicon.lines(l, FILE)));
  }

  /** A table from its lines; {@code where} names the file in errors. A missing section or {@code *} key fails. */
  public static ConfidenceTable parse(String where, List<String> lines) {
    Map<String, List<String>> sections = Lexicon.sections(where, lines);
    ConfidenceTable t = new ConfidenceTable();
    for (Kind kind : Kind.values()) {
      List<String> rows = sections.get(kind.section());
      if (rows == null) throw new IllegalStateException(where + ": no [" + kind.section() + "] section");
      Map<String, Double> m = new HashMap<>();
      for (String row : rows) {
        String[] cols = row.split("\t");
        if (cols.length != 3) throw new IllegalStateException(where + " [" + kind.section() + "]: expected key<TAB>right<TAB>count: " + row);
        int right, n;
        try {
          right = Integer.parseInt(cols[1].strip());
          n = Integer.parseInt(cols[2].strip());
        } catch (NumberFormatException e) {
          throw new IllegalStateException(where + " [" + kind.section() + "]: counts must be whole numbers: " + row);
        }
        if (right < 0 || n < right) throw new IllegalStateException(where + " [" + kind.section() + "]: need 0 <= right <= count: " + row);
        m.put(cols[0].strip(), smoothed(right, n));
      }
      if (!m.containsKey(Keys.ALL)) throw new IllegalStateException(where + ": [" + kind.section() + "] has no " + Keys.ALL + " row");
      t.estimates.put(kind, m);
    }
    return t;
  }

  /** The share right with one right and one wrong answer added, so a small count never gives 0 or 1. */
  public static double smoothed(int right, int n) {
    return (right + 1.0) / (n + 2.0);
  }

  /** The confidence of the first of {@code keys} (most specific first) the table holds, else of {@link Keys#ALL}. */
  public double confidence(Kind kind, List<String> keys) {
    Map<String, Double> m = estimates.get(kind);
    for (String k : keys) {
      Double p = m.get(k);
      if (p != null) return p;
    }
    return m.get(Keys.ALL);
  }

  /** The most specific of {@code keys} the table holds (what {@link #confidence} looked up). */
  public String key(Kind kind, List<String> keys) {
    Map<String, Double> m = estimates.get(kind);
    for (String k : keys) if (m.containsKey(k)) return k;
    return Keys.ALL;
  }
}
