package org.attest.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The linear tokenizer gives OpenNLP's tokens exactly (seeded random texts of the characters its
 * features look at), asks the model OpenNLP's questions less the features the model cannot know,
 * and does work in proportion to the text on a chunk without white space.
 */
class TokenizerTest {
  /** Letters, digits, the punctuation the features name, quotes, white space (also no-break), '&' ';' for "cc", an emoji. */
  private static final String[] PIECES = {
    "a", "b", "Z", "é", "1", "0", ".", "?", "!", "'", "\"", "`", "(", ")", "[", "]", "{", "}", ",", ":", ";", "&", "-", "—", "/", "+", "=",
    "$", "%", "“", "”", "’", " ", " ", "\t", "\n", "\u00A0", "\u2009", "\u0001", "😀", "amp", "U.S.", "don't", "http://x.com/a?b=c", "ab12",
  };

  private static String random(Random r, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < pieces; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
    return b.toString();
  }

  private static int[] ours(String text) {
    IntList starts = new IntList(16), ends = new IntList(16);
    new Tokenizer(TextAnalyzer.Models.TOKENIZER).tokenize(text, 0, text.length(), starts, ends);
    int[] out = new int[2 * starts.size()];
    for (int i = 0; i < starts.size(); i++) {
      out[2 * i] = starts.get(i);
      out[2 * i + 1] = ends.get(i);
    }
    return out;
  }

  private static int[] openNlp(String text) {
    Span[] spans = new TokenizerME(TextAnalyzer.Models.TOKENIZER).tokenizePos(text);
    int[] out = new int[2 * spans.length];
    for (int i = 0; i < spans.length; i++) {
      out[2 * i] = spans[i].getStart();
      out[2 * i + 1] = spans[i].getEnd();
    }
    return out;
  }

  @Test
  void givesOpenNlpsTokens() {
    Random r = new Random(20261207);
    for (int i = 0; i < 3000; i++) {
      String text = random(r, 1 + r.nextInt(40));
      assertArrayEquals(openNlp(text), ours(text), () -> "tokens of " + text);
    }
    // chunks longer than any prefix or suffix the model knows
    for (int i = 0; i < 100; i++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 150 + r.nextInt(200)) b.append(PIECES[r.nextInt(PIECES.length)].strip());
      String text = b.toString();
      assertArrayEquals(openNlp(text), ours(text), () -> "tokens of " + text);
    }
  }

  @Test
  void asksOpenNlpsQuestionsLessTheFeaturesTheModelCannotKnow() {
    Tokenizer tokenizer = new Tokenizer(TextAnalyzer.Models.TOKENIZER);
    int longestPrefix = Tokenizer.longestFeature(TextAnalyzer.Models.TOKENIZER.getMaxentModel(), "p=");
    int longestSuffix = Tokenizer.longestFeature(TextAnalyzer.Models.TOKENIZER.getMaxentModel(), "s=");
    assertTrue(longestPrefix > 10 && longestPrefix < 200 && longestSuffix > 10 && longestSuffix < 200, longestPrefix + " " + longestSuffix);
    DefaultTokenContextGenerator openNlp = new DefaultTokenContextGenerator();
    Random r = new Random(7);
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 2 + r.nextInt(250)) b.append(PIECES[r.nextInt(PIECES.length)].strip());
      String chunk = b.toString();
      if (chunk.length() < 2) continue;
      for (int j = 1; j < chunk.length(); j++) {
        List<String> expected = new ArrayList<>();
        for (String f : openNlp.getContext(chunk, j)) {
          if (f.startsWith("p=") && f.length() - 2 > longestPrefix || f.startsWith("s=") && f.length() - 2 > longestSuffix) continue;
          expected.add(f);
        }
        int at = j;
        assertEquals(expected, Arrays.asList(tokenizer.context(chunk, 0, chunk.length(), j)), () -> chunk + " at " + at);
      }
    }
  }

  @Test
  void aChunkWithoutWhiteSpaceCostsWorkInProportionToItsLength() {
    Random r = new Random(1);
    byte[] bytes = new byte[150_000];
    r.nextBytes(bytes);
    String[] chunks = {Base64.getEncoder().encodeToString(bytes), "\"x".repeat(100_000), "x-".repeat(100_000)};
    for (String chunk : chunks) {
      Tokenizer tokenizer = new Tokenizer(TextAnalyzer.Models.TOKENIZER);
      IntList starts = new IntList(16), ends = new IntList(16);
      tokenizer.tokenize(chunk, 0, chunk.length(), starts, ends);
      // OpenNLP's questions carry the chunk before and after each character: 200,000 characters
      // a question, 4 * 10^10 in all; here each is a few dozen characters
      assertTrue(tokenizer.featureChars() < 400L * chunk.length(), tokenizer.featureChars() + " feature characters for " + chunk.length());
      assertEquals(chunk.length(), ends.get(ends.size() - 1));
    }
  }
}
