package org.attest.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.attest.entity.EntityExtractor;
import org.attest.model.Quote;
import org.attest.text.Analysis;
import org.attest.text.TextAnalyzer;
import org.attest.ExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples beside the rules (Duckling's corpus): {@code examples/<rule>.txt} for every sieve
 * and rule of {@link Sieves}, one row a line, tab-separated.
 * <pre>
 * +  text  quoted words (part of the quote)  type  speaker
 * -  text  [quoted words]
 * </pre>
 * A positive row must come out with that type and speaker (the speaker entity's name, else the
 * speaker mention, else {@code -}) and be decided by the file's own rule; a negative row must
 * have no quote (holding the words, when given) that the rule decides.
 */
class QuoteExamplesTest {
  private static final TextAnalyzer TEXT = new TextAnalyzer();
  private static final EntityExtractor ENTITIES = new EntityExtractor();
  private static final QuoteExtractor QUOTES = new QuoteExtractor();

  record Row(String rule, int line, boolean positive, String text, String quote, String type, String speaker) {
    @Override
    public String toString() {
      return rule + ":" + line + (positive ? " + " : " - ") + text;
    }
  }

  static List<String> ruleNames() {
    List<String> names = new ArrayList<>();
    Stream.of(Sieves.CUE, Sieves.LAYOUT, Sieves.INDIRECT).flatMap(List::stream).forEach(r -> names.add(r.name()));
    return names;
  }

  static List<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    for (String rule : ruleNames()) out.addAll(read(rule));
    return out;
  }

  private static List<Row> read(String rule) {
    List<Row> out = new ArrayList<>();
    List<ExampleFiles.Line> lines = ExampleFiles.resource(QuoteExamplesTest.class, rule);
    if (lines == null) return out;
    for (ExampleFiles.Line line : lines) {
      String[] f = line.fields();
      boolean positive = f[0].equals("+");
      if (!positive && !f[0].equals("-") || positive && f.length != 5 || !positive && f.length > 3) {
        throw new IllegalStateException(line.where() + ": expected +/TAB text TAB quote TAB type TAB speaker, or -/TAB text [TAB quote]");
      }
      String text = f[1].replace("\\n", "\n"); // a paragraph break in a row
      out.add(new Row(rule, line.number(), positive, text, f.length > 2 ? f[2] : null, positive ? f[3] : null, positive ? f[4] : null));
    }
    return out;
  }

  @Test
  void everyRuleHasItsExamplesAndEveryFileItsRule() throws IOException {
    Set<String> names = new LinkedHashSet<>(ruleNames());
    assertEquals(ruleNames().size(), names.size(), "rule names are unique: " + ruleNames());
    for (String rule : names) {
      List<Row> rows = read(rule);
      assertTrue(rows.stream().anyMatch(Row::positive), "examples/" + rule + ".txt holds no positive row");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Row row) {
    Analysis a = TEXT.analyze(row.text());
    List<QuoteExtractor.Attributed> found = QUOTES.attributed(a, ENTITIES.extract(a));
    if (!row.positive()) {
      for (QuoteExtractor.Attributed q : found) {
        boolean holds = row.quote() == null || q.quote().text().contains(row.quote());
        if (holds && row.rule().equals(q.rule())) fail(row.rule() + " decided «" + q.quote().text() + "»");
      }
      return;
    }
    // nested attributions ("Many voters viewed X as Y, the survey suggests") hold the words twice: the row's own rule's first
    QuoteExtractor.Attributed q = found.stream().filter(x -> x.quote().text().contains(row.quote()))
        .sorted(java.util.Comparator.comparing(x -> !row.rule().equals(x.rule()))).findFirst().orElse(null);
    assertNotNull(q, "no quote holding «" + row.quote() + "» in " + found.stream().map(x -> x.quote().text()).toList());
    Quote quote = q.quote();
    String speaker = quote.speakerName() != null ? quote.speakerName() : quote.speaker() != null ? quote.speaker().text() : "-";
    assertEquals(row.rule(), q.rule(), "the rule that decided «" + quote.text() + "»");
    assertEquals(row.type(), quote.type(), quote.text());
    assertEquals(row.speaker(), speaker, quote.text());
  }
}
