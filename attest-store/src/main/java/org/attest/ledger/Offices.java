package org.attest.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Lexicon;

/**
 * Offices as data ({@code offices.txt}): which titles name an office, of which kind, and which two
 * offices one person cannot hold at once. A title names an office only when it holds a known role
 * phrase ("Ohio Gov.", "Secretary of State", "Senate Majority Leader"); descriptors ("Democrat",
 * "billionaire", "GOP frontrunner", "host", "presidential nominee") name none. Thread-safe.
 */
final class Offices {
  /** An office: its role ("governor"), kind ("governor"), jurisdiction ("ohio", or ""), and whether the title says it is past. */
  record Office(String role, String kind, String jurisdiction, boolean past) {
    /** "governor|ohio": the office as one key, its jurisdiction after a bar. */
    String key() {
      return jurisdiction.isEmpty() ? role : role + "|" + jurisdiction;
    }

    /**
     * Whether the title names the office itself, not a bare role before a name: "Ohio Gov.",
     * "Secretary of State", "Vice President" are specific; "President", "Sen.", "Governor" alone are
     * honorifics as often as offices ("Sen. Clinton" years after she left, "for President").
     */
    boolean specific() {
      return !jurisdiction.isEmpty() || role.indexOf(' ') > 0;
    }
  }

  private final Map<String, String> aliases;
  private final Map<String, String> roles;
  private final Set<String> pastWords;
  private final Set<String> compatible = new HashSet<>();
  private final Set<String> exclusive;
  private final Set<String> bodies;

  /** The kind of an office of a body other than a state ("Florida Senate President", "university president"): held with any other. */
  static final String BODY = "body";
  private final int longest;

  Offices(String language) {
    Map<String, List<String>> s = Lexicon.sections(language, "offices.txt");
    aliases = Lexicon.table("offices.txt [alias]", s.getOrDefault("alias", List.of()));
    roles = Lexicon.table("offices.txt [role]", s.getOrDefault("role", List.of()));
    pastWords = Lexicon.words(s, "past");
    exclusive = new HashSet<>(s.getOrDefault("exclusive", List.of()));
    bodies = Lexicon.words(s, "body");
    for (Map.Entry<String, String> e : Lexicon.table("offices.txt [compatible]", s.getOrDefault("compatible", List.of())).entrySet()) {
      compatible.add(e.getKey() + "\u0000" + e.getValue());
      compatible.add(e.getValue() + "\u0000" + e.getKey());
    }
    int n = 1;
    for (String k : aliases.keySet()) n = Math.max(n, k.split(" ").length);
    for (String k : roles.keySet()) n = Math.max(n, k.split(" ").length);
    longest = n;
  }

  /**
   * The office a title names, or null for a descriptor: "Florida Sen." is senator of florida,
   * "former Secretary of State" a past secretary of state, "Republican presidential nominee" none.
   * The role phrase ending furthest right wins ("White House press secretary" over "secretary").
   */
  Office parse(String title) {
    return parse(title, "");
  }

  /** The office of a title, past when the words just before it say so ("former" Florida Gov., "ex-" Senator). */
  Office parse(String title, String before) {
    if (title == null) return null;
    List<String> lead = Keys.words(before);
    boolean pastBefore = false;
    if (!lead.isEmpty()) pastBefore = past(lead.get(lead.size() - 1)); // "former Florida Gov.", not "former rival New Jersey Gov."
    List<String> w = new java.util.ArrayList<>();
    boolean past = false;
    for (String t : Keys.words(title)) { // past words before hyphens split them: "one-time", "then-Sen.", "ex-governor"
      int dash = t.indexOf('-');
      if (pastWords.contains(t)) {
        past = true;
        continue;
      }
      if (dash > 0 && pastWords.contains(t.substring(0, dash))) {
        past = true;
        t = t.substring(dash + 1);
      }
      for (String part : t.split("-")) if (!part.isEmpty()) w.add(part);
    }
    w.removeIf(t -> t.equals("u.s.") || t.equals("us") || t.equals("acting") || t.equals("current") || t.equals("sitting"));
    for (int end = w.size(); end > 0; end--) {
      for (int start = Math.max(0, end - longest); start < end; start++) {
        String phrase = String.join(" ", w.subList(start, end));
        String role = aliases.getOrDefault(phrase, phrase);
        String kind = roles.get(role);
        if (kind == null) continue;
        String where = String.join(" ", w.subList(0, start));
        if (where.equals("the") || where.equals("a") || where.equals("an")) where = "";
        if (end < w.size()) { // "Secretary of State for Europe", "Governor of Ohio": words after the role name its place
          List<String> rest = w.subList(end, w.size());
          if (rest.get(0).equals("of") || rest.get(0).equals("for")) where = String.join(" ", rest.subList(1, rest.size()));
          else continue; // the role is not the title's head ("senator's aide")
        }
        for (String b : where.split(" ")) {
          if (bodies.contains(b)) return new Office(role, BODY, where, past || pastBefore); // "Florida Senate President", "NAACP president"
        }
        return new Office(role, kind, where, past || pastBefore);
      }
    }
    return null;
  }

  /** Whether a word (or its part before a hyphen) marks a past office: "former", "one-time", "ex-". */
  private boolean past(String word) {
    int dash = word.indexOf('-');
    return pastWords.contains(word) || dash > 0 && pastWords.contains(word.substring(0, dash));
  }

  /**
   * The role word of a title or office, to join a surname by: "secretary" of "Secretary", "Defense
   * Secretary" and "secretary of defense"; "senator" of "Sen." and "Florida senator"; "" for none.
   */
  String head(String title) {
    List<String> w = Keys.words(title == null ? "" : title);
    w.removeIf(pastWords::contains);
    if (w.isEmpty()) return "";
    int of = w.indexOf("of");
    String word = of > 0 ? w.get(of - 1) : w.get(w.size() - 1);
    String alias = aliases.getOrDefault(word, word);
    return alias.contains(" ") ? "" : alias;
  }

  /**
   * Whether one person cannot hold both offices at once: offices of different kinds that are not
   * compatible ("governor" and "senator"), or two different offices of one exclusive kind ("secretary
   * of state" and "secretary of defense"). One role is one office whatever its jurisdiction ("Gov.",
   * "Ohio Gov.", "Republican Gov.").
   */
  boolean exclusive(Office a, Office b) {
    if (a.kind().equals(BODY) || b.kind().equals(BODY)) return false;
    if (a.role().equals(b.role())) return false; // "Texas Sen." and "Republican Sen." are one senator: a jurisdiction is not sure enough
    if (a.kind().equals(b.kind())) return exclusive.contains(a.kind());
    return !compatible.contains(a.kind() + "\u0000" + b.kind());
  }
}
