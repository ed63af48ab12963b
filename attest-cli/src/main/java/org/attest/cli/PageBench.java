package org.attest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.web.ArticleIds;
import org.attest.web.Inputs;
import org.attest.web.Pages;
import org.attest.web.WebArticles;
import org.attest.web.WebPage;

/**
 * Pages per second for HTML → attest/1, one thread: the page reading alone (decoding, body, metadata, date), then reading and
 * the English analysis together. On the HTML files of a folder, or on pages generated here: invented sentences in the furniture
 * real news pages carry (menus, share bars, scripts, styles, related links, comments, a footer).
 */
final class PageBench {
  private PageBench() {}

  static void run(Path folder, double warmup, double seconds) throws IOException {
    List<byte[]> pages = folder == null ? generated(200, 42) : load(folder);
    if (pages.isEmpty()) {
      System.out.println("pages: none found in " + folder);
      return;
    }
    long bytes = 0;
    for (byte[] p : pages) bytes += p.length;
    System.out.printf("pages: %,d %s, %,d KB of HTML%n", pages.size(), folder == null ? "generated" : "from " + folder, bytes >> 10);
    Attest engine = new Attest();
    loop(pages, engine, false, warmup);
    long[] read = loop(pages, engine, false, seconds);
    loop(pages, engine, true, warmup);
    long[] both = loop(pages, engine, true, seconds);
    double readRate = read[0] / (read[1] / 1e9), bothRate = both[0] / (both[1] / 1e9);
    System.out.printf("one thread, %.1f s each after %.1f s warm-up:%n", seconds, warmup);
    System.out.printf("  page reading alone      %,8.0f pages/s  (%,.1f MB/s of HTML)%n", readRate, readRate * bytes / pages.size() / 1e6);
    System.out.printf("  reading + analysis      %,8.0f pages/s%n", bothRate);
    System.out.printf("  page reading is %.1f%% of the time of HTML → attest/1%n", 100.0 * bothRate / readRate);
  }

  /** Reads (and analyses) the pages round and round for {@code seconds}: pages done, nanoseconds. */
  private static long[] loop(List<byte[]> pages, Attest engine, boolean analyse, double seconds) {
    long start = System.nanoTime(), until = start + (long) (seconds * 1e9), done = 0, sink = 0;
    while (System.nanoTime() < until) {
      for (byte[] p : pages) {
        WebPage page = Pages.read(p, "text/html; charset=utf-8", null);
        sink += page.text().length();
        if (analyse) {
          Article a = WebArticles.of(page, "bench", null, WebArticles.Fallback.url(null));
          if (a != null) sink += engine.extract(a).quotes().size();
        }
        done++;
        if (System.nanoTime() >= until) break;
      }
    }
    if (sink == 42) System.out.print(""); // keep the results alive
    return new long[] {done, System.nanoTime() - start};
  }

  private static List<byte[]> load(Path folder) throws IOException {
    List<byte[]> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(Files::isRegularFile).filter(f -> Inputs.Kind.of(f.getFileName().toString()) == Inputs.Kind.HTML).sorted().toList();
    }
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      if (f.toString().endsWith(".gz")) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
          b = in.readAllBytes();
        }
      }
      out.add(b);
    }
    return out;
  }

  private static final String[] SUBJECTS = {"The coalition", "The mayor", "Officials", "The ministry", "A spokeswoman for the council",
      "Senator Jane Roe", "The statistics office", "Analysts at the Invented Bank", "The company", "Police"};
  private static final String[] VERBS = {"said", "told reporters", "said in a statement", "estimated", "reported", "announced"};
  private static final String[] FACTS = {"that fewer than 1,000 fighters remained in the region", "that prices rose 3 percent in February",
      "that about 200 teachers would be hired next year", "that the budget would reach $3 billion by 2019",
      "that more than 40,000 people had left the city since January", "that the vote would take place on Tuesday",
      "that unemployment fell to 4.1% in the third quarter", "that two people were injured on Sunday night"};
  private static final String[] QUOTES = {"We will not stop until the job is done", "This is a good day for the city",
      "The numbers speak for themselves", "Nobody expected it to happen so fast"};

  /** Invented news pages with their furniture, seeded: the same pages every run. */
  static List<byte[]> generated(int n, long seed) {
    Random r = new Random(seed);
    List<byte[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder(16_000);
      String title = "Story " + i + ": " + FACTS[r.nextInt(FACTS.length)].substring(5);
      b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title).append(" | The Invented Herald</title>")
          .append("<meta property=\"og:site_name\" content=\"The Invented Herald\">")
          .append(String.format("<meta property=\"article:published_time\" content=\"2018-%02d-%02dT10:00:00Z\">", 1 + r.nextInt(12), 1 + r.nextInt(28)))
          .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"").append(title).append("\"}</script>")
          .append("<style>body{font-family:serif}.share{display:flex}</style><script>window.ads=[];function track(){return 1;}</script>")
          .append("</head><body><header><nav><ul>");
      for (String s : new String[] {"Home", "World", "Politics", "Business", "Sport", "Opinion"}) b.append("<li><a href=\"/").append(s).append("\">").append(s).append("</a></li>");
      b.append("</ul></nav></header><main><article><h1>").append(title).append("</h1><div class=\"byline\">By Jane Roe</div>")
          .append("<div class=\"share\"><a>Share</a><a>Tweet</a><a>Email</a></div>");
      int paragraphs = 5 + r.nextInt(15);
      for (int p = 0; p < paragraphs; p++) {
        b.append("<p>");
        int sentences = 1 + r.nextInt(4);
        for (int s = 0; s < sentences; s++) {
          if (r.nextInt(4) == 0) {
            b.append("\u201c").append(QUOTES[r.nextInt(QUOTES.length)]).append(",\u201d ").append(SUBJECTS[r.nextInt(SUBJECTS.length)].toLowerCase())
                .append(" said. ");
          } else {
            b.append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ')
                .append(FACTS[r.nextInt(FACTS.length)]).append(". ");
          }
        }
        b.append("</p>");
        if (p == 2) b.append("<figure><img src=\"x.jpg\"><figcaption>A photo from another story.</figcaption></figure>");
      }
      b.append("</article><aside class=\"related\"><h2>Related</h2><ul>");
      for (int k = 0; k < 5; k++) b.append("<li><a href=\"/s").append(k).append("\">").append(FACTS[r.nextInt(FACTS.length)]).append("</a></li>");
      b.append("</ul></aside><section class=\"comments\"><h2>Comments (0)</h2></section></main>")
          .append("<footer><p>© 2018 The Invented Herald. All rights reserved.</p><!-- rendered in 12 ms --></footer></body></html>");
      out.add(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }
}
