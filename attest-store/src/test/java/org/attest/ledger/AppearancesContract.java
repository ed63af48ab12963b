package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Origin;
import org.junit.jupiter.api.Test;

/** One text read from several places: one article, an appearance a place with its own URL, outlet, date and origin. */
abstract class AppearancesContract extends LedgerFixture {
  private static final Attest ENGINE = new Attest();
  private static final String TEXT = "The coalition said on Wednesday that fewer than 3,000 fighters remain in Iraq and Syria.";
  private static Article page(String outlet, String published, Origin origin) {
    return new Article("fighters", TEXT, published, "Fighters remain", "https://herald.example/fighters", outlet, List.of("Jane Roe"), "en",
        origin, Map.of());
  }

  @Test
  void theSamePageFromAFileAndACrawlIsOneArticleWithTwoAppearances() throws Exception {
    Article file = page("The Invented Herald", "2017-12-27", Origin.file("news/fighters.html"));
    Article crawl = page("herald.example", "2017-12-27", Origin.warc("crawl.warc.gz", 0, "https://herald.example/fighters", "2018-01-05T08:30:00Z"));
    try (SqlLedger l = open()) {
      assertEquals(Ledger.Added.NEW, l.add(file, ENGINE.extract(file)));
      assertEquals(Ledger.Added.APPEARANCE, l.add(crawl, ENGINE.extract(crawl)));
      assertEquals(Ledger.Added.UNCHANGED, l.add(crawl, ENGINE.extract(crawl)), "the same record again");
      Article refetched = page("The Invented Herald", "2017-12-27", Origin.url("https://herald.example/fighters", "2018-02-01T00:00:00Z"));
      Article again = page("The Invented Herald", "2017-12-27", Origin.url("https://herald.example/fighters", "2018-03-01T00:00:00Z"));
      assertEquals(Ledger.Added.APPEARANCE, l.add(refetched, ENGINE.extract(refetched)));
      assertEquals(Ledger.Added.UNCHANGED, l.add(again, ENGINE.extract(again)), "fetching a URL again is no new appearance");
      l.commit();
      assertEquals(1, l.stats().articles());
      assertEquals(3, l.stats().appearances());
      List<String> rows = new ArrayList<>();
      try (ResultSet r = l.connection().createStatement().executeQuery("SELECT outlet, published, origin_key, origin FROM appearances ORDER BY rowid")) {
        while (r.next()) rows.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getString(3) + " | " + r.getString(4));
      }
      assertEquals(List.of(
          "The Invented Herald | 2017-12-27 | file:news/fighters.html | {\"file\":\"news/fighters.html\"}",
          "herald.example | 2017-12-27 | warc:crawl.warc.gz@0 | {\"warc\":\"crawl.warc.gz\",\"offset\":0,\"url\":\"https://herald.example/fighters\","
              + "\"date\":\"2018-01-05T08:30:00Z\"}",
          "The Invented Herald | 2017-12-27 | url:https://herald.example/fighters | {\"url\":\"https://herald.example/fighters\","
              + "\"fetched\":\"2018-02-01T00:00:00Z\"}"), rows);
      try (ResultSet r = l.connection().createStatement().executeQuery("SELECT language FROM articles")) {
        r.next();
        assertEquals("en", r.getString(1));
      }
    }
  }
}
