package org.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The engine survives any text: word salads of quotation marks, dashes, cues, names and
 * paragraph breaks (seeded, so a failure is repeatable) never throw, and every span it returns
 * is the text it points at.
 */
class RobustnessTest {
  private static final String[] PIECES = {
    "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "—", "―", "-", ".", ",", ":", "?", "!", "(", ")", "\n\n", "\n", "said", "he",
    "she", "The", "U.S.", "Mr.", "Rep.", "Smith", "John", "coalition", "according", "to", "that", "’s", "a", "statement", "read",
    "told", "Reuters", "al", "group", "the", "(D-Wis.)", "…", "é", "\t", "  ", "x", "😀", "😀’s", "host", "\uD835\uDC00", "$", "3bn", "1,000", "84", "fewer", "than",
    "between", "half", "third", "of", "percent", "%", "twenty-four", "thousands", "May", "Friday", "ago", "weeks", "2017", "1990s", "every",
    "last", "year", "that", "number", "or", "more", "sent"
  };

  /** A span is non-empty, inside the text, and never cuts a surrogate pair (an emoji) in two. */
  private static void assertSpan(String text, int start, int end) {
    assertTrue(0 <= start && start < end && end <= text.length(), start + ".." + end + " in " + text);
    assertTrue(!Character.isLowSurrogate(text.charAt(start)), "span starts inside a character: " + text);
    assertTrue(end == text.length() || !Character.isLowSurrogate(text.charAt(end)), "span ends inside a character: " + text);
  }

  private static boolean isQuoteMark(char c) {
    return "\"'“”‘’«»„‚‹›".indexOf(c) >= 0;
  }

  @Test
  void randomTextNeverBreaksTheEngine() {
    Attest engine = new Attest();
    Random random = new Random(20261128);
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(60);
      for (int k = 0; k < n; k++) b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      String text = b.toString();
      if (text.isBlank()) continue;
      Document d = engine.extract(new Article("fuzz" + i, text, null));
      for (Quote q : d.quotes()) {
        assertSpan(text, q.start(), q.end());
        assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
        if (q.speaker() != null) assertSpan(text, q.speaker().start(), q.speaker().end());
        if (q.cue() != null) assertSpan(text, q.cue().start(), q.cue().end());
        if (q.type().equals(Quote.DIRECT)) assertTrue(isQuoteMark(text.charAt(q.start())), "a direct quote opens with its mark: " + q.text());
        if (q.speakerEntity() != null) assertEquals(q.speakerName(), d.entity(q.speakerEntity()).name());
      }
      for (Entity e : d.entities()) {
        assertTrue(!e.mentions().isEmpty() && !e.name().isBlank(), e.toString());
        for (Mention m : e.mentions()) assertSpan(text, m.start(), m.end());
      }
    }
  }
}
