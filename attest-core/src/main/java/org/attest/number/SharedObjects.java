package org.attest.number;

import static org.attest.number.Tokens.lower;

import java.util.List;
import java.util.Objects;
import org.attest.model.Quantity;
import org.attest.text.Analysis;

/**
 * The figures of one statement share what they measure, after every figure has its own: the first
 * of two coordinated figures of one unit takes the object after the second ("71 kWh and 95 kWh of
 * battery capacity", "a 20% and 16% improvement"), the end of a change takes the object of its
 * start ("cut the number of polling places from 400 in 2008 to 60", {@link #SHARED}); a conversion
 * alone in brackets takes the object and the bound of the figure it converts ("pricing will start at
 * 71,350 euro ($78,770)", "a diameter of 3,200 miles (5,150 km)", {@link #CONVERSION}); a bare number after the
 * change of a stock index is its level (or other change) in points, of its object ("the DAX dropped 19.69 points Friday
 * to 1462.93", {@link #INDEX_LEVEL}); an amount per share that restates the figure before it takes its object, and so does
 * the earlier level of that measure after it ("net income fell to $20.6 million, or 98 cents a share, from $22 million",
 * {@link #PER_SHARE}; gold/figures/README.md).
 */
final class SharedObjects {
  static final String SHARED = "number.object-shared";
  static final String CONVERSION = "number.conversion";
  static final String INDEX_LEVEL = "number.index-level";
  static final String PER_SHARE = "number.per-share";

  /** The steps that find an object before a figure: the object after the second of two coordinated figures is nearer. */
  private static final List<String> BEFORE = List.of(CountedObjects.SUBJECT, CountedObjects.MEASURED, CountedObjects.BEFORE_OF, CountedObjects.RATE);

  private final NumberLexicon lex;

  SharedObjects(NumberLexicon lex) {
    this.lex = lex;
  }

  /** Gives the figures of out (in text order) the objects they share, in place. */
  void share(Analysis a, List<QuantityExtractor.Decided> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      QuantityExtractor.Decided first = out.get(i), second = out.get(i + 1);
      Quantity p = first.quantity(), q = second.quantity();
      int end = a.tokenAt(p.end() - 1) + 1, start = a.tokenAt(q.start());
      if (a.sentenceOf(end - 1) != a.sentenceOf(start)) continue;
      if (coordinated(a, end, start) && Objects.equals(p.unit(), q.unit()) && q.object() != null && !before(second) && (p.object() == null || before(first))) {
        out.set(i, with(first, p, q.object(), p.modifier(), SHARED));
      } else if (p.object() != null && q.object() == null && Objects.equals(p.unit(), q.unit()) && lower(a, a.tokenAt(p.start()) - 1).equals(lex.rangeFrom)
          && lex.rangeJoint.containsKey(lower(a, start - 1))) {
        out.set(i + 1, with(second, q, p.object(), q.modifier(), SHARED)); // "from 400 in 2008 to 60"
      } else if (start == end + 1 && a.token(end).equals("(") && lower(a, a.tokenAt(q.end() - 1) + 1).equals(")") && q.object() == null
          && (p.object() != null || bounded(p) && q.modifier().equals("exact"))) {
        out.set(i + 1, with(second, q, p.object(), q.modifier().equals("exact") && bounded(p) ? p.modifier() : q.modifier(), CONVERSION));
      } else if (indexLevel(a, p, q, end, start)) {
        Quantity r = new Quantity(q.id(), q.start(), q.end(), q.text(), q.value(), q.low(), q.high(), q.modifier(), "points",
            q.object() != null ? q.object() : p.object(), q.confidence(), q.relativeTo());
        List<String> rules = new java.util.ArrayList<>(second.rules());
        rules.add(INDEX_LEVEL);
        out.set(i + 1, new QuantityExtractor.Decided(r, List.copyOf(rules)));
      } else if (q.object() == null && p.object() != null && p.unit() != null && p.unit().equals(q.unit()) && perShare(a, p, q, end, start)) {
        out.set(i + 1, with(second, q, p.object(), q.modifier(), PER_SHARE));
      }
    }
    for (int i = 1; i < out.size(); i++) {
      int level = earlierLevel(a, out, i);
      if (level >= 0) out.set(i, with(out.get(i), out.get(i).quantity(), out.get(level).quantity().object(), out.get(i).quantity().modifier(), SHARED));
    }
  }

  /**
   * The figure whose object the earlier level of a change at i takes, or -1: i right after "from" or "compared with"
   * ([from-level-before]; no "from X to Y"), the
   * nearest figure before it in its sentence of its unit with an object, only [from-level-link] words and figures between
   * ("increased its stake in Lawrence Insurance to 93.2% from 91.2%", "Sales were $6.6 billion, up 13% from $5.8 billion",
   * "declined to 3.8 percent last month from 4.1 percent", "Sales were C$4.2 billion compared with C$3.7 billion").
   */
  private int earlierLevel(Analysis a, List<QuantityExtractor.Decided> out, int i) {
    Quantity q = out.get(i).quantity();
    int start = a.tokenAt(q.start()), after = a.tokenAt(q.end() - 1) + 1;
    if (q.object() != null) return -1;
    int link = fromLink(a, start);
    // not "from X to Y", nor a level of its own subject: "had fallen 4.3%, compared with 3.3% for the S&P 500"
    if (link < 0 || lex.rangeJoint.containsKey(lower(a, after)) || lex.objectWords.fromLevelOwn().contains(lower(a, after))) return -1;
    int k = link - 1;
    for (int j = i - 1; j >= 0; j--) {
      Quantity p = out.get(j).quantity();
      int end = a.tokenAt(p.end() - 1) + 1;
      if (end > k + 1 || a.sentenceOf(end - 1) != a.sentenceOf(start) || !linksOnly(a, end, k + 1)) return -1;
      if (Objects.equals(p.unit(), q.unit())) return p.object() != null ? j : -1;
      k = a.tokenAt(p.start()) - 1;
    }
    return -1;
  }

  /** The first token of a [from-level-before] phrase right before token start ("from", "compared with"), or -1. */
  private int fromLink(Analysis a, int start) {
    for (int n = 2; n >= 1; n--) if (start - n >= 0 && lex.objectWords.fromLevelBefore().contains(Tokens.phrase(a, start - n, n))) return start - n;
    return -1;
  }

  /** Only words of [from-level-link] in tokens [from, to). */
  private boolean linksOnly(Analysis a, int from, int to) {
    for (int k = from; k < to; k++) if (!lex.objectWords.fromLevelLinks().contains(a.lower(k))) return false;
    return to - from <= 6;
  }

  /**
   * Whether q restates p per share or is the earlier level p's restatement is compared with (fresh WSJ earnings copy):
   * "net income of $87 million, or $2.02 a share" (only "," and "or" between, a [per-share] phrase after q), "fell to $20.6
   * million, or 98 cents a share, from $22 million" (a [per-share] phrase, then "," and a [per-share-from] link, before q).
   */
  private boolean perShare(Analysis a, Quantity p, Quantity q, int end, int start) {
    if (start <= end) return false;
    int after = a.tokenAt(q.end() - 1) + 1;
    if (lex.objectWords.perShare().phraseAt(a, after) > 0) {
      boolean or = false;
      for (int k = end; k < start; k++) {
        String w = a.lower(k);
        if (w.equals("or")) or = true;
        else if (!w.equals(",")) return false;
      }
      return or;
    }
    int k = end + lex.objectWords.perShare().phraseAt(a, end);
    if (k == end) return false;
    if (lower(a, k).equals(",")) k++;
    return k < start && lex.objectWords.perShare().fromLinks().contains(Tokens.phrase(a, k, start - k));
  }

  /**
   * Whether q, a bare number after p's change of a stock index, is its level or its other change: p in points, or in
   * percent of an object with an [index-word] or [level-index] word, only [level-link] words between, the last one of
   * [level-before] ("shed 47.3 points to close at 2082.1", "closed down 0.4 percent at 18,104").
   */
  private boolean indexLevel(Analysis a, Quantity p, Quantity q, int end, int start) {
    if (q.unit() != null || !q.modifier().equals("exact") || start <= end || !lex.objectWords.levelBefore().contains(a.lower(start - 1))) return false;
    if (q.object() != null && p.object() != null && !q.object().equals(p.object())) return false;
    for (int k = end; k < start; k++) if (!lex.objectWords.levelLinks().contains(a.lower(k))) return false;
    if ("points".equals(p.unit())) return true;
    if (!"percent".equals(p.unit()) || p.object() == null) return false;
    for (String w : p.object().text().split("[ \\-]")) {
      String n = org.attest.text.Lexicon.normalize(w);
      if (lex.objectWords.indexWords().contains(n) || lex.objectWords.levelIndex().contains(n)) return true;
    }
    return false;
  }

  /** Only the words of [object-joint] between tokens end and start: "71 kWh and 95 kWh", "20%, 16%". */
  private boolean coordinated(Analysis a, int end, int start) {
    if (start <= end) return false;
    for (int k = end; k < start; k++) if (!lex.objectWords.objectJoints().contains(a.lower(k))) return false;
    return true;
  }

  private static boolean before(QuantityExtractor.Decided d) {
    for (String r : d.rules()) if (BEFORE.contains(r)) return true;
    return false;
  }

  private static boolean bounded(Quantity q) {
    return q.value() != null && !q.modifier().equals("exact") && !q.modifier().equals("approx");
  }

  /** The figure with that object and modifier, the step's name added to its rules. */
  private static QuantityExtractor.Decided with(QuantityExtractor.Decided d, Quantity q, org.attest.model.Span object, String modifier, String rule) {
    double v = q.value() != null ? q.value() : 0;
    Double low = q.low(), high = q.high();
    if (!modifier.equals(q.modifier())) {
      low = modifier.equals("less_than") || modifier.equals("at_most") ? null : v;
      high = modifier.equals("more_than") || modifier.equals("at_least") ? null : v;
    }
    Quantity r = new Quantity(q.id(), q.start(), q.end(), q.text(), q.value(), low, high, modifier, q.unit(), object, q.confidence(), q.relativeTo());
    List<String> rules = new java.util.ArrayList<>(d.rules());
    rules.add(rule);
    return new QuantityExtractor.Decided(r, List.copyOf(rules));
  }
}
