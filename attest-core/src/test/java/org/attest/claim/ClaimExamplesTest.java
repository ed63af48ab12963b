package org.attest.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.attest.entity.Entities;
import org.attest.entity.EntityExtractor;
import org.attest.model.Claim;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.TimeExpression;
import org.attest.number.QuantityExtractor;
import org.attest.quote.QuoteExtractor;
import org.attest.text.Analysis;
import org.attest.text.TextAnalyzer;
import org.attest.time.TimeExtractor;
import org.attest.ExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples beside the claim rules (Duckling's corpus): {@code examples/<rule>.txt} for every
 * source rule of {@link SourceRules} and its two fallbacks, every as-of step of {@link AsOf} and
 * the place and subject steps, one row a line, tab-separated ({@code \n} in a text is a paragraph break).
 * <pre>
 * +  published  text  figure  source  as-of  place     (- for none)
 * -  published  text  [figure]
 * </pre>
 * A positive row's figure must come out with that source, as-of and place and be decided by the
 * file's own rule (among the rules stamped on the claim); a negative row must have no claim (of the
 * figure, when given) that the rule decides.
 */
class ClaimExamplesTest {
  private static final TextAnalyzer TEXT = new TextAnalyzer();
  private static final EntityExtractor ENTITIES = new EntityExtractor();
  private static final QuoteExtractor QUOTES = new QuoteExtractor();
  private static final TimeExtractor TIMES = new TimeExtractor();
  private static final QuantityExtractor NUMBERS = new QuantityExtractor();
  private static final ClaimBuilder CLAIMS = new ClaimBuilder();

  record Row(String rule, String where, boolean positive, String[] fields) {
    String published() {
      return fields[1];
    }

    String text() {
      return fields[2].replace("\\n", "\n");
    }

    @Override
    public String toString() {
      return where + (positive ? " + " : " - ") + fields[2];
    }
  }

  /** The names of the rules: the source rules and fallbacks, the as-of steps, place and subject. */
  static Set<String> rules() {
    Set<String> names = new TreeSet<>(new SourceRules(ClaimLexicon.of("en")).names());
    names.addAll(AsOf.STEPS);
    names.add(Places.IN);
    names.add(ClaimBuilder.SUBJECT);
    return names;
  }

  static Stream<Row> rows() throws IOException, URISyntaxException {
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, List<ExampleFiles.Line>> file : ExampleFiles.folder(ClaimExamplesTest.class, ".txt").entrySet()) {
      String rule = file.getKey();
      for (ExampleFiles.Line line : file.getValue()) {
        String[] f = line.fields();
        String where = line.where();
        boolean positive = f[0].equals("+");
        if (positive ? f.length != 7 : !f[0].equals("-") || f.length < 3 || f.length > 4) {
          throw new IllegalStateException(where + ": expected +/TAB published TAB text TAB figure TAB source TAB as-of TAB place, or -/TAB published TAB text [TAB figure]");
        }
        out.add(new Row(rule, where, positive, f));
      }
    }
    return out.stream();
  }

  /** A claim, the words of its figure and the rules that decided it. */
  record Found(String figure, Claim claim, List<String> rules) {}

  /** The claims of a text, as the pipeline makes them, each with the rules that decided it. */
  static List<Found> decide(String text, String published) {
    Analysis a = TEXT.analyze(text);
    Entities found = ENTITIES.extract(a);
    List<Quote> quotes = QUOTES.extract(a, found);
    Entities ents = new org.attest.entity.QuotedSelf().link(found, quotes); // the final entities, as Attest.extract makes them
    List<TimeExpression> times = TIMES.extract(a, published);
    List<Quantity> figures = NUMBERS.extract(a, times);
    List<Found> out = new ArrayList<>();
    for (ClaimBuilder.Decided d : CLAIMS.decide(a, ents, quotes, figures, times, published)) {
      String figure = figures.stream().filter(q -> q.id().equals(d.claim().quantity())).findFirst().orElseThrow().text();
      out.add(new Found(figure, d.claim(), d.rules()));
    }
    return out;
  }

  private static String orNull(String field) {
    return field.equals("-") ? null : field;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void example(Row row) {
    List<Found> found = decide(row.text(), row.published());
    String[] f = row.fields();
    if (!row.positive()) {
      for (Found d : found) {
        boolean holds = f.length < 4 || d.figure().equals(f[3]);
        if (holds && d.rules().contains(row.rule())) fail(row.where() + ": " + row.rule() + " decided the claim of " + d.figure());
      }
      return;
    }
    Found d = found.stream().filter(x -> x.figure().equals(f[3])).findFirst().orElse(null);
    assertNotNull(d, row.where() + ": no claim of «" + f[3] + "»");
    Claim c = d.claim();
    assertEquals(orNull(f[4]), c.source() == null ? null : c.source().name(), row.where() + " source");
    assertEquals(f[5], c.asOf(), row.where() + " as-of");
    assertEquals(orNull(f[6]), c.place(), row.where() + " place");
    assertTrue(d.rules().contains(row.rule()), row.where() + ": decided by " + d.rules() + ", not " + row.rule());
  }

  /** Every rule has its file, with positive and negative rows; every file is a rule's. */
  @Test
  void everyRuleHasItsExamples() throws IOException, URISyntaxException {
    ExampleFiles.assertEveryRuleHasExamples(rules(), rows().toList(), Row::rule, Row::positive);
  }
}
