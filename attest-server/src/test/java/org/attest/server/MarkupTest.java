package org.attest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.attest.Attest;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;

/** The marked text: quotes around the marks inside them, nothing lost or doubled of the text. */
class MarkupTest {
  @Test
  void theMarkedTextIsTheTextWithMarksAroundIt() throws Exception {
    String text = "“Fewer than 300 fighters are left,” Defense Secretary James Mattis said on Tuesday. He said 40 had surrendered.";
    var doc = Site.parse(Extraction.json(new Attest().extract(new Article("a", text, "2017-12-27", null, null, null, Map.of()))));
    Html h = new Html();
    new Markup(doc).write(h, text.indexOf("300"));
    String html = h.toString();
    assertEquals(text, html.replaceAll("<a class=\"ref\"[^>]*>[^<]*</a>", "").replaceAll("<[^>]+>", "").replace("&quot;", "\""));
    assertTrue(html.contains("<span class=\"q direct s0\""), html);
    assertTrue(html.matches("(?s).*<a class=\"fig\" href=\"#ln1\" title=\"[^\"]*\" id=\"at\">Fewer than 300</a>.*"), html);
    assertTrue(html.contains("class=\"m s0\""), "the speaker's mentions carry the speaker's colour: " + html);
    assertTrue(html.contains("class=\"tm\""), html);
  }
}
