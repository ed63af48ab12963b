package org.attest.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.text.Lexicon;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The publication-date rules of {@code dates.txt}: meta names, JSON-LD keys and types, class
 * words, cue phrases, month names, URL patterns. One instance, read once.
 */
final class DateRules {
  static final DateRules RULES = read("dates.txt");

  /** A URL pattern and the order of its groups: {@code ymd}, {@code dmy} or {@code ym} (a month only). */
  record UrlPattern(Pattern pattern, String order) {
    boolean day() {
      return !order.equals("ym");
    }
  }

  /** Meta names of the publication, by rank (0 strongest). */
  final Map<String, Integer> metaPublished;
  final Set<String> metaDate;
  final Set<String> metaModified;
  final List<String> metaPublishedWords;
  final List<String> metaModifiedWords;
  final List<String> jsonPublished;
  final List<String> jsonModified;
  final Set<String> jsonArticle;
  final List<String> classPublished;
  final List<String> classDate;
  final List<String> classModified;
  final List<String> classComment;
  final List<String> classForeign;
  final List<String> classFurniture;
  final List<String> cuePublished;
  final List<String> cueModified;
  final Map<String, Integer> months;
  final Set<String> slashMonthFirst;
  final List<UrlPattern> url;
  final Map<String, java.time.ZoneId> zones;
  /** The month names as one regular-expression alternation, longest first. */
  final String monthAlternation;

  private DateRules(Map<String, List<String>> s) {
    metaPublished = new HashMap<>();
    for (String name : section(s, "meta-published")) metaPublished.putIfAbsent(lower(name), metaPublished.size());
    metaDate = Set.copyOf(lowerAll(section(s, "meta-date")));
    metaModified = Set.copyOf(lowerAll(section(s, "meta-modified")));
    metaPublishedWords = lowerAll(section(s, "meta-published-words"));
    metaModifiedWords = lowerAll(section(s, "meta-modified-words"));
    jsonPublished = words(s, "json-published");
    jsonModified = words(s, "json-modified");
    jsonArticle = Set.copyOf(words(s, "json-article"));
    classPublished = lowerAll(section(s, "class-published"));
    classDate = lowerAll(section(s, "class-date"));
    classModified = lowerAll(section(s, "class-modified"));
    classComment = lowerAll(section(s, "class-comment"));
    classForeign = lowerAll(section(s, "class-foreign"));
    classFurniture = lowerAll(section(s, "class-furniture"));
    cuePublished = lowerAll(section(s, "cue-published"));
    cueModified = lowerAll(section(s, "cue-modified"));
    months = new HashMap<>();
    for (String line : section(s, "month")) {
      String[] cols = columns(line, "month");
      months.put(lower(cols[0]), Integer.parseInt(cols[1]));
    }
    slashMonthFirst = Set.copyOf(lowerAll(words(s, "slash-month-first")));
    zones = new HashMap<>();
    for (String line : section(s, "zone")) {
      String[] cols = columns(line, "zone");
      zones.put(lower(cols[0]), java.time.ZoneId.of(cols[1]));
    }
    url = new ArrayList<>();
    for (String line : section(s, "url")) {
      String[] cols = columns(line, "url");
      if (!List.of("ymd", "dmy", "ym").contains(cols[1])) throw new IllegalStateException("dates.txt [url]: ymd, dmy or ym expected: " + line);
      url.add(new UrlPattern(Pattern.compile(cols[0]), cols[1]));
    }
    List<String> names = new ArrayList<>(months.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    monthAlternation = String.join("|", names.stream().map(Pattern::quote).toList());
  }

  /** The month of a name or abbreviation (any case, a trailing dot allowed), or 0. */
  int month(String name) {
    String key = lower(name);
    if (key.endsWith(".")) key = key.substring(0, key.length() - 1);
    return months.getOrDefault(key, 0);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static List<String> lowerAll(List<String> in) {
    return in.stream().map(DateRules::lower).toList();
  }

  private static List<String> section(Map<String, List<String>> s, String name) {
    List<String> lines = s.get(name);
    if (lines == null) throw new IllegalStateException("dates.txt: missing section [" + name + "]");
    return lines;
  }

  private static List<String> words(Map<String, List<String>> s, String name) {
    List<String> out = new ArrayList<>();
    for (String line : section(s, name)) out.addAll(List.of(line.split("\\s+")));
    return out;
  }

  private static String[] columns(String line, String section) {
    int tab = line.indexOf('\t');
    if (tab < 0) throw new IllegalStateException("dates.txt [" + section + "]: expected entry<TAB>value: " + line);
    return new String[] {line.substring(0, tab).strip(), line.substring(tab + 1).strip()};
  }

  /** The file's {@code [section]} blocks of non-empty, comment-free, trimmed lines. */
  static DateRules read(String file) {
    String path = "/org/attest/web/" + file;
    return new DateRules(Lexicon.sections(path, Lexicon.resource(path)));
  }
}
