package org.attest.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.Attest;
import org.attest.io.ArticleReader;
import org.attest.ledger.Ledger;
import org.attest.model.Article;

/** The ledger the server tests serve: the demo corpus and an article whose title, outlet, URL, names and quotes are script payloads. */
final class TestLedger {
  private TestLedger() {}

  /** The demo corpus of attest-cli (the example article and five invented reports). */
  static final Path CORPUS = Path.of("../attest-cli/src/main/resources/org/attest/demo/corpus.jsonl");

  /** Each payload sets window.xss when it runs. */
  static final String HOSTILE = "{\"id\": \"xss1\", \"outlet\": \"<img src=x onerror=window.xss=1> Gazette\", \"published\": \"2017-12-29\","
      + " \"title\": \"<script>window.xss=2</script> Hostile \\\"><img src=x onerror=window.xss=3>\", \"url\": \"javascript:window.xss=4\","
      + " \"text\": \"“We will <script>window.xss=5</script> never give up the fight against ISIS, not ever, whatever it takes from us,”"
      + " said Colonel John \\\"><img src=x onerror=window.xss=6> Dillon on Friday.\\n\\nDillon said that fewer than 800 <b onmouseover=window.xss=7>"
      + "ISIS fighters</b> remain in Syria.\"}";

  static Path build(Path dir) throws IOException {
    build(dir.toString());
    return dir;
  }

  /** Builds the ledger at a location (a folder or a database URL); the location. */
  static String build(String dir) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (InputStream in = Files.newInputStream(CORPUS)) {
      ArticleReader.read(in, "corpus", null, ArticleReader.Format.JSONL, articles::add, p -> { throw new IllegalStateException(p.toString()); });
    }
    ArticleReader.read(new ByteArrayInputStream(HOSTILE.getBytes(StandardCharsets.UTF_8)), "hostile", null, ArticleReader.Format.JSONL, articles::add,
        p -> { throw new IllegalStateException(p.toString()); });
    Attest engine = new Attest();
    try (Ledger l = Ledger.open(dir)) {
      for (Article a : articles) l.add(a, engine.extract(a));
      l.commit();
    }
    return dir;
  }
}
