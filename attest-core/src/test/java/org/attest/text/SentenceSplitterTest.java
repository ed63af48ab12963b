package org.attest.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The linear sentence splitter gives OpenNLP's sentences exactly (seeded random texts of end
 * marks, white space, capitals and the characters String.trim drops), asks the model OpenNLP's
 * questions less the words longer than the model knows, and does work in proportion to the text
 * on runs of end marks without white space.
 */
class SentenceSplitterTest {
  private static final String[] PIECES = {
    "a", "b", "The", "He", "U", "S", "1", "5", ".", ".", "?", "!", "...", "\"", "“", "”", "'", ")", "(", ",", ":", "-", " ", " ", " ", "  ",
    "\n", "\t", "\u00A0", "\u2009", "\u0001", "\u001F", "😀", "Mr.", "U.S.", "e.g.", "www.x.com", "3.5", "said", "A.",
  };

  private static String random(Random r, int pieces) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < pieces; k++) b.append(PIECES[r.nextInt(PIECES.length)]);
    return b.toString();
  }

  private static int[] openNlp(String text) {
    List<Integer> out = new ArrayList<>();
    for (Span s : new SentenceDetectorME(TextAnalyzer.Models.SENTENCE).sentPosDetect(text)) {
      out.add(s.getStart());
      out.add(s.getEnd());
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void givesOpenNlpsSentences() {
    SentenceSplitter splitter = new SentenceSplitter(TextAnalyzer.Models.SENTENCE);
    Random r = new Random(20261207);
    for (int i = 0; i < 5000; i++) {
      String text = random(r, 1 + r.nextInt(60));
      int[] expected;
      try {
        expected = openNlp(text);
      } catch (NullPointerException e) {
        continue; // OpenNLP fails on a sentence that is only white space once trimmed; ours drops it
      }
      assertArrayEquals(expected, splitter.split(text), () -> "sentences of " + text.replace("\n", "\\n"));
    }
  }

  @Test
  void asksOpenNlpsQuestionsLessTheWordsTheModelCannotKnow() {
    SentenceSplitter splitter = new SentenceSplitter(TextAnalyzer.Models.SENTENCE);
    var model = TextAnalyzer.Models.SENTENCE.getMaxentModel();
    int[] longest = {
      Tokenizer.longestFeature(model, "x="), Tokenizer.longestFeature(model, "v="), Tokenizer.longestFeature(model, "s="),
      Tokenizer.longestFeature(model, "n=")
    };
    String[] keys = {"x=", "v=", "s=", "n="};
    DefaultSDContextGenerator openNlp = new DefaultSDContextGenerator(new char[] {'.', '!', '?'});
    Random r = new Random(11);
    for (int i = 0; i < 1500; i++) {
      String text = random(r, 1 + r.nextInt(30)) + (i % 3 == 0 ? "x".repeat(40) + "." + "y".repeat(30) + ".z" : "");
      List<String[]> ours = splitter.contexts(text);
      int c = 0;
      for (int p = 0; p < text.length(); p++) {
        if (".!?".indexOf(text.charAt(p)) < 0) continue;
        List<String> expected = new ArrayList<>();
        feature:
        for (String f : openNlp.getContext(text, p)) {
          for (int k = 0; k < keys.length; k++) if (f.startsWith(keys[k]) && f.length() - 2 > longest[k]) continue feature;
          expected.add(f);
        }
        int at = p;
        assertEquals(expected, Arrays.asList(ours.get(c++)), () -> text.replace("\n", "\\n") + " at " + at);
      }
      assertEquals(c, ours.size());
    }
  }

  @Test
  void runsOfEndMarksCostWorkInProportionToTheirLength() {
    String[] runs = {"a.".repeat(100_000), "A.".repeat(100_000), ".".repeat(200_000), "1.".repeat(100_000), "x?".repeat(100_000)};
    for (String run : runs) {
      SentenceSplitter splitter = new SentenceSplitter(TextAnalyzer.Models.SENTENCE);
      String text = "It began. " + run + " It ended.";
      int[] sentences = splitter.split(text);
      // OpenNLP's question at each period carries the word before it: the whole run
      assertTrue(splitter.featureChars() < 200L * text.length(), splitter.featureChars() + " feature characters for " + text.length());
      assertEquals(text.length(), sentences[sentences.length - 1]);
    }
  }
}
