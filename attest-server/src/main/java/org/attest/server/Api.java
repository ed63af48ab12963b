package org.attest.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.io.ArticleReader;
import org.attest.io.JsonEscapes;
import org.attest.ledger.Ledger;
import org.attest.model.Article;

/**
 * The HTTP API: JSON over the same {@link Ledger} the pages read. Its routes are one table, {@link
 * #endpoints}, from which the server registers them and {@link OpenApi} describes them, so the
 * description cannot drift from the routes.
 */
final class Api {
  /** A query or path parameter, as the OpenAPI description gives it. */
  record Param(String name, String in, String type, boolean required, String description) {
    static Param query(String name, String type, String description) {
      return new Param(name, "query", type, false, description);
    }
  }

  /** One route: its method, path, what it answers, its parameters, its request body (null: none) and handler. */
  record Endpoint(String method, String path, String summary, List<Param> params, String body, io.javalin.http.Handler handler) {}

  static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(JsonEscapes.INSTANCE); // safe to put in a page's script, too
  }

  private static final int MAX_LIMIT = 200;
  private static final Param OFFSET = Param.query("offset", "integer", "How many results to skip (0 to 1,000,000; default 0).");
  private static final Param LIMIT = Param.query("limit", "integer", "How many results at most (1 to 200; default 25).");
  private final Readers readers;
  private final ConflictCache conflicts;
  private final Extraction extraction;
  private final String token;

  /** {@code token}: the token {@code POST /api/ingest} needs; null when the server does not take articles. */
  Api(Readers readers, ConflictCache conflicts, Extraction extraction, String token) {
    this.readers = readers;
    this.conflicts = conflicts;
    this.extraction = extraction;
    this.token = token;
  }

  List<Endpoint> endpoints() {
    List<Endpoint> e = new ArrayList<>(List.of(
        new Endpoint("get", "/api/stats", "Counts of what the ledger holds.", List.of(), null, this::stats),
        new Endpoint("get", "/api/articles", "Stored articles, newest publication first, with filters and paging.", List.of(
            Param.query("outlet", "string", "Only articles that appeared in this outlet."),
            Param.query("since", "date", "Published on or after this date (YYYY-MM-DD)."),
            Param.query("until", "date", "Published on or before this date (YYYY-MM-DD)."), OFFSET, LIMIT), null, this::articles),
        new Endpoint("get", "/api/articles/{id}", "One stored article as its attest/1 document.", List.of(new Param("id", "path", "string", true,
            "An appearance id (\"id\", \"outlet:id\"), the key the list gives, or a hash prefix of 8 or more hex digits.")), null, this::article),
        new Endpoint("get", "/api/quotes", "Quotes by speaker (oldest first) or by text (best first); one of speaker and text is required.", List.of(
            Param.query("speaker", "string", "A speaker's name (\"James Mattis\", \"Mattis\")."),
            Param.query("text", "string", "Words of the quote."), OFFSET, LIMIT), null, this::quotes),
        new Endpoint("get", "/api/figures", "The timeline of a figure: every figure about a subject, oldest as-of first.", List.of(
            new Param("subject", "query", "string", true, "What is counted (\"ISIS fighters\")."),
            Param.query("place", "string", "Where (\"Syria\")."),
            Param.query("since", "date", "As of this date or later (YYYY-MM-DD)."),
            Param.query("until", "date", "As of this date or earlier (YYYY-MM-DD)."),
            Param.query("offset", "integer", "How many figures of the timeline to skip (0 to 10,000; default 0)."),
            Param.query("limit", "integer", "How many figures at most (1 to 1,000; default 100).")), null, this::figures),
        new Endpoint("get", "/api/conflicts", "Contradictions between sources, the most confident first, with their evidence.", List.of(
            Param.query("kind", "string", "Kinds, comma separated: figure, office, quote, excerpt (default figure,office,quote)."),
            Param.query("min_confidence", "number", "The least confidence (0 to 1; default 0.5)."), OFFSET, LIMIT), null, this::conflicts),
        new Endpoint("get", "/api/entities", "Canonical people, organisations and places by name.", List.of(
            Param.query("name", "string", "Words of the name (any letter case)."),
            Param.query("type", "string", "PERSON, ORG, GPE, LOC, NORP or OTHER."), OFFSET, LIMIT), null, this::entities),
        new Endpoint("get", "/api/entities/{id}", "A canonical entity: names, titles, its latest quotes, figures and articles.", List.of(
            new Param("id", "path", "integer", true, "The entity's number, as /api/entities gives it.")), null, this::entity),
        new Endpoint("get", "/api/search", "Quotes and figure claims by full text, best first.", List.of(
            new Param("q", "query", "string", true, "The words to find (stemmed)."),
            Param.query("limit", "integer", "How many results at most (1 to 200; default 25).")), null, this::search),
        new Endpoint("post", "/api/extract", "Extracts an article (plain text, or a web page's HTML) and answers its attest/1 document; nothing is stored.",
            List.of(Param.query("published", "date", "The publication date (YYYY-MM-DD) relative dates are resolved against."),
                Param.query("url", "string", "The page's address, for an HTML page.")),
            "text/plain or text/html, at most " + Server.MAX_TEXT / 1000 + " kB", this::extract)));
    if (token != null) {
      e.add(new Endpoint("post", "/api/ingest", "Extracts and stores articles given as JSON Lines (Authorization: Bearer TOKEN).", List.of(),
          "application/x-ndjson: one article a line with text and optional id, published, title, url, outlet", this::ingest));
    }
    return e;
  }

  static void json(Context ctx, Object value) {
    ctx.contentType("application/json").result(text(value));
  }

  static String text(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A page of results: the items, where it started, and the offset of the next page (null at the end). */
  static Map<String, Object> page(List<?> items, int offset, int limit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("offset", offset);
    m.put("limit", limit);
    m.put("next", items.size() == limit ? offset + limit : null);
    m.put("items", items);
    return m;
  }

  private void stats(Context ctx) {
    json(ctx, readers.cached("stats", Ledger::stats));
  }

  private void articles(Context ctx) {
    Params p = new Params(ctx);
    String outlet = p.text("outlet"), since = p.date("since"), until = p.date("until");
    int offset = p.integer("offset", 0, 0, 1_000_000), limit = p.integer("limit", 25, 1, MAX_LIMIT);
    json(ctx, page(readers.read(l -> l.articles(outlet, since, until, offset, limit)), offset, limit));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.length() > Params.TEXT) throw Problem.badRequest("id: at most " + Params.TEXT + " characters");
    Ledger.Stored s = readers.read(l -> l.article(id)).orElseThrow(() -> Problem.notFound("no article " + Params.shown(id)));
    ctx.contentType("application/json").result(s.document());
  }

  private void quotes(Context ctx) {
    Params p = new Params(ctx);
    String speaker = p.text("speaker"), text = p.text("text");
    int offset = p.integer("offset", 0, 0, 1_000_000), limit = p.integer("limit", 25, 1, MAX_LIMIT);
    if ((speaker == null) == (text == null)) throw Problem.badRequest("speaker or text: one of them is required, not both");
    List<?> items;
    if (speaker != null) {
      List<Ledger.Said> all = readers.read(l -> l.who(speaker));
      items = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    } else {
      List<Ledger.Hit> hits = readers.cached(Readers.key("search", text, Math.min(1000, (offset + limit) * 2 + 10)), l -> l.search(text, Math.min(1000, (offset + limit) * 2 + 10)));
      List<Ledger.Hit> quoted = hits.stream().filter(h -> h.kind().equals("quote")).toList();
      items = quoted.subList(Math.min(offset, quoted.size()), Math.min(quoted.size(), offset + limit));
    }
    json(ctx, page(items, offset, limit));
  }

  private void figures(Context ctx) {
    Params p = new Params(ctx);
    String subject = p.required("subject"), place = p.text("place"), since = p.date("since"), until = p.date("until");
    int offset = p.integer("offset", 0, 0, 10_000), limit = p.integer("limit", 100, 1, 1000);
    // each page of a timeline is kept as written until the ledger changes
    String json = readers.cached(Readers.key("figures", subject, place, since, until, offset, limit), l -> {
      List<Ledger.Figure> upTo = l.figures(subject, place, since, until, offset + limit);
      return text(upTo.subList(Math.min(offset, upTo.size()), upTo.size()));
    });
    ctx.contentType("application/json").result(json);
  }

  static final Set<String> KINDS = Set.of("figure", "office", "quote", "excerpt");

  private void conflicts(Context ctx) {
    Params p = new Params(ctx);
    List<String> kinds = p.list("kind", KINDS, Ledger.CONFLICT_KINDS);
    double min = p.number("min_confidence", 0.5, 0, 1);
    int offset = p.integer("offset", 0, 0, 1_000_000), limit = p.integer("limit", 25, 1, MAX_LIMIT);
    List<Ledger.Conflict> all = conflicts.select(kinds, min);
    json(ctx, page(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)), offset, limit));
  }

  static final Set<String> TYPES = Set.of("PERSON", "ORG", "GPE", "LOC", "NORP", "OTHER");

  private void entities(Context ctx) {
    Params p = new Params(ctx);
    String name = p.text("name"), type = p.oneOf("type", TYPES);
    int offset = p.integer("offset", 0, 0, 1_000_000), limit = p.integer("limit", 25, 1, MAX_LIMIT);
    json(ctx, page(readers.read(l -> l.entities(name, type, offset, limit)), offset, limit));
  }

  private void entity(Context ctx) {
    long id = Params.id(ctx, "id");
    Map<String, Object> m = readers.read(l -> {
      Ledger.Profile p = l.entity(id).orElseThrow(() -> Problem.notFound("no entity " + id));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("profile", p);
      out.put("quotes", l.quotesBy(id, 0, 20));
      out.put("figures", l.figuresFrom(id, 20));
      out.put("articles", l.articlesOf(id, 0, 20));
      return out;
    });
    json(ctx, m);
  }

  private void search(Context ctx) {
    Params p = new Params(ctx);
    String q = p.required("q");
    int limit = p.integer("limit", 25, 1, MAX_LIMIT);
    json(ctx, readers.cached(Readers.key("search", q, limit), l -> l.search(q, limit)));
  }

  private void extract(Context ctx) {
    Params p = new Params(ctx);
    String published = p.date("published"), url = p.text("url");
    String type = ctx.contentType();
    if (type != null && !(type.startsWith("text/plain") || type.startsWith("text/html") || type.startsWith("application/xhtml"))) {
      throw new Problem(415, "send text/plain or text/html");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > Server.MAX_TEXT) throw new Problem(413, "at most " + Server.MAX_TEXT + " bytes");
    ctx.contentType("application/json").result(Extraction.json(extraction.extract(Extraction.article(body, type, published, url))));
  }

  private void ingest(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth == null || !auth.startsWith("Bearer ")) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new Problem(401, "ingest needs Authorization: Bearer TOKEN");
    }
    if (!MessageDigest.isEqual(auth.substring(7).strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        token.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new Problem(403, "wrong token");
    }
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      ArticleReader.read(new ByteArrayInputStream(ctx.bodyAsBytes()), "request", null, ArticleReader.Format.JSONL, articles::add,
          x -> problems.add(x.toString()));
    } catch (IOException e) {
      throw Problem.badRequest("the body is not JSON Lines: " + e.getMessage());
    }
    int[] n = new int[3];
    try (Ledger l = Ledger.open(readers.dir)) {
      for (Article a : articles) n[l.add(a, extraction.extract(a)).ordinal()]++;
      l.commit();
    } catch (IOException e) {
      throw new Problem(409, e.getMessage()); // another process is writing the ledger
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("added", n[0]);
    m.put("appearances", n[1]);
    m.put("unchanged", n[2]);
    m.put("skipped", problems.size());
    m.put("problems", problems.subList(0, Math.min(20, problems.size())));
    json(ctx, m);
  }
}
