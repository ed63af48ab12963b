package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.web.Pages;
import org.attest.web.WebPage;

/**
 * Publication dates against htmldate's evaluation set ({@code ../shared/data/web/pub-date}): a
 * page is right when the first ten characters of the predicted {@code published} equal the gold
 * day; accuracy over all pages (a page without a date counts as wrong).
 */
public final class WebDateEval {
  private WebDateEval() {}

  public record Page(String id, String url, String expected, String got, String rule) {
    boolean right() { return got != null && got.length() >= 10 && got.substring(0, 10).equals(expected); }
  }

  public record Result(List<Page> pages, double accuracy, double seconds) {}

  public static Result run(Path dir, String set) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(dir.resolve("dates.json").toFile());
    List<Page> pages = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      if (!LedgerEval.inSet(id, set)) continue;
      String url = e.getValue().path("url").asText(null);
      byte[] html = WebBodyEval.gunzip(dir.resolve("pages").resolve(id + ".html.gz"));
      WebPage page = Pages.read(html, null, url);
      pages.add(new Page(id, url, e.getValue().path("date").asText(), page.published(), page.publishedBy()));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long right = pages.stream().filter(Page::right).count();
    return new Result(pages, pages.isEmpty() ? 0 : (double) right / pages.size(), seconds);
  }

  /** Pages decided, right and accuracy by the rule that found the date ("none": no date found). */
  static void printByRule(List<Page> pages, PrintStream out) {
    Map<String, int[]> by = new java.util.TreeMap<>();
    for (Page p : pages) {
      int[] c = by.computeIfAbsent(p.rule() == null ? "none" : p.rule(), k -> new int[2]);
      c[0]++;
      if (p.right()) c[1]++;
    }
    out.println("by rule: pages  right  accuracy");
    for (Map.Entry<String, int[]> e : by.entrySet()) {
      int[] c = e.getValue();
      out.printf(Locale.ROOT, "  %-16s %5d  %5d  %.3f%n", e.getKey(), c[0], c[1], (double) c[1] / c[0]);
    }
  }

  public static void print(Result r, PrintStream out, boolean errors) {
    if (errors) {
      for (Page p : r.pages()) {
        if (!p.right()) out.printf(Locale.ROOT, "%s  expected %s  got %s  by %s  %s%n", p.id(), p.expected(), p.got(), p.rule(), p.url());
      }
      printByRule(r.pages(), out);
    }
    out.printf(Locale.ROOT, "pages %d  accuracy %.3f  (%.1f pages/s)%n",
        r.pages().size(), r.accuracy(), r.pages().size() / Math.max(1e-9, r.seconds()));
  }
}
