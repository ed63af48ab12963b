package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attest.Attest;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The ledger's cross-article judgments on invented articles: the false alarms seen on real news as
 * must-not-flag cases, the disagreements a reader would agree with as must-flag cases, and the
 * identities that must stay apart.
 */
abstract class LedgerJudgmentsContract extends LedgerFixture {
  private static final Attest ENGINE = new Attest();

  private static int n;

  private SqlLedger ledger(String[]... articles) throws Exception {
    SqlLedger l = open();
    for (String[] a : articles) {
      Article article = new Article("a" + (++n), a[1], a[0], null, "https://example.invalid/" + n, "Outlet " + n, Map.of());
      l.add(article, ENGINE.extract(article));
    }
    l.commit();
    return l;
  }

  private static List<Ledger.Conflict> of(SqlLedger l, String kind) throws Exception {
    return l.conflicts().stream().filter(c -> c.kind().equals(kind) && c.confidence() >= 0.5).toList();
  }

  @Test
  void countsOfDifferentHoldersRulesAndSamplesAreNoConflict() throws Exception {
    try (SqlLedger l = ledger(
        new String[] {"2016-03-01", "Donald Trump leads the Republican race with 182 delegates in Ohio, the party said on Tuesday."},
        new String[] {"2016-03-01", "Ted Cruz has 370 delegates in Ohio, the party said on Tuesday."},
        new String[] {"2016-03-01", "It takes 1,237 delegates in Ohio to win the nomination, the party said on Tuesday."},
        new String[] {"2016-03-01", "The poll of 1,000 likely voters in Florida was taken last week."},
        new String[] {"2016-03-01", "Millions of voters in Florida went to the polls on Tuesday, officials said."},
        new String[] {"2016-03-01", "About 52 percent of Swiss voters backed the plan on Tuesday, the poll found."},
        new String[] {"2016-03-01", "About 30 percent of Democratic voters backed the plan on Tuesday, the poll found."})) {
      assertEquals(List.of(), of(l, "figure"));
      assertEquals(3, l.figures("delegates", null, null, null).size(), "the figures are there, and not in conflict");
      assertEquals(List.of("rule", "state", "state"), l.figures("delegates", null, null, null).stream().map(Ledger.Figure::statement).sorted().toList());
      assertTrue(l.figures("voters", null, null, null).stream().anyMatch(f -> f.statement().equals("poll-sample")));
    }
  }

  @Test
  void oneDeathTollGivenDifferentlyOnOneDayIsAConflict() throws Exception {
    try (SqlLedger l = ledger(
        new String[] {"2016-06-13", "The attack killed 49 people on Sunday, police said."},
        new String[] {"2016-06-13", "At least 50 people were killed in the attack on Sunday, officials said."},
        new String[] {"2016-06-13", "More than 50 people were wounded in the attack on Sunday, officials said."})) {
      List<Ledger.Conflict> c = of(l, "figure");
      assertEquals(1, c.size(), c.toString());
      assertTrue(((Ledger.FigureEvidence) c.get(0).evidence()).variable().contains("killed"), c.toString());
      assertEquals(List.of("49", "At least 50"), List.of(c.get(0).left().text(), c.get(0).right().text()));
    }
  }

  @Test
  void descriptorsAndCompatibleRolesAreNoOfficeConflict() throws Exception {
    try (SqlLedger l = ledger(
        new String[] {"2016-03-01", "Democrat Jane Doe spoke. “We will fight for every vote in this state,” Jane Doe said."},
        new String[] {"2016-03-02", "Businesswoman Jane Doe spoke. “We will fight on,” she said."},
        new String[] {"2016-03-03", "GOP frontrunner Jane Doe spoke on Monday."},
        new String[] {"2016-03-04", "The network is expected to host Jane Doe on Monday."},
        new String[] {"2016-03-05", "Florida Sen. Jane Doe spoke on Monday."},
        new String[] {"2016-03-06", "Presidential candidate Jane Doe spoke on Monday."},
        new String[] {"2016-03-07", "Senate Majority Leader Jane Doe spoke on Monday."})) {
      assertEquals(List.of(), of(l, "office"));
      try (var st = l.connection().createStatement(); var r = st.executeQuery("SELECT count(DISTINCT office) FROM titles WHERE office <> ''")) {
        r.next();
        assertEquals(2, r.getInt(1), "the senator and the majority leader are offices, held together");
      }
    }
  }

  @Test
  void twoOfficesAtOnceAndAStaleTitleAreOfficeConflicts() throws Exception {
    try (SqlLedger l = ledger(
        new String[] {"2016-03-01", "Ohio Gov. John Roe spoke on Monday."},
        new String[] {"2016-03-08", "Texas Sen. John Roe spoke on Monday."},
        new String[] {"2016-04-01", "The former Arkansas governor Mike Poe spoke on Monday."},
        new String[] {"2016-04-20", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00 Arkansas Gov. Mike Poe spoke on Monday."})) {
      List<Ledger.Conflict> c = of(l, "office");
      assertEquals(List.of("John Roe", "Mike Poe"), c.stream().map(Ledger.Conflict::about).sorted().toList(), c.toString());
      Ledger.Conflict stale = c.stream().filter(x -> x.about().equals("Mike Poe")).findFirst().orElseThrow();
      assertEquals("an office given as current after it was left", stale.reason());
      assertEquals("Arkansas Gov.", stale.right().text());
      assertTrue(stale.right().sentence().contains("Arkansas Gov. Mike Poe spoke"), stale.right().sentence());
    }
  }

  @Test
  void aSonIsNotHisFatherAndTheNameIsClean() throws Exception {
    try (SqlLedger l = ledger(
        new String[] {"2016-03-01", "Donald Trump spoke. “We will win this state by a lot of votes,” Donald Trump said."},
        new String[] {"2016-03-02", "Donald Trump Jr. spoke. “My father will win this state,” Donald Trump Jr. said."},
        new String[] {"2016-03-04", "Donald Trump, Jr. spoke. “My father will win every state,” Donald Trump, Jr. said."},
        new String[] {"2016-03-03", "HILLARY RODHAM CLINTON: We will not go back.\n\nHillary Rodham Clinton: “We will fight for it,” she said."})) {
      List<Ledger.Said> father = l.who("Donald Trump");
      assertEquals(List.of("Donald Trump"), father.stream().map(Ledger.Said::speaker).distinct().toList(), father.toString());
      assertEquals(1, father.size(), father.toString());
      assertEquals(List.of("Donald Trump Jr."), l.who("Donald Trump Jr.").stream().map(Ledger.Said::speaker).distinct().toList());
      try (var st = l.connection().createStatement(); var r = st.executeQuery("SELECT name FROM canon WHERE key = 'donald trump jr'")) {
        assertTrue(r.next());
        assertEquals("Donald Trump Jr.", r.getString(1), "\"Donald Trump, Jr.\" is the son, named so");
        assertFalse(r.next(), "one son");
      }
      assertEquals(List.of(), l.who("!!!"));
      try (var st = l.connection().createStatement(); var r = st.executeQuery("SELECT name FROM canon WHERE type = 'PERSON'")) {
        while (r.next()) assertFalse(r.getString(1).matches(".*[:\u2014].*"), r.getString(1));
      }
    }
  }

  @Test
  void namesakesOfOtherNameFormsAndOtherTradesStayApart() throws Exception {
    try (SqlLedger l = ledger(
        new String[] {"2016-03-01", "“I looked for a union label,” said Bob Mason, a retired Postal Service letter carrier who lined up early."},
        new String[] {"2016-03-02", "“Facts may be undervalued,” said Robert Mason, a University of Washington professor who studies the press."},
        new String[] {"2016-03-03", "“Facts still matter,” said Robert Mason, a University of Washington professor."},
        new String[] {"2016-03-04", "“The plan is sound,” said Mike Doyle, a Pittsburgh lawyer."},
        new String[] {"2016-03-05", "“The plan is sound indeed,” said Michael Doyle, a lawyer in Pittsburgh."},
        new String[] {"2016-03-06", "The winners of the Edgar A. Poe award were named on Friday. “We are honoured,” one of them said."},
        new String[] {"2016-03-07", "“Quoth the raven,” wrote Edgar A. Poe, a poet, in 1845."})) {
      List<String> masons = l.who("Robert Mason").stream().map(Ledger.Said::speaker).sorted().toList();
      assertEquals(List.of("Bob Mason", "Robert Mason", "Robert Mason"), masons, "two people, both found by the name");
      try (var st = l.connection().createStatement();
          var r = st.executeQuery("SELECT count(DISTINCT canon) FROM entities WHERE name LIKE '%Mason' AND canon IS NOT NULL")) {
        r.next();
        assertEquals(2, r.getInt(1), "the professor twice is one person, the letter carrier another");
      }
      try (var st = l.connection().createStatement();
          var r = st.executeQuery("SELECT count(DISTINCT canon) FROM entities WHERE name LIKE '%Doyle' AND canon IS NOT NULL")) {
        r.next();
        assertEquals(1, r.getInt(1), "a lawyer in Pittsburgh both times: one person by either name");
      }
      try (var st = l.connection().createStatement();
          var r = st.executeQuery("SELECT count(*) FROM entities WHERE name LIKE '%Poe' AND canon IS NOT NULL")) {
        r.next();
        assertEquals(1, r.getInt(1), "the award is named after someone, it is no one");
      }
    }
  }

  @Test
  void figuresMatchOnTheStructureOfTheSubject() throws Exception {
    try (SqlLedger l = ledger(
        new String[] {"2016-03-01", "About 52 percent of Democratic voters backed the plan on Tuesday, the poll found."},
        new String[] {"2016-03-02", "About 40 percent of Republican voters backed the plan on Tuesday, the poll found."},
        new String[] {"2016-03-03", "Ted Cruz has 370 delegates, the party said on Tuesday."},
        new String[] {"2016-03-03", "Marco Rubio has 163 delegates, the party said on Tuesday."})) {
      assertEquals(2, l.figures("voters", null, null, null).size());
      assertEquals(List.of("About 52 percent"), l.figures("Democratic voters", null, null, null).stream().map(Ledger.Figure::text).toList());
      assertEquals(List.of("370"), l.figures("Cruz's delegates", null, null, null).stream().map(Ledger.Figure::text).toList());
      assertEquals(2, l.figures("delegates", null, null, null).size());
    }
  }

  @Test
  void oneVariableReportedManyWaysGivesABoundedNumberOfConflicts() throws Exception {
    String[][] articles = new String[120][];
    for (int i = 0; i < articles.length; i++) {
      articles[i] = new String[] {"2016-06-13", "The attack killed " + (100 + 5 * i) + " people in Mosul on Sunday, officials said. (" + i + ")"};
    }
    try (SqlLedger l = ledger(articles)) {
      List<Ledger.Conflict> c = l.conflicts(List.of("figure"));
      assertTrue(c.size() > 0 && c.size() <= FigureConflicts.MAX_PER_VARIABLE, c.size() + " conflicts"); // 7,000 pairs disagree
    }
  }
}
