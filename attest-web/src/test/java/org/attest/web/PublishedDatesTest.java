package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the publication date with an invented page, and the choices between candidates. */
class PublishedDatesTest {
  private static final LocalDate LATEST = LocalDate.of(2024, 1, 1);

  private static PublishedDates.Found found(String html, String url) {
    return PublishedDates.explain(Jsoup.parse(html, url == null ? "" : url), url, LATEST);
  }

  private static String day(String html, String url) {
    PublishedDates.Found f = found(html, url);
    return f == null ? null : f.date().toString();
  }

  private static String page(String head, String body) {
    return "<html lang=de><head><title>Titel</title>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test
  void jsonLdArticleBeforeThePageInItsGraph() {
    String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebPage\",\"datePublished\":\"2015-03-01T08:00:00+01:00\"},"
        + "{\"@type\":[\"NewsArticle\"],\"dateModified\":\"2017-12-29T10:00:00+01:00\",\"datePublished\":\"2017-12-27T10:00:00+01:00\"}]}</script>";
    PublishedDates.Found f = found(page(ld, "<h1>Titel</h1>"), null);
    assertEquals("2017-12-27T10:00+01:00", f.value());
    assertEquals("json-ld article", f.step());
  }

  @Test
  void jsonLdInAnArrayAndInAnUntypedScript() {
    String array = "<script type='application/ld+json'>[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"BlogPosting\",\"datePublished\":\"2016-05-04\"}]</script>";
    assertEquals("2016-05-04", day(page(array, ""), null));
    String untyped = "<script>{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"dateCreated\":\"2016-05-03\"}</script>";
    assertEquals("2016-05-03", day(page(untyped, ""), null));
  }

  @Test
  void brokenJsonLdStillGivesItsPublication() {
    String broken = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"a \"quoted\" word\",\"datePublished\":\"2018-02-03T09:00:00\"}</script>";
    assertEquals("2018-02-03", day(page(broken, ""), null));
  }

  @Test
  void publishedNotModified() {
    String metas = "<meta property='article:modified_time' content='2019-01-02T10:00:00+01:00'>"
        + "<meta property='article:published_time' content='2018-12-30T10:00:00+01:00'>";
    assertEquals("2018-12-30", day(page(metas, "<h1>Titel</h1>"), null));
    String ld = "<script type='application/ld+json'>{\"@type\":\"Article\",\"dateModified\":\"2019-01-02\",\"datePublished\":\"2018-12-30\"}</script>";
    assertEquals("2018-12-30", day(page(ld, ""), null));
  }

  @Test
  void theModificationWhenNothingElseDatesThePage() {
    String metas = "<meta property='article:modified_time' content='2019-01-02T10:00:00+01:00'>";
    PublishedDates.Found f = found(page(metas, "<h1>Titel</h1><p>Kein Datum.</p>"), null);
    assertEquals("2019-01-02", f.date().toString());
    assertEquals("modified", f.step());
  }

  @Test
  void strongMetaNamesBeforeWeakOnes() {
    String metas = "<meta name='date' content='2020-05-06'><meta name='DC.date.issued' content='2020-05-01'>";
    assertEquals("2020-05-01", day(page(metas, ""), null));
  }

  @Test
  void aGenericDateMetaWaitsForTheArticlesMarkupUnlessThePageShowsIt() {
    String meta = "<meta name='date' content='2022-01-21T15:38:44+01:00'>";
    String body = "<h1>Titel</h1><time itemprop='datePublished' datetime='2022-01-27'>27.01.2022</time>";
    assertEquals("2022-01-27", day(page(meta, body), null));
    String shown = "<h1>Titel</h1><p>Stand 21.01.2022</p><p class='x'>Termin: 27.01.2022</p>";
    assertEquals("meta date shown", found(page(meta, shown), null).step());
  }

  @ParameterizedTest
  @CsvSource({
      "https://example.org/2017/12/27/a-story/, 2017-12-27",
      "https://example.org/news/2017-12-27-a-story.html, 2017-12-27",
      "https://example.org/archive/20171227/story, 2017-12-27",
      "https://example.org/pressemitteilung/~27-12-2017-eine-meldung, 2017-12-27",
      "https://example2017.org/2017/13/45/story, ",
  })
  void theUrlPath(String url, String expected) {
    assertEquals(expected, day(page("", "<h1>Titel</h1>"), url));
  }

  @Test
  void aMonthInTheUrlIsTheLastResortAndNeverBeatsADayInThePage() {
    assertEquals("2018-08-01", day(page("", "<h1>Titel</h1><p>Text.</p>"), "https://blog.example.org/2018/08/story.html"));
    assertEquals("2018-08-02",
        day(page("", "<h1>Titel</h1><p class='byline'>2. August 2018</p>"), "https://blog.example.org/2018/08/story.html"));
  }

  @Test
  void markupThatSaysPublished() {
    assertEquals("2015-06-07", day(page("", "<h1>T</h1><time pubdate datetime='2015-06-07T12:00'>7. Juni</time>"), null));
    assertEquals("2015-06-08", day(page("", "<h1>T</h1><abbr class='published' title='2015-06-08T09:00:00'>8. Juni</abbr>"), null));
    assertEquals("2015-06-09", day(page("", "<h1>T</h1><span property='schema:dateCreated' content='2015-06-09T11:00:00+02:00'></span>"), null));
    // an archive link marked as the publication
    assertEquals("2019-10-19", day(page("", "<h1>T</h1><li itemprop='datePublished'><a href='https://example.org/2019/10/19/'>Samstag</a></li>"), null));
  }

  @Test
  void aClassThatNamesTheDate() {
    String body = "<h1>Titel</h1><div class='entry-meta'><span class='posted-on'>Posted on December 27, 2017</span></div><p>Text</p>";
    PublishedDates.Found f = found(page("", body), null);
    assertEquals("2017-12-27", f.date().toString());
    assertEquals("header", f.step());
  }

  @Test
  void theGermanBylineNearTheTitle() {
    String body = "<h1>Die Koalition verhandelt</h1><p>Von Anna Schmidt, 27. Dezember 2017</p><p>Am 3. Januar 2018 geht es weiter.</p>";
    PublishedDates.Found f = found(page("", body), null);
    assertEquals("2017-12-27", f.date().toString());
    assertEquals("byline", f.step());
  }

  @Test
  void aPublicationCueNearTheTitleWins() {
    String body = "<h1>Titel</h1><p>Die Tagung am 5. März 2019 in Kassel.</p><p>Veröffentlicht am 1. März 2019</p>";
    assertEquals("2019-03-01", day(page("", body), null));
    // a cue is a word of its own: "unmodified" is no "modified"
    assertEquals(false, TextDates.modifiedCue("Unmodified 12.03.2017", 11));
    assertEquals(true, TextDates.modifiedCue("Modified: 12.03.2017", 10));
  }

  @Test
  void anUpdateCueIsNotThePublication() {
    String body = "<h1>Titel</h1><p class='info'>Aktualisiert am 28.12.2017, veröffentlicht am 27.12.2017</p>";
    assertEquals("2017-12-27", day(page("", body), null));
    String english = "<h1>Title</h1><p>Updated: March 3, 2019 | Published: March 1, 2019</p>";
    assertEquals("2019-03-01", day("<html lang=en><body>" + english + "</body></html>", null));
  }

  @Test
  void theCopyrightFooterIsIgnored() {
    String body = "<h1>Titel</h1><p>Ein Text ohne Datum, der am 12. Mai 2016 erschien.</p>"
        + "<footer>© 2019 Verlag · Impressum · 01.01.2019</footer>";
    assertEquals("2016-05-12", day(page("", body), null));
  }

  @Test
  void commentsAndSidebarsAreOtherTexts() {
    String body = "<h1>Titel</h1><p>Text.</p><p>Geschrieben 05.05.2019</p>"
        + "<aside><time datetime='2019-06-01'>1. Juni</time></aside>"
        + "<div class='comment-list'><time datetime='2019-05-06T10:00'>6. Mai</time></div>";
    assertEquals("2019-05-05", day(page("", body), null));
  }

  @Test
  void aContainerHoldingTheTitleIsNeverSetApart() {
    String body = "<div class='layout-with-sidebar'><h1>Titel</h1><time class='entry-date' datetime='2021-11-25'>25.11.2021</time></div>";
    assertEquals("2021-11-25", day(page("", body), null));
  }

  @Test
  void theFooterOfAnArticleWhenNothingElseDatesIt() {
    String body = "<h1>Titel</h1><p>Text.</p><div class='asset-footer'>Von Christian am 03.05.2013, 11:51</div>";
    assertEquals("2013-05-03", day(page("", body), null));
  }

  @Test
  void aFutureDateIsIgnored() {
    String body = "<h1>Titel</h1><time class='entry-date' datetime='2031-05-01'>1. Mai 2031</time><p class='date'>Posted 02.03.2020</p>";
    assertEquals("2020-03-02", day(page("", body), null));
  }

  @Test
  void aDateBefore1995IsIgnored() {
    String meta = "<meta property='article:published_time' content='1970-01-01T00:00:00Z'>";
    assertEquals("2010-02-03", day(page(meta, "<h1>Titel</h1><p>3. Februar 2010</p>"), null));
  }

  @Test
  void nothingWhenThePageHasNoDate() {
    assertNull(found(page("", "<h1>Titel</h1><p>Kein Datum hier, nur 42 Zahlen und 1.000 Euro.</p>"), null));
  }

  @Test
  void aUtcTimeIsReadInThePagesZone() {
    String us = "<html lang='en-US'><head><meta property='article:published_time' content='2023-11-09T02:11:03+00:00'></head><body></body></html>";
    assertEquals("2023-11-08T21:11:03-05:00", found(us, null).value());
    String de = "<html lang='de'><head><meta property='article:published_time' content='2021-11-04T23:00:00Z'></head><body></body></html>";
    assertEquals("2021-11-05", found(de, null).date().toString());
    // the offset the page writes elsewhere wins over its language
    String written = "<html lang='en'><head><meta property='article:published_time' content='2023-11-09T06:35:29Z'>"
        + "<meta property='article:modified_time' content='2023-11-09T00:00:00-08:00'></head><body></body></html>";
    assertEquals("2023-11-08", found(written, null).date().toString());
    // a UTC midnight is a bare day
    String midnight = "<html lang='en-US'><head><meta property='article:published_time' content='2019-06-17T00:00:00Z'></head></html>";
    assertEquals("2019-06-17", found(midnight, null).date().toString());
  }

  @Test
  void aPageThatShowsTheUtcDayKeepsIt() {
    String meta = "<meta property='article:published_time' content='2023-10-10T23:25:44Z'>";
    // the page writes its day in UTC: 10 October, not the 11th of its own zone
    String shown = "<html lang='de'><head>" + meta + "</head><body><h1>Titel</h1><p>10. Oktober 2023</p></body></html>";
    assertEquals("2023-10-10", found(shown, null).date().toString());
    // shows neither (or both): the page's zone
    String none = "<html lang='de'><head>" + meta + "</head><body><h1>Titel</h1><p>Text</p></body></html>";
    assertEquals("2023-10-11", found(none, null).date().toString());
    String both = "<html lang='de'><head>" + meta + "</head><body><h1>Titel</h1><p>10.10.2023, 11.10.2023</p></body></html>";
    assertEquals("2023-10-11", found(both, null).date().toString());
  }

  @Test
  void standIsThePagesDateNotAChange() {
    String body = "<h1>Reise- und Sicherheitshinweise</h1><div class='meta'>Stand: 12.11.2021</div><p>Text</p>"
        + "<div class='news'><span class='date'>05.11.2021</span> Meldung</div>";
    assertEquals("2021-11-12", day(page("", body), null));
  }

  @Test
  void aShownModificationBeatsAnUnshownPublication() {
    String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-11-29T15:13:37+01:00\","
        + "\"dateModified\":\"2022-01-12T15:27:30+01:00\"}</script>";
    PublishedDates.Found f = found(page(ld, "<h1>Titel</h1><p>12.01.2022 | Redaktion</p>"), null);
    assertEquals("2022-01-12", f.date().toString());
    assertEquals("shown modified", f.step());
    // the publication shown too, or the modification not shown: the publication
    assertEquals("2021-11-29", day(page(ld, "<h1>Titel</h1><p>29.11.2021, aktualisiert 12.01.2022</p>"), null));
    assertEquals("2021-11-29", day(page(ld, "<h1>Titel</h1><p>Text</p>"), null));
    // a meta modification shown under a URL date
    String metas = "<meta property='article:modified_time' content='2021-03-14T20:10:50Z'>";
    assertEquals("2021-03-14", day(page(metas, "<h1>Titel</h1><p>Updated 14 March 2021</p>"), "https://example.com/2021/03/08/story.html"));
    // a "modification" before the publication is no later change
    String before = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-11-29\","
        + "\"dateModified\":\"2021-11-20\"}</script>";
    assertEquals("2021-11-29", day(page(before, "<h1>Titel</h1><p>20.11.2021</p>"), null));
  }

  @Test
  void anOffsetAsWrittenKeepsItsLocalDay() {
    String html = "<html><head><meta property='article:published_time' content='2017-12-27T23:30:00-05:00'></head></html>";
    assertEquals("2017-12-27T23:30-05:00", found(html, null).value());
  }

  @Test
  void theMostFrequentDateOfThePageLast() {
    String body = "<div><p>Termin 1</p><p>Am 04.04.2016 und wieder am 04.04.2016 trafen sie sich; am 01.02.2016 nicht.</p></div>";
    PublishedDates.Found f = found(page("", body), null);
    assertEquals("2016-04-04", f.date().toString());
    assertEquals("page", f.step());
  }
}
