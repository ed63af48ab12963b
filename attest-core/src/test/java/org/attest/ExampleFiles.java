package org.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The examples files beside the rules (Duckling's corpus): one file a rule, one example a line,
 * tab-separated fields, the first {@code +} (what the rule must decide) or {@code -} (a near miss
 * it must leave alone); blank lines and {@code #} comments are no examples. Each stage's corpus
 * test reads its files here and checks its own fields.
 */
public final class ExampleFiles {
  private ExampleFiles() {}

  /** One example: its file and line number, its fields. */
  public record Line(String file, int number, String[] fields) {
    /** "weekdays.tsv:12", for messages. */
    public String where() {
      return file + ":" + number;
    }

    public boolean positive() {
      return fields[0].equals("+");
    }
  }

  /** The examples of one file's text. */
  public static List<Line> lines(String file, String content) {
    List<Line> out = new ArrayList<>();
    List<String> lines = content.lines().toList(); // \n, \r\n or \r, as Files.readAllLines
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      out.add(new Line(file, i + 1, line.split("\t", -1)));
    }
    return out;
  }

  /** The examples of the resource {@code examples/<rule>.txt} beside a test class; null when there is no such file. */
  public static List<Line> resource(Class<?> test, String rule) {
    String path = "examples/" + rule + ".txt";
    try (InputStream in = test.getResourceAsStream(path)) {
      return in == null ? null : lines(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the {@code examples} folder beside a test class, by its name without {@code extension}, sorted, with its examples. */
  public static Map<String, List<Line>> folder(Class<?> test, String extension) throws IOException, URISyntaxException {
    Map<String, List<Line>> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of(test.getResource("examples").toURI()))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        out.put(name.substring(0, name.length() - extension.length()), lines(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  /** Every rule has its file, with positive and negative rows; every file is a rule's. */
  public static <R> void assertEveryRuleHasExamples(Set<String> rules, Collection<R> rows, Function<R, String> rule, Predicate<R> positive) {
    Set<String> files = new TreeSet<>();
    for (R r : rows) files.add(rule.apply(r));
    assertEquals(new TreeSet<>(rules), files, "example files and rules");
    for (String name : rules) {
      assertTrue(rows.stream().anyMatch(r -> rule.apply(r).equals(name) && positive.test(r)), name + ": no positive example");
      assertTrue(rows.stream().anyMatch(r -> rule.apply(r).equals(name) && !positive.test(r)), name + ": no negative example");
    }
  }
}
