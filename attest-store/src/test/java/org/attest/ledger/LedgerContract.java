package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attest.Attest;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;

/** The ledger on articles the test writes: storing once, canonical entities, timelines, conflicts, queries, exports. */
abstract class LedgerContract extends LedgerFixture {
  private static final Attest ENGINE = new Attest();

  static Article article(String id, String outlet, String published, String text) {
    return new Article(id, text, published, null, "https://example.invalid/" + id, outlet, Map.of());
  }

  static Ledger.Added add(SqlLedger l, Article a) throws Exception {
    return l.add(a, ENGINE.extract(a));
  }

  @Test
  void aTextIsStoredOnceWithEachAppearance() throws Exception {
    String text = "The coalition said on Wednesday that fewer than 3,000 fighters remain in Iraq and Syria.";
    try (SqlLedger l = open()) {
      assertEquals(Ledger.Added.NEW, add(l, article("a", "Wire", "2017-12-06", text)));
      assertEquals(Ledger.Added.UNCHANGED, add(l, article("a", "Wire", "2017-12-06", text)));
      assertEquals(Ledger.Added.APPEARANCE, add(l, article("b", "Syndicate", "2017-12-06", text + "\n")), "white space does not make another text");
      l.commit();
      Ledger.Stats s = l.stats();
      assertEquals(1, s.articles());
      assertEquals(2, s.appearances());
      assertEquals(1, s.claims());
    }
  }

  @Test
  void aClaimReviewListsEveryAppearance() throws Exception {
    String text = "The coalition said on Wednesday that fewer than 3,000 fighters remain in Iraq and Syria.";
    try (SqlLedger l = open()) {
      add(l, article("a", "Wire", "2017-12-06", text));
      add(l, article("b", "Syndicate", "2017-12-07", text));
      l.commit();
      ByteArrayOutputStream review = new ByteArrayOutputStream();
      l.export("claimreview", review);
      var appearance = new com.fasterxml.jackson.databind.ObjectMapper().readTree(review.toByteArray()).get(0).get("itemReviewed").get("appearance");
      assertEquals(2, appearance.size());
      assertEquals("Syndicate", appearance.get(1).get("publisher").get("name").asText());
    }
  }

  @Test
  void whatWasNotCommittedIsNotStored() throws Exception {
    String text = "Some 5,000 fighters remain, the group said.";
    try (SqlLedger l = open()) {
      add(l, article("a", "Wire", "2017-12-06", text));
    } // closed without commit, as a killed process would leave it
    try (SqlLedger l = open()) {
      assertFalse(l.contains(Ledger.hash(text)));
      assertEquals(0, l.stats().articles());
    }
  }

  @Test
  void onePersonAcrossArticlesButNeverOnASurnameAlone() throws Exception {
    try (SqlLedger l = open()) {
      add(l, article("a", "A", "2017-12-01", "Secretary of Defense James Mattis spoke. “We will win this fight soon,” Mattis said."));
      add(l, article("b", "B", "2017-12-02", "Jim Mattis visited Baghdad. “The fight goes on in the desert,” Mattis said."));
      add(l, article("c", "C", "2017-12-03", "Defense Secretary Mattis arrived. “We are ready for anything now,” Mattis said."));
      add(l, article("d", "D", "2017-12-04", "Mattis arrived late. “Nothing changes for us here,” Mattis said."));
      l.commit();
      List<Ledger.Said> said = l.who("James Mattis");
      assertEquals(3, said.size(), said.toString());
      assertTrue(said.stream().allMatch(s -> s.speaker().equals("James Mattis")));
      assertEquals(1, l.who("Mattis").stream().filter(s -> s.speaker().equals("Mattis")).count(), "the untitled Mattis stays apart");
    }
  }

  @Test
  void twoPeopleWithOneSurnameKeepASurnameApart() throws Exception {
    try (SqlLedger l = open()) {
      add(l, article("a", "A", "2017-12-01", "Senator John Smith spoke. “We will vote no on the bill,” Smith said."));
      add(l, article("b", "B", "2017-12-02", "Senator Mary Smith spoke. “We will vote yes on the bill,” Smith said."));
      add(l, article("c", "C", "2017-12-03", "Senator Smith spoke. “The vote is close tonight,” Smith said."));
      l.commit();
      assertEquals(1, l.who("John Smith").size());
      assertEquals(1, l.who("Mary Smith").size());
    }
  }

  @Test
  void loneSurnamesOfDifferentArticlesAreNotOnePerson() throws Exception {
    try (SqlLedger l = open()) {
      add(l, article("a", "A", "2017-12-01", "The plumber arrived. “The pipes are old and rusty,” Smith said."));
      add(l, article("b", "B", "2017-12-02", "The teacher spoke. “The pupils are ready for the test,” Smith said."));
      l.commit();
      List<Ledger.Said> said = l.who("Smith");
      assertEquals(2, said.size(), said.toString());
      assertTrue(l.conflicts().stream().noneMatch(c -> c.about().equals("Smith")), "two Smiths, no variant of one statement");
      try (var st = l.connection().createStatement(); var r = st.executeQuery("SELECT count(DISTINCT canon) FROM entities WHERE name = 'Smith'")) {
        r.next();
        assertEquals(2, r.getInt(1));
      }
    }
  }

  @Test
  void differentMiddleInitialsAreDifferentPeople() throws Exception {
    try (SqlLedger l = open()) {
      add(l, article("a", "A", "1990-12-01", "President George H. W. Bush spoke. “We will stand firm in the gulf,” Bush said."));
      add(l, article("b", "B", "2003-03-01", "President George W. Bush spoke. “We will act soon in Iraq,” Bush said."));
      add(l, article("c", "C", "2003-03-02", "George Bush spoke again. “The time has come for action,” Bush said."));
      l.commit();
      try (var st = l.connection().createStatement();
          var r = st.executeQuery("SELECT count(DISTINCT canon) FROM entities WHERE name LIKE 'George%Bush'")) {
        r.next();
        assertEquals(3, r.getInt(1), "H. W. and W. are two people; a plain George Bush, once both are known, is neither");
      }
      assertEquals(List.of("“We will act soon in Iraq,”"), l.who("George W. Bush").stream().map(Ledger.Said::text).toList());
      assertEquals(List.of("“We will stand firm in the gulf,”"), l.who("George H. W. Bush").stream().map(Ledger.Said::text).toList());
    }
  }

  @Test
  void anHonorificIsNoOfficeToJoinOn() throws Exception {
    try (SqlLedger l = open()) {
      add(l, article("a", "A", "2017-12-01", "Mr. John Smith, a plumber in Ohio, spoke. “The pipes are old and rusty,” Smith said."));
      add(l, article("b", "B", "2017-12-02", "Mr. Smith teaches in Texas. “The pupils are ready for the test,” Mr. Smith said."));
      l.commit();
      assertEquals(1, l.who("John Smith").size(), l.who("John Smith").toString());
    }
  }

  @Test
  void aFailureHalfwayStoresNothingOfTheArticle() throws Exception {
    Article a = article("a", "A", "2017-12-01", "Fewer than 3,000 fighters remain in Syria, Reuters said.");
    org.attest.model.Document d = ENGINE.extract(a);
    List<org.attest.model.Entity> twice = new java.util.ArrayList<>(d.entities());
    twice.add(d.entities().get(0)); // one entity id twice: the store fails on its second row
    org.attest.model.Document broken = new org.attest.model.Document(a, twice, d.quotes(), d.quantities(), d.times(), d.claims());
    try (SqlLedger l = open()) {
      // SQLite refuses it at once; PostgreSQL, which writes a batch at its commit, then (having committed the rest)
      org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> {
        l.add(a, broken);
        l.commit();
      });
      Article b = article("b", "B", "2017-12-02", "About 5,000 fighters remain, the monitor said.");
      add(l, b);
      l.commit();
      assertFalse(l.contains(Ledger.hash(a.text())), "the broken article left no trace to be taken for stored");
      assertEquals(1, l.stats().articles());
      assertEquals(Ledger.Added.NEW, add(l, a), "a later good extraction of it is stored");
    }
  }

  @Test
  void aReaderSeesWhatIsCommittedWhileTheWriterHoldsMore() throws Exception {
    try (SqlLedger writer = open()) {
      add(writer, article("a", "A", "2017-12-01", "Fewer than 3,000 fighters remain, the coalition said."));
      writer.commit();
      add(writer, article("b", "B", "2017-12-02", "About 5,000 fighters remain, the monitor said.")); // uncommitted
      try (SqlLedger reader = openReadOnly()) {
        assertEquals(1, reader.stats().articles(), "a reader sees what is committed");
      }
      assertEquals(2, writer.stats().articles(), "the writer sees its own writes");
    }
  }

  @Test
  void aSubjectWithNothingCountedFindsNothing() throws Exception {
    try (SqlLedger l = demoLedger()) {
      assertEquals(List.of(), l.figures("ISIS", null, null, null));
      assertEquals(List.of(), l.figures("the", null, null, null));
    }
  }

  SqlLedger demoLedger() throws Exception {
    SqlLedger l = open();
    add(l, article("w1", "Wire", "2017-12-06", "The U.S.-led coalition said on Wednesday that fewer than 3,000 fighters from the Islamic State group "
        + "remain in Iraq and Syria.\n\n“Our strategy right now is to speed up the campaign against ISIS,” Secretary of Defense James Mattis said."));
    add(l, article("r1", "Report", "2017-12-27", "Fewer than 1,000 ISIS fighters remain in Iraq and Syria, according to Reuters.\n\n"
        + "“Our strategy right now is to accelerate the campaign against ISIS,” Secretary of State James Mattis said."));
    add(l, article("t1", "Times", "2017-12-28", "About 5,000 Islamic State fighters remain in Iraq and Syria, the Syrian Observatory for Human Rights "
        + "said on Thursday."));
    l.commit();
    return l;
  }

  @Test
  void figuresAboutOneSubjectFormATimelineWhateverTheirWording() throws Exception {
    try (SqlLedger l = demoLedger()) {
      List<Ledger.Figure> f = l.figures("ISIS fighters", null, null, null);
      assertEquals(List.of("fewer than 3,000", "Fewer than 1,000", "About 5,000"), f.stream().map(Ledger.Figure::text).toList());
      assertEquals(List.of("2017-12-06", "2017-12-27", "2017-12-28"), f.stream().map(Ledger.Figure::asOf).toList());
      assertEquals("Reuters", f.get(1).source());
      assertEquals("Report", f.get(1).outlet());
      assertEquals(2, l.figures("fighters from the Islamic State group", "Syria", "2017-12-27", null).size());
      assertEquals(0, l.figures("ISIS fighters", "Libya", null, null).size());
    }
  }

  @Test
  void conflictsOfFiguresOfficesAndWordingsAreFound() throws Exception {
    try (SqlLedger l = demoLedger()) {
      List<Ledger.Conflict> c = l.conflicts();
      List<String> kinds = c.stream().map(Ledger.Conflict::kind).toList();
      Ledger.Conflict figure = c.stream().filter(x -> x.kind().equals("figure")).findFirst().orElseThrow(() -> new AssertionError(c.toString()));
      assertEquals("Fewer than 1,000", figure.left().text());
      assertEquals("About 5,000", figure.right().text());
      assertEquals("Report", figure.left().outlet());
      assertTrue(figure.evidence() instanceof Ledger.FigureEvidence f && f.variable().startsWith("fighter"), figure.toString());
      Ledger.Conflict title = c.stream().filter(x -> x.kind().equals("office")).findFirst().orElseThrow();
      assertEquals("James Mattis", title.about());
      assertEquals(List.of("Secretary of Defense", "Secretary of State"), List.of(title.left().text(), title.right().text()));
      Ledger.Conflict quote = c.stream().filter(x -> x.kind().equals("quote")).findFirst().orElseThrow();
      assertTrue(((Ledger.QuoteEvidence) quote.evidence()).difference().contains("[-speed up-] {+accelerate+}"), quote.toString());
      // fewer than 3,000 (December 6) and fewer than 1,000 (December 27) are weeks apart; about 5,000 is a day after fewer than 1,000
      assertEquals(1, kinds.stream().filter(k -> k.equals("figure")).count(), c.toString());
      for (Ledger.Conflict x : c) assertTrue(x.confidence() > 0 && x.confidence() <= 1, x.toString());
    }
  }

  @Test
  void searchWhoShowAndExports() throws Exception {
    try (SqlLedger l = demoLedger()) {
      List<Ledger.Hit> hits = l.search("accelerate campaign", 5);
      assertEquals(1, hits.size());
      assertEquals("James Mattis", hits.get(0).who());
      assertTrue(l.search("fighters remain", 10).size() >= 3);
      assertTrue(l.show("r1").orElseThrow().contains("\"schema\":\"attest/1\""));
      assertTrue(l.show("Report:r1").isPresent());
      assertTrue(l.show("nothing").isEmpty());
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      l.export("csv", csv);
      String[] rows = csv.toString(StandardCharsets.UTF_8).split("\r\n");
      assertEquals(4, rows.length, csv.toString());
      assertTrue(rows[2].contains("Fewer than 1,000") && rows[2].contains("Reuters"), rows[2]);
      ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
      l.export("jsonl", jsonl);
      assertEquals(3, jsonl.toString(StandardCharsets.UTF_8).lines().count());
      ByteArrayOutputStream review = new ByteArrayOutputStream();
      l.export("claimreview", review);
      var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(review.toByteArray());
      assertEquals(3, tree.size());
      assertEquals("ClaimReview", tree.get(1).get("@type").asText());
      assertEquals("Reuters", tree.get(1).get("itemReviewed").get("author").get("name").asText());
      assertEquals("https://example.invalid/r1", tree.get(1).get("itemReviewed").get("appearance").get(0).get("url").asText());
    }
  }

  @Test
  void theFacesListArticlesNewestFirstWithFiltersAndPages() throws Exception {
    try (SqlLedger l = demoLedger()) {
      List<Ledger.Listed> all = l.articles(null, null, null, 0, 10);
      assertEquals(List.of("https://example.invalid/t1", "https://example.invalid/r1", "https://example.invalid/w1"),
          all.stream().map(Ledger.Listed::id).toList());
      assertEquals(List.of("Times", "Report", "Wire"), all.stream().map(Ledger.Listed::outlet).toList());
      assertEquals(ArticleQueries.KEY, all.get(0).key().length());
      assertTrue(all.get(2).claims() >= 1);
      assertEquals(1, all.get(2).claims());
      assertEquals(List.of("Report"), l.articles(null, null, null, 1, 1).stream().map(Ledger.Listed::outlet).toList());
      assertEquals(List.of("Report"), l.articles("Report", null, null, 0, 10).stream().map(Ledger.Listed::outlet).toList());
      assertEquals(List.of("Times", "Report"), l.articles(null, "2017-12-27", null, 0, 10).stream().map(Ledger.Listed::outlet).toList());
      assertEquals(List.of("Report", "Wire"), l.articles(null, null, "2017-12-27", 0, 10).stream().map(Ledger.Listed::outlet).toList());
      assertTrue(l.articles("Nobody", null, null, 0, 10).isEmpty());
      // the key names the article, as any appearance id does
      Ledger.Stored byKey = l.article(all.get(1).key()).orElseThrow();
      assertEquals(l.article("Report:r1").orElseThrow().document(), byKey.document());
      assertEquals(List.of(new Ledger.Appearance("https://example.invalid/r1", "Report", "https://example.invalid/r1", "2017-12-27")), byKey.appearances());
      assertTrue(l.article("nothing").isEmpty());
    }
  }

  @Test
  void theFacesReadAnEntityItsQuotesFiguresAndArticles() throws Exception {
    try (SqlLedger l = demoLedger()) {
      List<Ledger.Named> found = l.entities("mattis", null, 0, 10);
      assertEquals(1, found.size(), found.toString());
      Ledger.Named mattis = found.get(0);
      assertEquals("James Mattis", mattis.name());
      assertEquals(2, mattis.articles());
      assertEquals(List.of(mattis), l.entities("James Mattis", "PERSON", 0, 10));
      assertTrue(l.entities("James Mattis", "ORG", 0, 10).isEmpty());
      assertTrue(l.entities("100%_", null, 0, 10).isEmpty(), "LIKE's wildcards are plain characters");
      assertEquals(2, l.entities("", null, 0, 2).size());
      Ledger.Stored r1 = l.article("r1").orElseThrow();
      assertTrue(r1.canon().containsValue(mattis.id()), r1.canon().toString());

      Ledger.Profile p = l.entity(mattis.id()).orElseThrow();
      assertEquals("PERSON", p.type());
      assertEquals(List.of("Secretary of Defense", "Secretary of State"), p.offices().stream().map(Ledger.Office::title).toList());
      assertEquals("2017-12-06", p.offices().get(0).published());
      assertTrue(l.entity(-5).isEmpty());

      List<Ledger.Said> said = l.quotesBy(mattis.id(), 0, 10);
      assertEquals(List.of("2017-12-27", "2017-12-06"), said.stream().map(Ledger.Said::published).toList(), "newest first");
      assertEquals(1, l.quotesBy(mattis.id(), 1, 10).size());
      assertEquals(List.of("https://example.invalid/t1", "https://example.invalid/r1"),
          l.articlesOf(l.entities("Iraq", "GPE", 0, 1).get(0).id(), 0, 2).stream().map(Ledger.Listed::id).toList());

      Ledger.Named reuters = l.entities("Reuters", null, 0, 1).get(0);
      assertEquals(List.of("Fewer than 1,000"), l.figuresFrom(reuters.id(), 10).stream().map(Ledger.Figure::text).toList());
    }
  }

  @Test
  void theParquetExportReadsBackInAnotherImplementation() throws Exception {
    Path file = dir.resolve("claims.parquet");
    try (SqlLedger l = demoLedger(); var out = java.nio.file.Files.newOutputStream(file)) {
      l.export("parquet", out);
    }
    // DuckDB, not the Parquet library that wrote it, reads the file
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement();
        var r = s.executeQuery("SELECT figure, high, modifier, source, place, as_of FROM read_parquet('" + file + "') ORDER BY published, figure")) {
      List<String> rows = new java.util.ArrayList<>();
      while (r.next()) {
        rows.add(r.getString(1) + "|" + r.getObject(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|" + r.getString(5) + "|" + r.getString(6));
      }
      assertEquals(List.of("fewer than 3,000|3000.0|less_than|U.S.-led coalition|Iraq and Syria|2017-12-06",
          "Fewer than 1,000|1000.0|less_than|Reuters|Iraq and Syria|2017-12-27",
          "About 5,000|5000.0|approx|Syrian Observatory for Human Rights|Iraq and Syria|2017-12-28"), rows);
    }
  }
}
