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
  private YearAgo() {}

  /**
   * The date of the figure at token fig: {@code when} itself, unless it is a year ({@code [year-back]}: "last year",
   * "a year earlier") and the figure stands after a {@code [baseline]} word ("from", "compared with") in a sentence of
   * results whose period is a quarter of the next year: its own quarter of the sentence ("In the latest quarter"),
   * else, when the sentence names no other date and holds an {@code [earnings]} word, the article's quarter.
   */
  static TimeExpression period(Analysis a, List<TimeExpression> times, TimeExpression when, int fig, TimeExpression quarter, ClaimLexicon lex) {
    if (when.value() == null || !when.value().matches("\\d{4}") || !yearBack(when, lex) || !compared(a, fig, lex)) return when;
    int s = a.sentenceOf(fig), from = a.start(a.sentenceStartToken(s)), to = a.end(a.sentenceEndToken(s) - 1);
    TimeExpression period = null;
    for (TimeExpression t : times) {
      if (t == when || t.start() < from || t.start() >= to || t.value() == null || !Character.isDigit(t.value().charAt(0))) continue;
      if (!t.value().matches("\\d{4}-Q\\d")) return when; // "the year ended Aug. 31": a year of its own
      period = t;
    }
    if (period == null && earnings(a, s, lex)) period = quarter;
    if (period == null || !period.value().matches("\\d{4}-Q\\d") || Integer.parseInt(period.value().substring(0, 4)) != Integer.parseInt(when.value()) + 1) return when;
    return new TimeExpression(when.id(), when.start(), when.end(), when.text(), when.type(), when.value() + period.value().substring(4), when.mod());
  }

  /** Whether the date's words hold a {@code [year-back]} phrase ("a year ago", "last year", "the year-earlier quarter"; hyphens as spaces). */
  static boolean yearBack(TimeExpression date, ClaimLexicon lex) {
    String text = " " + date.text().toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
    return lex.dating.yearBack.stream().anyMatch(p -> text.contains(" " + p + " "));
  }

  /** Whether a {@code [baseline]} word stands before the figure within ten words, before any verb ("compared with earnings of $33 million", "from $504.2 million, or $4.41"). */
  private static boolean compared(Analysis a, int fig, ClaimLexicon lex) {
    int from = a.sentenceStartToken(a.sentenceOf(fig));
    for (int k = fig - 1; k >= from && k >= fig - 10; k--) {
      if (lex.dating.baselines.contains(a.lower(k))) return true;
      if (a.pos(k).equals("VERB") || a.pos(k).equals("AUX")) return false;
    }
    return false;
  }

  private static boolean earnings(Analysis a, int s, ClaimLexicon lex) {
    for (int k = a.sentenceStartToken(s); k < a.sentenceEndToken(s); k++) if (lex.earnings.contains(a.lower(k))) return true;
    return false;
  }
}
