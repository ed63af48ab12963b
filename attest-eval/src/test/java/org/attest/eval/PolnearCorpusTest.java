package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.io.ArticleReader;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PolNeAR corpus writer on a tiny PolNeAR-shaped folder the test makes. */
class PolnearCorpusTest {
  @TempDir Path dir;

  static final String HEADER = "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\ttrump_count\tclinton_count\tcredit\twire\n";

  static String row(String compartment, String id, String publisher, String date, String title) {
    return compartment + "\t" + id + "\tNone\t4b22\t" + publisher + "\t" + date + "\tJane Roe\t" + title + "\t1\t0\tNone\tNone\n";
  }

  void text(String split, String id, String text) throws IOException {
    Files.createDirectories(dir.resolve(split).resolve("text"));
    Files.writeString(dir.resolve(split).resolve("text").resolve(id + ".txt"), text, StandardCharsets.UTF_8);
  }

  @Test
  void writesTrainThenDevInNameOrderWithMetadataAndTheTextUnchanged() throws IOException {
    Files.writeString(dir.resolve("metadata.tsv"), HEADER
        + row("test", "nyt_2016-10-09_not-written", "nyt", "2016-10-09", "Left Out")
        + row("train", "nyt_2016-10-02_b", "nyt", "2016-10-02", "Café “Quotes” Title")
        + row("dev", "politico_2016-09-01_c", "politico", "2016-09-01", "None")
        + row("train", "breitbart_2016-03-11_a", "breitbart", "2016-03-11", "A \"Title\"\\"), StandardCharsets.UTF_8);
    String a = "WASHINGTON — \"We'll win,\" he said.\r\n\r\nLine two\tand a tab, a snowman ☃ and 𝄞.\n";
    text("train", "nyt_2016-10-02_b", "Second text.\n");
    text("train", "breitbart_2016-03-11_a", a);
    text("dev", "politico_2016-09-01_c", "Dev text.");
    Files.writeString(dir.resolve("train").resolve("text").resolve("README"), "not an article");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertEquals(3, PolnearCorpus.write(dir, bytes));
    String out = bytes.toString(StandardCharsets.UTF_8);
    String[] lines = out.split("\n", -1);
    assertEquals(4, lines.length, out); // three lines, each ending in a newline
    assertEquals("", lines[3]);
    // Jackson's defaults, as DocumentWriter's: UTF-8 as is, a character beyond the BMP as its escaped surrogate pair
    assertEquals("{\"id\":\"breitbart_2016-03-11_a\",\"outlet\":\"breitbart\",\"published\":\"2016-03-11\",\"title\":\"A \\\"Title\\\"\\\\\","
        + "\"text\":\"WASHINGTON — \\\"We'll win,\\\" he said.\\r\\n\\r\\nLine two\\tand a tab, a snowman ☃ and \\uD834\\uDD1E.\\n\"}", lines[0]);
    ObjectMapper json = new ObjectMapper();
    JsonNode second = json.readTree(lines[1]), third = json.readTree(lines[2]);
    assertEquals("nyt_2016-10-02_b", second.get("id").asText());
    assertEquals("Café “Quotes” Title", second.get("title").asText());
    assertEquals("politico_2016-09-01_c", third.get("id").asText());
    assertTrue(third.get("title").isNull()); // PolNeAR's "None"
    assertEquals("2016-09-01", third.get("published").asText());

    // Attest reads it back: the same ids, dates and texts (offsets into the text stay offsets into the ledger's)
    List<Article> articles = new ArrayList<>();
    ArticleReader.read(new ByteArrayInputStream(bytes.toByteArray()), "corpus.jsonl", "corpus", ArticleReader.Format.JSONL, articles::add,
        p -> { throw new AssertionError(p.toString()); });
    assertEquals(3, articles.size());
    assertEquals(a, articles.get(0).text());
    assertEquals("breitbart", articles.get(0).outlet());
    assertEquals("2016-03-11", articles.get(0).published());
  }

  @Test
  void anArticleWithoutMetadataOrAFolderMissingIsAnErrorNamingTheFile() throws IOException {
    Files.writeString(dir.resolve("metadata.tsv"), HEADER + row("train", "a", "nyt", "2016-10-02", "T"), StandardCharsets.UTF_8);
    text("train", "a", "A.");
    IOException noDev = assertThrows(IOException.class, () -> PolnearCorpus.write(dir, new ByteArrayOutputStream()));
    assertTrue(noDev.getMessage().startsWith(dir.resolve("dev").resolve("text") + ": no such folder"), noDev.getMessage());
    text("dev", "b", "B.");
    IOException noRow = assertThrows(IOException.class, () -> PolnearCorpus.write(dir, new ByteArrayOutputStream()));
    assertEquals(dir.resolve("metadata.tsv") + ": no row for dev/text/b.txt", noRow.getMessage());
    Files.writeString(dir.resolve("metadata.tsv"), HEADER + "train\ta\tNone\n", StandardCharsets.UTF_8);
    IOException shortRow = assertThrows(IOException.class, () -> PolnearCorpus.write(dir, new ByteArrayOutputStream()));
    assertEquals(dir.resolve("metadata.tsv") + ":2: 3 columns, the header names 12", shortRow.getMessage());
    Files.writeString(dir.resolve("metadata.tsv"), "filename\tpublisher\ttitle\n", StandardCharsets.UTF_8);
    IOException noColumn = assertThrows(IOException.class, () -> PolnearCorpus.write(dir, new ByteArrayOutputStream()));
    assertEquals(dir.resolve("metadata.tsv") + ":1: no \"publication_date\" column in the header", noColumn.getMessage());
  }
}
