package org.attest.server;

/** A page's error: its status and what was wrong, in the site's frame. */
final class ErrorPage {
  private ErrorPage() {}

  static String render(int status, String detail) {
    Html h = Layout.start(Problem.title(status), null);
    h.el("h1", status + " " + Problem.title(status));
    h.el("p", detail);
    h.el("a", "Back to the ledger", "href", "/");
    return Layout.end(h);
  }
}
