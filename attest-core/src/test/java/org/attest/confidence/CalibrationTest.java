package org.attest.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.attest.Attest;
import org.attest.confidence.ConfidenceTable.Kind;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Source;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** The confidence stage: each quote, figure and claim gets the table's number for its keys, and nothing else changes. */
class CalibrationTest {
  static final String TEXT = "“We will win,” he said. Smith said 40 percent back him.";

  static Document document() {
    Entity smith = new Entity("e1", Entity.PERSON, "Smith", List.of(),
        List.of(new Mention(15, 17, "he", Mention.PRONOUN), new Mention(24, 29, "Smith", Mention.NAME)));
    Quote q1 = new Quote("q1", Quote.DIRECT, 0, 14, TEXT.substring(0, 14), Span.of(TEXT, 18, 22), Span.of(TEXT, 15, 17), "e1", "Smith", 0.9);
    Quote q2 = new Quote("q2", Quote.INDIRECT, 35, 54, TEXT.substring(35, 54), null, null, null, null, 0.4);
    Quantity n1 = new Quantity("n1", 35, 45, "40 percent", 40.0, 40.0, 40.0, "exact", "percent", null, 0.9);
    Claim c1 = new Claim("c1", "figure", "n1", "", null, "2016-01-01", null, new Source("Smith", "e1", List.of()), "q2", 24, 55, 0.85);
    return new Document(new Article("a", TEXT, "2016-01-01"), List.of(smith), List.of(q1, q2), List.of(n1), List.of(), List.of(c1));
  }

  static final Map<String, List<String>> RULES = Map.of(
      "q1", List.of("quote.cue-after"),
      "q2", List.of("quote.x-said-clause"),
      "n1", List.of("number.digits", "number.unit"),
      "c1", List.of("claim.quote-speaker", "as-of.published"));

  @Test
  void theKeysAreTheRuleAndWhatIsCheapToSee() {
    Document d = document();
    assertEquals(List.of("cue-after|direct|pronoun-named|PERSON|in", "cue-after|direct|pronoun-named", "cue-after|pronoun-named", "cue-after", Keys.ALL),
        Keys.speaker(d, d.quotes().get(0), RULES.get("q1")));
    assertEquals("x-said-clause|indirect|none|none|none", Keys.speaker(d, d.quotes().get(1), RULES.get("q2")).get(0));
    Quote undecided = new Quote("q9", Quote.MIXED, 0, 1, "x", null, null, null, null, 0);
    assertEquals("none|mixed|none|none|none", Keys.speaker(d, undecided, List.of()).get(0));
    assertEquals(List.of("number.digits|no-object|percent", "no-object|percent", "no-object", Keys.ALL), Keys.figure(d.quantities().get(0), RULES.get("n1")));
    assertEquals(List.of("quote-speaker|indirect", "quote-speaker|entity|percent", "quote-speaker|percent", "quote-speaker", Keys.ALL),
        Keys.claim(d, d.claims().get(0), d.quantities().get(0), RULES.get("c1")));
  }

  @Test
  void aFigureInAQuoteIsKeyedByWhereItStandsInIt() {
    String lead = "“We have 40 members,” Smith said.";
    String deep = "Smith wrote: “" + "x".repeat(200) + " and 40 percent of them agree.”";
    assertEquals("quote-speaker|lead", figureInQuote(lead, Quote.DIRECT).get(0));
    assertEquals("quote-speaker|deep", figureInQuote(deep, Quote.DIRECT).get(0));
    assertEquals("quote-speaker|deep", figureInQuote(deep, Quote.MIXED).get(0));
    assertEquals("quote-speaker|indirect", figureInQuote(deep, Quote.INDIRECT).get(0));
    Document d = document();
    Claim unquoted = new Claim("c2", "figure", "n1", "", null, "2016-01-01", null, null, null, 35, 45, 0);
    assertEquals(List.of("article|nobody|percent", "article|percent", "article", Keys.ALL), Keys.claim(d, unquoted, d.quantities().get(0), List.of("claim.article")));
  }

  private static List<String> figureInQuote(String text, String type) {
    int q = text.indexOf('“'), at = text.indexOf("40");
    Quote quote = new Quote("q1", type, q, text.indexOf('”') + 1, text.substring(q, text.indexOf('”') + 1), null, null, "e1", "Smith", 0.9);
    Quantity n = new Quantity("n1", at, at + 2, "40", 40.0, 40.0, 40.0, "exact", null, null, 0.9);
    Claim c = new Claim("c1", "figure", "n1", "", null, "2016-01-01", null, new Source("Smith", "e1", List.of()), "q1", 0, text.length(), 0);
    Document d = new Document(new Article("a", text, "2016-01-01"), List.of(), List.of(quote), List.of(n), List.of(), List.of(c));
    return Keys.claim(d, c, n, List.of("claim.quote-speaker"));
  }

  @Test
  void eachItemGetsTheTablesNumberForItsKeysAndKeepsTheRest() {
    ConfidenceTable t = ConfidenceTable.parse("test", List.of(
        "[speaker]", "*\t50\t100", "cue-after|pronoun-named\t8\t10", "x-said-clause\t1\t10",
        "[figure]", "*\t4\t8", "no-object|percent\t2\t8",
        "[claim]", "*\t9\t10"));
    Document before = document(), after = new Calibration(t).apply(before, RULES);
    assertEquals(9 / 12.0, after.quotes().get(0).confidence());
    assertEquals(2 / 12.0, after.quotes().get(1).confidence());
    assertEquals(3 / 10.0, after.quantities().get(0).confidence());
    assertEquals(10 / 12.0, after.claims().get(0).confidence());
    assertEquals(before.quotes().get(0).speaker(), after.quotes().get(0).speaker());
    assertEquals(before.quantities().get(0).unit(), after.quantities().get(0).unit());
    assertEquals(before.claims().get(0).source(), after.claims().get(0).source());
    assertEquals(before.entities(), after.entities());
    // an item without rules falls back to its kind's whole
    Document bare = new Calibration(t).apply(before, Map.of());
    assertEquals(51 / 102.0, bare.quotes().get(0).confidence());
  }

  @Test
  void theEngineSetsTheShippedTablesNumbers() {
    Attest.Explained x = new Attest().explain(new Article("a", "“We will win,” said John Smith. He said 40 percent of voters back him.", "2016-01-01"));
    Document d = x.document();
    assertTrue(!d.quotes().isEmpty() && !d.quantities().isEmpty() && !d.claims().isEmpty());
    ConfidenceTable t = ConfidenceTable.of("en");
    for (Quote q : d.quotes()) assertEquals(t.confidence(Kind.SPEAKER, Keys.speaker(d, q, x.rules().get(q.id()))), q.confidence());
    for (Quantity n : d.quantities()) assertEquals(t.confidence(Kind.FIGURE, Keys.figure(n, x.rules().get(n.id()))), n.confidence());
    for (Claim c : d.claims()) assertEquals(t.confidence(Kind.CLAIM, Keys.claim(d, c, d.quantities().get(0), x.rules().get(c.id()))), c.confidence());
    assertEquals(d, new Attest().extract(d.article()), "extract and explain give one document");
  }
}
