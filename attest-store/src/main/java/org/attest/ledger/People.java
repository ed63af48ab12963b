package org.attest.ledger;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.Lexicon;

/**
 * The identity policy for people across articles ({@code identity.txt}, {@code nicknames.txt}): a
 * person's key is first and last name with the first name unabbreviated ("Jim" is "James") and the
 * generational suffix kept ("Donald Trump Jr." is not "Donald Trump"); a canonical name is the most
 * complete clean form seen ("Hillary Rodham Clinton", never "Hillary Rodham Clinton:" or "Donald
 * Trump—the"); an article entity whose names are two people's ("Donald Trump" and "Donald Trump
 * Jr.", "Bill Clinton" and "Hillary Clinton") joins no one. Thread-safe.
 */
final class People {
  private final Map<String, String> nicknames;
  private final Set<String> suffixes;
  private final Set<String> relations;
  private final Set<String> particles;
  private final Set<String> headlineVerbs;
  private final Set<String> nameEnds;
  private final Set<String> junk;
  private final Set<String> namedAfter;
  private final Set<String> descriptorStop;
  private final Set<String> titleWords = new java.util.HashSet<>();
  private final Set<String> firstNames;
  private final Map<String, String> genders;

  People(String language) {
    nicknames = Lexicon.table(language, "nicknames.txt");
    Map<String, List<String>> s = Lexicon.sections(language, "identity.txt");
    suffixes = Lexicon.words(s, "suffix");
    relations = Lexicon.words(s, "relation");
    particles = Lexicon.words(s, "particle");
    headlineVerbs = Lexicon.words(s, "headline-verb");
    nameEnds = Lexicon.words(s, "name-end");
    junk = Lexicon.words(s, "junk");
    namedAfter = Lexicon.words(s, "named-after");
    descriptorStop = Lexicon.words(s, "descriptor-stop");
    genders = Lexicon.table(language, "first-names.txt");
    firstNames = genders.keySet();
    Map<String, List<String>> titles = Lexicon.sections(language, "titles.txt");
    for (List<String> section : titles.values()) {
      for (String t : section) if (!t.contains(" ")) titleWords.add(Lexicon.normalize(t));
    }
  }

  private static final Pattern CUT = Pattern.compile("\\s*[\u2014\u2013/|(\\[]|\\s+-\\s+|--");
  private static final Pattern EDGE = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.]+$");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['\u2019\u2018]s?|s['\u2019])$");
  private static final Pattern CLEAN = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*(?: [\\p{L}][\\p{L}'\u2019.-]*)*");
  /** A capital after a small letter inside a word ("BobicFlag", "PMChris"), but for Mc, Mac, O', De ("McCain", "DeSantis"). */
  private static final Pattern GLUED = Pattern.compile("\\b(\\p{L}*?)\\p{Ll}(?=\\p{Lu})|\\p{Lu}{2}\\p{Ll}");
  private static final Set<String> CAPITAL_INSIDE = Set.of("Mc", "Mac", "De", "La", "Di", "Van", "Le", "Du", "Da", "Von", "Vander", "Vande", "Fitz", "St");

  /** "BobicFlag", "PMChris": a capital inside a word, but for McCain, MacArthur, DeSantis, LaHood. */
  private static boolean glued(String name) {
    java.util.regex.Matcher m = GLUED.matcher(name);
    while (m.find()) {
      if (m.group(1) == null || !CAPITAL_INSIDE.contains(name.substring(m.start(), m.end()))) return true;
    }
    return false;
  }
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /**
   * The name as a reader would write it: "Hillary Rodham Clinton:" is "Hillary Rodham Clinton",
   * "Donald Trump—the" "Donald Trump", "Donald Trump‘s" "Donald Trump", "Senators Jane Doe" "Jane Doe",
   * "Jane Doe Says" "Jane Doe", "FranÃ§ois Hollande" "François Hollande". Empty when nothing is left.
   */
  String clean(String name) {
    if (name == null) return "";
    String n = repair(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).replace('\u00A0', ' ').replace('\u202F', ' ').strip());
    java.util.regex.Matcher cut = CUT.matcher(n);
    if (cut.find() && cut.start() > 0) n = n.substring(0, cut.start());
    n = n.replaceAll("\\s+", " ");
    n = unglue(n);
    for (int i = 0; i < 3; i++) { // "Clinton's:" loses both
      String before = n;
      n = EDGE.matcher(n).replaceAll("");
      n = POSSESSIVE.matcher(n).replaceAll("");
      if (n.equals(before)) break;
    }
    List<String> w = new ArrayList<>(List.of(n.split(" ")));
    while (w.size() > 1 && (titleWords.contains(Lexicon.normalize(w.get(0))) || titleWords.contains(Lexicon.normalize(w.get(0)).replaceAll("s$", "")))) {
      w.remove(0);
    }
    for (int i = w.size() - 3; i >= 0; i--) { // "Former Florida Gov. Jeb Bush": the name comes after the last title, not "Martin Luther King Jr."
      if (titleWords.contains(Lexicon.normalize(w.get(i))) && (w.get(i).endsWith(".") || firstNames.contains(Lexicon.normalize(w.get(i + 1))))) {
        w = new ArrayList<>(w.subList(i + 1, w.size()));
        break;
      }
    }
    for (int i = 1; i < w.size() - 1; i++) { // "Vermonter Bernie Sanders": a given name starts the name
      if (firstNames.contains(Lexicon.normalize(w.get(i))) && !firstNames.contains(Lexicon.normalize(w.get(0)))) {
        w = new ArrayList<>(w.subList(i, w.size()));
        break;
      }
    }
    for (int i = 2; i < w.size(); i++) { // "Hillary Clinton Says EgyptAir Crash Seems": a headline's verb ends the name before it
      if (headlineVerbs.contains(Lexicon.normalize(w.get(i)))) {
        w = new ArrayList<>(w.subList(0, i));
        break;
      }
    }
    while (w.size() > 2 && nameEnds.contains(w.get(0))) w.remove(0); // "of CNN Worldwide": a name's words before it are lost
    for (int i = 2; i < w.size(); i++) { // "Ben Carson For Telling Supporters": a headline went on
      if (nameEnds.contains(Lexicon.normalize(w.get(i)))) {
        w = new ArrayList<>(w.subList(0, i));
        break;
      }
    }
    while (w.size() > 1 && headlineVerbs.contains(Lexicon.normalize(w.get(w.size() - 1)))) w.remove(w.size() - 1);
    if (w.size() > 1 && shouted(w)) { // "EDGAR ALLEN POE" is written "Edgar Allen Poe"
      for (int i = 0; i < w.size(); i++) {
        String x = w.get(i);
        if (x.length() > 1 && !x.matches("[IVX]+")) w.set(i, x.charAt(0) + x.substring(1).toLowerCase(java.util.Locale.ROOT)); // "III" stays
      }
    }
    n = String.join(" ", w).strip();
    if (n.endsWith(".") && !isSuffix(lastWord(n)) && !lastWord(n).matches("\\p{Lu}\\.")) n = n.substring(0, n.length() - 1);
    return n;
  }

  /**
   * A name glued to the page's other words ("Amanda TerkelFlagShareLikeReplyMari Hayman", "Jason
   * Cherkis FlagShareLike"): cut where a capital follows a small letter inside a word, and the page
   * words ([junk]) left at its end dropped.
   */
  private String unglue(String n) {
    for (int i = 0; i + 1 < n.length(); i++) {
      char c = n.charAt(i), d = n.charAt(i + 1);
      int word = n.lastIndexOf(' ', i) + 1;
      if (Character.isUpperCase(c) && Character.isUpperCase(d) && i + 2 < n.length() && Character.isLowerCase(n.charAt(i + 2))
          && n.substring(word, i + 1).chars().allMatch(Character::isUpperCase)) {
        return unglue(n.substring(0, word) + n.substring(i + 1)); // capitals glued before a name at a word's start: "PMChris Christie"
      }
      if (!Character.isLowerCase(c) || !Character.isUpperCase(d)) continue;
      String left = n.substring(word, i + 1); // the glued word's part before the capital
      if (CAPITAL_INSIDE.contains(left)) continue; // McCain, DeSantis, VanderSloot
      java.util.regex.Matcher next = NEXT_WORD.matcher(n.substring(i + 1));
      String right = next.lookingAt() ? next.group() : "";
      String before = n.substring(0, word).strip();
      if (junkRun(left) && before.split(" ").length >= 2) return before; // "Jason Cherkis FlagShareLikeReplyPaige Lavender": the first name
      if (junkRun(left) || left.length() >= 3 && firstNames.contains(Lexicon.normalize(right)) && !firstNames.contains(Lexicon.normalize(left))) {
        return unglue(n.substring(i + 1)); // a given name starts a name: "OldestAni Vrabel", "FlagShareLikeReplyAni Vrabel" (not "JoAnn", "RoseAnn")
      }
      boolean page = junk.contains(Lexicon.normalize(right)) || right.length() > 1 && right.equals(right.toUpperCase(java.util.Locale.ROOT))
          || left.length() >= 3 && right.length() >= 4; // "StraussCinematography", "WilkesAssociate"; not "VandeHei"
      if (!page) continue;
      List<String> w = new ArrayList<>(List.of(n.substring(0, i + 1).strip().split(" ")));
      while (w.size() > 1 && junk.contains(Lexicon.normalize(w.get(w.size() - 1)))) w.remove(w.size() - 1);
      if (w.size() < 2) continue; // "RuPaul Charles" stays whole
      return String.join(" ", w);
    }
    return n;
  }

  /** Whether every word of a name is in capitals ("EDGAR ALLEN POE", not "AWR Hawkins"). */
  private static boolean shouted(List<String> words) {
    for (String x : words) {
      boolean letters = false;
      for (int i = 0; i < x.length(); i++) {
        char c = x.charAt(i);
        if (Character.isLowerCase(c)) return false;
        letters |= Character.isLetter(c);
      }
      if (!letters) return false;
    }
    return true;
  }

  /** Whether a glued run is page furniture only: "FlagShareLikeReply". */
  private boolean junkRun(String run) {
    String[] parts = run.split("(?=\\p{Lu})");
    for (String p : parts) if (!junk.contains(Lexicon.normalize(p))) return false;
    return parts.length > 0;
  }

  private static final Pattern NEXT_WORD = Pattern.compile("\\p{Lu}(?:\\p{Ll}+|\\p{Lu}*)");

  /** Text decoded twice (UTF-8 read as Windows-1252: "FranÃ§ois") decoded once, when that reads better. */
  static String repair(String s) {
    for (int round = 0; round < 3 && (s.indexOf('\u00C3') >= 0 || s.indexOf('\u00C2') >= 0); round++) {
      String fixed = null;
      for (Charset c : new Charset[] {CP1252, StandardCharsets.ISO_8859_1}) { // Windows-1252 has no byte for U+0083: Latin-1 then
        if (!c.newEncoder().canEncode(s)) continue;
        String f = new String(s.getBytes(c), StandardCharsets.UTF_8);
        if (f.indexOf('\uFFFD') < 0 && !f.equals(s)) {
          fixed = f;
          break;
        }
      }
      if (fixed == null) break;
      s = fixed;
    }
    return s;
  }

  /** Whether a name is clean: capitalised words of letters (particles lower case), no punctuation, title, label or headline verb. */
  boolean isClean(String name) {
    if (name == null || !CLEAN.matcher(name).matches() || name.indexOf('\u00C3') >= 0 || glued(name)) return false;
    String[] w = name.split(" ");
    for (int i = 0; i < w.length; i++) {
      String lower = Lexicon.normalize(w[i]);
      if (!Character.isUpperCase(w[i].charAt(0)) && !particles.contains(lower)) return false;
      if (i == 0 && w.length > 1 && titleWords.contains(lower)) return false;
      if (i == w.length - 1 && w.length > 1 && headlineVerbs.contains(lower)) return false;
    }
    return true;
  }

  /** Whether a candidate name names a person better than the current one: clean first, then more complete, then longer. */
  boolean better(String candidate, String current) {
    boolean c = isClean(candidate), k = isClean(current);
    if (c != k) return c;
    int wc = candidate.split(" ").length, wk = current.split(" ").length;
    if (wc != wk) return wc > wk;
    if (candidate.length() != current.length()) return candidate.length() > current.length();
    return capitals(candidate) > capitals(current); // "John McCain" as written over "John Mccain" of "JOHN MCCAIN"
  }

  private static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) n++;
    return n;
  }

  private boolean isSuffix(String word) {
    return suffixes.contains(Lexicon.normalize(word));
  }

  private static String lastWord(String n) {
    int s = n.lastIndexOf(' ');
    return s < 0 ? n : n.substring(s + 1);
  }

  /**
   * A person's key: first and last name, the first name unabbreviated, the generational suffix kept:
   * "james mattis" of "Jim Mattis", "donald trump jr" of "Donald Trump Jr.". Null for a single name (a
   * surname alone identifies no one) or an initial for a first name ("J. Smith").
   */
  String key(String name) {
    List<String> w = new ArrayList<>();
    String suffix = "";
    for (String t : Keys.words(clean(name))) {
      String bare = t.replace(".", "");
      if (suffixes.contains(t) || suffixes.contains(bare)) {
        suffix = " " + bare;
        continue;
      }
      if (bare.isEmpty()) continue;
      w.add(t);
    }
    if (w.size() < 2) return null;
    if (w.get(0).replace(".", "").length() <= 1 && w.size() > 2) w = w.subList(1, w.size()); // "S. Donald Sussman" goes by Donald
    String first = w.get(0).replace(".", "");
    if (first.length() <= 1) return null; // "J. Smith": which J. is not known
    return nicknames.getOrDefault(first, first) + " " + w.get(w.size() - 1).replace(".", "") + suffix;
  }

  /** The middle initials of a name, letters only: "hw" of "George H. W. Bush", "" of "James Mattis" and of "Donald Trump Jr.". */
  String initials(String name) {
    List<String> w = Keys.words(clean(name));
    w.removeIf(t -> suffixes.contains(t) || suffixes.contains(t.replace(".", "")));
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < w.size() - 1; i++) {
      String bare = w.get(i).replace(".", "");
      if (bare.length() <= 2 || w.get(i).indexOf('.') > 0) b.append(bare);
    }
    return b.toString();
  }

  /** The last word of a name that is not a suffix: "trump" of "Donald Trump Jr.". */
  String surname(String name) {
    List<String> w = Keys.words(clean(name));
    w.removeIf(t -> suffixes.contains(t) || suffixes.contains(t.replace(".", "")));
    return w.isEmpty() ? "" : w.get(w.size() - 1).replace(".", "");
  }

  private static final Pattern SUFFIX_AFTER = Pattern.compile("^,?\\s?((?:Jr|Sr)\\.?|III|II|IV)(?!\\p{L})");

  /**
   * The full-name key of a name mention, with a suffix written just after it ("Donald Trump, Jr."
   * whose span ends before the comma): null for a surname or a title alone.
   */
  String mentionKey(String text, Mention m) {
    return key(mentionName(text, m));
  }

  /** A name mention's name with a suffix written just after its span: "Donald Trump Jr." of "Donald Trump[, Jr.]". */
  String mentionName(String text, Mention m) {
    String name = m.text();
    if (m.end() <= text.length()) {
      java.util.regex.Matcher x = SUFFIX_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6)));
      if (x.find()) name = name + " " + x.group(1);
    }
    return name;
  }

  /**
   * The key an article entity joins by: the full name its name mentions use most ("Donald Trump"
   * over the one "Donald Trump Jr." the in-article coreference put with him), else its name's;
   * {@code keyOf} holds each name mention's {@link #mentionKey}.
   */
  String entityKey(Entity e, Map<Mention, String> keyOf) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (Mention m : e.mentions()) {
      String k = Mention.NAME.equals(m.kind()) ? keyOf.get(m) : null;
      if (k != null) counts.merge(k, 1, Integer::sum);
    }
    String own = key(e.name());
    String best = own;
    int n = own == null ? 0 : counts.getOrDefault(own, 0);
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > n) {
        best = c.getKey();
        n = c.getValue();
      }
    }
    return best;
  }

  private static final Pattern MALE = Pattern.compile("(?:^|\\s)(?:Mr\\.?|Sir)\\s*$");
  private static final Pattern FEMALE = Pattern.compile("(?:^|\\s)(?:Mrs\\.?|Ms\\.?|Miss|Madam|Dame)\\s*$");

  /**
   * Whether a mention's honorific says it is another person than the one its entity names: "Mr.
   * Obama" inside Michelle Obama's entity, "Mrs. Trump" inside Donald Trump's (the given name's
   * usual gender, {@code first-names.txt}, against Mr./Mrs./Ms.).
   */
  boolean otherGender(String text, Mention m, String entityName) {
    List<String> w = Keys.words(clean(entityName));
    if (w.size() < 2) return false;
    String gender = genders.get(w.get(0));
    if (gender == null || gender.equals("u")) return false;
    String before = text.substring(Math.max(0, m.start() - 8), Math.max(0, Math.min(m.start(), text.length()))) + " ";
    String own = m.text().contains(" ") ? m.text().substring(0, m.text().indexOf(' ')) + " " : "";
    String lead = (before + own).strip();
    return gender.equals("f") && MALE.matcher(lead).find() || gender.equals("m") && FEMALE.matcher(lead).find();
  }

  /** Whether a name mention is only titles and honorifics ("President", "Mr."): it names no one by itself. */
  boolean titleOnly(String mention) {
    List<String> w = Keys.words(mention);
    if (w.isEmpty()) return true;
    for (String t : w) if (!titleWords.contains(t) && !titleWords.contains(t.replace(".", "")) && !titleWords.contains(t + ".")) return false;
    return true;
  }

  /**
   * Whether a mention names someone as a relative: "his wife, Clinton", "Trump's son Trump" (the
   * mention right after a family word). Such a surname is never joined to the person of that surname.
   */
  boolean relative(String text, Mention m) {
    int from = Math.max(0, m.start() - 40);
    String before = text.substring(from, Math.max(from, Math.min(m.start(), text.length()))).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    String[] w = before.split("[^\\p{L}'-]+");
    for (int i = Math.max(0, w.length - 2); i < w.length; i++) if (relations.contains(w[i])) return true;
    return false;
  }

  private static final Pattern NEXT = Pattern.compile("^\\s{1,2}([\\p{L}-]+)");

  /** Whether a name mention names a thing after the person: "the Edgar A. Poe award", "the Hastert rule". */
  boolean namedAfter(String text, Mention m) {
    int from = Math.min(Math.max(0, m.end()), text.length());
    Matcher x = NEXT.matcher(text.substring(from, Math.min(text.length(), from + 40)));
    return x.find() && namedAfter.contains(x.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  private static final Pattern APPOSITIVE = Pattern.compile(
      "^,\\s+(?:\\d{1,3},\\s+)?(?:a|an)\\s+([^,.;:()\"\u201c\u201d]{1,120}?)(?=\\s+(?:who|whose|which|that)\\b|[,.;:()\"\u201c\u201d]|$)");

  /**
   * The telling words of an indefinite appositive after a name mention: {letter, carrier} of "Bob
   * Mason, a retired Postal Service letter carrier who ...", {professor} of "Robert Mason, a
   * University of Washington professor"; the lower-case words, without {@code [descriptor-stop]}.
   * Empty when the name has no such appositive ("Rep. Mike McCaul (R-Texas)").
   */
  Set<String> descriptor(String text, Mention m) {
    int from = Math.min(Math.max(0, m.end()), text.length());
    Matcher x = APPOSITIVE.matcher(text.substring(from, Math.min(text.length(), from + 160)));
    if (!x.find()) return Set.of();
    Set<String> out = new java.util.HashSet<>();
    for (String w : x.group(1).split("\\s+")) {
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) continue; // "University", "Postal Service": whose, not what
      String bare = w.replaceAll("[^\\p{L}-]", "");
      if (!bare.isEmpty() && !descriptorStop.contains(bare)) out.add(bare);
    }
    return out;
  }

  /**
   * Whether two names of one key give the person different first names, so that they may be two
   * people: a nickname against the given name ("Bob Mason", "Robert Mason"; "Steve Rosenthal",
   * "Steven M. Rosenthal"). A middle name or initial on one side only is no variant: newspapers
   * add them by house style ("Gene B. Sperling" is "Gene Sperling"); different initials are kept
   * apart by the key already.
   */
  boolean variant(String a, String b) {
    List<String> x = Keys.words(clean(a));
    List<String> y = Keys.words(clean(b));
    if (x.isEmpty() || y.isEmpty()) return false;
    return !x.get(0).replace(".", "").equals(y.get(0).replace(".", ""));
  }
}
