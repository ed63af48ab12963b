package org.attest.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code attest serve}: the pages and the HTTP API over one ledger, on Javalin. Read-only unless
 * started with an ingest token. Every answer carries a content security policy that lets only the
 * site's own style sheet and script run; every error is a 4xx or 503 with what was wrong (problem
 * details for the API, a page for the pages), never a stack trace.
 */
public final class Server implements AutoCloseable {
  /**
   * How to serve: the ledger's folder, the address and port (0: any free one), and the token that
   * {@code POST /api/ingest} needs (null: the server never writes).
   */
  public record Options(String ledger, String host, int port, String ingestToken) {
    /** The options of a ledger in a folder. */
    public Options(Path ledger, String host, int port, String ingestToken) {
      this(ledger.toString(), host, port, ingestToken);
    }
  }

  /** The largest text or page the extract page and API take, in characters or bytes. */
  static final int MAX_TEXT = 1_000_000;
  /** The longest query string taken. */
  static final int MAX_QUERY = 2_000;
  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self';"
      + " base-uri 'none'; frame-ancestors 'none'";

  private final Javalin app;
  private final Readers readers;
  private final List<String> routes;

  private Server(Javalin app, Readers readers, List<String> routes) {
    this.app = app;
    this.readers = readers;
    this.routes = routes;
  }

  public static Server start(Options options) throws IOException {
    Readers readers = new Readers(options.ledger(), Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors() * 2)));
    ConflictCache conflicts = new ConflictCache(readers);
    Extraction extraction = new Extraction();
    Api api = new Api(readers, conflicts, extraction, options.ingestToken());
    List<Api.Endpoint> endpoints = api.endpoints();
    String openapi = Api.JSON.writeValueAsString(OpenApi.describe(endpoints));
    List<String> routes = new ArrayList<>();
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_TEXT + 64 * 1024L;
      config.http.prefer405over404 = true;
      config.jetty.modifyHttpConfiguration(http -> {
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
      });
      config.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/org/attest/server/static";
        s.location = Location.CLASSPATH;
        s.headers = Map.of("Cache-Control", "max-age=3600");
      });
      config.events(e -> e.handlerAdded(h -> {
        if (h.getHttpMethod() != HandlerType.BEFORE && h.getHttpMethod() != HandlerType.AFTER) routes.add(h.getHttpMethod() + " " + h.getPath());
      }));
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", POLICY);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
      String q = ctx.queryString();
      if (q != null && q.length() > MAX_QUERY) throw new Problem(414, "the query is longer than " + MAX_QUERY + " characters");
    });
    for (Api.Endpoint e : endpoints) {
      if (e.method().equals("get")) app.get(e.path(), e.handler());
      else app.post(e.path(), e.handler());
    }
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    new Site(readers, conflicts, extraction).register(app);
    app.exception(Problem.class, (e, ctx) -> problem(ctx, e.status, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), e.getStatus() == 405
        ? ctx.method() + " is not allowed on " + ctx.path() : e.getStatus() == 413 ? "the body is larger than " + MAX_TEXT / 1000 + " kB" : e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("attest serve: " + ctx.method() + " " + ctx.path() + ": " + e); // one line for the operator, nothing for the client
      problem(ctx, 500, "the server failed to answer this request");
    });
    for (int status : new int[] {404, 405}) {
      app.error(status, ctx -> {
        if (ctx.attribute("problem") == null) {
          problem(ctx, status, status == 404 ? "no such page: " + ctx.path() : ctx.method() + " is not allowed on " + ctx.path());
        }
      });
    }
    try {
      app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      readers.close();
      throw new IOException("cannot listen on " + options.host() + ":" + options.port() + ": " + rootMessage(e), e);
    }
    for (var c : app.jettyServer().server().getConnectors()) {
      if (c instanceof org.eclipse.jetty.server.AbstractConnector a) a.setIdleTimeout(30_000); // a slow client is let go
    }
    return new Server(app, readers, routes);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** An error: RFC 9457 problem details under /api and for /openapi.json, an error page elsewhere. */
  static void problem(Context ctx, int status, String detail) {
    ctx.attribute("problem", Boolean.TRUE);
    ctx.status(status);
    if (status == 503) ctx.header("Retry-After", "5");
    String path = ctx.path();
    if (path.startsWith("/api/") || path.equals("/api") || path.equals("/openapi.json")) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("type", "about:blank");
      p.put("title", Problem.title(status));
      p.put("status", status);
      p.put("detail", detail);
      p.put("instance", path);
      Api.json(ctx, p);
      ctx.contentType("application/problem+json");
    } else {
      Site.html(ctx, ErrorPage.render(status, detail));
    }
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The routes registered ("GET /api/articles"), for the test that holds the OpenAPI description to them. */
  List<String> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void close() {
    app.stop();
    readers.close();
  }
}
