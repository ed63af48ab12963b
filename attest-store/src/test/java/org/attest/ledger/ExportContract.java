package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.testing.FailingOutput;
import org.junit.jupiter.api.Test;

/** The exports on hostile text: characters outside the BMP before a claim, markup that would end a script, formulas, a failing output. */
abstract class ExportContract extends LedgerFixture {
  private static final Attest ENGINE = new Attest();

  private static Article article(String id, String outlet, String text) {
    return new Article(id, text, "2017-12-06", null, "https://example.invalid/" + id, outlet, Map.of());
  }

  /** Stores the article; returns its claims' sentences as the engine cut them (Java string offsets). */
  private static List<String> store(SqlLedger l, Article a) throws IOException {
    Document d = ENGINE.extract(a);
    l.add(a, d);
    l.commit();
    return d.claims().stream().map((Claim c) -> a.text().substring(c.start(), c.end())).toList();
  }

  private static String export(SqlLedger l, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    l.export(format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  // emoji (two UTF-16 units, one code point each) in the headline, before the claim and inside its sentence
  private static final String EMOJI = "\uD83D\uDEA8\uD83D\uDEA8 Breaking \uD83D\uDCF0: the war in numbers \uD83D\uDE80\n\n"
      + "The coalition \uD83C\uDDFA\uD83C\uDDF8 said on Wednesday that fewer than 3,000 fighters remain in Iraq and Syria.\n\n"
      + "Mattis spoke later.";

  @Test
  void everyExportKeepsTheClaimsSentenceAfterCharactersOutsideTheBmp() throws Exception {
    try (SqlLedger l = open()) {
      List<String> sentences = store(l, article("e", "Wire", EMOJI));
      assertEquals(1, sentences.size(), sentences.toString());
      String sentence = sentences.get(0);
      assertTrue(sentence.startsWith("The coalition \uD83C\uDDFA\uD83C\uDDF8 said") && sentence.endsWith("Iraq and Syria."), sentence);

      String[] csv = export(l, "csv").split("\r\n");
      assertEquals(2, csv.length);
      assertTrue(csv[1].endsWith("," + Export.cell(sentence)), csv[1]);

      JsonNode review = new ObjectMapper().readTree(export(l, "claimreview"));
      assertEquals(sentence, review.get(0).get("claimReviewed").asText());

      Path file = dir.resolve("claims.parquet");
      try (OutputStream out = Files.newOutputStream(file)) {
        l.export("parquet", out);
      }
      try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement();
          var r = s.executeQuery("SELECT sentence FROM read_parquet('" + file + "')")) {
        assertTrue(r.next());
        assertEquals(sentence, r.getString(1));
        assertFalse(r.next());
      }
    }
  }

  @Test
  void theClaimReviewCannotEndTheScriptItIsEmbeddedIn() throws Exception {
    String text = "The coalition said </script><script>alert(1)</script> that fewer than 3,000 fighters & \u2028allies\u2029 remain in Iraq.";
    String outlet = "Wire</script><!-- & \u0085";
    try (SqlLedger l = open()) {
      List<String> sentences = store(l, article("x", outlet, text));
      assertFalse(sentences.isEmpty());
      String json = export(l, "claimreview");
      for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029', '\u0085'}) {
        assertTrue(json.indexOf(c) < 0, () -> "raw " + Integer.toHexString(c) + " in " + json);
      }
      assertTrue(json.contains("\\u003C/script\\u003E"), json);
      // escaped, not lost: the JSON reads back to the article's own text
      JsonNode review = new ObjectMapper().readTree(json).get(0);
      assertEquals(sentences.get(0).replaceAll("\\s+", " ").strip(), review.get("claimReviewed").asText());
      assertTrue(review.get("claimReviewed").asText().contains("</script><script>alert(1)</script>"));
      assertEquals(outlet, review.get("itemReviewed").get("appearance").get(0).get("publisher").get("name").asText());
    }
  }

  @Test
  void aCellASpreadsheetWouldTakeForAFormulaStartsWithAnApostrophe() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Export.cell("=HYPERLINK(\"x\")"));
    assertEquals("'@SUM(A1)", Export.cell("@SUM(A1)"));
    assertEquals("'\t=1+1", Export.cell("\t=1+1"), "a tab first");
    assertEquals("\"'\r=1+1\"", Export.cell("\r=1+1"), "a carriage return first");
    assertEquals("'\tanything", Export.cell("\tanything"), "a tab first, whatever follows");
    assertEquals("' =1+1", Export.cell(" =1+1"), "white space before the formula");
    assertEquals("\"'\n-2+3\"", Export.cell("\n-2+3"));
    assertEquals("-5", Export.cell("-5"), "a number is no formula");
    assertEquals("+1.5", Export.cell("+1.5"));
    assertEquals("\"-1,000\"", Export.cell("-1,000"));
    assertEquals("\"fewer than 3,000\"", Export.cell("fewer than 3,000"));
    assertEquals("", Export.cell(""));
  }

  @Test
  void theCsvGuardsAnOutletStartingWithATab() throws Exception {
    try (SqlLedger l = open()) {
      store(l, article("t", "\t=cmd|' /C calc'!A0", "The coalition said on Wednesday that fewer than 3,000 fighters remain in Iraq and Syria."));
      String row = export(l, "csv").split("\r\n")[1];
      assertTrue(row.contains(",'\t=cmd|' /C calc'!A0,"), row);
    }
  }

  @Test
  void aFailedWriteIsAnIoFailureInEveryFormat() throws Exception {
    try (SqlLedger l = open()) {
      store(l, article("f", "Wire", "The coalition said on Wednesday that fewer than 3,000 fighters remain in Iraq and Syria."));
      for (String format : List.of("parquet", "csv", "claimreview", "jsonl")) {
        for (int after : new int[] {0, 10, 200}) {
          IOException e = assertThrows(IOException.class, () -> l.export(format, new FailingOutput("No space left on device", after)), format);
          assertEquals("No space left on device", e.getMessage(), format);
          // buffered, as the command line writes: the failure comes when the writer flushes while closing the file
          for (int buffer : new int[] {16, 512, 1 << 16}) {
            e = assertThrows(IOException.class, () -> l.export(format, new java.io.BufferedOutputStream(new FailingOutput("Broken pipe", after), buffer)),
                format);
            assertEquals("Broken pipe", e.getMessage(), format);
          }
        }
      }
    }
  }
}
