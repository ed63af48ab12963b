package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote-variant rule, each case with the invented quotes it exists for; the false alarms seen on real news are must-not-flag cases. */
class QuoteVariantsTest {
  private final QuoteVariants rule = new QuoteVariants("en");

  private static QuoteVariants.Row q(Long speaker, long article, String published, String text) {
    return new QuoteVariants.Row(speaker, speaker == null ? null : "Jane Doe", text, article, published,
        new Ledger.Side("a" + article, 0, text.length(), text, null, "Outlet", published));
  }

  private List<Ledger.Conflict> find(QuoteVariants.Row... rows) {
    return rule.find(new ArrayList<>(List.of(rows)));
  }

  @Test
  void oneStatementInOtherWordsIsAVariant() {
    List<Ledger.Conflict> c = find(q(1L, 1, "2016-03-01", "We are going to put a lot of coal companies and coal miners out of business."),
        q(1L, 2, "2016-03-02", "We are going to put a lot of coal miners and coal companies out of business."));
    assertEquals(1, c.size(), c.toString());
    assertEquals("quote", c.get(0).kind());
    assertTrue(c.get(0).confidence() >= 0.5, c.toString());
  }

  @Test
  void contractionsApostrophesAndDashesMakeNoVariant() {
    List<Ledger.Conflict> c = find(q(1L, 1, "2016-03-01", "We've got to make sure the country's ignorant view -- it risks everything we have built."),
        q(1L, 2, "2016-03-02", "We have got to make sure the country‘s ignorant view - it risks everything we have built."));
    assertTrue(c.stream().noneMatch(x -> x.kind().equals("quote")), c.toString());
    List<Ledger.Conflict> b = find(q(1L, 1, "2016-03-01", "She did not have a particular video in mind, but he is being used in social media,"),
        q(1L, 2, "2016-03-02", "did not have a particular video in mind, but he [the candidate] is being used in social media."));
    assertTrue(b.stream().noneMatch(x -> x.kind().equals("quote")), "an editor's words in brackets are not the speaker's: " + b);
  }

  @Test
  void aCutOrAnExtensionIsAnExcerptNotAConflict() {
    List<Ledger.Conflict> c = find(q(1L, 1, "2016-03-01", "The plan is working and we will see results in the spring, I promise you that."),
        q(1L, 2, "2016-03-02", "We spoke for hours. The plan is working and we will see results in the spring, I promise you that. Thank you."));
    assertEquals(List.of("excerpt"), c.stream().map(Ledger.Conflict::kind).toList());
    List<Ledger.Conflict> e = find(q(1L, 1, "2016-03-01", "No, I meant it. I do. He was the most valuable player on the team. I give him the award."),
        q(1L, 2, "2016-03-02", "I do. He was the most valuable player on the team. … He was the one."));
    assertTrue(e.stream().noneMatch(x -> x.kind().equals("quote")), "an ellipsis joins another sentence of the speech: " + e);
  }

  @Test
  void differentStatementsSharingASloganAreNoVariant() {
    List<Ledger.Conflict> c = find(q(1L, 1, "2016-03-01", "We will bring back the jobs and we will make America great again."),
        q(1L, 2, "2016-05-01", "The rally was huge, believe me, and we will make America great again."),
        q(1L, 3, "2016-06-13", "I am trying to save lives. We can't afford to be politically correct anymore."),
        q(1L, 4, "2016-07-22", "We cannot afford to be so politically correct anymore,"));
    assertTrue(c.stream().noneMatch(x -> x.kind().equals("quote")), c.toString());
  }

  @Test
  void shortQuotesAndOtherSpeakersAreNotCompared() {
    assertEquals(List.of(), find(q(1L, 1, "2016-03-01", "I meant he's the founder of it."), q(1L, 2, "2016-03-01", "I meant exactly that, the founder of it.")));
    assertEquals(List.of(), find(q(1L, 1, "2016-03-01", "We are going to put a lot of coal companies and coal miners out of business."),
        q(2L, 2, "2016-03-02", "We are going to put a lot of coal miners and coal companies out of business.")), "two speakers: two statements");
    assertEquals(List.of(), find(q(1L, 1, "2015-03-01", "We are going to put a lot of coal companies and coal miners out of business."),
        q(1L, 2, "2016-06-02", "We are going to put a lot of coal miners and coal companies out of business.")), "more than a year apart");
  }

  @Test
  void oneStatementGivenToTwoSpeakersIsFlaggedWhenLongAndClose() {
    QuoteVariants.Row a = q(1L, 1, "2016-09-20", "In the city, an unarmed man with his hands in the air. This is just unbearable. And it needs to be intolerable.");
    QuoteVariants.Row b = new QuoteVariants.Row(2L, "John Roe", "How many times must we see this? In the city, an unarmed man with his hands in the air? "
        + "I mean, this is just unbearable, and it needs to be intolerable,", 2, "2016-09-21", new Ledger.Side("a2", 0, 10, "x", null, "Outlet", "2016-09-21"));
    List<Ledger.Conflict> c = rule.find(new ArrayList<>(List.of(a, b)));
    assertEquals(1, c.size(), c.toString());
    assertTrue(c.get(0).reason().contains("two speakers (Jane Doe, John Roe)"), c.toString());
    QuoteVariants.Row cut = new QuoteVariants.Row(2L, "John Roe", "an unarmed man with his hands in the air. This is just unbearable. And it needs", 2,
        "2016-09-21", new Ledger.Side("a2", 0, 10, "x", null, "Outlet", "2016-09-21"));
    assertEquals(List.of(), rule.find(new ArrayList<>(List.of(a, cut))), "one quoting the other's words is no conflict");
  }

  @Test
  void aMixedQuoteIsItsQuotedWords() {
    assertEquals("going to win \u2026 by a mile", QuoteVariants.quoted("she was \"going to win\" and, she said, \u201Cby a mile\u201D"));
    assertEquals("", QuoteVariants.quoted("she said she would win"));
  }

  @Test
  void aQuoteWithoutItsSpeakerIsTheSpeakersWhenLongAndClose() {
    String said = "I am not a natural politician, in case you have not noticed, unlike my husband and the president, I have to do my best.";
    String other = "I am not a natural politician, in case you have not noticed, like my husband or the president, I have to do my best.";
    List<Ledger.Conflict> c = find(q(1L, 1, "2016-03-01", said), q(null, 2, "2016-03-02", other));
    assertEquals(1, c.size(), c.toString());
    assertEquals("Jane Doe", c.get(0).about());
    assertEquals(List.of(), find(q(null, 1, "2016-03-01", said), q(null, 2, "2016-03-02", other)), "nobody's words are no one's statement");
  }

  @Test
  void longNearlyIdenticalQuotesTakeBoundedMemory() {
    StringBuilder a = new StringBuilder(), b = new StringBuilder();
    for (int i = 0; i < 42000; i++) {
      a.append(" word").append(i % 977);
      b.append(" word").append(i == 20000 || i == 30000 ? 1 : i % 977);
    }
    // a word table of two 42,000-word quotes would take 7 GB: they are too long to compare, and nothing fails
    assertEquals(List.of(), find(q(1L, 1, "2016-03-01", a.toString()), q(1L, 2, "2016-03-02", b.toString())));
    StringBuilder c = new StringBuilder(), d = new StringBuilder();
    for (int i = 0; i < 900; i++) {
      c.append(" term").append(i);
      d.append(" term").append(i == 450 ? 0 : i);
    }
    List<Ledger.Conflict> near = find(q(1L, 1, "2016-03-01", c.toString()), q(1L, 2, "2016-03-02", d.toString()));
    assertEquals(1, near.size(), "a 900-word speech quoted twice is still compared");
  }
}
