package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.attest.web.Pages;
import org.attest.web.WebPage;

/**
 * Article bodies against the Zyte/Scrapinghub article-extraction benchmark
 * ({@code ../shared/data/web/article-body}): the benchmark's own metric, as its {@code evaluate.py}
 * computes it. Each text is cut into Python {@code \w+} tokens (letters, numbers, underscore; case
 * kept: the regex's IGNORECASE does not fold the tokens), then 4-word shingles (a text of one to
 * three words is one shingle, an empty text none); per page, true/false positives and negatives are
 * counted over the shingle multisets and divided by their sum. Precision is averaged over the pages
 * that predicted something ({@code tp + fp > 0}: an empty prediction costs recall only), recall
 * over the pages whose truth has text; F1 is taken of the two averages.
 */
public final class WebBodyEval {
  private WebBodyEval() {}

  /** One page's normalised counts. */
  public record Page(String id, double tp, double fp, double fn, String expected, String got) {
    double precision() { return tp + fp == 0 ? 0 : tp / (tp + fp); }
    double recall() { return tp + fn == 0 ? 0 : tp / (tp + fn); }
  }

  public record Result(List<Page> pages, double precision, double recall, double f1, double seconds) {}

  public static Result run(Path dir, String set) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      if (!LedgerEval.inSet(id, set)) continue;
      byte[] html = gunzip(dir.resolve("html").resolve(id + ".html.gz"));
      WebPage page = Pages.read(html, null, e.getValue().path("url").asText(null));
      String expected = e.getValue().path("articleBody").asText("");
      double[] c = shingleMatch(expected, page.text());
      pages.add(new Page(id, c[0], c[1], c[2], expected, page.text()));
    }
    return score(pages, (System.nanoTime() - t0) / 1e9);
  }

  static Result score(List<Page> pages, double seconds) {
    // evaluate.py leaves a page out of an average when that average's denominator is zero
    double p = pages.stream().filter(x -> x.tp() + x.fp() > 0).mapToDouble(Page::precision).average().orElse(0);
    double r = pages.stream().filter(x -> x.tp() + x.fn() > 0).mapToDouble(Page::recall).average().orElse(0);
    return new Result(pages, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), seconds);
  }

  /** {tp, fp, fn} over the texts' 4-word shingles, divided by their sum. */
  static double[] shingleMatch(String expected, String got) {
    Map<String, Integer> t = shingles(expected);
    Map<String, Integer> g = shingles(got);
    double tp = 0, fp = 0, fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int gc = g.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), gc);
      fn += Math.max(0, e.getValue() - gc);
    }
    for (Map.Entry<String, Integer> e : g.entrySet()) fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    double sum = tp + fp + fn;
    return sum == 0 ? new double[] {0, 0, 0} : new double[] {tp / sum, fp / sum, fn / sum};
  }

  static Map<String, Integer> shingles(String text) {
    List<String> words = words(text == null ? "" : text);
    Map<String, Integer> out = new HashMap<>();
    if (words.isEmpty()) return out;
    int n = Math.max(1, words.size() - 3);
    for (int i = 0; i < n; i++) {
      out.merge(String.join(" ", words.subList(i, Math.min(words.size(), i + 4))), 1, Integer::sum);
    }
    return out;
  }

  /** Python's {@code re.findall(r'\w+', text)} on a str: runs of letters, numbers (Nd, Nl, No) and '_'. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean w = isWordChar(cp);
      if (w && start < 0) start = i;
      if (!w && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(text.substring(start));
    return out;
  }

  private static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) return true;
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  public static void print(Result r, PrintStream out, boolean errors) {
    if (errors) {
      for (Page p : r.pages()) {
        out.printf(Locale.ROOT, "%s  precision %.3f  recall %.3f%n", p.id(), p.precision(), p.recall());
      }
    }
    out.printf(Locale.ROOT, "pages %d  precision %.3f  recall %.3f  F1 %.3f  (%.1f pages/s)%n",
        r.pages().size(), r.precision(), r.recall(), r.f1(), r.pages().size() / Math.max(1e-9, r.seconds()));
  }
}
