package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the figures scorer reads gold without text and judges a claim's source name. */
class FiguresEvalTest {
  private static final String DEV = "The company hired 1,200 workers last year, the report said.";
  private static final String TRAIN = "Police arrested 14 people on Friday.";
  // a character outside the BMP before the figure: Java offsets count it twice
  private static final String WEB = "Fans \uD83C\uDF89 bought 3,000 tickets in an hour.";

  @TempDir Path dir;

  @Test
  void aSourceIsTheSameNameOrItsSurnameWhateverTheMiddleInitials() {
    assertTrue(FiguresEval.sameSource("Donald Trump", "Donald J. Trump"));
    assertTrue(FiguresEval.sameSource("Jeffrey N. Trimble", "Jeffrey Trimble"));
    assertTrue(FiguresEval.sameSource("Donald Trump", "Trump"));
    assertTrue(FiguresEval.sameSource("reuters", "Reuters"));
    assertTrue(FiguresEval.sameSource(null, null));
    assertFalse(FiguresEval.sameSource("Donald Trump", "Donald Trump Jr"));
    assertFalse(FiguresEval.sameSource("Bill Clinton", "Hillary Clinton"));
    assertFalse(FiguresEval.sameSource("Reuters", null));
  }

  @Test
  void textsAreFoundByIdInPolnearDevAndTrainAndInTheWebPagesArticleBody() throws IOException {
    ArticleTexts texts = ArticleTexts.of(data(), null);
    assertEquals(DEV, texts.text("dev1"));
    assertEquals(TRAIN, texts.text("train1"));
    assertEquals(WEB, texts.text("page1"));
    assertEquals(null, texts.text("nowhere"));
    assertEquals(null, texts.text("../dev/text/dev1"));
  }

  @Test
  void aTimemlDocumentIsItsTextElementWithoutTagsAndItsDctIsThePublishedDate() throws IOException {
    Path data = data();
    Files.createDirectories(data.resolve("timeml/TimeBank"));
    Files.writeString(data.resolve("timeml/TimeBank/APX19980213.0001.tml"), "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>APX19980213.0001</DOCID>\n"
        + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-13T14:26:00\" functionInDocument=\"CREATION_TIME\">02/13/98</TIMEX3></DCT>\n"
        + "<TEXT>\nAT&amp;T <EVENT eid=\"e1\" class=\"OCCURRENCE\">cut</EVENT> 18 jobs <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-13\">Friday</TIMEX3>.\n</TEXT>\n"
        + "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" />\n</TimeML>\n");
    String text = "\nAT&T cut 18 jobs Friday.\n";
    ArticleTexts texts = ArticleTexts.of(data, null);
    assertEquals(text, texts.text("APX19980213.0001"));
    assertEquals("1998-02-13", texts.published("APX19980213.0001"));
    assertEquals(null, texts.published("dev1"));
    assertEquals(null, texts.text("APX19980213"));

    String line = line("APX19980213.0001", quantity(text.indexOf("18"), 2, 18, "jobs", text.indexOf("jobs")), "null");
    Path gold = gold("timeml.jsonl", line.replace("2016-09-01", "1998-02-13"));
    assertEquals(new FiguresEval.Score(1, 1, 0, 0, 0, 0, 0, 1, 0, 0), FiguresEval.check(List.of(gold), texts).get(0).score());
    IOException wrongDate = assertThrows(IOException.class, () -> FiguresEval.check(List.of(gold("dated.jsonl", line)), texts));
    assertTrue(wrongDate.getMessage().contains("dated.jsonl:1: published \"2016-09-01\" is not the date of the TimeML document's DCT, 1998-02-13"),
        wrongDate.getMessage());
  }

  @Test
  void goldWithoutTextIsScoredPerFileAndInTotal() throws IOException {
    Path data = data();
    int web = WEB.indexOf("3,000");
    assertEquals(15, web, "the emoji is two UTF-16 units (14 code points)");
    Path polnear = gold("polnear.jsonl",
        line("dev1", quantity(DEV.indexOf("1,200"), 5, 1200, "workers", DEV.indexOf("workers")), "\"the report\""),
        line("train1", quantity(TRAIN.indexOf("14"), 2, 14, "people", TRAIN.indexOf("people")), "null"));
    Path pages = gold("web.jsonl", line("page1", quantity(web, 5, 3000, "tickets", WEB.indexOf("tickets")), "null"));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    List<FiguresEval.FileScore> scores = FiguresEval.run(List.of(polnear, pages), ArticleTexts.of(data, null), new PrintStream(errors, true, StandardCharsets.UTF_8));
    assertEquals(2, scores.size());
    assertEquals(2, scores.get(0).score().articles());
    assertEquals(2, scores.get(0).score().gold());
    assertEquals(1, scores.get(1).score().gold());
    assertEquals(3, scores.get(0).score().plus(scores.get(1).score()).found(), errors.toString(StandardCharsets.UTF_8));
    assertEquals(3, scores.get(0).score().claims() + scores.get(1).score().claims());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FiguresEval.print(scores, new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("== polnear.jsonl") && printed.contains("== web.jsonl") && printed.contains("== total (2 files)"), printed);
    assertTrue(printed.contains("Figures: 3 articles, 3 gold quantities"), printed);
  }

  @Test
  void goldIsCheckedAndCountedWithoutExtracting() throws IOException {
    Path data = data();
    Path gold = gold("web.jsonl", line("page1", quantity(WEB.indexOf("3,000"), 5, 3000, "tickets", WEB.indexOf("tickets")), "null"));
    List<FiguresEval.FileScore> checked = FiguresEval.check(List.of(gold), ArticleTexts.of(data, null));
    assertEquals(new FiguresEval.Score(1, 1, 0, 0, 0, 0, 0, 1, 0, 0), checked.get(0).score());
    Path bad = gold("bad.jsonl", line("page1", quantity(WEB.length(), 5, 1, null, -1), null));
    assertThrows(IOException.class, () -> FiguresEval.check(List.of(bad), ArticleTexts.of(data, null)));
  }

  @Test
  void aMissedFigureIsListedWithItsTextFromTheArticle() throws IOException {
    // a made-up gold span on a word no extractor reads as a figure
    String text = "Snow White met 40 thieves.";
    Path data = data();
    Files.writeString(data.resolve("polnear/dev/text/tale.txt"), text);
    Path gold = gold("tale.jsonl", line("tale", quantity(text.indexOf("met"), 3, 1, null, -1), null));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    FiguresEval.run(gold, ArticleTexts.of(data, null), new PrintStream(errors, true, StandardCharsets.UTF_8));
    assertTrue(errors.toString(StandardCharsets.UTF_8).contains("MISSED tale \"met\""), errors.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badGoldIsAnErrorNamingFileAndLine() throws IOException {
    Path data = data();
    ArticleTexts texts = ArticleTexts.of(data, null);
    Path outside = gold("outside.jsonl", "", line("dev1", quantity(DEV.length() - 2, 5, 1, null, -1), null));
    IOException e = assertThrows(IOException.class, () -> FiguresEval.run(outside, texts, null));
    assertTrue(e.getMessage().startsWith(outside + ":2: quantity"), e.getMessage());

    String wrongText = "{\"id\": \"dev1\", \"quantities\": [{\"start\": 0, \"end\": 3, \"text\": \"Our\", \"value\": 1, \"low\": 1, \"high\": 1,"
        + " \"modifier\": \"exact\", \"unit\": null, \"object\": null}], \"claims\": []}";
    IOException t = assertThrows(IOException.class, () -> FiguresEval.run(gold("text.jsonl", wrongText), texts, null));
    assertTrue(t.getMessage().contains(":1: quantity text \"Our\" is not the article's text at 0..3: \"The\""), t.getMessage());

    IOException missing = assertThrows(IOException.class, () -> FiguresEval.run(gold("missing.jsonl", line("gone", quantity(0, 1, 1, null, -1), null)), texts, null));
    assertTrue(missing.getMessage().contains("missing.jsonl:1: no text for gold article \"gone\""), missing.getMessage());

    String claimOff = line("dev1", quantity(DEV.indexOf("1,200"), 5, 1200, null, -1), null).replace("\"claims\": []",
        "\"claims\": [{\"quantity_start\": 3, \"subject\": \"x\", \"source_name\": null, \"as_of\": \"2016-01-01\"}]");
    IOException claim = assertThrows(IOException.class, () -> FiguresEval.run(gold("claim.jsonl", claimOff), texts, null));
    assertTrue(claim.getMessage().contains("claim.jsonl:1: a claim's quantity_start 3 is no gold quantity's start"), claim.getMessage());
  }

  @Test
  void theDataFolderIsTheOneAGoldFileSitsIn() throws IOException {
    Path data = data();
    Files.createDirectories(data.resolve("quantities-dev"));
    Path fallback = Path.of("fallback");
    assertEquals(data.toAbsolutePath(), ArticleTexts.dataFolderOf(data.resolve("quantities-dev/gold.jsonl"), fallback));
    assertEquals(fallback, ArticleTexts.dataFolderOf(dir.resolve("gold.jsonl"), fallback));
  }

  private Path data() throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("polnear/dev/text"));
    Files.createDirectories(data.resolve("polnear/train/text"));
    Files.createDirectories(data.resolve("web/article-body"));
    Files.writeString(data.resolve("polnear/dev/text/dev1.txt"), DEV);
    Files.writeString(data.resolve("polnear/train/text/train1.txt"), TRAIN);
    Files.writeString(data.resolve("web/article-body/ground-truth.json"),
        "{\"page1\": {\"articleBody\": \"Fans \\ud83c\\udf89 bought 3,000 tickets in an hour.\", \"url\": \"https://example.org/a\"}}");
    return data;
  }

  private Path gold(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  /** A gold line with one quantity and, when source is not null, its claim (source a JSON value). */
  private static String line(String id, String quantity, String source) {
    String claims = source == null ? "[]"
        : "[{\"quantity_start\": " + quantity.replaceAll("^\\{\"start\": (\\d+).*", "$1") + ", \"subject\": \"s\", \"source_name\": " + source
            + ", \"as_of\": \"2016-09-01\"}]";
    return "{\"id\": \"" + id + "\", \"published\": \"2016-09-01\", \"quantities\": [" + quantity + "], \"claims\": " + claims + "}";
  }

  private static String quantity(int start, int length, double value, String object, int objectStart) {
    String obj = object == null ? "null" : "{\"start\": " + objectStart + ", \"end\": " + (objectStart + object.length()) + "}";
    return "{\"start\": " + start + ", \"end\": " + (start + length) + ", \"value\": " + value + ", \"low\": " + value + ", \"high\": " + value
        + ", \"modifier\": \"exact\", \"unit\": null, \"object\": " + obj + "}";
  }
}
