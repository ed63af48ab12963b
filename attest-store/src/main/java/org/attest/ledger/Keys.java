package org.attest.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attest.text.Lexicon;

/**
 * Keys that make one thing of many wordings across articles: a person ("Jim Mattis", "James N.
 * Mattis"), an organisation or place ("ISIS", "the Islamic State group"), an office ("Defense
 * Secretary", "Secretary of Defense"), a figure's subject ("ISIS fighters", "fighters from the
 * Islamic State group") and place ("Iraq and Syria"). Word lists are resources of the language.
 * Thread-safe.
 */
final class Keys {
  private final Map<String, String> aliases;
  private final Map<String, String> heads;
  private final Set<String> stop;
  private final int longestAlias;

  Keys(String language) {
    aliases = Lexicon.table(language, "aliases.txt");
    Map<String, List<String>> subjects = Lexicon.sections(language, "subjects.txt");
    heads = Lexicon.table("subjects.txt [head]", subjects.getOrDefault("head", List.of()));
    stop = new java.util.HashSet<>(subjects.getOrDefault("stop", List.of()));
    int longest = 1;
    for (String k : aliases.keySet()) longest = Math.max(longest, k.split(" ").length);
    longestAlias = longest;
  }

  /** Lower case, typographic apostrophes plain, single spaces, no leading "the". */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s,;:()\"]+");
  private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");

  static String norm(String s) {
    if (s == null) return "";
    String n = SPACES.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')).replaceAll(" ").strip();
    if (n.startsWith("the ")) n = n.substring(4);
    return n;
  }

  /** The words of a name or phrase: letters, digits, dots and inner hyphens kept ("u.s.-led"). */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : SEPARATORS.split(norm(s))) {
      w = EDGES.matcher(w).replaceAll("");
      if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  /** An organisation's or place's key: its alias key ("isis" is "islamic state"), else its words. */
  String named(String name) {
    String n = String.join(" ", words(name));
    return aliases.getOrDefault(n, n);
  }

  /**
   * What a figure counts: the head ("fighter"), the organisations named with it, and the other words
   * that qualify it ("democratic primary" of "Democratic primary voters"), sorted, space-separated.
   */
  record Subject(String head, String orgs, String qualifiers) {
    Subject(String head, String orgs) {
      this(head, orgs, "");
    }

    /** Whether two subjects count the same thing: the same head, and organisations that do not differ. */
    boolean sameAs(Subject o) {
      return head.equals(o.head) && (orgs.isEmpty() || o.orgs.isEmpty() || orgs.equals(o.orgs));
    }
  }

  /** "fighters from the Islamic State group" and "ISIS fighters": head "fighter", orgs "islamic state". */
  Subject subject(String text) {
    List<String> w = words(text);
    if (!w.isEmpty() && w.get(0).equals("of")) w = w.subList(1, w.size());
    Set<String> orgs = new TreeSet<>();
    String head = null;
    List<String> words = new ArrayList<>();
    boolean afterPreposition = false;
    for (int i = 0; i < w.size(); ) {
      int matched = 0;
      for (int k = Math.min(longestAlias, w.size() - i); k >= 1 && matched == 0; k--) {
        String phrase = String.join(" ", w.subList(i, i + k));
        String key = aliases.get(phrase);
        if (key != null && !(k == 1 && phrase.equals("is"))) { // "is" alone is a verb more often than a group
          orgs.add(key);
          matched = k;
        }
      }
      if (matched > 0) {
        i += matched;
        if (i < w.size() && w.get(i).equals("group")) i++; // "the Islamic State group"
        continue;
      }
      String t = w.get(i);
      if (t.equals("from") || t.equals("of") || t.equals("in") || t.equals("at") || t.equals("on") || t.equals("with") || t.equals("who")
          || t.equals("that") || t.equals("which")) {
        afterPreposition = true;
      } else if (!stop.contains(t) && !Character.isDigit(t.charAt(0))) {
        if (!afterPreposition) head = t; // the last word before a preposition
        words.add(t);
      }
      i++;
    }
    if (head == null) return new Subject("", String.join(",", orgs), "");
    Set<String> qualifiers = new TreeSet<>(words);
    qualifiers.remove(head);
    String known = heads.get(head);
    if (known == null) known = singular(head);
    return new Subject(known, String.join(",", orgs), String.join(" ", qualifiers));
  }

  private static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) return w.substring(0, w.length() - 1);
    return w;
  }

  /** A place's key: "Iraq and Syria" and "Syria and Iraq" are "iraq|syria"; empty for none. */
  String place(String text) {
    if (text == null || text.isBlank()) return "";
    Set<String> parts = new TreeSet<>();
    for (String p : norm(text).split("\\s*(?:,|\\band\\b|&)\\s*")) {
      String k = named(p.strip());
      if (!k.isEmpty()) parts.add(k);
    }
    return String.join("|", parts);
  }
}
