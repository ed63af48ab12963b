package org.attest.number;

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
import java.util.stream.Stream;
import org.attest.model.Quantity;
import org.attest.text.Analysis;
import org.attest.text.TextAnalyzer;
import org.attest.time.TimeExtractor;
import org.attest.ExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples beside the readers (Duckling's corpus): {@code examples/<rule>.txt} for every name
 * of {@link QuantityExtractor#RULES} ("digits.txt" for number.digits), one row a line, tab-separated.
 * <pre>
 * +  text  figure  value  low  high  modifier  unit  object     (- for none)
 * -  text  [figure]
 * </pre>
 * A "\n" in a row's text is a line break.
 * A positive row must come out with those fields and be decided by the file's own rule (among the
 * rules stamped on it); a negative row must have no figure (holding the words, when given) that the
 * rule decides.
 */
class NumberExamplesTest {
  private static final TextAnalyzer TEXT = new TextAnalyzer();
  private static final QuantityExtractor NUMBERS = new QuantityExtractor();
  private static final String PUBLISHED = "2017-12-27";

  record Row(String rule, String where, boolean positive, String text, String[] fields) {
    @Override
    public String toString() {
      return where + (positive ? " + " : " - ") + text;
    }
  }

  static Stream<Row> rows() throws IOException, URISyntaxException {
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, List<ExampleFiles.Line>> file : ExampleFiles.folder(NumberExamplesTest.class, ".txt").entrySet()) {
      String rule = "number." + file.getKey();
      for (ExampleFiles.Line line : file.getValue()) {
        String[] f = line.fields();
        String where = line.where();
        boolean positive = f[0].equals("+");
        if (positive ? f.length != 9 : !f[0].equals("-") || f.length > 3) {
          throw new IllegalStateException(where + ": expected +/TAB text TAB figure TAB value TAB low TAB high TAB modifier TAB unit TAB object, or -/TAB text [TAB figure]");
        }
        out.add(new Row(rule, where, positive, f[1].replace("\\n", "\n"), f)); // "\n" in a row: a line break
      }
    }
    return out.stream();
  }

  private static List<QuantityExtractor.Decided> decide(String text) {
    Analysis a = TEXT.analyze(text);
    return NUMBERS.decide(a, new TimeExtractor().extract(a, PUBLISHED));
  }

  private static Double number(String field) {
    return field.equals("-") ? null : Double.valueOf(field);
  }

  private static String text(String field) {
    return field.equals("-") ? null : field;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void example(Row row) {
    List<QuantityExtractor.Decided> found = decide(row.text());
    String[] f = row.fields();
    if (!row.positive()) {
      for (QuantityExtractor.Decided d : found) {
        boolean holds = f.length < 3 || d.quantity().text().contains(f[2]);
        if (holds && d.rules().contains(row.rule())) fail(row.where() + ": " + row.rule() + " decided «" + d.quantity().text() + "»");
      }
      return;
    }
    QuantityExtractor.Decided d = found.stream().filter(x -> x.quantity().text().equals(f[2])).findFirst().orElse(null);
    assertNotNull(d, row.where() + ": no «" + f[2] + "» in " + found.stream().map(x -> x.quantity().text()).toList());
    Quantity q = d.quantity();
    assertEquals(number(f[3]), q.value(), row.where() + " value");
    assertEquals(number(f[4]), q.low(), row.where() + " low");
    assertEquals(number(f[5]), q.high(), row.where() + " high");
    assertEquals(f[6], q.modifier(), row.where() + " modifier");
    assertEquals(text(f[7]), q.unit(), row.where() + " unit");
    assertEquals(text(f[8]), q.object() == null ? null : q.object().text(), row.where() + " object");
    assertTrue(d.rules().contains(row.rule()), row.where() + ": decided by " + d.rules() + ", not " + row.rule());
  }

  /** Every rule has its file, with positive and negative rows; every file is a rule's. */
  @Test
  void everyRuleHasItsExamples() throws IOException, URISyntaxException {
    assertEquals(QuantityExtractor.RULES.size(), Set.copyOf(QuantityExtractor.RULES).size(), "rule names are unique");
    ExampleFiles.assertEveryRuleHasExamples(Set.copyOf(QuantityExtractor.RULES), rows().toList(), Row::rule, Row::positive);
  }
}
