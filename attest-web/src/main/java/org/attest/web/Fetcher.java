package org.attest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pages over HTTP(S) with the JDK's client, politely: one request at a time to a host and a pause between two of them,
 * a clear User-Agent, at most {@link #MAX_REDIRECTS} redirects, connect and read timeouts, a size cap, gzip. Every failure is a
 * {@link Failure} whose message says what went wrong (unknown host, HTTP 404, timed out, too large); the caller names the URL.
 * Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
  public static final String USER_AGENT = "Attest/0.1 (open-source news claims extractor; Java HttpClient)";
  public static final int MAX_REDIRECTS = 5;

  /** A fetched page: where it ended up after redirects, its bytes (decompressed), Content-Type, and when (ISO instant). */
  public record Page(String url, byte[] bytes, String contentType, String fetched) {}

  /** Why a URL could not be fetched, in a few words. */
  public static final class Failure extends Exception {
    public Failure(String message) {
      super(message);
    }
  }

  private final HttpClient client;
  private final Duration delay;
  private final Duration readTimeout;
  private final long maxBytes;
  private final Map<String, Host> hosts = new HashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "attest-fetch-timeout");
    t.setDaemon(true);
    return t;
  });

  /** One host's turn: a request at a time, the next one not before {@code next}. */
  private static final class Host {
    long next;
  }

  /** The defaults: a second between two requests to a host, 10 s to connect, 30 s to read, 10 MB a page. */
  public Fetcher() {
    this(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20);
  }

  public Fetcher(Duration delay, Duration connectTimeout, Duration readTimeout, long maxBytes) {
    this.delay = delay;
    this.readTimeout = readTimeout;
    this.maxBytes = maxBytes;
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Whether {@code s} is a URL this fetcher takes (http or https). */
  public static boolean isUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /** Fetches a page (following redirects); any failure is a {@link Failure}. */
  public Page fetch(String url) throws Failure {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new Failure("not a valid URL");
    }
    for (int hop = 0; ; hop++) {
      if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new Failure(hop == 0 ? "not an http(s) URL" : "redirected to a URL that is not http(s): " + uri);
      }
      Host host = host(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort());
      Object got;
      synchronized (host) {
        waitTurn(host);
        try {
          got = once(uri);
        } finally {
          host.next = System.nanoTime() + delay.toNanos();
        }
      }
      if (got instanceof Page p) return p;
      if (hop >= MAX_REDIRECTS) throw new Failure("more than " + MAX_REDIRECTS + " redirects");
      try {
        uri = uri.resolve((String) got);
      } catch (IllegalArgumentException e) {
        throw new Failure("redirected to a bad location: " + got);
      }
    }
  }

  private synchronized Host host(String key) {
    return hosts.computeIfAbsent(key, k -> new Host());
  }

  private static void waitTurn(Host host) throws Failure {
    long wait = host.next - System.nanoTime();
    if (wait <= 0) return;
    try {
      TimeUnit.NANOSECONDS.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted");
    }
  }

  /** One request: the page, or the location it redirects to (a String). */
  private Object once(URI uri) throws Failure {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).header("User-Agent", USER_AGENT)
        .header("Accept-Encoding", "gzip")
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
        .GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new Failure("connection timed out");
    } catch (HttpTimeoutException e) {
      throw new Failure("timed out after " + readTimeout.toSeconds() + " s");
    } catch (ConnectException e) {
      throw new Failure(unknownHost(e) ? "unknown host" : "connection refused or unreachable");
    } catch (IOException e) {
      throw new Failure(unknownHost(e) ? "unknown host" : "cannot fetch: " + message(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted");
    }
    int status = response.statusCode();
    try (InputStream body = response.body()) {
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) throw new Failure("HTTP " + status + " without a Location");
        return location;
      }
      if (status != 200) throw new Failure("HTTP " + status);
      long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (length > maxBytes) throw new Failure("too large: " + length + " bytes (the cap is " + maxBytes + ")");
      boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
      byte[] bytes = read(body, gzip);
      String type = response.headers().firstValue("Content-Type").orElse(null);
      return new Page(response.uri().toString(), bytes, type, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    } catch (IOException e) {
      throw new Failure("cannot read the page: " + message(e));
    }
  }

  /** The body, decompressed, at most {@link #maxBytes}; a read that stalls past the read timeout is cut. */
  private byte[] read(InputStream body, boolean gzip) throws IOException, Failure {
    boolean[] timedOut = {false};
    ScheduledFuture<?> watchdog = timer.schedule(() -> {
      timedOut[0] = true;
      try {
        body.close();
      } catch (IOException ignored) {
        // closing is all that is asked
      }
    }, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      InputStream in = gzip ? new GZIPInputStream(body, 1 << 16) : body;
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > maxBytes) throw new Failure("too large: more than " + maxBytes + " bytes");
      }
      return out.toByteArray();
    } catch (IOException e) {
      if (timedOut[0]) throw new Failure("timed out after " + readTimeout.toSeconds() + " s");
      throw e;
    } finally {
      watchdog.cancel(false);
    }
  }

  /** The name did not resolve (DNS): the client says it by the cause of its ConnectException. */
  private static boolean unknownHost(IOException e) {
    Throwable c = cause(e);
    return c instanceof UnknownHostException || c instanceof java.nio.channels.UnresolvedAddressException;
  }

  private static Throwable cause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

  private static String message(IOException e) {
    Throwable c = cause(e);
    return c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
