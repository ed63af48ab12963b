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
  private final Map<String, String> nicknames;
  private final Map<String, String> aliases;
  private final Map<String, String> heads;
  private final Set<String> stop;
  private final Map<String, String> offices;
  private final int longestAlias;

  Keys(String language) {
    nicknames = Lexicon.table(language, "nicknames.txt");
    aliases = Lexicon.table(language, "aliases.txt");
    Map<String, List<String>> subjects = Lexicon.sections(language, "subjects.txt");
    heads = Lexicon.table("subjects.txt [head]", subjects.getOrDefault("head", List.of()));
    stop = new java.util.HashSet<>(subjects.getOrDefault("stop", List.of()));
    offices = Lexicon.table(language, "offices.txt");
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

  /**
   * A person's key: first and last name, the first name unabbreviated ("jim" is "james"), middle
   * initials and suffixes left out. Null for a single name (a surname alone identifies no one).
   */
  String person(String name) {
    List<String> w = new ArrayList<>();
    for (String t : words(name)) {
      String bare = t.replace(".", "");
      if (bare.length() <= 1 || bare.equals("jr") || bare.equals("sr") || bare.equals("ii") || bare.equals("iii")) continue;
      w.add(t);
    }
    if (w.size() < 2) return null;
    String first = w.get(0).replace(".", "");
    return nicknames.getOrDefault(first, first) + " " + w.get(w.size() - 1);
  }

  /** The middle initials of a name, letters only: "hw" of "George H. W. Bush", "" of "James Mattis". */
  static String initials(String name) {
    List<String> w = words(name);
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < w.size() - 1; i++) {
      String bare = w.get(i).replace(".", "");
      if ((bare.length() <= 2 || w.get(i).indexOf('.') > 0) && !bare.equals("jr") && !bare.equals("sr")) b.append(bare);
    }
    return b.toString();
  }

  /** The last word of a name: "mattis". */
  static String surname(String name) {
    List<String> w = words(name);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  /** An organisation's or place's key: its alias key ("isis" is "islamic state"), else its words. */
  String named(String name) {
    String n = String.join(" ", words(name));
    return aliases.getOrDefault(n, n);
  }

  /** An office's key: "Defense Secretary" and "Secretary of Defense" are "secretary of defense". */
  String office(String title) {
    List<String> w = words(title);
    w.removeIf(t -> t.equals("former") || t.equals("then") || t.equals("acting") || t.equals("current") || t.equals("u.s.") || t.equals("us"));
    String n = String.join(" ", w);
    if (HONORIFICS.contains(n.replace(".", ""))) return ""; // "Mrs." is no office
    String known = offices.get(n);
    if (known != null) return known;
    for (int i = 0; i < w.size(); i++) w.set(i, offices.getOrDefault(w.get(i), w.get(i))); // "candidate" is "nominee"
    n = String.join(" ", w);
    if (w.size() == 2 && (w.get(1).equals("secretary") || w.get(1).equals("minister"))) return w.get(1) + " of " + w.get(0);
    return n;
  }

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "rev", "prof", "lord", "lady");

  /**
   * Whether two offices of one person contradict: different roles ("secretary" and "senator"), or
   * one role of different things ("secretary of state" and "secretary of defense"). "Democratic
   * nominee" and "presidential nominee" do not; nor does an office and its longer form.
   */
  boolean differ(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a)) return false;
    if (!role(a).equals(role(b))) return true;
    int oa = a.indexOf(" of "), ob = b.indexOf(" of ");
    return oa > 0 && ob > 0 && !a.substring(oa).equals(b.substring(ob));
  }

  /** The role an office holds, its head word: "secretary" of "secretary of defense", "host" of "cbs host". */
  String role(String officeKey) {
    int of = officeKey.indexOf(" of ");
    String head = of > 0 ? officeKey.substring(0, of) : officeKey;
    int space = head.lastIndexOf(' ');
    return space >= 0 ? head.substring(space + 1) : head;
  }

  /** What a figure counts, in two parts: the head ("fighter") and the organisations named with it. */
  record Subject(String head, String orgs) {
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
      } else if (!afterPreposition && !stop.contains(t) && !Character.isDigit(t.charAt(0))) {
        head = t; // the last word before a preposition
      }
      i++;
    }
    if (head == null) return new Subject("", String.join(",", orgs));
    String known = heads.get(head);
    if (known == null) known = singular(head);
    return new Subject(known, String.join(",", orgs));
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
