package org.attest.claim;

import org.attest.text.Analysis;

/**
 * Whether a date of a figure's sentence stands in another clause than the figure, so that it is not
 * when the figure holds: a clause the writer joins after a comma ("..., and the British pound rose
 * to $1.3231"), a relative clause set off by commas ("cases in Spain, where the outbreak began last
 * year, rose to 4,000"), or the other end of a change ("fell to 1.45 percent from 1.51 percent the
 * day before": the day before is the 1.51 percent's).
 */
final class Clauses {
  private final ClaimLexicon lex;

  Clauses(ClaimLexicon lex) {
    this.lex = lex;
  }

  /** Whether the date whose tokens are [dateFrom, dateTo) belongs to another clause than the figure at token fig (same sentence). */
  boolean apart(Analysis a, int dateFrom, int dateTo, int fig) {
    if (fig < dateFrom) {
      for (int k = fig + 1; k < dateFrom - 1; k++) if (otherEnd(a, k, dateFrom) || joined(a, k, dateFrom) && finite(a, k)) return true;
    } else {
      for (int k = dateTo; k < fig; k++) if (joined(a, k, fig) && finite(a, k)) return true;
    }
    return relativeAround(a, dateFrom, fig);
  }

  /** Whether a target follows the figure before the deadline at {@code date}: "from 175 gigawatts to 450 gigawatts by 2022" (the 175 holds now). */
  boolean target(Analysis a, int fig, int date) {
    for (int k = fig + 1; k + 1 < date; k++) {
      if (!lex.stretchEnds.contains(a.lower(k))) continue;
      String next = a.pos(k + 1), after = k + 2 < date ? a.pos(k + 2) : "";
      if (next.equals("NUM") || next.equals("SYM") || after.equals("NUM")) return true; // "to 450", "to $5", "to as many as 80"
    }
    return false;
  }

  /**
   * Whether a date of the sentence before, a year before the period of the results ({@code [year-back]}: "A year earlier
   * UniFirst earned $2.4 million", "In the year-earlier quarter, ..."), does not date the figure at tokens [fig, figEnd]: the
   * new end of a change its own sentence states, with the other end after it ("Sales rose to $52.4 million from $50.1 million").
   */
  boolean newEnd(Analysis a, org.attest.model.TimeExpression date, int fig, int figEnd) {
    if (!YearAgo.yearBack(date, lex)) return false;
    int end = a.sentenceEndToken(a.sentenceOf(fig));
    for (int k = figEnd + 1; k + 1 < end; k++) {
      int n = a.pos(k + 1).equals("SYM") ? k + 2 : k + 1;
      if (lex.changeFrom.contains(a.lower(k)) && n < end && a.pos(n).equals("NUM")) return true;
    }
    return false;
  }

  /**
   * Whether the date at token {@code date} dates the event that starts a stretch, not the figure at token fig: a
   * {@code [stretch-start]} word within nine words before it, with words of the event between and no punctuation nor
   * number ("holding more than 200 people captive since its attack last month", "since sectarian clashes with their
   * Buddhist neighbors in 2012"); not when the figure is the event's own ("Since KKR bought RJR in February for $25
   * billion"). "since 2011" right before is {@link AsOf}'s.
   */
  boolean sinceEvent(Analysis a, int date, int fig) {
    int from = Math.max(a.sentenceStartToken(a.sentenceOf(date)), date - 9);
    for (int k = date - 1; k >= from; k--) {
      if (lex.dating.stretchStarts.contains(a.lower(k))) return k < date - 1 && !inside(a, k, fig);
      if (a.pos(k).equals("PUNCT") && !a.token(k).equals("-") || a.pos(k).equals("NUM")) return false; // "since 2010 and ... in 2012"
    }
    return false;
  }

  /** Whether the figure at token fig lies in the phrase that opens at token k, before any punctuation. */
  private static boolean inside(Analysis a, int k, int fig) {
    if (fig <= k) return false;
    for (int j = k + 1; j < fig; j++) if (a.pos(j).equals("PUNCT") && !a.token(j).equals("-")) return false;
    return a.sentenceOf(fig) == a.sentenceOf(k);
  }

  /**
   * Whether the date at token {@code date}, after the figure q, lies in a relative clause with no comma
   * ({@code [relative-bare]}, the nearest before the date, after a noun) that describes another noun than the figure's
   * object, past a verb or preposition: "the 30 Democratic House members who represent districts that President Trump won in 2016" (the districts'),
   * not "nearly 40,000 employees who walked off the job in mid-April" (the figure's own noun). False for a figure with no object.
   */
  boolean otherRelative(Analysis a, int date, org.attest.model.Quantity q) {
    int fig = a.tokenAt(q.start());
    if (q.object() == null || date <= fig) return false;
    int objectEnd = a.tokenAt(q.object().end() - 1), from = objectEnd + 1;
    if (objectEnd < fig) return false; // an object before the figure ("Shares of the bank fell 3 percent in trading that ...")
    for (int k = date - 1; k >= from; k--) {
      if (a.pos(k).equals("PUNCT") && !a.token(k).equals("-")) return false;
      if (!lex.bareRelatives.contains(a.lower(k))) continue;
      if (!(a.pos(k - 1).equals("NOUN") || a.pos(k - 1).equals("PROPN"))) return false;
      for (int j = objectEnd + 1; j < k - 1; j++) if (a.pos(j).equals("VERB") || a.pos(j).equals("AUX") || a.pos(j).equals("ADP")) return true;
      return false; // the figure's own noun phrase goes on to the opener ("of the company's $728 million recapitalization that ...")
    }
    return false;
  }

  /** "from 1.51 percent the day before", "from $1.1074 the day before": a change's other end, not a year ("from 2005 levels by 2050"), right before the date. */
  private boolean otherEnd(Analysis a, int k, int date) {
    if (!lex.changeFrom.contains(a.lower(k)) || date - k > 5) return false;
    int n = a.pos(k + 1).equals("SYM") ? k + 2 : k + 1;
    return n < date && a.pos(n).equals("NUM") && !YEAR.matcher(a.token(n)).matches();
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[89]\\d\\d|20\\d\\d");

  /**
   * Whether the words before the comma at {@code to}, back to a full stop, hold a finite verb: a clause, not a list of names
   * ("In 1998 ... admitting Poland, Hungary, and ..."). (Not the sentence's start: the splitter may cut in "$1.1175".)
   */
  private static boolean finite(Analysis a, int to) {
    for (int k = to - 1; k >= 0 && k >= to - 30 && !a.token(k).equals(".") && !a.token(k).equals(";"); k--) {
      if (a.pos(k).equals("AUX") || a.pos(k).equals("VERB") && !a.lower(k).endsWith("ing")) return true;
    }
    return false;
  }

  /** ", and <subject> <verb>": a comma and a clause link at k that open a clause with a verb of its own before {@code to}. */
  private boolean joined(Analysis a, int k, int to) {
    if (!a.token(k).equals(",") || k + 1 >= to || !lex.clauseLinks.contains(a.lower(k + 1))) return false;
    for (int v = k + 3; v < to; v++) { // a subject first; a move the tagger takes for a noun ("the British pound rose") is a verb too
      if (a.pos(v).equals("VERB") || a.pos(v).equals("AUX") || lex.sessionMoves.contains(a.lower(v))) return true;
    }
    return false;
  }

  /** Whether the date lies in a relative clause opened by a comma ("..., where ... last year,") that does not hold the figure. */
  private boolean relativeAround(Analysis a, int date, int fig) {
    int start = a.sentenceStartToken(a.sentenceOf(date));
    for (int k = date - 1; k > start; k--) {
      String w = a.token(k);
      if (w.equals(",")) {
        if (!lex.relativeOpeners.contains(a.lower(k + 1))) return false;
        if (fig < k) return true;
        int end = date;
        while (end < a.tokenCount() && a.sentenceOf(end) == a.sentenceOf(date) && !a.token(end).equals(",")) end++;
        return fig > end && end < a.tokenCount() && a.token(end).equals(",");
      }
    }
    return false;
  }
}
