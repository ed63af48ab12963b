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
  LocalDate lastDay; // the last day named, of any type ("Saturday morning", "10 p.m. Wednesday"): a clock time's day
  int lastDayToken = -1;
  String lastDayPart = ""; // its part of the day, "NI" for "Monday night"

  Scan(Analysis a, LocalDate dct, TimeLexicon lex) {
    this.a = a;
    this.dct = dct;
    this.lex = lex;
    this.anchor = dct;
    this.anchorGrain = Grain.DAY;
  }

  /**
   * The day of a clock time that names none: the day last named in its sentence, or in the sentence
   * before it in its paragraph ("The fire started Saturday. Firefighters arrived at 3:15 a.m."); else
   * the article's. A clock time that opens its sentence heads an entry of a live report: the article's day.
   */
  LocalDate clockDay(int t, int hour) {
    int s = a.sentenceOf(t);
    if (lastDay == null || lastDayToken < 0 || heads(t) || !within(lastDayPart, hour)) return dct;
    int named = a.sentenceOf(lastDayToken);
    boolean before = named == s - 1 && a.paragraphOf(lastDayToken) == a.paragraphOf(t);
    return named == s || before ? lastDay : dct;
  }

  /** Whether the hour (0-24) falls in the part of the day ("" any): "Monday night" holds no 2 p.m. */
  static boolean within(String part, int hour) {
    switch (part) {
      case "MO": return hour < 12;
      case "AF": return hour >= 12 && hour < 18;
      case "EV": return hour >= 17 && hour < 23;
      case "NI": return hour >= 18 || hour < 5;
      default: return true;
    }
  }

  /** Whether only punctuation comes before token t in its sentence ("___. 11:35 a.m. Trump says..."). */
  private boolean heads(int t) {
    for (int k = a.sentenceStartToken(a.sentenceOf(t)); k < t; k++) if (Character.isLetterOrDigit(a.lower(k).charAt(0))) return false;
    return true;
  }

  /** Dates become the anchor of later relative expressions ("a year earlier", "the quarter"). */
  void remember(Match m) {
    if (m.value() != null && m.value().matches("\\d{4}-\\d{2}-\\d{2}.*") && !m.type().equals("SET")) {
      try {
        lastDay = LocalDate.parse(m.value().substring(0, 10));
        lastDayToken = m.start();
        lastDayPart = m.value().length() == 13 ? m.value().substring(11) : "";
      } catch (java.time.DateTimeException e) {
        // "February 30" names no day
      }
    }
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
      if (v.matches("\\d{4}-\\d{2}-\\d{2}(T(MO|AF|EV|NI))?")) { // a day, or a part of it: "Tuesday night"
        v = v.substring(0, 10);
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
