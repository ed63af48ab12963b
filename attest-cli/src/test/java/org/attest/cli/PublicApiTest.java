package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core's public API, in one place: the facade, the model, the readers and writers, the rule-file reader, and the
 * ledger's interface with the class that opens it. Everything else of the core is package-private or lives in an
 * internal package (text, entity, quote, time, number, claim) whose public types exist only for the facade and the
 * other stages; the modules around the core (the faces, the evaluation, the web reader, the ledger) may not name them.
 */
class PublicApiTest {
  /** What a module outside the core may name: a package (ending in ".") or a type (and its nested types). */
  static final List<String> API = List.of(
      "org.attest.Attest", // the engine: extract, explain, profile
      "org.attest.model.", // the attest/1 document
      "org.attest.io.", // ArticleReader, DocumentWriter, InputProblem, Dates, Languages, JsonEscapes
      "org.attest.text.Lexicon", // the rule files' reader, for modules whose rules are data too
      "org.attest.entity.TypeModelTrainer", // the name typer's trainer, for attest train entity-types
      "org.attest.ledger.Ledger", // the ledger's interface
      "org.attest.ledger.SqliteLedger"); // what opens one

  /** The packages whose types are the core's (and the ledger's) own unless {@link #API} names them. */
  static final List<String> GUARDED = List.of("org.attest.text", "org.attest.entity", "org.attest.quote", "org.attest.time",
      "org.attest.number", "org.attest.claim", "org.attest.ledger");

  /** The modules that reach the core only through its API (the ledger, only the core's). */
  static final List<String> OUTSIDE = List.of("attest-cli", "attest-server", "attest-spark", "attest-web", "attest-eval", "attest-store");

  static final Path ROOT = Path.of("..");

  /** A qualified name of a guarded package's type: "org.attest.quote.QuoteExtractor", "org.attest.text.Analysis". */
  static final Pattern NAMED = Pattern.compile("\\borg\\.attest\\.(text|entity|quote|time|number|claim|ledger)\\.([A-Z]\\w*)");

  static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

  static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public ");

  @Test
  void theModulesAroundTheCoreNameOnlyItsApi() {
    List<String> found = new ArrayList<>();
    for (String module : OUTSIDE) {
      for (Path file : javaFiles(ROOT.resolve(module).resolve("src"))) {
        if (file.endsWith("PublicApiTest.java")) continue; // this file names internal types as examples
        for (String type : internalNames(module, read(file))) found.add(module + ": " + ROOT.resolve(module).relativize(file) + " " + type);
      }
    }
    assertEquals(List.of(), found, "a module outside the core names an internal type; add what it needs to the facade (org.attest.Attest)"
        + " or, if it is API, to PublicApiTest.API");
  }

  /** What a source of the module names that it may not: internal types, or a core package it declares itself in. */
  static List<String> internalNames(String module, String source) {
    List<String> found = new ArrayList<>();
    String own = ownPackage(source);
    boolean ledger = module.equals("attest-store"); // the ledger's own package is its own
    if (GUARDED.contains(own) && !(ledger && own.equals("org.attest.ledger"))) found.add("declares package " + own);
    Matcher m = NAMED.matcher(source);
    while (m.find()) {
      if (!(ledger && m.group(1).equals("ledger")) && !allowed(m.group())) found.add("names " + m.group());
    }
    return found;
  }

  /**
   * A public type of an internal core package is there for the facade or another stage: one that no other package of
   * the core names should be package-private.
   */
  @Test
  void everyPublicTypeOfAnInternalPackageIsNamedFromAnotherPackage() {
    Path core = ROOT.resolve("attest-core/src/main/java");
    List<Path> files = javaFiles(core);
    List<String> sources = files.stream().map(PublicApiTest::read).toList();
    Set<String> unused = new TreeSet<>();
    for (int i = 0; i < files.size(); i++) {
      String pkg = ownPackage(sources.get(i));
      String type = pkg + "." + files.get(i).getFileName().toString().replace(".java", "");
      if (!GUARDED.contains(pkg) || allowed(type) || !PUBLIC_TYPE.matcher(sources.get(i)).find()) continue;
      boolean named = false;
      for (String other : sources) named |= !ownPackage(other).equals(pkg) && other.contains(type);
      if (!named) unused.add(type);
    }
    assertEquals(Set.of(), unused, "public, but no other package of the core uses it: make it package-private");
  }

  @Test
  void theScanFindsAnInternalTypeImportedOrWrittenOutAndAForeignPackage() {
    String face = "package org.attest.server;\nimport org.attest.Attest;\nimport org.attest.model.Quote;\nimport org.attest.text.Lexicon;\n"
        + "import org.attest.quote.QuoteExtractor;\nimport static org.attest.ledger.Ledger.CONFLICT;\n"
        + "class X { org.attest.text.Analysis a; org.attest.ledger.Ledger.Side s; org.attest.ledger.FigureQueries q; }\n";
    assertEquals(List.of("names org.attest.quote.QuoteExtractor", "names org.attest.text.Analysis", "names org.attest.ledger.FigureQueries"),
        internalNames("attest-server", face));
    assertEquals(List.of(), internalNames("attest-store", "package org.attest.ledger;\nclass Y { FigureQueries q; org.attest.ledger.Schema s; }\n"));
    assertEquals(List.of("declares package org.attest.quote"), internalNames("attest-eval", "package org.attest.quote;\nclass Z {}\n"));
  }

  @Test
  void theScanSeesTheModulesAndTheApiIsWhatTheFacesUse() {
    for (String module : OUTSIDE) assertTrue(Files.isDirectory(ROOT.resolve(module).resolve("src/main/java")), module);
    assertTrue(allowed("org.attest.Attest.Explained"));
    assertTrue(allowed("org.attest.model.Quote"));
    assertTrue(!allowed("org.attest.quote.QuoteExtractor"));
    assertTrue(!allowed("org.attest.text.LexiconCache")); // a type is matched whole, not by its prefix
    assertTrue(!allowed("org.attest.ledger.SqliteLedgerParts"));
  }

  static boolean allowed(String type) {
    for (String a : API) {
      if (a.endsWith(".") ? type.startsWith(a) : type.equals(a) || type.startsWith(a + ".")) return true;
    }
    return false;
  }

  static String ownPackage(String source) {
    Matcher m = PACKAGE.matcher(source);
    return m.find() ? m.group(1) : "";
  }

  static List<Path> javaFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
