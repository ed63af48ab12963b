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

  /** Control characters: C0 and C1 codes, DEL, a terminal's clear-screen and title sequences, BOM, line and paragraph separators. */
  private static final String[] CONTROLS = {
    "\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\r", "\r\n", "\u001B[2J", "\u001B]0;owned\u0007", "\u001B[8m", "\u007F", "\u0085",
    "\u009B", "\u200B", "\u200E", "\u202E", "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\uFFFF"
  };

  /** Characters outside the Basic Multilingual Plane: two UTF-16 units each. */
  private static final String[] ASTRAL = {"😀", "👍🏽", "👨‍👩‍👧", "🇺🇸", "\uD835\uDC00", "\uD83C\uDF89", "𝔘𝔖", "𠀀"};

  private static final String[] CLAIMS = {
    "The coalition said 900 fighters were killed in Mosul on Friday.", "“We lost 3,000 jobs last year,” Smith said.",
    "About 45 percent of voters back the plan, according to a Reuters poll.", "Officials said $3 billion was spent in 2016."
  };

  /** A run without white space: a pasted image, marks glued to letters, a long URL, digits, emoji. */
  private static String run(Random random, int length) {
    StringBuilder b = new StringBuilder(length + 16);
    switch (random.nextInt(9)) {
      case 0 -> {
        byte[] bytes = new byte[length * 3 / 4 + 3];
        random.nextBytes(bytes);
        b.append(java.util.Base64.getEncoder().encodeToString(bytes), 0, length);
      }
      case 1 -> { while (b.length() < length) b.append("\"x"); }
      case 2 -> { while (b.length() < length) b.append(random.nextBoolean() ? "a." : "A."); }
      case 3 -> { while (b.length() < length) b.append("“x”"); }
      case 4 -> { b.append("https://example.com/"); while (b.length() < length) b.append("a/b?c=d&e-f.g_"); }
      case 5 -> { while (b.length() < length) b.append(random.nextBoolean() ? "1,000" : "$3.5"); }
      case 6 -> { while (b.length() < length) b.append(ASTRAL[random.nextInt(ASTRAL.length)]); }
      case 7 -> { while (b.length() < length) b.append(PIECES[random.nextInt(PIECES.length)].strip()); }
      default -> { while (b.length() < length) b.append(CONTROLS[random.nextInt(CONTROLS.length)]).append('x'); }
    }
    return b.toString();
  }

  /** Two long direct quotes of one speaker, the same but for a word or two. */
  private static String similarQuotes(Random random) {
    String[] words = {"the", "war", "is", "not", "over", "and", "we", "will", "fight", "on", "for", "every", "street", "of", "Mosul", "said"};
    int n = 50 + random.nextInt(1500);
    StringBuilder quote = new StringBuilder();
    for (int k = 0; k < n; k++) quote.append(k == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    String first = quote.toString();
    StringBuilder second = new StringBuilder(first);
    for (int change = 0; change < 2; change++) {
      int at = random.nextInt(second.length());
      int space = second.indexOf(" ", at);
      if (space > 0) second.insert(space, " truly");
    }
    return "“" + first + ",” Mattis said.\n\nLater, Mattis said: “" + second + ".”";
  }

  /** A span is non-empty, inside the text, and never starts or ends between the two halves of a character. */
  private static void assertWholeSpan(String text, int start, int end, String what) {
    assertTrue(0 <= start && start < end && end <= text.length(), what + " " + start + ".." + end);
    assertTrue(!(start > 0 && Character.isHighSurrogate(text.charAt(start - 1)) && Character.isLowSurrogate(text.charAt(start))),
        what + " starts inside a character at " + start);
    assertTrue(!(end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))),
        what + " ends inside a character at " + end);
  }

  private static final java.util.regex.Pattern TIMEX = java.util.regex.Pattern.compile("\\d{2,4}|\\d{4}[^\\d].*|[^\\d+-].*");

  /**
   * The shapes a reliability probe attacked with, seeded: long runs without white space, long
   * nearly identical quotes, characters outside the BMP (emoji) before claims, and control
   * characters, mixed with ordinary claims. Every span is whole and is the text it names; every
   * claim's figure exists; every time value is TIMEX3's.
   */
  @Test
  void adversarialShapesNeverBreakTheEngine() {
    Attest engine = new Attest();
    Random random = new Random(20261207);
    for (int i = 0; i < 80; i++) {
      StringBuilder b = new StringBuilder();
      int blocks = 1 + random.nextInt(6);
      for (int k = 0; k < blocks; k++) {
        switch (random.nextInt(5)) {
          case 0 -> b.append(run(random, 1 + random.nextInt(random.nextInt(10) == 0 ? 40_000 : 2_000)));
          case 1 -> b.append(similarQuotes(random));
          case 2 -> {
            for (int e = random.nextInt(30); e >= 0; e--) b.append(ASTRAL[random.nextInt(ASTRAL.length)]);
            b.append(random.nextBoolean() ? " " : "").append(CLAIMS[random.nextInt(CLAIMS.length)]);
          }
          case 3 -> {
            String claim = CLAIMS[random.nextInt(CLAIMS.length)];
            int at = random.nextInt(claim.length());
            b.append(claim, 0, at).append(CONTROLS[random.nextInt(CONTROLS.length)]).append(claim, at, claim.length());
          }
          default -> b.append(CLAIMS[random.nextInt(CLAIMS.length)]);
        }
        b.append(random.nextBoolean() ? "\n\n" : " ");
      }
      String text = b.toString();
      if (text.isBlank()) continue;
      String published = random.nextInt(4) == 0 ? (random.nextBoolean() ? "0000-01-01" : "9999-12-31") : "2016-09-12";
      Document d = engine.extract(new Article("probe" + i, text, published));
      for (Quote q : d.quotes()) {
        assertWholeSpan(text, q.start(), q.end(), "quote");
        assertEquals(text.substring(q.start(), q.end()), q.text());
        if (q.speaker() != null) assertWholeSpan(text, q.speaker().start(), q.speaker().end(), "speaker");
        if (q.cue() != null) assertWholeSpan(text, q.cue().start(), q.cue().end(), "cue");
      }
      for (Entity e : d.entities()) {
        for (Mention m : e.mentions()) {
          assertWholeSpan(text, m.start(), m.end(), "mention");
          assertEquals(text.substring(m.start(), m.end()), m.text());
        }
      }
      java.util.Set<String> figures = new java.util.HashSet<>();
      for (org.attest.model.Quantity q : d.quantities()) {
        figures.add(q.id());
        assertWholeSpan(text, q.start(), q.end(), "figure");
        assertEquals(text.substring(q.start(), q.end()), q.text());
        if (q.object() != null) assertEquals(text.substring(q.object().start(), q.object().end()), q.object().text());
      }
      for (org.attest.model.TimeExpression t : d.times()) {
        assertWholeSpan(text, t.start(), t.end(), "time");
        assertEquals(text.substring(t.start(), t.end()), t.text());
        assertTrue(t.value() == null || TIMEX.matcher(t.value()).matches(), t.text() + " = " + t.value() + " @" + published);
      }
      for (org.attest.model.Claim c : d.claims()) {
        assertWholeSpan(text, c.start(), c.end(), "claim");
        assertTrue(figures.contains(c.quantity()), "claim of an unknown figure " + c.quantity());
      }
    }
  }
}
