package org.attest.time;

import static org.attest.time.Tenses.tense;
import static org.attest.time.Values.quarterOf;
import static org.attest.time.Values.yearValue;
import static org.attest.time.Words.YEAR;
import static org.attest.time.Words.hyphen;
import static org.attest.time.Words.low;
import static org.attest.time.Words.ordinal;
import static org.attest.time.Words.relativeYear;
import static org.attest.time.Words.yearOf;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.time.Tenses.Tense;

/** The family time.year-part: quarters, halves and weeks of a year: "the third quarter", "third-quarter", "Q3 2016", "2017-Q4", "the first half", "the first week of 2015". */
final class YearParts extends RuleFamily {
  YearParts() {
    super("time.year-part", lex -> lex.ordinals.keySet());
  }

  @Override
  public boolean opensByShape(Scan d, int t) {
    String w = d.a.lower(t);
    return (w.charAt(0) == 'q' || w.charAt(0) == 'h') && w.length() == 2 && Character.isDigit(w.charAt(1)); // "Q3", "H1"
  }

  @Override
  public Match match(Scan d, int t) {
    return Match.longer(Match.longer(quarter(d, t), weekOfYear(d, t)), gluedQuarter(d, t)); // the first of two equal matches wins
  }

  static final Pattern HYPHENATED_QUARTER = Pattern.compile("(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)");

  /** "Q3", "H1": a quarter or half by its label. */
  static final Pattern QUARTER_LABEL = Pattern.compile("[qh][1-4]");

  /** "2017-q4", "2016h2" (year first) or "q1-2019" (label first). */
  static final Pattern GLUED_QUARTER = Pattern.compile("(\\d{4})-?([qh])([1-4])|([qh])([1-4])-(\\d{4})");

  /** "the third quarter", "third-quarter", "the fourth quarter of 1989", "the quarter", "the first half". */
  static Match quarter(Scan d, int t) {
    int start = t;
    if (d.lex.definite.at(d, t)) t++;
    // the year it belongs to: "the 1988 second quarter", "this year's third quarter", "last year's quarter"
    int ofYear = -1;
    if (YEAR.matcher(low(d, t)).matches()) {
      ofYear = yearOf(low(d, t));
      t++;
    } else if (start == t && d.dct != null && d.lex.yearWord.at(d, t + 1) && d.lex.possessive.at(d, t + 2)) {
      Integer y = relativeYear(d, t);
      if (y == null) return null;
      ofYear = y;
      t += 3;
    }
    if (d.lex.fiscalOpener.at(d, t)) t++; // "the fiscal first quarter"
    if (d.lex.fiscal.at(d, t - 1) && hyphen(d, t) == 1) t++; // "the fiscal-first quarter", cut in three
    if (ofYear > 0 && d.lex.quarterPeriod.at(d, t)) {
      // "the 1988 quarter", "the 1989 period", "last year's quarter": the quarter under discussion, in that year
      if (d.dct == null) return null;
      LocalDate base = d.lastQuarter != null ? d.lastQuarter : d.dct.minusMonths(3);
      return new Match(start, t + 1, "DATE", quarterOf(base.withYear(ofYear)), "anchored");
    }
    if (t > start && low(d, t).startsWith("fiscal-")) { // "the fiscal-first quarter"
      String rest = low(d, t).substring("fiscal-".length());
      if (ordinal(d, rest) > 0 && d.lex.quarterWord.at(d, t + 1)) {
        return d.dct == null ? null : new Match(start, t + 2, "DATE", yearValue(ofYear > 0 ? ofYear : d.dct.getYear()) + "-Q" + ordinal(d, rest), null);
      }
    }
    String w = low(d, t);
    Label label = label(d, t, w, ofYear);
    if (label != null) return ofItsYear(d, start, t, label.end(), label.part(), label.q(), label.ofYear());
    if (d.lex.yearWord.has(w) && low(d, t + 1).equals("-") && d.lex.agoEarlier.at(d, t + 2)) {
      return yearEarlier(d, start, t); // "year-earlier", "the year-ago quarter", "the year-earlier period"
    }
    if (d.lex.quarterWord.has(w) && start < t || d.lex.quarterPointer.has(w)
        && (d.lex.quarterWord.at(d, t + 1) || d.lex.latest.has(w) && d.lex.period.at(d, t + 1))) {
      return quarterUnderDiscussion(d, start, t, w);
    }
    return null;
  }

  /** A quarter or half by its number: q, "Q" or "H", the token after it, and the year it names ("Q3 2016"; else ofYear as given). */
  private record Label(int q, String part, int end, int ofYear) {}

  /** "third-quarter", "Q3", "Q3 this year", "last half of", "third quarter", "first half": the label at t, or null. */
  static Label label(Scan d, int t, String w, int ofYear) {
    Matcher hy = HYPHENATED_QUARTER.matcher(w);
    if (hy.matches()) return new Label(ordinal(d, hy.group(1)), d.lex.halfWord.has(hy.group(2)) ? "H" : "Q", t + 1, ofYear);
    if (QUARTER_LABEL.matcher(w).matches() && (Character.isUpperCase(d.a.token(t).charAt(0)) || ofYear > 0)) { // "2017 q1": its year before it
      int q = w.charAt(1) - '0'; // "Q3", "H1": the business calendar's labels
      String part = w.charAt(0) == 'q' ? "Q" : "H";
      int end = t + 1;
      if (ofYear < 0 && yearOf(low(d, end)) > 0) { // "Q3 2016"
        ofYear = yearOf(low(d, end));
        end++;
      } else if (ofYear < 0 && relativeYear(d, end) != null) { // "Q3 this year"
        ofYear = relativeYear(d, end);
        end += 2;
      }
      return new Label(q, part, end, ofYear);
    }
    if (d.lex.last.has(w) && d.lex.halfWord.at(d, t + 1) && d.lex.of.at(d, t + 2) && yearOf(low(d, t + 3)) > 0) {
      return new Label(2, "H", t + 2, ofYear); // "the last half of 1989"
    }
    if (ordinal(d, w) > 0 && (d.lex.quarterWord.at(d, t + hyphen(d, t + 1) + 1) || d.lex.halfWord.at(d, t + hyphen(d, t + 1) + 1))) {
      int u = t + hyphen(d, t + 1) + 1; // "third quarter", "third-quarter"
      return new Label(ordinal(d, w), d.lex.halfWord.at(d, u) ? "H" : "Q", u + 1, ofYear);
    }
    return null;
  }

  /** A quarter or half glued to its year: "2017-Q4", "Q1-2019", "2016H2", "2017q1"; null for most tokens at the first look. */
  static Match gluedQuarter(Scan d, int t) {
    String w = low(d, t);
    char c = w.charAt(0);
    if (!Character.isDigit(c) && c != 'q' && c != 'h') return null;
    if (w.length() > 7 || w.length() < 2) return null;
    int end = t + 1;
    String s = w;
    if (t + 2 < d.a.tokenCount() && low(d, t + 1).equals("-") && hyphen(d, t + 1) == 1) { // cut in three: "2017" "-" "Q4"
      s = w + "-" + low(d, t + 2);
      end = t + 3;
    }
    Matcher m = GLUED_QUARTER.matcher(s);
    if (!m.matches()) return null;
    boolean yearFirst = m.group(1) != null;
    String year = yearFirst ? m.group(1) : m.group(6), part = yearFirst ? m.group(2) : m.group(4), n = yearFirst ? m.group(3) : m.group(5);
    if (!YEAR.matcher(year).matches() || d.lex.h.has(part) && n.compareTo("2") > 0) return null;
    if (!yearFirst && !Character.isUpperCase(d.a.token(t).charAt(0))) return null; // "q1-2019" in lower case: a code
    return new Match(t, end, "DATE", year + "-" + part.toUpperCase(java.util.Locale.ROOT) + n, null);
  }

  /** "the first week of 2015", "the last week of this year": that ISO week of the year. */
  static Match weekOfYear(Scan d, int t) {
    int start = t;
    if (d.lex.definite.at(d, t)) t++;
    if (d.lex.weekWord.at(d, t) && low(d, t + 1).matches("\\d{1,2}")) return numberedWeek(d, start, t); // "the week 31", "week 3 of 2027"
    if (!d.lex.weekWord.at(d, t + 1) || !d.lex.of.at(d, t + 2)) return null; // one look rules most tokens out
    String w = low(d, t);
    int n = d.lex.last.has(w) ? 99 : ordinal(d, w);
    if (n < 1) return null;
    int[] ye = yearAt(d, t + 3);
    if (ye == null) return null;
    int y = ye[0], end = ye[1];
    int weeks = LocalDate.of(y, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    if (n == 99) n = weeks;
    return n > weeks ? null : new Match(start, end, "DATE", String.format("%04d-W%02d", y, n), null);
  }

  /** "the week 31" (of the article's year), "week 3 of 2027", "week 27 of last year": that ISO week; a bare "week 3" is a sport's. */
  static Match numberedWeek(Scan d, int start, int t) {
    int n = Integer.parseInt(low(d, t + 1));
    int[] ye = d.lex.of.at(d, t + 2) ? yearAt(d, t + 3) : null;
    if (ye == null && (start == t || d.dct == null)) return null;
    int y = ye != null ? ye[0] : d.dct.getYear();
    int weeks = LocalDate.of(y, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return n < 1 || n > weeks ? null : new Match(start, ye != null ? ye[1] : t + 2, "DATE", String.format("%04d-W%02d", y, n), null);
  }

  /** A year at k: digits, "this year", spelled ("two thousand and twenty seven"); {year, end} or null. */
  static int[] yearAt(Scan d, int k) {
    if (yearOf(low(d, k)) > 0) return new int[] {yearOf(low(d, k)), k + 1};
    Integer rel = relativeYear(d, k);
    if (rel != null) return new int[] {rel, k + 2};
    return Words.yearAt(d, k, true);
  }

  /** "year-earlier", "the year-ago quarter", "the year-earlier period": the quarter named last, a year before (else the anchor's year before). */
  static Match yearEarlier(Scan d, int start, int t) {
    int end = t + 3;
    if (d.lex.quarterPeriod.at(d, end)) end++;
    if (d.dct == null) return null;
    if (d.lastQuarter != null) return new Match(start, end, "DATE", quarterOf(d.lastQuarter.minusYears(1)), "anchored");
    return new Match(start, end, "DATE", yearValue(d.anchor.getYear() - 1), "anchored");
  }

  /** "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter": the quarter under discussion. */
  static Match quarterUnderDiscussion(Scan d, int start, int t, String w) {
    int end = d.lex.quarterWord.has(w) ? t + 1 : t + 2;
    if (d.dct == null) return null;
    if (end < d.a.tokenCount() && d.a.end(end - 1) == d.a.start(end) && low(d, end).startsWith("-")) return null; // "the quarter-to-quarter comparison"
    LocalDate base = d.lastQuarter != null ? d.lastQuarter : d.dct.minusMonths(3);
    // "the latest quarter" is over: the last quarter named when it is, else the one before the article's
    if (d.lex.latest.has(w) && (d.lastQuarter == null || !d.lastQuarter.plusMonths(3).isBefore(d.dct.plusDays(1)))) base = d.dct.minusMonths(3);
    if (d.lex.current.has(w)) base = d.dct;
    if (w.startsWith("year-")) base = base.minusYears(1);
    if (d.lex.a.at(d, end) && d.lex.yearWord.at(d, end + 1) && d.lex.agoEarlier.at(d, end + 2)) {
      base = base.minusYears(1); // "the quarter a year ago"
      end += 3;
    }
    return new Match(start, end, "DATE", quarterOf(base), "anchored");
  }

  /** The year of a quarter or half: its own ("of 1989", "of last year", "of the year"), else the article's, the last one for a later quarter told in the past. */
  static Match ofItsYear(Scan d, int start, int t, int end, String part, int q, int ofYear) {
    if (part.equals("H") && q > 2 || q > 4) return null;
    if (d.dct == null) return new Match(start, end, "DATE", "XXXX-" + part + q, null);
    int y = d.dct.getYear();
    if (ofYear > 0) {
      y = ofYear;
    } else if (d.lex.of.at(d, end) && (yearOf(low(d, end + 1)) > 0 || Words.yearAt(d, end + 1, true) != null)) { // "of 2020", "of two thousand and twenty"
      int[] ye = yearAt(d, end + 1);
      y = ye[0];
      end = ye[1];
    } else if (d.lex.of.at(d, end) && d.lex.fiscal.at(d, end + 1) && yearOf(low(d, end + 2)) > 0) { // "the first quarter of fiscal 2025"
      y = yearOf(low(d, end + 2));
      end += 3;
    } else if (d.lex.of.at(d, end) && relativeYear(d, end + 1) != null) { // "the fourth quarter of last year"
      y = relativeYear(d, end + 1);
      end += 3;
    } else if (d.lex.of.at(d, end) && d.lex.definite.at(d, end + 1) && d.lex.yearWord.at(d, end + 2)) {
      end += 3; // "the second half of the year": this year's, as "the year" alone is
      if (part.equals("Q") && q > d.dct.get(IsoFields.QUARTER_OF_YEAR) && tense(d, t) == Tense.PAST) y--;
    } else if (part.equals("Q") && q > d.dct.get(IsoFields.QUARTER_OF_YEAR) && tense(d, t) == Tense.PAST) {
      y--; // the fourth quarter, said in spring, was last year's
    }
    return new Match(start, end, "DATE", yearValue(y) + "-" + part + q, null);
  }
}
