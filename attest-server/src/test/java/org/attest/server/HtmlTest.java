package org.attest.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The HTML builder escapes every text and value, and refuses what could run. */
class HtmlTest {
  @Test
  void textAndAttributesAreEscaped() {
    String html = new Html().el("p", "<script>x</script> & \"'", "title", "\"><img onerror=x>").toString();
    assertEquals("<p title=\"&quot;&gt;&lt;img onerror=x&gt;\">&lt;script&gt;x&lt;/script&gt; &amp; &quot;&#39;</p>", html);
  }

  @Test
  void onlyHttpLinksAndLocalPathsAreKept() {
    assertEquals("#", Html.url("javascript:alert(1)"));
    assertEquals("#", Html.url(" JavaScript:alert(1)"));
    assertEquals("#", Html.url("data:text/html,<script>"));
    assertEquals("#", Html.url("//evil.example/x"));
    assertEquals("#", Html.url("/\\evil.example/x"));
    assertEquals("https://example.org/a?b=1", Html.url("https://example.org/a?b=1"));
    assertEquals("/article?id=x", Html.url("/article?id=x"));
    assertEquals("<a href=\"#\">x</a>", new Html().el("a", "x", "href", "javascript:alert(1)").toString());
  }

  @Test
  void handlersStylesAndScriptsCannotBeWritten() {
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "onclick", "x"));
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "OnMouseOver", "x"));
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p", "style", "x"));
    assertThrows(IllegalArgumentException.class, () -> new Html().open("script"));
    assertThrows(IllegalArgumentException.class, () -> new Html().open("p x", "a", "b"));
    assertThrows(IllegalArgumentException.class, () -> new Html().script("https://cdn.example/x.js"));
  }

  @Test
  void controlCharactersBecomeReplacementCharacters() {
    assertEquals("<p>a\uFFFDb\nc</p>", new Html().el("p", "a\u001bb\nc").toString());
  }
}
