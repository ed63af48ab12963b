package org.attest.web;

/** Invented news pages for the tests, with the furniture real pages have around the article. */
final class TestPages {
  private TestPages() {}

  /** A page with a date in its metadata (or none when {@code published} is null), menus, a script, a style and a comment. */
  static String page(String title, String published, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
        .append(" | The Invented Herald</title>\n<meta property=\"og:site_name\" content=\"The Invented Herald\">\n");
    if (published != null) b.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n");
    b.append("<style>.scriptless { content: 'STYLE-TEXT-MUST-NOT-APPEAR'; }</style>\n")
        .append("<script>var x = 'SCRIPT-TEXT-MUST-NOT-APPEAR';</script>\n</head><body>\n")
        .append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>\n")
        .append("<article><h1>").append(title).append("</h1>\n");
    for (String p : paragraphs) b.append("<p>").append(p).append("</p>\n<!-- COMMENT-TEXT-MUST-NOT-APPEAR -->\n");
    b.append("</article>\n<footer>Comments (0) · Share</footer>\n</body></html>\n");
    return b.toString();
  }

  static final String[] FIGHTERS = {
    "Fewer than 1,000 fighters from the Islamic State group remain in Iraq and Syria, the U.S.-led coalition said on Wednesday.",
    "The coalition said in an emailed statement that most of the remaining fighters were being hunted down in the desert.",
    "\u201cOur strategy right now is to accelerate the campaign,\u201d said James Mattis, the Secretary of Defense."
  };

  static final String[] BUDGET = {
    "The city council approved a budget of $3 billion on Tuesday, the mayor's office said.",
    "About 200 new teachers will be hired under the plan, officials said, and the schools will receive the largest share."
  };
}
