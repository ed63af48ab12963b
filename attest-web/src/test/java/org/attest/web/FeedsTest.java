package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.attest.model.Origin;
import org.junit.jupiter.api.Test;

/** RSS and Atom: items with their link, title, date and full text; items without text reported. */
class FeedsTest {
  final Collected sink = new Collected();
  final List<Article> articles = sink.articles;
  final List<InputProblem> problems = sink.problems;

  static String rss(String base) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "<channel><title>The Invented Herald</title><link>" + base + "/</link><language>en-us</language>\n"
        + "<item><title>Fewer than 1,000 fighters remain</title><link>" + base + "/2017/12/27/fighters</link>\n"
        + "<pubDate>Wed, 27 Dec 2017 10:00:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>\n"
        + "<description>A short teaser.</description>\n"
        + "<content:encoded><![CDATA[<p>" + TestPages.FIGHTERS[0] + "</p><script>var s='SCRIPT-TEXT';</script><p>" + TestPages.FIGHTERS[2]
        + "</p>]]></content:encoded></item>\n"
        + "<item><title>Budget passes</title><link>" + base + "/budget</link><pubDate>Tue, 06 Mar 2018 09:15:00 -0500</pubDate>\n"
        + "<description>The council voted.</description></item>\n"
        + "</channel></rss>\n";
  }

  static final String ATOM = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>Invented Wire</title>\n"
      + "<entry><title>Budget passes</title><link rel=\"alternate\" href=\"https://wire.example/budget\"/>\n"
      + "<published>2018-03-06T09:15:00-05:00</published><updated>2018-03-07T00:00:00Z</updated>\n"
      + "<author><name>John Public</name></author>\n"
      + "<content type=\"html\">&lt;p&gt;" + TestPages.BUDGET[0] + "&lt;/p&gt;&lt;p&gt;" + TestPages.BUDGET[1] + "&lt;/p&gt;</content></entry>\n"
      + "<entry><title>Plain entry</title><link href=\"https://wire.example/plain\"/><updated>2018-03-08T00:00:00Z</updated>\n"
      + "<content type=\"text\">Prices rose 3 percent in February, the statistics office said.</content></entry>\n"
      + "<entry><title>Undated badly</title><link href=\"https://wire.example/bad\"/><published>sometime last week</published>\n"
      + "<content type=\"text\">Some text.</content></entry>\n"
      + "</feed>\n";

  @Test
  void rssItemsCarryTheirFullTextDateAndAuthor() {
    Feeds.read(rss("https://herald.example").getBytes(StandardCharsets.UTF_8), "herald.rss", Origin.file("herald.rss"), null, sink);
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals("herald.example-2017-12-27-fighters", a.id());
    assertEquals("2017-12-27T10:00:00Z", a.published());
    assertEquals("Fewer than 1,000 fighters remain", a.title());
    assertEquals("The Invented Herald", a.outlet());
    assertEquals(List.of("Jane Roe"), a.authors());
    assertEquals("en", a.language());
    assertEquals("https://herald.example/2017/12/27/fighters", a.url());
    assertTrue(a.text().startsWith("Fewer than 1,000 fighters"), a.text());
    assertTrue(!a.text().contains("SCRIPT-TEXT") && !a.text().contains("<p>"), a.text());
    assertEquals("herald.rss", a.origin().file());
    // the teaser is no article: reported with the item's link
    assertEquals(1, problems.size());
    assertEquals("herald.rss: item 2 (https://herald.example/budget): no full text in the feed; --follow fetches its page", problems.get(0).toString());
  }

  @Test
  void atomEntriesHtmlAndTextAndABadDateReported() {
    Feeds.read(ATOM.getBytes(StandardCharsets.UTF_8), "wire.atom", Origin.file("wire.atom"), null, sink);
    assertEquals(List.of("wire.example-budget", "wire.example-plain"), articles.stream().map(Article::id).toList());
    Article budget = articles.get(0);
    assertEquals("2018-03-06T09:15:00-05:00", budget.published(), "published, not updated");
    assertEquals(List.of("John Public"), budget.authors());
    assertEquals("Invented Wire", budget.outlet());
    assertTrue(budget.text().startsWith("The city council") && budget.text().contains("\n\n") && !budget.text().contains("<"), budget.text());
    assertEquals("2018-03-08T00:00:00Z", articles.get(1).published(), "updated when there is no published");
    assertEquals(List.of("wire.atom: item 3 (https://wire.example/bad): bad date \"sometime last week\": expected RFC 822 or ISO 8601"),
        problems.stream().map(InputProblem::toString).toList());
  }

  @Test
  void aFileThatIsNoFeedIsReported() {
    Feeds.read("<?xml version=\"1.0\"?><catalog><book/></catalog>".getBytes(StandardCharsets.UTF_8), "books.xml", null, null, sink);
    assertEquals("books.xml: not an RSS or Atom feed", problems.get(0).toString());
    assertTrue(Feeds.looksLikeFeed(rss("https://x.example").getBytes(StandardCharsets.UTF_8)));
    assertTrue(Feeds.looksLikeFeed(ATOM.getBytes(StandardCharsets.UTF_8)));
    assertTrue(!Feeds.looksLikeFeed(TestPages.page("x", null, "y").getBytes(StandardCharsets.UTF_8)));
  }
}
