package org.attest.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs the part-of-speech model where news copy uses a word it knows mostly as a noun as a verb ({@code
 * retags.txt}): "sales rose 5%" had "rose" a NOUN, so no clause, no reported speech after "said", no subject for the
 * figure. A listed word is a VERB when tagged NOUN after a noun, a name or a pronoun and before what its section allows.
 */
final class VerbRetags {
  private static final String FILE = "retags.txt";
  private static final Set<String> PAST, PRESENT, PRESENT_BEFORE, NOT_BEFORE;
  /** Tags after which a past form may be the verb: "rose" before a number, a preposition, an adverb, a mark. */
  private static final Set<String> PAST_NEXT = Set.of("NUM", "SYM", "ADP", "ADV", "PUNCT", "PART");
  /** Tags of a subject's last word. */
  private static final Set<String> SUBJECT = Set.of("NOUN", "PROPN", "PRON");

  static {
    Map<String, List<String>> s = Lexicon.sections("en", FILE);
    PAST = Lexicon.requiredWords(FILE, s, "past");
    PRESENT = Lexicon.requiredWords(FILE, s, "present");
    PRESENT_BEFORE = Lexicon.requiredWords(FILE, s, "present-before");
    NOT_BEFORE = Lexicon.requiredWords(FILE, s, "not-before");
  }

  private VerbRetags() {}

  /** Retags {@code tags} (of one sentence's {@code words}) in place. */
  static void apply(String[] words, String[] tags) {
    for (int i = 1; i < words.length; i++) {
      if (!tags[i].equals("NOUN") || !SUBJECT.contains(tags[i - 1])) continue;
      String w = words[i];
      boolean past = PAST.contains(w), present = !past && PRESENT.contains(w);
      if (!past && !present) continue;
      String next = i + 1 < words.length ? words[i + 1].toLowerCase(java.util.Locale.ROOT) : null;
      String nextTag = i + 1 < words.length ? tags[i + 1] : "PUNCT";
      boolean fits = past ? next == null || PAST_NEXT.contains(nextTag) && !NOT_BEFORE.contains(next)
          : next != null && (nextTag.equals("NUM") || nextTag.equals("SYM") || PRESENT_BEFORE.contains(next));
      if (fits) tags[i] = "VERB";
    }
  }
}
