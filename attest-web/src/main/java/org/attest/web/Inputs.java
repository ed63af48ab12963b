package org.attest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.attest.io.ArticleReader;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.attest.model.Origin;

/**
 * Every way news reaches Attest, by what an input is: plain text and JSON Lines (read by {@link ArticleReader}), web pages, WARC
 * files, RSS/Atom feeds, and URLs (fetched by {@link Fetcher}); folders walked for files of these kinds. A file's kind comes from
 * its name, and its content has the last word: a page is never read as plain text, whatever it is called. Nothing here throws on
 * bad input: each bad article, page, record or file is a problem handed to the sink, naming the file (or URL) and where in it.
 */
public final class Inputs {
  /** The kinds of input, each with the file name endings that say it. */
  public enum Kind {
    TEXT(".txt", ".text"),
    JSONL(".jsonl", ".ndjson"),
    HTML(".html", ".htm", ".xhtml", ".shtml"),
    WARC(".warc"),
    FEED(".rss", ".atom", ".xml");

    private final String[] endings;

    Kind(String... endings) {
      this.endings = endings;
    }

    /** The kind a file name says ({@code .gz} after it allowed), or null when it says none. */
    public static Kind of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
      for (Kind k : values()) {
        for (String e : k.endings) if (n.endsWith(e)) return k;
      }
      return null;
    }
  }

  /** The largest page or feed read whole; a larger one is reported and skipped. */
  static final int MAX_PAGE = 64 << 20;

  private Inputs() {}

  /**
   * How to read: {@code kind} forces one kind for every input (null: by name and content); {@code fetcher} fetches URLs and,
   * with {@code follow}, the pages of feed items without text.
   */
  public record Options(Kind kind, Fetcher fetcher, boolean follow) {}

  /**
   * The inputs in order: a folder's files of a known kind sorted by path, recursively (links to files and folders followed, a
   * link loop reported); a file, a URL or '-' as given. An entry the walk cannot read (a folder without permission, a loop) goes
   * to {@code problems}, and the walk goes on.
   */
  public static List<String> files(List<String> paths, Consumer<InputProblem> problems) throws IOException {
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-") || Fetcher.isUrl(p) || !Files.isDirectory(Path.of(p))) {
        out.add(p);
        continue;
      }
      List<String> found = new ArrayList<>();
      Files.walkFileTree(Path.of(p), EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (Kind.of(file.getFileName().toString()) != null && attrs.isRegularFile()) found.add(file.toString());
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String what = e instanceof java.nio.file.FileSystemLoopException ? "a symbolic link loop"
              : Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "cannot read folder" : "cannot read";
          problems.accept(new InputProblem(file.toString(), 0, what + ", skipped" + (e instanceof java.nio.file.FileSystemLoopException ? "" : " (" + reason(e) + ")")));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) problems.accept(new InputProblem(dir.toString(), 0, "folder read in part, the rest skipped (" + reason(e) + ")"));
          return FileVisitResult.CONTINUE;
        }
      });
      found.sort(null);
      out.addAll(found);
    }
    return out;
  }

  /** Why a file operation failed, without the file's name (the caller names it, escaped). */
  public static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or directory";
    if (e instanceof java.nio.file.FileAlreadyExistsException) return "a file is in the way of a folder";
    if (e instanceof java.nio.file.FileSystemLoopException) return "a symbolic link loop";
    if (e instanceof java.nio.file.FileSystemException f) return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /** Reads one input: a URL, or a file (not a folder: {@link #files} expands those). Throws only what the sink throws. */
  public static void read(String input, Options options, ArticleReader.Sink sink) throws IOException {
    if (Fetcher.isUrl(input)) {
      url(input, options, sink);
      return;
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      sink.problem(new InputProblem(input, 0, "is a directory"));
      return;
    }
    Kind kind = options.kind() != null ? options.kind() : Kind.of(input);
    if (kind == null) kind = Kind.TEXT; // a file named otherwise is text, unless its content is a page, a feed or a crawl
    if (kind == Kind.WARC) { // jwarc reads .warc.gz itself, and reports offsets in the file as it is
      Warcs.read(path, input, sink);
      return;
    }
    InputStream raw;
    try {
      raw = Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      sink.problem(new InputProblem(input, 0, "no such file"));
      return;
    } catch (java.nio.file.FileSystemException e) {
      sink.problem(new InputProblem(input, 0, reason(e)));
      return;
    }
    try (raw) {
      InputStream in = raw;
      if (input.toLowerCase(Locale.ROOT).endsWith(".gz")) {
        try {
          in = new java.util.zip.GZIPInputStream(raw, 1 << 16);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
          sink.problem(new InputProblem(input, 0, "not a gzip file: " + (e instanceof java.io.EOFException ? "empty or cut short" : e.getMessage())));
          return;
        }
      }
      String id = ArticleIds.ofFile(path.getFileName().toString());
      read(in, input, id, kind, Origin.file(input), options, path, sink);
    }
  }

  /**
   * Reads a stream ({@code name} in messages, {@code id} for an article without one): of {@code kind}, or sniffed when the kind
   * is null or TEXT (a page, a feed, a WARC file, a JSON object first: JSON Lines).
   */
  public static void read(InputStream in, String name, String id, Kind kind, Options options, ArticleReader.Sink sink) throws IOException {
    read(in, name, id, kind, null, options, null, sink);
  }

  private static void read(InputStream in, String name, String id, Kind kind, Origin origin, Options options, Path path, ArticleReader.Sink sink)
      throws IOException {
    if (kind == Kind.JSONL) {
      ArticleReader.read(in, name, id, ArticleReader.Format.JSONL, origins(sink, origin, false));
      return;
    }
    try { // UTF-16 and UTF-32 after a byte order mark become UTF-8 here: a page in UTF-16 is still a page
      in = ArticleReader.decoded(in);
    } catch (IOException e) {
      sink.problem(new InputProblem(name, 1, "input cut short or damaged (" + (e.getMessage() != null ? e.getMessage() : e) + "); nothing was read"));
      return;
    }
    Head head = Head.of(in, 1 << 12);
    Kind content = sniff(head.bytes, kind);
    switch (content) {
      case JSONL -> ArticleReader.read(head.stream(), name, id, ArticleReader.Format.JSONL, origins(sink, origin, false));
      case TEXT -> ArticleReader.read(head.stream(), name, id, ArticleReader.Format.TEXT, origins(sink, origin, true));
      case WARC -> {
        if (path != null && !name.toLowerCase(Locale.ROOT).endsWith(".gz")) Warcs.read(path, name, sink);
        else Warcs.read(head.stream(), name, sink);
      }
      case HTML, FEED -> {
        byte[] bytes = whole(head.stream(), name, sink);
        if (bytes == null) return;
        if (content == Kind.FEED) Feeds.read(bytes, name, origin, options.follow() ? options.fetcher() : null, sink);
        else page(bytes, null, name, id, origin, WebArticles.Fallback.url(null), sink);
      }
      default -> throw new IllegalStateException(content.toString());
    }
  }

  /**
   * What the content says it is: a page or a feed whatever the name (a page is never plain text); WARC; a JSON object first in
   * a stream of no given kind; otherwise the kind given, or TEXT.
   */
  static Kind sniff(byte[] head, Kind given) {
    if (Warcs.looksLikeWarc(head)) return Kind.WARC;
    if (Feeds.looksLikeFeed(head)) return given == Kind.HTML ? Kind.HTML : Kind.FEED;
    if (Pages.looksLikeHtml(head)) return Kind.HTML;
    if (given == null) {
      int i = 0;
      if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
      while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) i++;
      return i < head.length && head[i] == '{' ? Kind.JSONL : Kind.TEXT;
    }
    return given; // TEXT, or a kind forced by --input-format (a gzipped WARC on standard input shows no "WARC/1" before jwarc opens it)
  }

  /** Reads one page; its article or the problem with it go to the sink. */
  static void page(byte[] bytes, String contentType, String name, String id, Origin origin, WebArticles.Fallback fallback, ArticleReader.Sink sink) {
    WebPage page;
    try {
      page = Pages.read(bytes, contentType, fallback.url());
    } catch (RuntimeException e) { // one page the reader cannot take must not stop the run
      sink.problem(new InputProblem(name, 0, "the page could not be read (" + e + "), skipped"));
      return;
    }
    Article a = WebArticles.of(page, id, origin, fallback);
    if (a != null) sink.article(a, 1);
    else sink.problem(new InputProblem(name, 0, "no article text in the page"));
  }

  /** Fetches a URL and reads what it holds: a page or a feed. */
  private static void url(String url, Options options, ArticleReader.Sink sink) {
    if (options.fetcher() == null) {
      sink.problem(new InputProblem(url, 0, "URLs are not fetched here"));
      return;
    }
    Fetcher.Page got;
    try {
      got = options.fetcher().fetch(url);
    } catch (Fetcher.Failure f) {
      sink.problem(new InputProblem(url, 0, f.getMessage() + ", skipped"));
      return;
    }
    Origin origin = Origin.url(got.url(), got.fetched());
    if (Feeds.looksLikeFeed(got.bytes()) && !Feeds.isHtml(got.contentType())) {
      Feeds.read(got.bytes(), url, origin, options.follow() ? options.fetcher() : null, sink);
    } else if (Feeds.isHtml(got.contentType()) || Pages.looksLikeHtml(got.bytes())) {
      page(got.bytes(), got.contentType(), url, ArticleIds.ofUrl(got.url()), origin, WebArticles.Fallback.url(got.url()), sink);
    } else if (got.bytes().length == 0) {
      sink.problem(new InputProblem(url, 0, "an empty page, skipped"));
    } else {
      sink.problem(new InputProblem(url, 0, "not an HTML page (" + (got.contentType() == null ? "no content type" : got.contentType()) + "), skipped"));
    }
  }

  /** The URLs of a list: one a line, blank lines and lines starting with '#' left out. */
  public static List<String> urls(Path list) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(list)) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
    }
    return out;
  }

  /** Every article of a text or JSON Lines input gets the input's origin when it names none of its own. */
  private static ArticleReader.Sink origins(ArticleReader.Sink sink, Origin origin, boolean always) {
    if (origin == null) return sink;
    return new ArticleReader.Sink() {
      @Override
      public void article(Article article, int line) {
        sink.article(article.origin() == null && always ? article.withOrigin(origin) : article, line);
      }

      @Override
      public void problem(InputProblem problem) {
        sink.problem(problem);
      }
    };
  }

  /** The rest of a stream, at most {@link #MAX_PAGE} bytes; null (and the problem reported) when it fails or is larger. */
  private static byte[] whole(InputStream in, String name, ArticleReader.Sink sink) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    byte[] buffer = new byte[1 << 16];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_PAGE) {
          sink.problem(new InputProblem(name, 0, "larger than " + (MAX_PAGE >> 20) + " MB, skipped"));
          return null;
        }
      }
    } catch (IOException e) {
      sink.problem(new InputProblem(name, 0, "input cut short or damaged (" + (e.getMessage() != null ? e.getMessage() : e) + "); skipped"));
      return null;
    }
    return out.toByteArray();
  }

  /**
   * The first bytes of a stream, and the stream again from its start. A failure while reading them (a .gz cut short) is kept and
   * thrown again after the bytes that were read, so the reader after it reports it where it happened.
   */
  private static final class Head {
    final byte[] bytes;
    private final InputStream rest;
    private final IOException failure;

    private Head(byte[] bytes, InputStream rest, IOException failure) {
      this.bytes = bytes;
      this.rest = rest;
      this.failure = failure;
    }

    static Head of(InputStream in, int n) {
      byte[] b = new byte[n];
      int got = 0;
      IOException failure = null;
      try {
        for (int r; got < n && (r = in.read(b, got, n - got)) >= 0; ) got += r;
      } catch (IOException e) {
        failure = e;
      }
      return new Head(java.util.Arrays.copyOf(b, got), in, failure);
    }

    InputStream stream() {
      return new InputStream() {
        private int at;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          int n = read(one, 0, 1);
          return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (len == 0) return 0;
          if (at < bytes.length) {
            int n = Math.min(len, bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
          }
          if (failure != null) throw failure;
          return rest.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
          rest.close();
        }
      };
    }
  }
}
