package org.attest.claim;

import java.util.List;
import java.util.Locale;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;

/**
 * The period a year-back date gives a comparison's other end in a company's results: "Net sales for this year's
 * third quarter were $14 million, down from $21.4 million last year", "compared with earnings of $33 million last
 * year", "These results compare with net income of $1.8 million ... for the corresponding period last year": the
 * $21.4 million holds for the same quarter a year before (1988-Q3), not for the whole year 1988.
 */
final class YearAgo {
  /** A quarter's value ("1989-Q3"). */
  private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("\\d{4}-Q\\d");

  private YearAgo() {}

  /**
   * The date of the figure at token fig: {@code when} itself, unless it is a year ({@code [year-back]}: "last year",
   * "a year earlier") and the figure stands after a {@code [baseline]} word ("from", "compared with") in a sentence of
   * results whose period is a quarter of the next year: its own quarter of the sentence ("In the latest quarter"),
   * else, when the sentence names no other date and holds an {@code [earnings]} word, the article's quarter.
   */
  static TimeExpression period(Analysis a, List<TimeExpression> times, TimeExpression when, int fig, TimeExpression quarter, ClaimLexicon lex) {
    if (when.value() != null && QUARTER.matcher(when.value()).matches() && yearBack(when, lex) && toDate(a, fig, lex)) { // "for the nine months ..., up 56% from $163 million a year earlier": 1988-09-30
      return new TimeExpression(when.id(), when.start(), when.end(), when.text(), "DATE", when.value().substring(0, 4) + "-" + FiscalQuarter.calendarEnd(when.value().charAt(6) - '0'), when.mod());
    }
    if (when.value() == null || !when.value().matches("\\d{4}") || !yearBack(when, lex) || !compared(a, fig, lex)) return when;
    int s = a.sentenceOf(fig), from = a.start(a.sentenceStartToken(s)), to = a.end(a.sentenceEndToken(s) - 1);
    TimeExpression period = null;
    for (TimeExpression t : times) {
      if (t == when || t.start() < from || t.start() >= to || t.value() == null || !Character.isDigit(t.value().charAt(0))) continue;
      if (!QUARTER.matcher(t.value()).matches()) return when; // "the year ended Aug. 31": a year of its own
      period = t;
    }
    if (period == null && AsOf.has(a, s, lex.earnings)) period = quarter;
    if (period == null || !QUARTER.matcher(period.value()).matches() || Integer.parseInt(period.value().substring(0, 4)) != Integer.parseInt(when.value()) + 1) return when;
    String value = toDate(a, fig, lex) ? when.value() + "-" + FiscalQuarter.calendarEnd(period.value().charAt(6) - '0') : when.value() + period.value().substring(4); // "Net for the nine months was $254 million, up 56% from $163 million a year earlier": 1988-09-30
    return new TimeExpression(when.id(), when.start(), when.end(), when.text(), when.type(), value, when.mod());
  }

  /**
   * as-of.quarter's date of a results figure at token fig with no date of its own: the article's quarter; its last day
   * when the figure's sentence, or an earlier one of its paragraph, names a {@code [results-to-date]} period before any
   * "quarter" ("For the nine months, the company reported a net loss of $608,413": 1989-09-30); and a year before either
   * when a {@code [results-baseline]} word stands before the figure within its clause ("Net fell 16% to $123.1 million
   * from $145.7 million": 1988-Q3).
   */
  static TimeExpression quarterly(Analysis a, TimeExpression quarter, int fig, ClaimLexicon lex) {
    String v = quarter.value();
    int year = Integer.parseInt(v.substring(0, 4)), q = v.charAt(6) - '0';
    boolean toDate = toDate(a, fig, lex), back = before(a, fig, lex.dating.resultsBaselines, true); // not "rose from $1.4 billion to $2.1 billion"
    if (!toDate && !back) return quarter;
    int y = back ? year - 1 : year;
    String value = toDate ? y + "-" + FiscalQuarter.calendarEnd(q) : y + v.substring(4);
    return new TimeExpression(quarter.id(), quarter.start(), quarter.end(), quarter.text(), toDate ? "DATE" : quarter.type(), value, quarter.mod());
  }

  /** Whether a {@code [results-to-date]} phrase stands before the figure in its paragraph, with no "quarter" after it. */
  private static boolean toDate(Analysis a, int fig, ClaimLexicon lex) {
    int paragraph = a.paragraphOf(fig);
    for (int k = fig - 1; k > 0 && a.paragraphOf(k) == paragraph; k--) {
      if (a.lower(k).startsWith("quarter")) return false;
      if (lex.dating.resultsToDate.contains(a.lower(k - 1) + " " + a.lower(k))) return true;
    }
    return false;
  }

  /** Whether the date's words hold a {@code [year-back]} phrase ("a year ago", "last year", "the year-earlier quarter"; hyphens as spaces). */
  static boolean yearBack(TimeExpression date, ClaimLexicon lex) {
    String text = " " + date.text().toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    return lex.dating.yearBack.stream().anyMatch(p -> text.contains(" " + p + " "));
  }

  /** Whether a {@code [baseline]} word stands before the figure within ten words, before any verb ("compared with earnings of $33 million", "from $504.2 million, or $4.41"). */
  private static boolean compared(Analysis a, int fig, ClaimLexicon lex) {
    return before(a, fig, lex.dating.baselines, false);
  }

  private static boolean before(Analysis a, int fig, java.util.Set<String> baselines, boolean notAfterTo) {
    int from = a.sentenceStartToken(a.sentenceOf(fig));
    for (int k = fig - 1; k >= from && k >= fig - 10; k--) {
      if (notAfterTo && a.lower(k).equals("to")) return false;
      if (baselines.contains(a.lower(k))) return !notAfterTo || !a.pos(k + 1).equals("DET") && changed(a, from, k); // not "from the sale of one million shares"
      if (a.pos(k).equals("VERB") || a.pos(k).equals("AUX")) return false;
    }
    return false;
  }

  /** Whether a figure stands in the sentence before a baseline word: the new end of a change ("rose 14% to $4.03 billion from"; not "The loss stems from $357.5 million"). */
  private static boolean changed(Analysis a, int from, int baseline) {
    for (int k = from; k < baseline; k++) if (a.pos(k).equals("NUM") || Character.isDigit(a.token(k).charAt(0))) return true;
    return false;
  }

}
