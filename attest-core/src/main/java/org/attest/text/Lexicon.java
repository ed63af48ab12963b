package org.attest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the per-language rule files under {@code org/attest/lang/<lang>/}: one entry per line,
 * {@code #} starts a comment. Rules live in these files, not in code (HeidelTime's way).
 */
public final class Lexicon {
  private Lexicon() {}

  /** The non-empty, comment-free lines of a resource file, trimmed. */
  public static List<String> lines(String language, String file) {
    return resource("/org/attest/lang/" + language + "/" + file);
  }

  /** The non-empty, comment-free lines of the resource at an absolute class-path path, trimmed. */
  public static List<String> resource(String path) {
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line; (line = reader.readLine()) != null; ) {
        int hash = line.indexOf('#');
        if (hash >= 0) line = line.substring(0, hash);
        line = line.strip();
        if (!line.isEmpty()) out.add(line);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The entries of a file split in {@code [section]} blocks, by section name. */
  public static java.util.Map<String, List<String>> sections(String language, String file) {
    return sections(file, lines(language, file));
  }

  /** The entries of lines split in {@code [section]} blocks, by section name; {@code file} names them in errors. */
  public static java.util.Map<String, List<String>> sections(String file, List<String> lines) {
    java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException(file + ": entry before the first [section]: " + line);
      } else {
        current.add(line);
      }
    }
    return out;
  }

  /** The words of one section (several on a line, split at spaces), as a set; empty when the section is absent. */
  public static java.util.Set<String> words(java.util.Map<String, List<String>> sections, String section) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String line : sections.getOrDefault(section, List.of())) out.addAll(List.of(line.split("\\s+")));
    return out;
  }

  /**
   * The lines of a section a class reads: a section the file lacks is an error naming {@code file} and the section,
   * never an empty list (every typed lexicon reads its sections through these).
   */
  public static List<String> required(String file, java.util.Map<String, List<String>> sections, String section) {
    List<String> lines = sections.get(section);
    if (lines == null) throw new IllegalStateException(file + ": no [" + section + "] section");
    return lines;
  }

  /** The words of a section a class reads (several on a line, split at spaces), as a set; see {@link #required}. */
  public static java.util.Set<String> requiredWords(String file, java.util.Map<String, List<String>> sections, String section) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String line : required(file, sections, section)) out.addAll(List.of(line.split("\\s+")));
    return out;
  }

  /** The one word of a section a class reads; a section of more words is an error too. */
  public static String requiredWord(String file, java.util.Map<String, List<String>> sections, String section) {
    java.util.Set<String> words = requiredWords(file, sections, section);
    if (words.size() != 1) throw new IllegalStateException(file + ": [" + section + "] holds one word, not " + words);
    return words.iterator().next();
  }

  /** A two-column file (entry TAB class) as a map from entry to class. */
  public static java.util.Map<String, String> table(String language, String file) {
    return table(file, lines(language, file));
  }

  /**
   * Two-column lines (entry TAB value) as a map from the normalised entry to its value; {@code
   * where} names the file (and section) in the error for a line without a tab.
   */
  public static java.util.Map<String, String> table(String where, List<String> lines) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      if (tab < 0) throw new IllegalStateException(where + ": expected entry<TAB>value: " + line);
      out.put(normalize(line.substring(0, tab).strip()), line.substring(tab + 1).strip());
    }
    return out;
  }

  /** The entries of a one-column file, normalised, as a set. */
  public static java.util.Set<String> set(String language, String file) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String line : lines(language, file)) out.add(normalize(line));
    return out;
  }

  /** Lower case with typographic apostrophes and dashes folded to ASCII, for lexicon lookups. */
  public static String normalize(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c) || c == '\u2019' || c == '\u2018' || c == '\u2013' || c == '\u2014') {
        plain = false;
        break;
      }
    }
    if (plain) return s;
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-');
  }
}
