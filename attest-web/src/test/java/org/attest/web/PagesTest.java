package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PagesTest {
  @Test
  void aPageGivesItsParagraphsAndDate() {
    String html = "<html lang=en><head><title>Fighters leave</title>"
        + "<meta property='article:published_time' content='2017-12-27T10:00:00Z'></head>"
        + "<body><p>Fewer than 1,000 fighters remain.</p><p>The coalition said so.</p></body></html>";
    WebPage page = Pages.read(html.getBytes(StandardCharsets.UTF_8), null, null);
    assertEquals("Fewer than 1,000 fighters remain.\n\nThe coalition said so.", page.text());
    assertEquals("2017-12-27T10:00Z", page.published());
    assertEquals("en", page.language());
    assertTrue(Pages.looksLikeHtml(html.getBytes(StandardCharsets.UTF_8)));
  }
}
