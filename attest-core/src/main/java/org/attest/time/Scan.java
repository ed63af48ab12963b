package org.attest.time;

import static org.attest.time.Tenses.tense;
import static org.attest.time.Values.quarterOf;
import static org.attest.time.Words.low;

import java.time.LocalDate;
import org.attest.time.Tenses.Tense;
import org.attest.text.Analysis;

/** One document being scanned: its words, its publication date and the last date it mentioned (the anchor). */
final class Scan {
  /** Granularities of a date value, for anchored expressions ("a year earlier"). */
  enum Grain { DAY, WEEK, MONTH, QUARTER, YEAR }

  final Analysis a;
  final LocalDate dct;
  final TimeLexicon lex;
  LocalDate anchor;
  Grain anchorGrain;
  LocalDate lastQuarter; // the quarter the article last named ("the third quarter")
  int lastQuarterSentence = -100;
  int lastEnd = -1; // the token after the last expression

  Scan(Analysis a, LocalDate dct, TimeLexicon lex) {
    this.a = a;
    this.dct = dct;
    this.lex = lex;
    this.anchor = dct;
    this.anchorGrain = Grain.DAY;
  }

  /** Dates become the anchor of later relative expressions ("a year earlier", "the quarter"). */
  void remember(Match m) {
    if (!m.type().equals("DATE") || m.value() == null) return;
    String v = m.value();
    if (v.matches("\\d{4}-Q\\d") && !m.value().equals(quarterOf(lastQuarter == null ? LocalDate.MIN : lastQuarter.minusYears(1)))) {
      LocalDate q = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 3 * (v.charAt(6) - '0') - 2, 1);
      // a quarter not over yet ("expects a profit in the fourth quarter") is a forecast, not the quarter reported on,
      // unless its end is given or its results are told in the past ("the fourth quarter ended Aug. 26", "reported
      // fourth-quarter earnings": a fiscal quarter, over)
      if (dct == null || !q.plusMonths(3).isAfter(dct) || lex.periodEndWords.contains(low(this, m.end())) || tense(this, m.start()) == Tense.PAST) {
        lastQuarter = q;
        lastQuarterSentence = a.sentenceOf(m.start());
      }
    }
    if ("anchored".equals(m.mod())) return; // "a year earlier" anchors nothing
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        anchor = LocalDate.parse(v);
        anchorGrain = Grain.DAY;
      } else if (v.matches("\\d{4}-Q\\d")) {
        anchor = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 3 * (v.charAt(6) - '0') - 2, 1);
        anchorGrain = Grain.QUARTER;
      } else if (v.matches("\\d{4}-\\d{2}")) {
        anchor = LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5)), 1);
        anchorGrain = Grain.MONTH;
      } else if (v.matches("\\d{4}")) {
        anchor = LocalDate.of(Integer.parseInt(v), dct != null ? dct.getMonthValue() : 1, 1);
        anchorGrain = Grain.YEAR;
      }
    } catch (java.time.DateTimeException e) {
      // an impossible date ("February 30") anchors nothing
    }
  }
}
