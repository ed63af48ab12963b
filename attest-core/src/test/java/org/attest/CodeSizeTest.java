package org.attest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes: no source file of the core over 500 lines, no method or constructor over 60 (a
 * data table may be longer: {@link #TABLES}). A method's lines run from its declaration to its closing brace.
 */
class CodeSizeTest {
  static final Path SOURCES = Path.of("src/main/java");
  static final int CLASS_LINES = 500, METHOD_LINES = Integer.getInteger("methodLines", 60);
  /** Methods that are a table of data, not logic ("File.method"). */
  static final Set<String> TABLES = Set.of("EntityLexicon.EntityLexicon"); // each field and the section it reads

  /** The header of a block that is a method or constructor: a name and its parameters, no statement keyword. */
  static final Pattern METHOD = Pattern.compile("(?s).*\\b([A-Za-z_]\\w*)\\s*\\([^;]*\\)\\s*(throws [\\w., ]+)?\\s*");
  static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try", "else", "do", "return",
      "new", "super", "this");

  @Test
  void noClassOver500LinesNorMethodOver60() throws IOException {
    List<String> over = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String name = f.getFileName().toString().replace(".java", "");
        if (lines.size() > CLASS_LINES) over.add(name + ": " + lines.size() + " lines");
        for (int[] m : methods(String.join("\n", lines))) {
          String method = name + "." + header(lines, m[0]);
          if (m[1] - m[0] + 1 > METHOD_LINES && !TABLES.contains(method)) over.add(method + ": " + (m[1] - m[0] + 1) + " lines (line " + (m[0] + 1) + ")");
        }
      }
    }
    assertEquals(List.of(), over);
  }

  @Test
  void theScanFindsMethodsConstructorsAndNestedOnesButNotStatementsOrLambdas() {
    String source = "class A {\n  A(int x) {\n    this.x = x;\n  }\n\n  int f(String s) throws IOException {\n    if (s == null) {\n"
        + "      return 0;\n    }\n    Runnable r = () -> {\n      g();\n    };\n    return \"{\".length();\n  }\n\n  static final class B {\n"
        + "    void g() { for (;;) { } }\n  }\n}\n";
    List<int[]> found = methods(source);
    assertEquals(3, found.size());
    assertEquals(List.of(1, 3), List.of(found.get(0)[0], found.get(0)[1]));
    assertEquals(List.of(5, 13), List.of(found.get(1)[0], found.get(1)[1]));
    assertEquals(List.of(16, 16), List.of(found.get(2)[0], found.get(2)[1]));
  }

  /** The name of the method declared from line i on (after its annotations). */
  static String header(List<String> lines, int i) {
    for (int k = i; k < Math.min(lines.size(), i + 4); k++) {
      java.util.regex.Matcher m = Pattern.compile("([A-Za-z_]\\w*)\\s*\\(").matcher(lines.get(k).replaceAll("@\\w+(\\([^)]*\\))?", ""));
      while (m.find()) if (!NOT_METHODS.contains(m.group(1))) return m.group(1);
    }
    return "?";
  }

  /**
   * The methods and constructors of a source, outermost only, as {first line, last line} (0-based): blocks whose
   * header (the text since the last ';', '{' or '}') is a name with parameters and no statement keyword or arrow.
   */
  static List<int[]> methods(String source) {
    List<int[]> out = new ArrayList<>();
    int line = 0, depth = 0, methodDepth = -1, methodLine = -1, headerStart = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n') line++;
      else if (c == '"' || c == '\'') i = skipLiteral(source, i);
      else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
        i = source.indexOf('\n', i) - 1;
        if (methodDepth < 0) headerStart = i + 1; // a comment before a method is not its header
      } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        for (int k = i; k < end; k++) if (source.charAt(k) == '\n') line++;
        i = end + 1;
        if (methodDepth < 0) headerStart = i + 1;
      } else if (c == ';' || c == '}' || c == '{') {
        if (c == '{') {
          if (methodDepth < 0 && isMethod(source.substring(headerStart, i))) {
            methodDepth = depth;
            methodLine = line - countNewlines(source.substring(headerStart, i).stripLeading());
          }
          depth++;
        } else if (c == '}') {
          depth--;
          if (depth == methodDepth) {
            out.add(new int[] {methodLine, line});
            methodDepth = -1;
          }
        }
        headerStart = i + 1;
      }
    }
    return out;
  }

  private static boolean isMethod(String header) {
    String h = header.replaceAll("(?s)//[^\n]*|/\\*.*?\\*/|@\\w+(\\([^)]*\\))?", " ").trim();
    if (h.contains("->") || h.contains("=") || h.matches("(?s).*\\bnew\\b.*") || !METHOD.matcher(h).matches()) return false;
    java.util.regex.Matcher m = Pattern.compile("([A-Za-z_]\\w*)\\s*\\(").matcher(h);
    return m.find() && !NOT_METHODS.contains(m.group(1)) && !h.matches("(?s).*\\b(class|record|enum|interface)\\b.*");
  }

  private static int countNewlines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
    return n;
  }

  private static int skipLiteral(String s, int i) {
    char quote = s.charAt(i);
    if (quote == '"' && s.startsWith("\"\"\"", i)) return s.indexOf("\"\"\"", i + 3) + 2;
    for (int k = i + 1; k < s.length(); k++) {
      if (s.charAt(k) == '\\') k++;
      else if (s.charAt(k) == quote) return k;
    }
    return s.length();
  }
}
