package org.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.attest.ledger.Ledger;
import org.attest.model.Article;

/** The pages: each route reads its parameters (bounded), asks the ledger, and writes the page. */
final class Site {
  private final Readers readers;
  private final ConflictCache conflicts;
  private final Extraction extraction;

  Site(Readers readers, ConflictCache conflicts, Extraction extraction) {
    this.readers = readers;
    this.conflicts = conflicts;
    this.extraction = extraction;
  }

  void register(Javalin app) {
    app.get("/", this::home);
    app.get("/articles", this::articles);
    app.get("/article", this::article);
    app.get("/entities", this::entities);
    app.get("/entities/{id}", this::entity);
    app.get("/figures", this::timeline);
    app.get("/conflicts", this::conflicts);
    app.get("/search", this::search);
    app.get("/extract", ctx -> html(ctx, ExtractPage.render(null, null, null)));
    app.post("/extract", this::extract);
  }

  static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private void home(Context ctx) {
    record Home(Ledger.Stats stats, java.util.List<Ledger.Listed> latest) {}
    Home h = readers.cached("home", l -> new Home(l.stats(), l.articles(null, null, null, 0, 8)));
    html(ctx, HomePage.render(h.stats(), h.latest(), conflicts.newest(6)));
  }

  private void articles(Context ctx) {
    Params p = new Params(ctx);
    String outlet = p.text("outlet"), since = p.date("since"), until = p.date("until");
    int page = p.integer("page", 1, 1, 10_000);
    html(ctx, ArticlesPage.render(outlet, since, until,
        readers.read(l -> l.articles(outlet, since, until, (page - 1) * ArticlesPage.PAGE, ArticlesPage.PAGE)), page));
  }

  private void article(Context ctx) {
    Params p = new Params(ctx);
    String id = p.required("id");
    int at = p.integer("at", -1, -1, Integer.MAX_VALUE);
    String page = readers.cached(Readers.key("article page", id, at), l -> l.article(id).map(s -> ArticlePage.render(s, parse(s.document()), at)).orElse(null));
    if (page == null) throw Problem.notFound("no article " + Params.shown(id));
    html(ctx, page);
  }

  static JsonNode parse(String json) {
    try {
      return Api.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored document is not JSON", e);
    }
  }

  private void entities(Context ctx) {
    Params p = new Params(ctx);
    String name = p.text("name"), type = p.oneOf("type", Api.TYPES);
    int page = p.integer("page", 1, 1, 10_000);
    html(ctx, EntityPage.list(name, type, readers.read(l -> l.entities(name, type, (page - 1) * EntityPage.PAGE, EntityPage.PAGE)), page));
  }

  private void entity(Context ctx) {
    long id = Params.id(ctx, "id");
    Params p = new Params(ctx);
    int qpage = p.integer("qpage", 1, 1, 10_000), apage = p.integer("apage", 1, 1, 10_000);
    html(ctx, readers.read(l -> {
      Ledger.Profile profile = l.entity(id).orElseThrow(() -> Problem.notFound("no entity " + id));
      return EntityPage.render(profile, l.quotesBy(id, (qpage - 1) * EntityPage.PAGE, EntityPage.PAGE), qpage, l.figuresFrom(id, 50),
          l.articlesOf(id, (apage - 1) * EntityPage.PAGE, EntityPage.PAGE), apage);
    }));
  }

  private void timeline(Context ctx) {
    Params p = new Params(ctx);
    String subject = p.text("subject"), place = p.text("place"), since = p.date("since"), until = p.date("until");
    if (subject == null) {
      html(ctx, TimelinePage.render(null, place, since, until, java.util.List.of(), java.util.List.of()));
      return;
    }
    // the drawn page is kept until the ledger or its list of conflicts changes: a chart of 500 figures costs more than reading them
    html(ctx, readers.cached(Readers.key("timeline page", subject, place, since, until, conflicts.generation()), l -> {
      java.util.List<Ledger.Figure> figures = l.figures(subject, place, since, until, 500);
      java.util.List<Ledger.Figure[]> pairs = figures.isEmpty() ? java.util.List.of() : TimelinePage.conflicts(figures, conflicts.select(java.util.List.of("figure"), 0));
      return TimelinePage.render(subject, place, since, until, figures, pairs);
    }));
  }

  private void conflicts(Context ctx) {
    Params p = new Params(ctx);
    String kind = p.oneOf("kind", Api.KINDS);
    double min = p.number("min", 0.5, 0, 1);
    int page = p.integer("page", 1, 1, 10_000);
    html(ctx, ConflictsPage.render(conflicts.select(kind == null ? Ledger.CONFLICT_KINDS : java.util.List.of(kind), min), kind, min, page));
  }

  private void search(Context ctx) {
    Params p = new Params(ctx);
    String q = p.text("q");
    html(ctx, SearchPage.render(q, q == null ? java.util.List.of() : readers.cached(Readers.key("search", q, 50), l -> l.search(q, 50))));
  }

  private void extract(Context ctx) {
    String text = ctx.formParam("text"), published = ctx.formParam("published");
    if (text == null || text.isBlank()) throw Problem.badRequest("text: required");
    if (text.length() > Server.MAX_TEXT) throw new Problem(413, "text: at most " + Server.MAX_TEXT + " characters");
    if (published != null && !published.isBlank()) {
      try {
        published = java.time.LocalDate.parse(published.strip()).toString();
      } catch (java.time.format.DateTimeParseException e) {
        throw Problem.badRequest("published: not a date (YYYY-MM-DD)");
      }
    } else {
      published = null;
    }
    Article a = Extraction.article(text.getBytes(StandardCharsets.UTF_8), null, published, null);
    html(ctx, ExtractPage.render(text, published, parse(Extraction.json(extraction.extract(a)))));
  }
}
