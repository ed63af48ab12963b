package org.attest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkupTest {
  private static final String TWEET = "Warren spoke.\n\n<tweet author=\"carlquintanilla\" timestamp=\"1474387200\">The blue arrow is Warren.</tweet>.";

  @Test
  void tagsWithAttributesAreMarkupAndWhatTheyEncloseIsText() {
    int[] tags = Markup.find(TWEET);
    assertEquals(4, tags.length);
    assertTrue(Markup.inside(tags, TWEET.indexOf("1474387200")));
    assertTrue(Markup.inside(tags, TWEET.indexOf("</tweet>") + 2));
    assertFalse(Markup.inside(tags, TWEET.indexOf("blue")));
    assertFalse(Markup.inside(tags, TWEET.indexOf("Warren")));
  }

  @Test
  void comparisonsAndArrowsAreNoTags() {
    assertEquals(0, Markup.find("Turnout was < 40% and > 30%; x<y and a -> b.").length);
    assertEquals(0, Markup.find("No tags here.").length);
  }

  @Test
  void aLongRunOfWordsAfterALessThanSignIsNoTagAndNoTrouble() {
    String words = "Readers wrote <b " + "word ".repeat(10_000) + "and that was all.";
    assertEquals(0, Markup.find(words).length);
    String pairs = "<a " + "k=v ".repeat(3_000) + ">";
    assertEquals(0, Markup.find(pairs).length, "a tag is at most " + Markup.LONGEST + " characters");
    assertEquals(2, Markup.find("<br/> and <img src=x.png />").length / 2);
  }

  @Test
  void theWordsOfATagAreNoTokens() {
    String text = "<tweet author=\"Donald Trump\" date=\"2016-09-20\" time=\"8:30 pm\">We will win.</tweet>";
    Analysis a = new TextAnalyzer().analyze(text);
    java.util.List<String> tokens = new java.util.ArrayList<>();
    for (int t = 0; t < a.tokenCount(); t++) tokens.add(a.token(t));
    assertEquals(java.util.List.of("We", "will", "win", "."), tokens);
  }

  @Test
  void theQuotationMarksOfAnAttributeOpenNoQuote() {
    Analysis a = new TextAnalyzer().analyze(TWEET);
    assertEquals(0, a.quoteCount());
    for (int t = 0; t < a.tokenCount(); t++) assertFalse(a.token(t).contains("carlquintanilla"));
  }
}
