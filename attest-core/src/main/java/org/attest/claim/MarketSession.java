package org.attest.claim;

import java.util.List;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;

/**
 * as-of.session: a market report's session day. "Stocks on Wall Street ended slightly higher on
 * Friday" dates the session; the moves it reports after that ("The Dow Jones industrial average
 * closed down 24.11 points", "Exxon fell $1.25, or 1.4 percent, to $88.95") hold for that day, not
 * for the publication day after it. The session is the first day of the article's opening
 * paragraphs named in a sentence with a market word ({@code [market]}) and a move
 * ({@code [session-move]}); a figure takes it when its own sentence reports a move and names no date.
 */
final class MarketSession {
  static final String STEP = "as-of.session";
  /**
   * as-of.close: a stock's close in an article with no session ("Pfizer's stock closed down 2.7 percent
   * at $31.32", its lead: "A $160 billion megamerger announced Monday") holds for the day the lead
   * reports: the first day its opening paragraphs name, not after the publication day.
   */
  static final String CLOSE = "as-of.close";
  private static final int OPENING = 3; // paragraphs

  private final ClaimLexicon lex;

  MarketSession(ClaimLexicon lex) {
    this.lex = lex;
  }

  /** The session day of a market report, or null when the article opens with none. */
  TimeExpression of(Analysis a, List<TimeExpression> times, String published) {
    for (TimeExpression t : times) {
      if (t.value() == null || t.value().length() != 10 || !Character.isDigit(t.value().charAt(0))) continue;
      if (published != null && AsOf.after(t.value(), published)) continue;
      int tok = a.tokenAt(t.start());
      if (tok >= a.tokenCount() || a.paragraphOf(tok) >= OPENING) return null;
      int s = a.sentenceOf(tok);
      if (has(a, s, lex.markets) && has(a, s, lex.sessionMoves)) return t;
    }
    return null;
  }

  /** The first day the article's opening paragraphs name, not after its publication day, or null. */
  TimeExpression lead(Analysis a, List<TimeExpression> times, String published) {
    for (TimeExpression t : times) {
      int tok = a.tokenAt(t.start());
      if (tok >= a.tokenCount() || a.paragraphOf(tok) >= OPENING) return null;
      if (t.value() == null || t.value().length() != 10 || !Character.isDigit(t.value().charAt(0))) continue;
      if (published == null || !AsOf.after(t.value(), published)) return t;
    }
    return null;
  }

  /** Whether the figure's sentence reports a stock's close ("Pfizer's stock closed down 2.7 percent"). */
  boolean closes(Analysis a, int tok) {
    int s = a.sentenceOf(tok);
    return has(a, s, lex.closeWords) && has(a, s, lex.closeStocks);
  }

  /** Whether the figure's sentence reports a move of the session. */
  boolean moves(Analysis a, int tok) {
    return has(a, a.sentenceOf(tok), lex.sessionMoves);
  }

  private static boolean has(Analysis a, int sentence, java.util.Set<String> words) {
    for (int k = a.sentenceStartToken(sentence); k < a.sentenceEndToken(sentence); k++) if (words.contains(a.lower(k))) return true;
    return false;
  }
}
