package org.attest.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.attest.Attest;
import org.attest.io.DocumentWriter;
import org.attest.model.Article;
import org.attest.model.Document;
import org.attest.web.Pages;
import org.attest.web.WebPage;

/**
 * The engine behind the extract page and {@code POST /api/extract}: a text or a web page in, its
 * attest/1 document out, nothing stored. Engines are made on first use (an {@link Attest} is one
 * thread's), at most as many as the machine has cores: extraction is all processor work.
 */
final class Extraction {
  private final BlockingQueue<Attest> idle;
  private final int engines;
  private int made;

  Extraction() {
    this.engines = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    this.idle = new ArrayBlockingQueue<>(engines);
  }

  /** An article of a text, or of a web page when the content type or the bytes say HTML. */
  static Article article(byte[] body, String contentType, String published, String url) {
    boolean html = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html") || Pages.looksLikeHtml(body);
    if (html) {
      WebPage page = Pages.read(body, contentType, url);
      if (page.text() == null || page.text().isBlank()) throw Problem.badRequest("no article text found in the page");
      return new Article("extract", page.text(), published != null ? published : page.published(), page.title(), page.url(), page.outlet(), Map.of());
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) throw Problem.badRequest("the text is empty");
    return new Article("extract", text, published, null, url, null, Map.of());
  }

  Document extract(Article article) {
    Attest engine = borrow();
    try {
      return engine.extract(article);
    } finally {
      idle.add(engine);
    }
  }

  private Attest borrow() {
    synchronized (this) {
      if (idle.isEmpty() && made < engines) {
        made++;
        return new Attest();
      }
    }
    try {
      Attest a = idle.poll(30, TimeUnit.SECONDS);
      if (a == null) throw new Problem(503, "every engine is busy; try again");
      return a;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Problem(503, "the server is shutting down");
    }
  }

  /** The document as attest/1 JSON, as the ledger stores it. */
  static String json(Document d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (DocumentWriter w = new DocumentWriter(out, DocumentWriter.Layout.JSONL, false)) {
      w.write(d);
    } catch (IOException e) {
      throw new IllegalStateException(e); // memory does not fail to write
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }
}
