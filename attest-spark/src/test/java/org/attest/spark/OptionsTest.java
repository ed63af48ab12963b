package org.attest.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's command line and the names it gives files; no Spark session. */
class OptionsTest {
  @Test
  void inputsRunToTheNextOption() {
    ExtractJob.Options o = ExtractJob.Options.parse("--input", "a.jsonl", "s3a://b/c/", "--output", "out", "--date", "2017-12-27");
    assertEquals(List.of("a.jsonl", "s3a://b/c/"), o.inputs());
    assertEquals("out", o.output());
    assertEquals("2017-12-27", o.date());
    assertEquals("zstd", o.compression());
    assertEquals(0, o.partitions());
  }

  @Test
  void aBadCommandLineSaysWhatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractJob.Options.parse("--output", "o")).getMessage().startsWith("--input"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractJob.Options.parse("--input", "a")).getMessage().startsWith("--output"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractJob.Options.parse("--input", "a", "--output", "o", "--date", "2017-13-01"))
        .getMessage().contains("not a date"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractJob.Options.parse("--input", "a", "--output", "o", "--partitions", "0"))
        .getMessage().startsWith("--partitions"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractJob.Options.parse("--input", "a", "--output", "o", "--compression", "lzo"))
        .getMessage().startsWith("--compression"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractJob.Options.parse("--input", "a", "--output", "o", "-x"))
        .getMessage().contains("unknown"));
  }

  @Test
  void aLocalFileIsNamedAsExtractNamesItAnyOtherByItsUri() {
    assertEquals("/tmp/a b/corpus.jsonl", SourceFiles.name("file:/tmp/a%20b/corpus.jsonl"));
    assertEquals("hdfs://nn:8020/news/a.warc.gz", SourceFiles.name("hdfs://nn:8020/news/a.warc.gz"));
  }

  @Test
  void aDocumentsKeyIsItsPlaceInItsFile() {
    assertEquals(16, Tables.docKey("/a.jsonl", 0).length());
    assertEquals(Tables.docKey("/a.jsonl", 3), Tables.docKey("/a.jsonl", 3));
    assertTrue(!Tables.docKey("/a.jsonl", 3).equals(Tables.docKey("/a.jsonl", 4)));
  }
}
