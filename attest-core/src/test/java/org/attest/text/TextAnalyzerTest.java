package org.attest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private final TextAnalyzer analyzer = new TextAnalyzer();

  private List<String> tokens(String text) {
    Analysis a = analyzer.analyze(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.tokenCount(); i++) out.add(a.token(i));
    return out;
  }

  private List<String> sentences(String text) {
    Analysis a = analyzer.analyze(text);
    List<String> out = new ArrayList<>();
    for (int s = 0; s < a.sentenceCount(); s++) {
      out.add(text.substring(a.start(a.sentenceStartToken(s)), a.end(a.sentenceEndToken(s) - 1)));
    }
    return out;
  }

  @Test
  void quotationMarksAndPossessivesAreTokensOfTheirOwn() {
    assertEquals(List.of("“", "Nothing", ",", "”", "Mattis", "responded", "."), tokens("“Nothing,” Mattis responded."));
    assertEquals(List.of("John", "Dickerson", "’s", "question", ":"), tokens("John Dickerson’s question:"));
  }

  @Test
  void aSentenceFinalPeriodLeavesTheWord() {
    assertTrue(tokens("It is a campaign against ISIS. It is a threat.").contains("ISIS"));
  }

  @Test
  void aFractionTheTokenizerCutsIsOneToken() { // "3/" "4" and "1/" "8.": the model cuts some fractions at the slash
    assertEquals(List.of("The", "price", "fell", "3/4", "to", "20", "3/4", "."), tokens("The price fell 3/4 to 20 3/4."));
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(List.of("“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.", "Mary J. Blige sang."),
        sentences("“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday. Mary J. Blige sang."));
    assertTrue(tokens("Rep. Gwen Moore spoke.").contains("Rep."));
  }

  @Test
  void paragraphsAreBlankLineSeparatedAndLineWrappingIsJoined() {
    Analysis a = analyzer.analyze("First paragraph goes\non here.\n\nSecond one.\nThird one, a line of its own.");
    assertEquals(3, a.paragraphCount());
    assertEquals("First paragraph goes\non here.", a.text().substring(a.paragraphStart(0), a.paragraphEnd(0)));
  }

  @Test
  void tagsAreUniversalDependencies() {
    Analysis a = analyzer.analyze("Mattis said the strategy works.");
    assertEquals("PROPN", a.pos(0));
    assertEquals("VERB", a.pos(1));
  }

  /** The tag of {@code word}'s first occurrence in {@code text}. */
  private String tagOf(String text, String word) {
    Analysis a = analyzer.analyze(text);
    for (int i = 0; i < a.tokenCount(); i++) if (a.token(i).equals(word)) return a.pos(i);
    throw new AssertionError(word + " not in " + text);
  }

  /** Retags (retags.txt): each row's word had another tag before the repair (rose: NOUN, Akzo: ADV), the last rows keep theirs. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "John Smith said sales rose 5% last year.|rose|VERB",
      "Prices rose sharply.|rose|VERB",
      "The yield rose to 8%.|rose|VERB",
      "Its shares rose 25 cents.|rose|VERB",
      "Profit rises 5% on strong sales.|rises|VERB",
      "Volume climbs to 200 million shares.|climbs|VERB",
      "Akzo said sales rose.|Akzo|PROPN",
      "Officials said sales rose.|Officials|NOUN",
      "Many said Monday that they would vote for the measure.|Many|ADJ",
      "She gave her mother a rose for her birthday.|rose|NOUN",
      "The stock gains of 5% were wiped out.|gains|NOUN",
      "The tea rose garden was closed.|rose|NOUN",
      "Capital gains from the sale were $5 million, the company said.|gains|NOUN"})
  void verbsTheModelReadsAsNouns(String text, String word, String tag) {
    assertEquals(tag, tagOf(text, word));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  Leading space, “quotes” and\u00A0odd spacing.\n\n“Run on\n\nand on.";
    Analysis a = analyzer.analyze(text);
    for (int i = 0; i < a.tokenCount(); i++) assertEquals(a.token(i), text.substring(a.start(i), a.end(i)));
    assertEquals(2, a.quoteCount());
  }
}
