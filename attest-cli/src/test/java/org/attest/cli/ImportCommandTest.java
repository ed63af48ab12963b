package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.attest.Attest;
import org.attest.io.ArticleReader;
import org.attest.io.DocumentWriter;
import org.attest.ledger.Ledger;
import org.attest.model.Article;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attest import}: the Spark job's documents table into a ledger, the same ledger a plain ingest makes of the same
 * articles, and importing again changes nothing. The job's own output (zstd and snappy pages, as Spark writes them) is read from
 * a fixture the job wrote.
 */
class ImportCommandTest {
  @TempDir Path dir;
  @org.junit.jupiter.api.extension.RegisterExtension final CapturedStderr err = new CapturedStderr();

  private static final MessageType DOCUMENTS = Types.buildMessage()
      .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("doc")
      .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("article_id")
      .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("json")
      .named("spark_schema");

  private int run(String... args) {
    return Main.run(new ByteArrayOutputStream(), args);
  }

  /** The demo corpus as extract makes it: five articles and a syndicated copy. */
  private static List<Document> demo() throws IOException {
    List<Article> articles = new ArrayList<>();
    try (InputStream in = ImportCommandTest.class.getResourceAsStream(DemoCommand.CORPUS)) {
      ArticleReader.read(in, "corpus.jsonl", "corpus", ArticleReader.Format.JSONL, articles::add, p -> {
        throw new AssertionError(p.toString());
      });
    }
    Attest attest = new Attest();
    return articles.stream().map(attest::extract).toList();
  }

  private static String json(Document d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DocumentWriter w = new DocumentWriter(out, DocumentWriter.Layout.JSONL, false)) {
      w.write(d);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  /** A documents table as the job writes it (its key columns and the json), in one part file; {@code json} null for a bad row. */
  private Path table(List<String> jsons) throws IOException {
    Path out = dir.resolve("job-output");
    Files.createDirectories(out.resolve("documents"));
    Files.writeString(out.resolve("documents/_SUCCESS"), "");
    SimpleGroupFactory rows = new SimpleGroupFactory(DOCUMENTS);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(out.resolve("documents/part-00000-x-c000.parquet")))
        .withConf(new org.apache.parquet.conf.PlainParquetConfiguration()).withType(DOCUMENTS)
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build()) {
      int i = 0;
      for (String json : jsons) {
        Group g = rows.newGroup().append("doc", "d" + i++);
        if (json != null) g.append("json", json);
        w.write(g);
      }
    }
    return out;
  }

  @Test
  void aDocumentReadBackIsWrittenTheSameWay() throws IOException {
    for (Document d : demo()) {
      Document back = DocumentJson.read(json(d));
      assertEquals(json(d), json(back));
      assertEquals(d.article(), back.article());
      assertEquals(d.entities(), back.entities());
      assertEquals(d.times(), back.times());
    }
  }

  @Test
  void importStoresWhatIngestStoresAndImportingAgainChangesNothing() throws IOException {
    List<Document> docs = demo();
    List<String> jsons = new ArrayList<>();
    for (Document d : docs) jsons.add(json(d));
    Path out = table(jsons);
    Path imported = dir.resolve("imported"), ingested = dir.resolve("ingested");

    assertEquals(0, run("import", out.toString(), "--ledger", imported.toString(), "--batch", "2"), err::text);
    assertTrue(err.text().contains("5 new, 1 more appearance(s), 0 already stored, 0 skipped"), err::text);
    try (Ledger store = Ledger.open(ingested); InputStream in = getClass().getResourceAsStream(DemoCommand.CORPUS)) {
      IngestCommand.ingest(store, in, "corpus.jsonl", ArticleReader.Format.JSONL, 200);
    }
    Ledger.Stats first;
    try (Ledger a = Ledger.openReadOnly(imported); Ledger b = Ledger.openReadOnly(ingested)) {
      first = a.stats();
      assertEquals(b.stats(), first);
      for (Document d : docs) assertEquals(b.show(d.id()), a.show(d.id()), d.id());
      assertEquals(b.conflicts().size(), a.conflicts().size());
    }

    err.reset();
    assertEquals(0, run("import", out.toString(), "--ledger", imported.toString()), err::text);
    assertTrue(err.text().contains("0 new, 0 more appearance(s), 6 already stored, 0 skipped"), err::text);
    try (Ledger a = Ledger.openReadOnly(imported)) {
      assertEquals(first, a.stats());
    }
  }

  @Test
  void aRowThatIsNoDocumentIsReportedAndTheOthersAreStored() throws IOException {
    List<Document> docs = demo();
    Path out = table(java.util.Arrays.asList(json(docs.get(0)), "{\"schema\": \"attest/1\", \"id\": \"x\"", null));
    assertEquals(Main.SKIPPED, run("import", out.toString(), "--ledger", dir.resolve("l").toString()));
    assertTrue(err.text().contains("part-00000-x-c000.parquet:2: row 2: "), err::text);
    assertTrue(err.text().contains(":3: row 3: no attest/1 document"), err::text);
    assertTrue(err.text().contains("1 new, 0 more appearance(s), 0 already stored, 2 skipped"), err::text);
  }

  /**
   * Output the job wrote (attest-spark's test corpus: two JSON Lines records and a broken line, a text, a page, a crawl), its
   * pages compressed as Spark compresses them, read without Hadoop or native code. Its documents were extracted when the fixture
   * was made: import stores them as they are.
   */
  @Test
  void theJobsOwnOutputIsReadWhateverItsCodec() throws Exception {
    for (String codec : List.of("zstd", "snappy")) {
      Path out = Path.of(getClass().getResource("/org/attest/cli/spark-output-" + codec).toURI());
      Path ledger = dir.resolve(codec);
      err.reset();
      assertEquals(0, run("import", out.toString(), "--ledger", ledger.toString()), err::text);
      assertTrue(err.text().contains("5 new, 0 more appearance(s), 0 already stored, 0 skipped (the job's errors table holds 1 record(s)"),
          err::text);
      err.reset();
      assertEquals(0, run("import", out.toString(), "--ledger", ledger.toString()), err::text);
      assertTrue(err.text().contains("0 new, 0 more appearance(s), 5 already stored, 0 skipped"), err::text);
      try (Ledger store = Ledger.openReadOnly(ledger)) {
        assertTrue(store.show("000_a0f3bd66389858e2").orElseThrow().contains("\"speaker_name\":\"James Mattis\""));
      }
    }
  }

  @Test
  void aFolderWithoutTablesIsAnError() throws IOException {
    Files.createDirectories(dir.resolve("empty/documents"));
    assertEquals(Main.IO_ERROR, run("import", dir.resolve("empty").toString(), "--ledger", dir.resolve("l").toString()));
    assertTrue(err.text().contains("no Parquet files"), err::text);
    assertEquals(Main.IO_ERROR, run("import", dir.resolve("nothing").toString(), "--ledger", dir.resolve("l").toString()));
  }
}
