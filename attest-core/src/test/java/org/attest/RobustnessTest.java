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
    "told", "Reuters", "al", "group", "the", "(D-Wis.)", "…", "é", "\t", "  ", "x"
  };

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
        assertEquals(q.text(), text.substring(q.start(), q.end()), text);
        assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
        if (q.speaker() != null) assertEquals(q.speaker().text(), text.substring(q.speaker().start(), q.speaker().end()));
      }
      for (Entity e : d.entities()) {
        for (Mention m : e.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
    }
  }
}
