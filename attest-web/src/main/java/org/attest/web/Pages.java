package org.attest.web;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The web input's facade: a page's bytes in, its article out. Thread-safe; one call a page.
 *
 * <p>Decoding (BOM, HTTP charset, meta charset, sniffing), then the article body ({@link
 * BodyExtractor}), the metadata ({@link PageMetadata}) and the publication date ({@link
 * PublishedDates}).
 */
public final class Pages {
  private Pages() {}

  /**
   * Reads one page.
   *
   * @param bytes the page as fetched (already un-gzipped)
   * @param contentType the HTTP Content-Type header, or null (a charset in it is used)
   * @param url where the page came from, or null (resolves relative links; the URL path may
   *     carry the date)
   */
  public static WebPage read(byte[] bytes, String contentType, String url) {
    String html = PageCharset.decode(bytes, contentType);
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    return read(doc, url);
  }

  static WebPage read(Document doc, String url) {
    String body = BodyExtractor.extract(doc);
    PageMetadata meta = PageMetadata.of(doc, url, body);
    PublishedDates.Found published = PublishedDates.find(doc, url);
    return new WebPage(body, meta.title(), meta.authors(), meta.outlet(), meta.url(), meta.language(),
        published == null ? null : published.value(), published == null ? null : published.step());
  }

  /** True when the bytes look like an HTML page whatever the file is called. */
  public static boolean looksLikeHtml(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3).stripLeading();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head") || head.contains("<body");
  }
}
