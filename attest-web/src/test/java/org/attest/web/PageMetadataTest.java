package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Title, authors, outlet, URL and language of invented pages. */
class PageMetadataTest {
  private static final String ENGLISH = "<p>The council said on Monday that it would not raise the fares this year, and that the new line"
      + " would open as planned in the autumn after the last tests of the signals.</p>";
  private static final String GERMAN = "<p>Der Stadtrat hat am Montag beschlossen, dass die Preise in diesem Jahr nicht steigen werden, und"
      + " die neue Linie soll wie geplant im Herbst nach den letzten Tests der Signale eröffnet werden.</p>";

  private static WebPage read(String head, String body, String url) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return Pages.read(html.getBytes(StandardCharsets.UTF_8), null, url);
  }

  @Test
  void openGraphGivesTitleOutletAndUrl() {
    WebPage p = read("<title>Fares frozen | The Daily Tram</title><meta property='og:title' content='Fares frozen for a year'>"
        + "<meta property='og:site_name' content='The Daily Tram'><meta property='og:url' content='https://tram.example/fares'>",
        "<h1>Fares frozen</h1>" + ENGLISH, "https://tram.example/fares?utm=x");
    assertEquals("Fares frozen for a year", p.title());
    assertEquals("The Daily Tram", p.outlet());
    assertEquals("https://tram.example/fares", p.url());
  }

  @Test
  void theTitleLosesTheSiteNameAfterIt() {
    assertEquals("Fares frozen for a year", read("<title>Fares frozen for a year | The Daily Tram</title>", ENGLISH, null).title());
    assertEquals("Fares frozen for a year", read("<title>Fares frozen for a year - Tram News</title>", ENGLISH, null).title());
    assertEquals("Fares frozen for a year", PageMetadata.withoutSiteName("Fares frozen for a year — The Daily Tram", "The Daily Tram"));
    assertEquals("Rock - Paper - Scissors", PageMetadata.withoutSiteName("Rock - Paper - Scissors", null), "a short head stays whole");
  }

  @Test
  void jsonLdGraphGivesHeadlineAuthorsAndPublisher() {
    String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"@id\":\"https://tram.example/#site\",\"name\":\"Tram site\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Council freezes fares\",\"author\":[{\"@id\":\"https://tram.example/#anna\"},"
        + "{\"@type\":\"Person\",\"name\":\"Ben Ortiz\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Tram\"}},"
        + "{\"@type\":\"Person\",\"@id\":\"https://tram.example/#anna\",\"name\":\"Anna Weber\"}]}</script>";
    WebPage p = read(ld + "<title>Council freezes fares - The Daily Tram</title>", ENGLISH, "https://tram.example/a");
    assertEquals("Council freezes fares", p.title());
    assertEquals(List.of("Anna Weber", "Ben Ortiz"), p.authors());
    assertEquals("The Daily Tram", p.outlet());
  }

  @Test
  void authorsFromMetaAndBylinesWithoutByOrUrls() {
    assertEquals(List.of("Anna Weber", "Ben Ortiz"), read("<meta name='author' content='By Anna Weber and Ben Ortiz'>", ENGLISH, null).authors());
    assertEquals(List.of(), read("<meta property='article:author' content='https://www.facebook.com/someone'>", ENGLISH, null).authors());
    assertEquals(List.of("Carla Nunes"), read("<meta property='article:author' content='Carla Nunes'>", ENGLISH, null).authors());
    assertEquals(List.of("Dan Wu"), read("", "<div class='byline'>By Dan Wu | 3 May 2024</div>" + ENGLISH, null).authors());
    assertEquals(List.of("Eva Lind"), read("", "<a rel='author' href='/eva'>Eva Lind</a>" + ENGLISH, null).authors());
  }

  @Test
  void aRelativeCanonicalIsMadeAbsolute() {
    WebPage p = read("<link rel='canonical' href='/news/fares'>", ENGLISH, "https://tram.example/news/fares?page=2");
    assertEquals("https://tram.example/news/fares", p.url());
    assertEquals("https://tram.example/x", read("", ENGLISH, "https://tram.example/x").url());
  }

  @Test
  void noOutletWithoutMetadata() {
    WebPage p = read("<title>Fares</title>", ENGLISH, null);
    assertNull(p.outlet());
    assertEquals("Fares", p.title());
  }

  @Test
  void theLanguageIsDeclaredOrDetected() {
    assertEquals("en", read("", ENGLISH, null).language(), "no lang attribute: English from its words");
    assertEquals("de", read("", GERMAN, null).language());
    assertEquals("de", Pages.read(("<html lang='en-US'><body>" + GERMAN + "</body></html>").getBytes(StandardCharsets.UTF_8), null, null).language(),
        "a German page in an English template is German");
    assertEquals("pt", Pages.read("<html lang='pt-BR'><body><p>Olá</p></body></html>".getBytes(StandardCharsets.UTF_8), null, null).language(),
        "too few words to doubt the page");
    assertEquals("fr", read("<meta property='og:locale' content='fr_FR'>", "<p>Bonjour</p>", null).language());
    assertNull(read("", "<p>Hello</p>", null).language());
  }
}
