package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Invented pages, one rule each. */
class BodyExtractorTest {
  private static final String P1 = "The harbour authority said on Tuesday that the new ferry terminal, which cost 40 million, would open in the spring.";
  private static final String P2 = "Engineers have tested the ramps, the ticket gates and the waiting hall, and the last inspection is due next month.";
  private static final String P3 = "Residents of the old quarter, who campaigned against the project for years, say the traffic will double.";

  private static String body(String html) {
    return BodyExtractor.extract(Jsoup.parse(html));
  }

  private static String page(String inArticle, String around) {
    return "<html><body>" + around.replace("ARTICLE", "<article><h1>Ferry terminal to open</h1>" + inArticle + "</article>") + "</body></html>";
  }

  private static final String TEXT = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";

  @Test
  void theArticlesParagraphsAreTheBodyWithoutTheHeadline() {
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(page(TEXT, "ARTICLE")));
  }

  @Test
  void navigationFooterAndAsideGo() {
    String html = page(TEXT, "<nav><a href=/>Home</a> <a href=/news>News</a></nav><header><p>The City Daily, your news since 1901, every day.</p></header>"
        + "ARTICLE<aside><p>Most read: a long story about something else entirely, with commas, many of them.</p></aside>"
        + "<footer><p>Copyright 2024 The City Daily, all rights reserved, terms and privacy.</p></footer>");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
  }

  @Test
  void furnitureByClassGoes() {
    String furniture = "<div class='share-buttons'>Share this on Facebook and Twitter, or send it by email to a friend.</div>"
        + "<div class='related-stories'><p>Another ferry story, from last year, about the old terminal closing.</p></div>"
        + "<div id='comments'><p>I think this is a waste of money, honestly, and nobody asked us.</p></div>"
        + "<div class='cookie-banner'><p>We use cookies to improve your experience, to measure and to advertise.</p></div>"
        + "<div class='newsletter-signup'><p>Get the morning briefing in your inbox, free, every weekday.</p></div>"
        + "<figure><img src=a.jpg><figcaption>The terminal under construction, seen from the water, in May.</figcaption></figure>"
        + "<p class='image-caption'>Photo: the ramps at dawn, by a staff photographer, last week.</p>";
    String got = body(page("<p>" + P1 + "</p>" + furniture + "<p>" + P2 + "</p><p>" + P3 + "</p>", "ARTICLE"));
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, got);
  }

  @Test
  void headingsListsAndQuotesAreParagraphs() {
    String html = page("<p>" + P1 + "</p><h2>What changes</h2><ul><li>More ferries an hour</li><li>A new bus stop</li></ul>"
        + "<blockquote>It is the biggest change to the harbour in a century, the mayor said.</blockquote><p>" + P2 + "</p>", "ARTICLE");
    assertEquals(P1 + "\n\nWhat changes\n\nMore ferries an hour\n\nA new bus stop\n\n"
        + "It is the biggest change to the harbour in a century, the mayor said.\n\n" + P2, body(html));
  }

  @Test
  void scriptStyleTemplateAndCommentsAreNeverText() {
    String html = page("<p>" + P1 + "<script>var secret = 'tracking code';</script><style>.x{color:red}</style>"
        + "<!-- an editor's note --><noscript>Enable JavaScript</noscript><template><p>template text</p></template></p>"
        + "<p>" + P2 + "</p>", "ARTICLE");
    String got = body(html);
    assertEquals(P1 + "\n\n" + P2, got);
    for (String leak : new String[] {"secret", "color", "editor", "JavaScript", "template"}) assertFalse(got.contains(leak), leak);
  }

  @Test
  void twoLineBreaksSplitAParagraphAndWhiteSpaceIsNormalised() {
    String html = "<html><body><div class='post-content'>" + P1 + "<br><br>" + P2 + "<br>\n   " + P3 + "</div></body></html>";
    assertEquals(P1 + "\n\n" + P2 + " " + P3, body(html));
    assertEquals("a b c", body("<p>a \n\t b&nbsp;&nbsp;c</p>"));
  }

  @Test
  void anArticleWhoseClassLooksLikeFurnitureStays() {
    String html = "<html><body><div class='content-with-sidebar'><article class='post author-jane-doe'>" + TEXT + "</article>"
        + "<div class='sidebar'><p>Popular this week: a story, another one, and more.</p></div></div></body></html>";
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
  }

  @Test
  void labelsLinkListsAndHiddenTextGo() {
    String html = page("<p>" + P1 + "</p><p>Advertisement</p><p>" + P2 + "</p>"
        + "<ul><li><a href=/a>Ferry fares to rise in the new year</a></li><li><a href=/b>Old pier to be demolished next week</a></li></ul>"
        + "<p style='display:none'>Hidden teaser text that readers never see on the page.</p><p>" + P3 + "</p>", "ARTICLE");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
  }

  @Test
  void theMainTextWinsOverATeaserColumn() {
    String teasers = "<div class='column'><p>Short teaser one.</p><p>Short teaser two.</p></div>";
    String html = "<html><body>" + teasers + "<div class='main'>" + TEXT + "</div>" + teasers + "</body></html>";
    String got = body(html);
    assertTrue(got.startsWith(P1), got);
    assertFalse(got.contains("teaser"), got);
  }

  @Test
  void aCaptionRepeatingTheImagesAltTextGoes() {
    String figure = "<div class='article-img'><img src=a.jpg alt='The new ramps at dawn'><span class='small gray'>The new ramps at dawn</span></div>";
    assertEquals(P1 + "\n\n" + P2, body(page("<p>" + P1 + "</p>" + figure + "<p>" + P2 + "</p>", "ARTICLE")));
  }

  @Test
  void labelsInOtherLanguagesAndPostInfoLinesGo() {
    String html = page("<div class='postinfo'>Posted on 3 May 2024 by Admin</div><p>" + P1 + "</p><div class='note'>Iklan</div><p>Anzeige</p>"
        + "<p>" + P2 + "</p><p class='post-info'>Filed under: Harbour</p>", "ARTICLE");
    assertEquals(P1 + "\n\n" + P2, body(html));
  }

  @Test
  void wireCreditsClosingTheStoryGo() {
    for (String credit : new String[] {
        "(Reporting by Ann Smith and Bo Lee; additional reporting by Cy Park; Editing by Di Ng)",
        "Writing by Ed Brown; Editing by Fay Moss",
        "* Additional reporting by Gil Hart in Lisbon"}) {
      assertEquals(P1 + "\n\n" + P2, body(page("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + credit + "</p>", "ARTICLE")), credit);
    }
    // a sentence about reporting is the article's
    String text = "Reporting by the local paper, which first found the leak in 2019, led to the inquiry.";
    assertEquals(P1 + "\n\n" + text, body(page("<p>" + P1 + "</p><p>" + text + "</p>", "ARTICLE")));
  }

  @Test
  void theOutletsPromotionsGoButTheArticlesWordsAboutThemStay() {
    for (String promo : new String[] {
        "Start your day with the Harbour Briefing. Sign up for the free morning newsletter.",
        "There is more where that came from. Sign up today to get it delivered to your inbox.",
        "Subscribe to The City Daily and stay informed with our best writers.",
        "Follow The City Daily's opinion section on Facebook, Twitter and Instagram.",
        "Get Ferry Monthly delivered through your letterbox. 12 issues for 9.99. Click here for more information.",
        "Listen to Harbour Radio live at 8:45 weekdays - or listen back here."}) {
      assertEquals(P1 + "\n\n" + P2, body(page("<p>" + P1 + "</p><p>" + promo + "</p><p>" + P2 + "</p>", "ARTICLE")), promo);
    }
    for (String text : new String[] {
        "The operator said it posted the timetable on Twitter, and 2,000 people signed up in a day.",
        "Passengers can follow the works on a screen in the hall, the operator said."}) {
      assertEquals(P1 + "\n\n" + text, body(page("<p>" + P1 + "</p><p>" + text + "</p>", "ARTICLE")), text);
    }
  }

  @Test
  void theLinksListedUnderALabelGoWithIt() {
    String list = "<div class='heading-h3'>More Great Harbour Stories</div><ul><li>Fares rise, <a href=/a>and nobody is surprised</a></li>"
        + "<li>The pier, <a href=/b>a history in photographs</a></li></ul>";
    assertEquals(P1 + "\n\n" + P2, body(page("<p>" + P1 + "</p><p>" + P2 + "</p><hr>" + list, "ARTICLE")));
    // a list of the article's own, under a heading of its own, stays
    String own = "<h2>What changes</h2><ul><li>Fares rise, <a href=/fares>see the table</a> for the new prices of the week</li></ul>";
    assertEquals(P1 + "\n\nWhat changes\n\nFares rise, see the table for the new prices of the week",
        body(page("<p>" + P1 + "</p>" + own, "ARTICLE")));
  }

  @Test
  void anArticleCutIntoBlocksOfOneClassInWrappersOfTheirOwnIsWhole() {
    String part = "<div class='wrap'><div class='inner'><section class='story-section'>X</section></div></div><div class='ad-slot'>Advertisement</div>";
    String html = "<html><body><main>" + part.replace("X", "<p>" + P1 + "</p>") + part.replace("X", "<p>" + P2 + "</p><p>" + P3 + "</p>")
        + "</main><div class='teasers'><p>Teaser: a short text about something else, for a click.</p></div></body></html>";
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
  }
}
