package org.attest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Locale;
import org.attest.io.ArticleReader;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.attest.model.Origin;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC files ({@code .warc}, {@code .warc.gz}, as crawlers and Common Crawl's news crawl write them) with jwarc: every
 * {@code response} record of an HTML page (status 200; text/html, XHTML, or a body that looks like HTML) becomes an article with
 * its id from the target URI and the record in its origin (file, offset, target URI, WARC-Date). The page's own publication date
 * wins over the crawl's: WARC-Date is used only for a page without one ({@code meta.published_from} then says so). A file
 * damaged or cut short keeps the records before the damage and reports where it is.
 */
public final class Warcs {
  /** The largest page body read from a record; a larger one is reported and skipped. */
  static final long MAX_PAGE = 32L << 20;

  private Warcs() {}

  /** Whether the bytes open a WARC record ("WARC/1.0", "WARC/1.1"). */
  public static boolean looksLikeWarc(byte[] head) {
    return head.length >= 6 && new String(head, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/1");
  }

  /** Reads the WARC file {@code path} (named {@code name} in messages and origins). */
  public static void read(Path path, String name, ArticleReader.Sink sink) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(path);
    } catch (IOException e) {
      sink.problem(new InputProblem(name, 0, "cannot read: " + e.getMessage()));
      return;
    }
    try (channel) {
      WarcReader reader;
      try {
        reader = new WarcReader(channel);
      } catch (IOException | IllegalArgumentException e) {
        sink.problem(new InputProblem(name, 0, "not a WARC file: " + message(e)));
        return;
      }
      read(reader, name, sink);
    }
  }

  /** Reads a WARC stream (standard input). */
  public static void read(InputStream in, String name, ArticleReader.Sink sink) throws IOException {
    WarcReader reader;
    try {
      reader = new WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      sink.problem(new InputProblem(name, 0, "not a WARC file: " + message(e)));
      return;
    }
    read(reader, name, sink);
  }

  private static void read(WarcReader reader, String name, ArticleReader.Sink sink) throws IOException {
    int records = 0, pages = 0;
    long at = 0;
    try (reader) {
      while (true) {
        WarcRecord record;
        try {
          at = reader.position();
          java.util.Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) break;
          record = next.get();
        } catch (IOException | RuntimeException e) { // jwarc reports a bad header as a ParsingException, a cut file as EOF
          damaged(name, at, e, records, sink);
          return;
        }
        records++;
        at = record.position();
        byte[] block;
        try { // the whole block, or as much of it as the file holds: fewer bytes than declared is a file cut short
          block = block(record);
        } catch (IOException | RuntimeException e) {
          damaged(name, at, e, records - 1, sink);
          return;
        }
        if (block == null) continue; // no page: drained
        if (block.length < record.body().size()) {
          damaged(name, at, new java.io.EOFException("the record's block has " + block.length + " of its " + record.body().size() + " bytes"),
              records - 1, sink);
          return;
        }
        Object page = page((WarcResponse) record, block, name);
        if (page == null) continue;
        pages++;
        if (page instanceof Article a) sink.article(a, 0);
        else sink.problem((InputProblem) page);
      }
    }
    if (records == 0) sink.problem(new InputProblem(name, 0, "empty file: no WARC records"));
    else if (pages == 0) sink.problem(new InputProblem(name, 0, "no HTML pages among its " + records + " WARC record(s)"));
  }

  private static void damaged(String name, long at, Exception e, int records, ArticleReader.Sink sink) {
    sink.problem(new InputProblem(name, 0, "damaged or cut short at offset " + at + " (" + message(e) + "); the " + records
        + " record(s) before it were read"));
  }

  /**
   * A response record's block (its HTTP message) read whole; null for any other record or one too large to be a page, whose
   * bytes are read through (so a file cut short inside it is still found).
   */
  private static byte[] block(WarcRecord record) throws IOException {
    long declared = record.body().size();
    if (!(record instanceof WarcResponse) || declared > MAX_PAGE + (1 << 16)) {
      long got;
      try (InputStream in = record.body().stream()) {
        got = in.transferTo(OutputStream.nullOutputStream());
      }
      if (got < declared) throw new java.io.EOFException("the record's block has " + got + " of its " + declared + " bytes");
      return null;
    }
    try (InputStream in = record.body().stream()) {
      return in.readAllBytes();
    }
  }

  /** The article of an HTML response, a problem with it, or null when the record is no HTML page (an image, a 404, dns:). */
  private static Object page(WarcResponse record, byte[] block, String name) {
    String url = record.target();
    String where = "record at offset " + record.position() + " (" + url + ")";
    HttpResponse http;
    byte[] bytes;
    MediaType type;
    try {
      http = HttpResponse.parse(java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(block)));
      if (http.status() != 200) return null;
      type = http.contentType();
      String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
      boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
      if (!html && !(base.isEmpty() || base.startsWith("text/") || base.equals("application/octet-stream"))) return null;
      try (InputStream body = http.bodyDecoded().stream()) {
        bytes = body.readNBytes((int) MAX_PAGE + 1);
      }
      if (!html && !Pages.looksLikeHtml(bytes)) return null;
    } catch (IOException | RuntimeException e) { // not an HTTP response (dns:, a gemini capture) or a body that cannot be decoded
      return null;
    }
    if (bytes.length > MAX_PAGE) return new InputProblem(name, 0, where + ": page larger than " + (MAX_PAGE >> 20) + " MB, skipped");
    String date = record.date() == null ? null : record.date().toString();
    WebPage page;
    try {
      page = Pages.read(bytes, type == null ? null : type.toString(), url);
    } catch (RuntimeException e) { // one page the reader cannot take must not stop the crawl
      return new InputProblem(name, 0, where + ": the page could not be read (" + e + ")");
    }
    Article a = WebArticles.of(page, ArticleIds.ofUrl(url), Origin.warc(name, record.position(), url, date),
        new WebArticles.Fallback(url, null, null, date, "WARC-Date", null));
    return a != null ? a : new InputProblem(name, 0, where + ": no article text in the page");
  }

  private static String message(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
