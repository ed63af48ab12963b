package org.attest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.attest.ExampleFiles;
import org.attest.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples beside the rules (Duckling's corpus): one file a rule family under {@code
 * examples/}, named for it ("explicit-date.tsv" for time.explicit-date). A positive row (+) is a
 * sentence, its publication date, the expression, its type, value and mod, and the expression must
 * be decided by the file's own family; a negative row (-) is a sentence that gives no expression.
 */
class TimeExamplesTest {
  /** One row of an example file. */
  record Row(String family, boolean positive, String text, String dct, String expression, String type, String value, String mod, String where) {
    @Override
    public String toString() {
      return where + " " + (positive ? expression : "no time in: " + text);
    }
  }

  private static final TextAnalyzer TEXT = new TextAnalyzer();

  /** The names of the rules: the families and the joins. */
  static Set<String> rules() {
    Set<String> names = new TreeSet<>();
    for (TimeRule family : TimeExtractor.FAMILIES) names.add(family.name());
    names.addAll(List.of(Joins.CLOCK_AFTER_DAY, Joins.DURATION_SUM, Joins.COMPOUND_DISTANCE, Joins.DAY_RANGE));
    return names;
  }

  static Stream<Row> rows() throws IOException, URISyntaxException {
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, List<ExampleFiles.Line>> file : ExampleFiles.folder(TimeExamplesTest.class, ".tsv").entrySet()) {
      String family = "time." + file.getKey();
      for (ExampleFiles.Line line : file.getValue()) {
        String[] f = line.fields();
        String where = line.where();
        if (f[0].equals("+") && f.length >= 6) {
          out.add(new Row(family, true, f[1], orNull(f[2]), f[3], f[4], orNull(f[5]), f.length > 6 ? orNull(f[6]) : null, where));
        } else if (f[0].equals("-") && f.length == 3) {
          out.add(new Row(family, false, f[1], orNull(f[2]), null, null, null, null, where));
        } else {
          throw new IllegalStateException(where + ": expected + or - and tab-separated fields: " + String.join("\t", f));
        }
      }
    }
    return out.stream();
  }

  private static String orNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static List<TimeExtractor.Decided> decide(TimeExtractor extractor, Row row) {
    return extractor.decide(TEXT.analyze(row.text()), row.dct());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void example(Row row) {
    List<TimeExtractor.Decided> found = decide(new TimeExtractor(), row);
    if (!row.positive()) {
      assertEquals(List.of(), found.stream().map(d -> d.expression().text() + "=" + d.rule()).toList(), row.where());
      return;
    }
    TimeExtractor.Decided d = found.stream().filter(x -> x.expression().text().equals(row.expression())).findFirst().orElse(null);
    assertNotNull(d, row.where() + ": no «" + row.expression() + "» in " + found.stream().map(x -> x.expression().text() + "=" + x.expression().value()).toList());
    assertEquals(row.type(), d.expression().type(), row.where());
    assertEquals(row.value(), d.expression().value(), row.where());
    assertEquals(row.mod(), d.expression().mod(), row.where());
    assertEquals(row.family(), d.rule(), row.where() + ": decided by another family");
  }

  /** Every rule has its file, with positive and negative rows; every file is a rule's. */
  @Test
  void everyRuleHasItsExamples() throws IOException, URISyntaxException {
    ExampleFiles.assertEveryRuleHasExamples(rules(), rows().toList(), Row::family, Row::positive);
  }

  /**
   * The opener set hides no match: trying every token finds what trying the openers finds. A rule
   * whose first word is missing from its family's {@link TimeRule#openers} fails here, naming it.
   */
  @Test
  void openersHideNoMatch() throws IOException, URISyntaxException {
    TimeExtractor gated = new TimeExtractor(), every = new TimeExtractor("en", true);
    for (Row row : rows().toList()) {
      assertEquals(decide(every, row), decide(gated, row), row.where() + ": a family matches at a word that is not among its openers");
    }
  }
  /**
   * Stricter than {@link #openersHideNoMatch}: on no example does a family match at all (winning or
   * not) at a word that opens another family but not it, since the scan would never try it there.
   */
  @Test
  void noFamilyMatchesOutsideItsOpeners() throws IOException, URISyntaxException {
    TimeLexicon lex = TimeLexicon.of("en");
    List<Set<String>> own = new ArrayList<>();
    Set<String> union = new java.util.HashSet<>();
    for (TimeRule family : TimeExtractor.FAMILIES) {
      own.add(family.openers(lex));
      union.addAll(family.openers(lex));
    }
    for (Row row : rows().toList()) {
      org.attest.text.Analysis a = TEXT.analyze(row.text());
      Scan d = new Scan(a, row.dct() == null ? null : java.time.LocalDate.parse(row.dct().substring(0, 10)), lex);
      for (int t = 0; t < a.tokenCount(); t++) {
        if (!union.contains(a.lower(t))) continue;
        for (int i = 0; i < own.size(); i++) {
          TimeRule family = TimeExtractor.FAMILIES.get(i);
          if (own.get(i).contains(a.lower(t)) || family.opensByShape(d, t)) continue;
          Match m;
          try {
            m = family.match(d, t);
          } catch (RuntimeException e) {
            m = null; // the scan drops what lies outside the calendar too
          }
          assertEquals(null, m, row.where() + ": " + family.name() + " matches at «" + a.lower(t) + "», not among its openers");
        }
      }
    }
  }
}
