package org.attest.time;

import static org.attest.time.Values.OUT_OF_RANGE;
import static org.attest.time.Values.decadeValue;
import static org.attest.time.Values.shifted;
import static org.attest.time.Values.yearValue;
import static org.attest.time.Words.YEAR;
import static org.attest.time.Words.low;
import static org.attest.time.Words.ordinal;
import static org.attest.time.Words.words;
import static org.attest.time.Words.yearAt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.text.Analysis;

/** The family time.year: years and decades: "1990", "fiscal 1990", "the 1990s", "the '90s", "the nineties", "nineteen ninety-six", "the year", "the 20th century". */
final class Years extends RuleFamily {
  Years() {
    super("time.year", lex -> words(lex.numbers.keySet(), lex.ordinals.keySet()));
  }

  @Override
  public Match match(Scan d, int t) {
    return Match.longer(Match.longer(Match.longer(year(d, t), spokenYear(d, t)), theYear(d, t)), century(d, t)); // the first of two equal matches wins
  }

  /** A fiscal year glued to its abbreviation: "FY2025", "FY25" (the two-digit form of this century). */
  static final Pattern FY = Pattern.compile("fy['\u2019]?((?:19|20)\\d{2}|\\d{2})");

  /** "FY2025": a shape of its own, opening this family at a word no table holds. */
  @Override
  public boolean opensByShape(Scan d, int t) {
    return FY.matcher(low(d, t)).matches();
  }

  static final Pattern DECADE = Pattern.compile("(mid-|early-|late-)?(1[0-9]{2}|20[0-9])0s|(mid-)?['\u2019](\\d)0s");

  /** "1990", "fiscal 1990", "the 1990s", "mid-1990s", "the '90s". */
  static Match year(Scan d, int t) {
    Analysis a = d.a;
    int start = t;
    if (d.lex.theFiscal.at(d, t)) t++;
    // "fiscal year 2023", "FY 2024": the year of the accounts, by its calendar number
    if (start < t && d.lex.definite.at(d, start) && d.lex.fiscal.at(d, t) && d.lex.yearWord.at(d, t + 1) && YEAR.matcher(low(d, t + 2)).matches()) {
      t++; // "the fiscal year 2008"
    }
    if (start < t && d.lex.fiscal.at(d, t - 1) && d.lex.yearWord.at(d, t) && YEAR.matcher(low(d, t + 1)).matches()) t++;
    if (start == t && d.lex.fiscalYear.at(d, t) && YEAR.matcher(low(d, t + 1)).matches()) return new Match(start, t + 2, "DATE", low(d, t + 1), null);
    Matcher fy = FY.matcher(low(d, t));
    if (start == t && fy.matches()) return new Match(start, t + 1, "DATE", fy.group(1).length() == 4 ? fy.group(1) : "20" + fy.group(1), null); // "FY2025", "FY25"
    String w = low(d, t);
    String decade = d.lex.decades.get(w);
    if (start < t && d.lex.centuries.has(w) && d.lex.decades.containsKey(low(d, t + 1))) { // "the nineteen seventies"
      return new Match(start, t + 2, "DATE", d.lex.numbers.get(w) + d.lex.decades.get(low(d, t + 1)), null);
    }
    if (decade != null && start < t && d.dct != null) { // "the nineties": the latest such decade up to the article
      int y = d.dct.getYear() / 100 * 100 + 10 * Integer.parseInt(decade);
      if (y > d.dct.getYear()) y -= 100;
      return new Match(start, t + 1, "DATE", decadeValue(y), null);
    }
    if (w.isEmpty() || !Character.isDigit(w.charAt(0)) && w.charAt(0) != '\'' && w.indexOf('-') < 0) return null;
    Matcher dm = DECADE.matcher(w);
    if (dm.matches() && !low(d, t - 1).equals("$") && !d.lex.of.at(d, t + 1) && !w.startsWith("10")) {
      String value = dm.group(2) != null ? dm.group(2) : "19" + dm.group(4);
      if (value.matches("1[0-8]0") && w.contains(value + "0s")) value = value.substring(0, 2); // "the 1800s": a century
      String prefix = dm.group(1) != null ? dm.group(1) : dm.group(3);
      String mod = prefix == null ? null : d.lex.mods.get(prefix); // mid-, early-, late- ([mod])
      return new Match(start, t + 1, "DATE", value, mod);
    }
    // "the 1970's": a decade written with an apostrophe, cut from its "'s"
    if (start < t && w.length() == 4 && w.endsWith("0") && YEAR.matcher(w).matches() && a.end(t) == (t + 1 < a.tokenCount() ? a.start(t + 1) : -1)
        && d.lex.possessive.at(d, t + 1) && !d.lex.fiscal.at(d, start)) {
      return new Match(start, t + 2, "DATE", w.substring(0, 3), null);
    }
    // "mid-1990" is its middle; "post-1959", "pre-1990" name the year they count from
    String bare = w.startsWith("mid-") ? w.substring(4) : w.startsWith("post-") ? w.substring(5) : w.startsWith("pre-") ? w.substring(4) : w;
    if (!YEAR.matcher(bare).matches() || t >= a.tokenCount()) return null;
    // a year is a number, or a name's first word after a determiner: "the 1994 Freedom of Access Act", "the 1959 trade embargo"
    if (!a.pos(t).equals("NUM") && bare == w && !(d.lex.determiners.contains(low(d, t - 1)) && t > 0)) return null;
    int y = Integer.parseInt(bare);
    if (y < 1800 && start == t) return null;
    String prev = t > 0 ? low(d, t - 1) : "";
    String next = low(d, t + 1);
    if (prev.equals("$") || d.lex.numberSign.has(prev) || next.equals("%") || d.lex.percent.has(next) || next.equals(":")) return null;
    if (start != t && d.lex.definite.at(d, start) && !d.lex.yearWord.at(d, t - 1)) return null; // "the 1999-12-31 deadline": the year is matched at its own token
    Match yearMonth = bare == w && start == t ? yearMonth(d, t, y) : null;
    return yearMonth != null ? yearMonth : new Match(start, t + 1, "DATE", bare, w.startsWith("mid-") ? "MID" : null);
  }

  /**
   * A year written before its month (and day): "in 2017 April", "2019 April 5"; not before a name or
   * a noun the month is part of ("the 2016 March Madness", "the 2019 May elections").
   */
  static Match yearMonth(Scan d, int t, int y) {
    Integer month = Words.month(d, t + 1);
    if (month == null) return null;
    int k = t + 2;
    int day = Words.dayOf(low(d, k));
    if (day > 0 && !d.lex.units.containsKey(low(d, k + 1)) && !Words.isNoun(d, k + 1)) {
      java.time.LocalDate date = Values.safeDate(y, month, day);
      return date == null ? null : new Match(t, k + 1, "DATE", Values.iso(date), null);
    }
    if (k < d.a.tokenCount() && (d.a.isCapitalized(k) || Words.isNoun(d, k))) return null;
    if (k + 1 < d.a.tokenCount() && d.a.pos(k).equals("ADP") && d.a.isCapitalized(k + 1)) return null; // "the 1963 March on Washington"
    return new Match(t, k, "DATE", String.format("%04d-%02d", y, month), null);
  }

  /** "the year 2000", "the year two thousand", "nineteen ninety-six": a year written out or introduced. */
  static Match spokenYear(Scan d, int t) {
    int start = t;
    boolean yearWord = false;
    if (d.lex.definite.at(d, t) && d.lex.yearWord.at(d, t + 1)) {
      t += 2;
      yearWord = true;
    }
    if (!yearWord && !Character.isLetter(low(d, t).isEmpty() ? '0' : low(d, t).charAt(0))) return null; // digits: the year rule
    int[] y = yearAt(d, t, yearWord);
    if (y == null) return null;
    return new Match(start, y[1], "DATE", yearValue(y[0]), null);
  }

  /**
   * "the year", "the full year", "the fiscal year": the year under discussion, the publication's;
   * "the year ended Sept. 30" is a stretch of a year (a DURATION), as in a company's results.
   */
  static Match theYear(Scan d, int t) {
    if (d.dct == null || !d.lex.definite.at(d, t)) return null;
    int u = t + 1;
    if (d.lex.yearKindFull.at(d, u)) u++;
    if (d.lex.monthWeek.at(d, u) && u == t + 1 && d.lex.of.at(d, t - 1)
        && d.lex.partOfWords.contains(low(d, t - 2)) && !low(d, t - 2).endsWith("s")
        && !low(d, u + 1).equals("-") && !low(d, u + 1).equals("\u2013") && !d.lex.longWord.at(d, u + 1)) { // not "the end of the month-long strike"
      // "by the end of the month", "the middle of the week": this one (the mod comes with the words before)
      return new Match(t, u + 1, "DATE", d.lex.monthWord.at(d, u) ? shifted(d.dct, "M", 0) : shifted(d.dct, "W", 0), null);
    }
    if (!d.lex.yearWord.at(d, u)) return null;
    String next = low(d, u + 1);
    if (next.equals("-") || d.lex.before.has(next) || d.lex.after.has(next) || d.lex.earlier.has(next) || d.lex.ago.has(next)) return null;
    if (d.lex.of.at(d, t - 1) && !d.lex.partOfWords.contains(low(d, t - 2))) return null; // "person of the year"
    if (d.lex.periodEndWords.contains(next)) return new Match(t, u + 1, "DURATION", "P1Y", null); // "the year ended June 30"
    // "the year the wall fell", "the year when", "the year of the dragon": a year a clause or phrase names, not this one
    String nextPos = d.a.tokenCount() > u + 1 ? d.a.pos(u + 1) : "PUNCT";
    if (d.lex.when.has(next) || d.lex.that.has(next) || d.lex.which.has(next) || nextPos.equals("DET") || nextPos.equals("PRON")
        || nextPos.equals("NOUN") || nextPos.equals("PROPN") || d.lex.of.has(next) && !low(d, u + 2).equals("$") && !d.a.pos(u + 2).equals("NUM")) {
      return null;
    }
    return new Match(t, u + 1, "DATE", yearValue(d.dct.getYear()), null);
  }

  /** "the 20th century", "the eleventh century": the century's two digits ("19", "10"). */
  static Match century(Scan d, int t) {
    int start = t;
    if (d.lex.definite.at(d, t)) t++;
    int n = ordinal(d, low(d, t));
    if (n < 1 || !d.lex.centuryWord.at(d, t + 1)) return null;
    return new Match(start, t + 2, "DATE", n > 100 ? OUT_OF_RANGE : String.format("%02d", n - 1), null);
  }
}
