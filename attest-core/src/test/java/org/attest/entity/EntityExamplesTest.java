package org.attest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.attest.model.Quote;
import org.attest.quote.QuoteExtractor;
import org.attest.text.Analysis;
import org.attest.text.TextAnalyzer;
import org.attest.ExampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples beside the rules (Duckling's corpus): {@code examples/<family>.txt} for every stage
 * family of {@link EntityExtractor#stages} and for {@link QuotedSelf}, one row a line, tab-separated.
 * <pre>
 * +  rule  text  mention  entity  type
 * -  rule  text  mention  [entity  [type]]
 * </pre>
 * The mention is the last one of the text with those words. A positive row must find it linked to
 * the entity of that name and type ({@code -}: not checked) and, when the rule is a sieve, decided by
 * that sieve. A negative row must not: a sieve's mention is not decided by it (linked to that
 * entity, when given); a stage's mention is no mention (of that entity and type, when given).
 */
class EntityExamplesTest {
  private static final TextAnalyzer TEXT = new TextAnalyzer();
  private static final EntityExtractor ENTITIES = new EntityExtractor();
  private static final QuoteExtractor QUOTES = new QuoteExtractor();
  private static final QuotedSelf SELF = new QuotedSelf();

  /** The example files, a stage family each. */
  static final List<String> FAMILIES = List.of("names", "nested-names", "link-names", "retypes", "coreference", "quoted-self");

  /** The sieves: a row of theirs checks the rule its mention records. */
  static Set<String> sieves() {
    Set<String> out = new LinkedHashSet<>();
    Stream.of(NameSieves.ORDER, PronounSieves.ORDER, NominalSieves.ORDER).flatMap(List::stream).forEach(s -> out.add(s.name()));
    out.add(NameLinking.NEW);
    out.addAll(QuotedSelf.RULES);
    return out;
  }

  /** Every rule that must have a positive row: the stages and the sieves. */
  static Set<String> rules() {
    Set<String> out = new LinkedHashSet<>(EntityExtractor.STAGES);
    out.remove("link-names"); // its sieves have the rows
    out.remove("coreference");
    out.remove("pronouns-and-nominals"); // the coreference rows hold its mentions
    out.addAll(sieves());
    return out;
  }

  record Row(String family, int line, boolean positive, String rule, String text, String mention, String entity, String type) {
    @Override
    public String toString() {
      return family + ":" + line + (positive ? " + " : " - ") + rule + " " + text;
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    for (String family : FAMILIES) out.addAll(read(family));
    return out;
  }

  private static List<Row> read(String family) {
    List<ExampleFiles.Line> lines = ExampleFiles.resource(EntityExamplesTest.class, family);
    if (lines == null) throw new IllegalStateException("no examples/" + family + ".txt");
    List<Row> out = new ArrayList<>();
    for (ExampleFiles.Line line : lines) {
      String[] f = line.fields();
      boolean positive = f[0].equals("+");
      if (!positive && !f[0].equals("-") || positive && f.length != 6 || !positive && (f.length < 4 || f.length > 6)) {
        throw new IllegalStateException(line.where() + ": expected +/TAB rule TAB text TAB mention TAB entity TAB type, or -/TAB rule TAB text TAB mention [TAB entity]");
      }
      String text = f[2].replace("\\n", "\n"); // a paragraph break in a row
      out.add(new Row(family, line.number(), positive, f[1], text, f[3], f.length > 4 ? f[4] : null, f.length > 5 ? f[5] : null));
    }
    return out;
  }

  @Test
  void everyRuleHasItsExamples() throws IOException {
    List<Row> rows = rows();
    for (String rule : rules()) assertTrue(rows.stream().anyMatch(r -> r.positive() && r.rule().equals(rule)), rule + " has no positive row");
    for (Row row : rows) assertTrue(rules().contains(row.rule()) || EntityExtractor.STAGES.contains(row.rule()), row + ": no rule " + row.rule());
  }

  /** A mention of the final entities as the rows read it. */
  record Found(int start, String text, String entity, String type, String rule) {}

  private static List<Found> found(String text) {
    Analysis a = TEXT.analyze(text);
    Entities found = ENTITIES.extract(a);
    List<Quote> quotes = QUOTES.extract(a, found);
    Entities linked = SELF.link(found, quotes);
    List<Found> out = new ArrayList<>();
    List<Entities.M> all = new ArrayList<>(linked.mentions);
    all.addAll(linked.quotedSelf());
    for (Entities.M m : all) {
      int s = a.start(m.start), e = m.charEnd >= 0 ? m.charEnd : a.end(m.end - 1);
      out.add(new Found(s, text.substring(s, e), linked.entityName(m.entity), linked.entityType(m.entity), m.rule));
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Row row) {
    List<Found> all = found(row.text());
    boolean sieve = sieves().contains(row.rule());
    Found m = null;
    for (Found f : all) if (f.text().equals(row.mention())) m = f;
    // a sieve's row reads the mention the sieve decided when there is one: a name nested in a longer one comes first
    if (sieve && row.positive()) for (Found f : all) if (f.text().equals(row.mention()) && row.rule().equals(f.rule())) m = f;
    if (!row.positive()) {
      if (m == null) return;
      boolean same = (row.entity() == null || row.entity().equals(m.entity())) && (row.type() == null || row.type().equals(m.type()));
      if (same && (!sieve || row.rule().equals(m.rule()))) fail(row.rule() + " decided «" + m.text() + "» → " + m.entity() + " (" + m.rule() + ")");
      return;
    }
    assertNotNull(m, "no mention «" + row.mention() + "» in " + all);
    if (sieve) assertEquals(row.rule(), m.rule(), "the rule that decided «" + m.text() + "»: " + all);
    if (!row.entity().equals("-")) assertEquals(row.entity(), m.entity(), "the entity of «" + m.text() + "»: " + all);
    if (!row.type().equals("-")) assertEquals(row.type(), m.type(), "the type of «" + m.text() + "»");
  }
}
