package org.attest.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.text.Lexicon;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The tag lists and class/id patterns of {@code body-rules.txt}; one shared, read-only instance. */
final class BodyRules {
  static final BodyRules INSTANCE = load("body-rules.txt");

  final Set<String> skipTags;
  final Set<String> blockTags;
  final Set<String> headingTags;
  final Set<String> boilerplateTags;
  final Patterns boilerplate;
  final Patterns content;
  final Patterns positive;
  final Patterns negative;
  final Set<String> furnitureLines;
  private final List<Pattern> furniturePhrases = new ArrayList<>();
  private final List<String> creditStarts;
  private final List<String> promoStarts;
  private final List<String> promoChannels;

  private BodyRules(Map<String, List<String>> sections) {
    skipTags = Set.copyOf(sections.getOrDefault("skip-tags", List.of()));
    blockTags = Set.copyOf(sections.getOrDefault("block-tags", List.of()));
    headingTags = Set.copyOf(sections.getOrDefault("heading-tags", List.of()));
    boilerplateTags = Set.copyOf(sections.getOrDefault("boilerplate-tags", List.of()));
    boilerplate = new Patterns(sections.getOrDefault("boilerplate", List.of()));
    content = new Patterns(sections.getOrDefault("content", List.of()));
    positive = new Patterns(sections.getOrDefault("positive", List.of()));
    negative = new Patterns(sections.getOrDefault("negative", List.of()));
    Set<String> lines = new HashSet<>();
    for (String l : sections.getOrDefault("furniture-lines", List.of())) {
      if (l.indexOf('*') < 0) lines.add(l);
      else furniturePhrases.add(Pattern.compile(Pattern.quote(l).replace("*", "\\E.+\\Q")));
    }
    furnitureLines = Set.copyOf(lines);
    creditStarts = List.copyOf(sections.getOrDefault("credit-starts", List.of()));
    promoStarts = List.copyOf(sections.getOrDefault("promo-starts", List.of()));
    promoChannels = List.copyOf(sections.getOrDefault("promo-channels", List.of()));
  }

  /** Whether a block's whole text is a label of the page ("Advertisement", "Share this"). */
  boolean isFurnitureLine(String text) {
    if (text.length() > 60) return false;
    int end = text.length();
    while (end > 0 && ":.…!|»›>".indexOf(text.charAt(end - 1)) >= 0) end--;
    String label = text.substring(0, end).strip().toLowerCase(Locale.ROOT);
    if (furnitureLines.contains(label)) return true;
    for (Pattern p : furniturePhrases) if (p.matcher(label).matches()) return true;
    return false;
  }

  /** Longest block that can be a credit or a promotion: beyond it, the words are the article's. */
  private static final int MAX_ASIDE = 300;

  /**
   * The wire's credits closing a story ("(Reporting by Ann Lee; Editing by …)"): bylines, not text;
   * a name follows the cue ("Reporting by the local paper led to…" is a sentence).
   */
  boolean isCredit(String text) {
    if (text.length() > MAX_ASIDE) return false;
    int i = 0;
    while (i < text.length() && "(*—–- ".indexOf(text.charAt(i)) >= 0) i++;
    String lower = text.substring(i).toLowerCase(Locale.ROOT);
    for (String s : creditStarts) {
      if (!lower.startsWith(s)) continue;
      int j = i + s.length();
      while (j < text.length() && text.charAt(j) == ' ') j++;
      return j < text.length() && Character.isUpperCase(text.charAt(j));
    }
    return false;
  }

  /**
   * The outlet speaking to its reader ("Sign up for our daily newsletter", "Follow us on
   * Twitter"): a short block with a sentence that starts with a call to act and names a channel.
   */
  boolean isPromotion(String text) {
    if (text.length() > MAX_ASIDE) return false;
    String lower = text.toLowerCase(Locale.ROOT);
    boolean channel = false;
    for (String c : promoChannels) if (lower.contains(c)) { channel = true; break; }
    if (!channel) return false;
    for (int start = 0; start < lower.length(); ) {
      for (String s : promoStarts) if (lower.startsWith(s, start) && wordEnds(lower, start + s.length())) return true;
      int next = nextSentence(lower, start);
      if (next < 0) break;
      start = next;
    }
    return false;
  }

  private static boolean wordEnds(String s, int i) {
    return i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }

  /** Where the sentence after the one starting at {@code from} starts, or -1. */
  private static int nextSentence(String s, int from) {
    for (int i = from; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && s.charAt(i + 1) == ' ') {
        int j = i + 1;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '"' || s.charAt(j) == '“')) j++;
        return j < s.length() ? j : -1;
      }
    }
    return -1;
  }

  static BodyRules load(String resource) {
    String path = "/org/attest/web/" + resource;
    Map<String, List<String>> sections = new HashMap<>();
    for (Map.Entry<String, List<String>> e : Lexicon.sections(path, Lexicon.resource(path)).entrySet()) {
      List<String> words = new ArrayList<>();
      for (String line : e.getValue()) words(line.toLowerCase(Locale.ROOT), words);
      sections.put(e.getKey(), words);
    }
    return new BodyRules(sections);
  }

  /** The words of a line; a quoted phrase is one word. */
  private static void words(String line, List<String> out) {
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int close = line.indexOf('"', i + 1);
        if (close < 0) close = line.length();
        out.add(line.substring(i + 1, close));
        i = close + 1;
      } else {
        int j = i;
        while (j < line.length() && !Character.isWhitespace(line.charAt(j))) j++;
        out.add(line.substring(i, j));
        i = j;
      }
    }
  }

  /** A family of class/id patterns (the syntax is described at the top of body-rules.txt). */
  static final class Patterns {
    private final Set<String> parts = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> infixes = new ArrayList<>();
    private final List<String> squashed = new ArrayList<>();
    private final Set<String> whole = new HashSet<>();

    Patterns(List<String> words) {
      for (String w : words) {
        if (w.startsWith("=")) whole.add(w.substring(1));
        else if (w.indexOf('-') >= 0 || w.indexOf('_') >= 0) squashed.add(w.replace("-", "").replace("_", ""));
        else if (w.startsWith("*") && w.endsWith("*") && w.length() > 2) infixes.add(w.substring(1, w.length() - 1));
        else if (w.endsWith("*")) prefixes.add(w.substring(0, w.length() - 1));
        else parts.add(w);
      }
    }

    /** Whether one of the element's names matches. */
    boolean matches(Names names) {
      if (names.isEmpty()) return false;
      for (String p : names.parts) {
        if (parts.contains(p)) return true;
        for (String x : prefixes) if (p.startsWith(x)) return true;
        for (String x : infixes) if (p.contains(x)) return true;
      }
      for (String s : names.squashed) for (String x : squashed) if (s.contains(x)) return true;
      if (!whole.isEmpty()) for (String n : names.whole) if (whole.contains(n)) return true;
      return false;
    }
  }

  /** An element's class names, id and itemprop, cut into parts and squashed (see body-rules.txt). */
  static final class Names {
    static final Names NONE = new Names(List.of(), List.of(), List.of());
    final List<String> parts;
    final List<String> squashed;
    final List<String> whole;

    private Names(List<String> parts, List<String> squashed, List<String> whole) {
      this.parts = parts;
      this.squashed = squashed;
      this.whole = whole;
    }

    boolean isEmpty() {
      return squashed.isEmpty();
    }

    static Names of(Element e) {
      String cls = e.attributes().getIgnoreCase("class");
      String id = e.attributes().getIgnoreCase("id");
      String prop = e.attributes().getIgnoreCase("itemprop");
      if (cls.isEmpty() && id.isEmpty() && prop.isEmpty()) return NONE;
      List<String> parts = new ArrayList<>(6);
      List<String> squashed = new ArrayList<>(3);
      List<String> whole = new ArrayList<>(3);
      add(cls, parts, squashed, whole);
      add(id, parts, squashed, whole);
      add(prop, parts, squashed, whole);
      return squashed.isEmpty() ? NONE : new Names(parts, squashed, whole);
    }

    private static void add(String value, List<String> parts, List<String> squashed, List<String> whole) {
      StringBuilder sq = new StringBuilder();
      StringBuilder part = new StringBuilder();
      StringBuilder name = new StringBuilder();
      char prev = ' ';
      for (int i = 0; i <= value.length(); i++) {
        char c = i < value.length() ? value.charAt(i) : ' ';
        if (Character.isWhitespace(c)) {
          flush(part, parts);
          if (sq.length() > 0) squashed.add(sq.toString());
          if (name.length() > 0) whole.add(name.toString());
          sq.setLength(0);
          name.setLength(0);
          prev = c;
          continue;
        }
        name.append(Character.toLowerCase(c));
        if (Character.isLetterOrDigit(c)) {
          if (Character.isUpperCase(c) && Character.isLowerCase(prev)) flush(part, parts);
          char l = Character.toLowerCase(c);
          part.append(l);
          sq.append(l);
        } else {
          flush(part, parts);
        }
        prev = c;
      }
    }

    private static void flush(StringBuilder part, List<String> parts) {
      if (part.length() > 0) parts.add(part.toString());
      part.setLength(0);
    }
  }
}
