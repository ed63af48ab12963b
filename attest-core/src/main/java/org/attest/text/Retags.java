package org.attest.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repairs the part-of-speech model where news copy defeats it ({@code retags.txt}). A word it knows mostly as a noun is
 * a verb: "sales rose 5%" had "rose" a NOUN, so no clause, no reported speech after "said", no subject for the figure;
 * a listed word is a VERB when tagged NOUN after a noun, a name or a pronoun and before what its section allows. And a
 * sentence's first word, capitalised, that the model read as an adverb, adjective or verb before a speech verb is a
 * name: "Akzo said", "Armco says" (a company's name it does not know).
 */
final class Retags {
  private static final String FILE = "retags.txt";
  private static final Set<String> PAST, PRESENT, PRESENT_BEFORE, NOT_BEFORE, NAME_BEFORE, NOT_NAME;
  /** Tags the model gives an unknown name opening a sentence. */
  private static final Set<String> NOT_A_NAME = Set.of("ADV", "ADJ", "VERB", "X", "INTJ");
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
    NAME_BEFORE = Lexicon.requiredWords(FILE, s, "name-before");
    NOT_NAME = Lexicon.requiredWords(FILE, s, "not-name");
  }

  private Retags() {}

  /** A number (or a symbol such as "$" before one) at token k or k + 1: "climbs to 200 million", "rises from $5"; not "gains from the sale". */
  private static boolean numberAfter(String[] tags, int k) {
    for (int j = k; j < tags.length && j <= k + 1; j++) if (tags[j].equals("NUM")) return true;
    return false;
  }

  /** Retags {@code tags} (of one sentence's {@code words}) in place. */
  static void apply(String[] words, String[] tags) {
    if (words.length > 1 && NOT_A_NAME.contains(tags[0]) && Character.isUpperCase(words[0].charAt(0)) && NAME_BEFORE.contains(words[1])
        && !NOT_NAME.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      tags[0] = "PROPN"; // "Akzo said"
    }
    for (int i = 1; i < words.length; i++) {
      if (!tags[i].equals("NOUN") || !SUBJECT.contains(tags[i - 1])) continue;
      String w = words[i];
      boolean past = PAST.contains(w), present = !past && PRESENT.contains(w);
      if (!past && !present) continue;
      String next = i + 1 < words.length ? words[i + 1].toLowerCase(java.util.Locale.ROOT) : null;
      String nextTag = i + 1 < words.length ? tags[i + 1] : "PUNCT";
      boolean fits = past ? next == null || PAST_NEXT.contains(nextTag) && !NOT_BEFORE.contains(next)
          : next != null && (nextTag.equals("NUM") || nextTag.equals("SYM") || PRESENT_BEFORE.contains(next) && numberAfter(tags, i + 2));
      if (fits) tags[i] = "VERB";
    }
  }
}
