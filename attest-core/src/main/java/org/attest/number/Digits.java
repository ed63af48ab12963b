package org.attest.number;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.text.Analysis;

/**
 * A number token in digits: "1,234,567", ".08", "-1" (after a space), with a currency prefix
 * ("$5", "C$16", "USD115") and a suffix ("45%", "10k", "$3bn", "115USD", "2mil", "26.2-mile"),
 * all from the tables; not a number inside a name ("Fox 35", "COVID-19").
 */
final class Digits {
  static final String NAME = "number.digits";

  /**
   * A telephone number around a number token (an identifier, NOTES.md; fresh AP, city-paper and UK pages): "(219)
   * 937-6103", "(254-2) 751-613", "0800 555 111", "0845 46 47".
   */
  private static final Pattern PHONE = Pattern.compile("\\(?\\d{3}\\)?[ .-]\\d{3}[-.]\\d{4}|\\(\\d{3}-\\d{1,2}\\) ?\\d{3}-\\d{3}|0\\d{3} \\d{2,3} \\d{2,4}");
  private static final String PHONE_CHARS = "0123456789()-. ";

  /** The digits of a number token; a prefix and suffix around them are read from the tables. */
  private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?");

  private final NumberLexicon lex;

  Digits(NumberLexicon lex) {
    this.lex = lex;
  }

  /** Whether token t is a number in digits; its value (and a glued unit) go into num. */
  boolean read(Analysis a, int t, Figure num) {
    String w = a.lower(t);
    int i = 0;
    boolean negative = false;
    if (w.charAt(0) == '-' || w.charAt(0) == '−') {
      if (t > 0 && a.end(t - 1) == a.start(t)) return false; // "COVID-19", a range's second end
      negative = true;
      i = 1;
    } else if (w.charAt(0) == '+' && w.length() > 1 && Character.isDigit(w.charAt(1))) { // "sits at +25 points"
      if (t > 0 && a.end(t - 1) == a.start(t)) return false;
      i = 1;
    }
    int d = i;
    while (d < w.length() && !Character.isDigit(w.charAt(d)) && w.charAt(d) != '.') d++;
    if (d > i) {
      String prefix = w.substring(i, d);
      String cur = lex.currencySymbol.get(prefix);
      if (cur == null) cur = lex.currencyCode.get(prefix);
      if (cur == null || num.unit != null) return false;
      num.unit(cur);
    }
    Matcher m = DIGITS.matcher(w);
    m.region(d, w.length());
    if (!m.lookingAt() || m.end() == d || m.group(1) == null && (m.group(2) == null || m.group(2).length() < 2)) {
      if (d > i) num.unit = null;
      return false;
    }
    double value = Double.parseDouble((m.group(1) == null ? "0" : m.group(1).replace(",", "")) + (m.group(2) == null ? "" : m.group(2)));
    String suffix = w.substring(m.end());
    int over = m.group(2) == null ? fractionEnd(suffix) : 0; // "5/8", "1/4%": a fraction in digits, stock-table style
    if (over > 0) {
      double denominator = Double.parseDouble(suffix.substring(1, over));
      if (value <= 0 || value >= denominator) return false; // "10/26": no fraction
      value /= denominator;
      suffix = suffix.substring(over);
    }
    // "28-" "page": a compound's first half, its unit after it, or money ("$6.99-a-month"), not "68-" "year-old"
    if (suffix.equals("-") && t + 1 < a.tokenCount() && a.end(t) == a.start(t + 1) && (num.unit != null || lex.hyphenUnit(Tokens.hyphenWord(a, t + 1)) != null)) suffix = "";
    if (!suffix.isEmpty()) {
      Double scaled = suffix(suffix, value, num);
      if (scaled == null) return false;
      value = scaled;
    }
    num.value = negative ? -value : value;
    num.stamp(NAME);
    return true;
  }

  /** The end of "/N" opening {@code suffix}, N a denominator of stock tables and recipes (2 to 64), or 0. */
  private static int fractionEnd(String suffix) {
    if (suffix.length() < 2 || suffix.charAt(0) != '/') return 0;
    int k = 1;
    while (k < suffix.length() && k <= 3 && Character.isDigit(suffix.charAt(k))) k++;
    if (k == 1 || k < suffix.length() && Character.isDigit(suffix.charAt(k))) return 0;
    int n = Integer.parseInt(suffix.substring(1, k));
    return n >= 2 && n <= 64 ? k : 0;
  }

  /**
   * A whole number and a fraction in digits after it, one figure ("112 5/8", "6 1/4%": 112.625, 6.25 percent): the
   * end of the fraction's token, or -1. The fraction's own reading gives its value and a glued unit.
   */
  int mixed(Analysis a, int t, Figure num) {
    if (t + 1 >= a.tokenCount() || a.end(t) == a.start(t + 1) || num.value != Math.rint(num.value) || num.value < 0 || num.unitScale != 1) return -1;
    String next = a.token(t + 1);
    if (next.indexOf('/') < 1 || !Character.isDigit(next.charAt(0))) return -1;
    Figure part = new Figure();
    if (!read(a, t + 1, part) || part.value >= 1 || part.value <= 0) return -1;
    if (part.unit != null && num.unit != null) return -1;
    num.value += part.value;
    if (part.unit != null) num.unit(part.unit);
    return t + 2;
  }

  /** The value with a glued suffix read ("45%", "10k", "115USD", "12-cent"), or null when the suffix is none of them. */
  private Double suffix(String suffix, double value, Figure num) {
    String mag = lex.magnitude.get(suffix);
    String cur = lex.currencyCode.get(suffix);
    if (cur == null) cur = lex.currencySymbol.get(suffix);
    String word = suffix.startsWith("-") ? lex.hyphenUnit(suffix.substring(1)) : null; // "a 12-cent dividend", "a 26.2-mile race"
    if (suffix.equals("%") && num.unit == null) num.unit = "percent";
    else if (word != null && num.unit == null) {
      num.unit(word);
      num.stamp(Units.COMPOUND);
    } else if (mag != null && !suffix.startsWith("d")) {
      value *= Double.parseDouble(mag);
      num.stamp(Magnitudes.NAME);
    } else if (cur != null && num.unit == null) num.unit(cur);
    else {
      num.unit = null;
      num.unitScale = 1;
      return null;
    }
    return value;
  }

  /** "Fox 35", "Section 8", "COVID-19", "G20": a number that is part of a name. */
  boolean isInName(Analysis a, int t) {
    if (t > 0 && a.end(t - 1) == a.start(t) && Character.isLetter(a.text().charAt(a.start(t) - 1))) return true;
    if (a.start(t) > 0 && a.text().charAt(a.start(t) - 1) == '#') return true; // a rank or number: "hit #1", "Idea #2" (fresh pages)
    if (t > 0 && a.end(t - 1) == a.start(t) && a.token(t - 1).equals("-") && t > 1 && a.isCapitalized(t - 2)) return true;
    if (t == 0) return false;
    String prev = a.lower(t - 1);
    if (lex.label.containsKey(prev) || lex.notFigures.services().contains(a.lower(t))) return true; // "Stage 3", "911"
    if ((prev.equals("'s") || prev.equals("’s")) && t >= 2 && lex.labelPossessive.contains(a.lower(t - 2))) return true; // "Standard & Poor's 500"
    // a page counter: "page 1 of 2"
    if (prev.equals("of") && t >= 3 && a.pos(t - 2).equals("NUM") && lex.label.containsKey(a.lower(t - 3))) return true;
    // "the S.&P. 500": an abbreviated name before
    if (prev.equals(".") && t >= 2 && Tokens.glued(a, t - 2, t - 1) && a.pos(t - 2).equals("PROPN") && a.sentenceStartToken(a.sentenceOf(t)) != t) return true;
    // a proper name right before: "Air Force One", "Future 45"; not a sentence's first word ("Between 10 and 20")
    boolean first = a.sentenceStartToken(a.sentenceOf(t - 1)) == t - 1;
    // not a poll share after its candidate: "Clinton leads Sanders 50 percent to 44 percent"
    // or a capitalised common word the tagger reads as a noun or adjective when no capitalised word follows (fresh pages:
    // "Rule 40, as", "Game 7 and", "Local 294 in Albany", "on Day 1,", "the Billboard Hot 100."; not "Trump Wins 3 States",
    // nor a compound "A Powerful 3-Word Response", nor after a line break "Olive Oil Mix" / "120 ml olive oil")
    if (!a.isCapitalized(t - 1)) return false; // (the cheap test first: most numbers follow no capital)
    boolean named = a.pos(t - 1).equals("PROPN") || (a.pos(t - 1).equals("NOUN") || a.pos(t - 1).equals("ADJ")) && !titleCase(a, t + 1)
        && !Tokens.lineBreak(a, a.end(t - 1), a.start(t)) && !a.token(t).endsWith("-") && !(t + 1 < a.tokenCount() && a.token(t + 1).equals("-"));
    return named && a.isCapitalized(t - 1) && !first && !lex.bound.containsKey(prev) && !share(a, t);
  }

  /** Whether token k is a capitalised word (a title-case headline goes on): "Trump Wins 3 States". */
  private static boolean titleCase(Analysis a, int k) {
    return k < a.tokenCount() && a.isCapitalized(k) && Character.isLetter(a.token(k).charAt(0));
  }

  /** Whether the number at t is a percentage: "50 percent", "50%". */
  private boolean share(Analysis a, int t) {
    return a.token(t).endsWith("%") || t + 1 < a.tokenCount() && lex.percent.containsKey(a.lower(t + 1));
  }

  /**
   * A model number (gold/figures/README.md: "787-9", "RAV4" are names): a whole number of three
   * or four digits before capitalised words that are no unit ("Max", "Dreamliner") and a noun
   * that is one ("its popular 737 Max jet") or after a count ("400 737 Max jets").
   */
  boolean isModel(Analysis a, int t) {
    String w = a.token(t);
    if (w.length() < 3 || w.length() > 4 || !w.chars().allMatch(Character::isDigit) || w.charAt(0) == '0' || t + 1 >= a.tokenCount()) return false;
    int k = t + 1;
    while (k < a.tokenCount() && k - t <= 2 && a.isCapitalized(k) && Character.isLetter(a.token(k).charAt(0)) && !unit(a.lower(k))) k++;
    // the noun, whatever the tagger calls a lower-case word there ("Max jet/PROPN", "Max jets/VERB")
    if (k >= a.tokenCount() || a.isCapitalized(k) || !(a.pos(k).equals("NOUN") || a.pos(k).equals("PROPN") || a.pos(k).equals("VERB")) || unit(a.lower(k))) {
      return false;
    }
    return k > t + 1 && (!a.lower(k).endsWith("s") || t > 0 && a.pos(t - 1).equals("NUM"));
  }

  /**
   * A street address (an identifier, NOTES.md; fresh AP, NYT and city-paper pages): a whole number of at most five digits
   * before one to four capitalised words, directions or numbered streets ("E.", "Fifth", "5th") and a [street] word, no
   * common noun after it ("at 469 Vermont St. in Brownsville", "201 E. Nine Mile Rd.", "1405 Washington Avenue"; not "9
   * Supreme Court justices").
   */
  boolean isAddress(Analysis a, int t) {
    int n = a.tokenCount();
    if (t + 2 >= n || !a.isCapitalized(t + 1) || !digitsOnly(a.token(t), 5)) return false;
    for (int k = t + 1; k < n && k - t <= 5; k++) {
      String w = a.token(k);
      if (k > t + 1 && lex.notFigures.streets().contains(a.lower(k)) && a.isCapitalized(k)) {
        if (k + 1 < n && a.isCapitalized(k + 1) && a.lower(k).startsWith("st")) return false; // "300 East St. Louis residents": Saint
        return k + 1 >= n || !(a.pos(k + 1).equals("NOUN") && !a.isCapitalized(k + 1));
      }
      if (!(a.isCapitalized(k) || w.equals(".") && Tokens.glued(a, k - 1, k) || ordinalDigits(w))) return false;
    }
    return false;
  }

  /** One to {@code max} ASCII digits and nothing else (what {@code \d{1,max}} matches). */
  private static boolean digitsOnly(String w, int max) {
    return w.length() <= max && asciiDigits(w) == w.length() && !w.isEmpty();
  }

  /** "5th", "42nd": ASCII digits and a lower-case ordinal ending (what {@code \d+(st|nd|rd|th)} matches). */
  private static boolean ordinalDigits(String w) {
    int i = asciiDigits(w);
    if (i == 0 || w.length() != i + 2) return false;
    char x = w.charAt(i), y = w.charAt(i + 1);
    return x == 's' && y == 't' || x == 'n' && y == 'd' || x == 'r' && y == 'd' || x == 't' && y == 'h';
  }

  /** How many ASCII digits open {@code w}. */
  private static int asciiDigits(String w) {
    int i = 0;
    while (i < w.length() && w.charAt(i) >= '0' && w.charAt(i) <= '9') i++;
    return i;
  }

  /** Whether the number token t is part of a telephone number ({@link #PHONE}); the cheap test of its neighbours first. */
  static boolean isPhone(Analysis a, int t) {
    String text = a.text();
    int s = a.start(t), e = a.end(t), n = text.length();
    boolean before = s > 0 && ("()-".indexOf(text.charAt(s - 1)) >= 0 || s > 1 && text.charAt(s - 1) == ' ' && Character.isDigit(text.charAt(s - 2)));
    boolean after = e < n && ("()-".indexOf(text.charAt(e)) >= 0 || e + 1 < n && text.charAt(e) == ' ' && Character.isDigit(text.charAt(e + 1)));
    if (!before && !after && !(text.charAt(s) == '0' && e - s >= 4)) return false;
    int from = s, to = e;
    while (from > 0 && s - from < 16 && PHONE_CHARS.indexOf(text.charAt(from - 1)) >= 0) from--;
    while (to < n && to - e < 16 && PHONE_CHARS.indexOf(text.charAt(to)) >= 0) to++;
    Matcher m = PHONE.matcher(text).region(from, to);
    while (m.find()) if (m.start() <= s && m.end() >= e) return true;
    return false;
  }

  /**
   * A numbered list's label at the start of a line (NOTES.md: list labels are no figures; fresh USA Today, Breitbart/AP,
   * Washington Post and Politico lists): "1. Donald Trump (Last week: 2.)", "7. Chris Christie.", "2) The art of front-running";
   * not a figure alone on its line with its caption on the next ([figure-caption]: "60." then "The number of countries that").
   */
  boolean isListLabel(Analysis a, int t) {
    String text = a.text();
    int s = a.start(t), e = s;
    while (e < text.length() && e - s < 4 && Character.isDigit(text.charAt(e))) e++;
    if (e == s || e - s > 3 || e + 1 >= text.length() || text.charAt(e) != '.' && text.charAt(e) != ')' || !Character.isWhitespace(text.charAt(e + 1))) return false;
    for (int i = s - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') break;
      if (!Character.isWhitespace(c)) return false;
    }
    int j = e + 1;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
    if (!Tokens.lineBreak(a, e, j)) return true;
    for (String caption : lex.notFigures.captions()) if (text.regionMatches(true, j, caption, 0, caption.length())) return false;
    return true;
  }

  private boolean unit(String w) {
    return lex.measure.containsKey(w) || lex.percent.containsKey(w) || lex.currencyWord.containsKey(w) || lex.magnitude.containsKey(w);
  }

  /**
   * An age: a small whole number set off by commas after a name ("Leslie Feldman, 34, a plaintiff")
   * or after an age verb ("before they turned 18").
   */
  boolean isAge(Analysis a, int t) {
    if (!smallWhole(a, t)) return false;
    if (t >= 1 && lex.ages.before().contains(a.lower(t - 1)) || ageOf(a, t)) return true;
    if (t >= 2 && lex.ages.compared().contains(a.lower(t - 2) + " " + a.lower(t - 1))) return true; // "children younger than 5"
    // "Christie, who is 61 and", "when she was 25", not "he was 12 votes short"
    if (t >= 2 && lex.ages.phrases().contains(a.lower(t - 2) + " " + a.lower(t - 1)) && (t + 1 >= a.tokenCount() || !a.pos(t + 1).equals("NOUN"))) return true;
    // "voters ages 18 to 39", "between the ages of 18 and 29": a range's second end after an age
    boolean joint = t >= 1 && (lex.rangeJoint.containsKey(a.lower(t - 1)) || a.lower(t - 1).equals("and"));
    if (t >= 3 && joint && smallWhole(a, t - 2) && (lex.ages.before().contains(a.lower(t - 3)) || ageOf(a, t - 2))) return true;
    // "voters 45 or older", "those under 35 support", "people over 60 say" (NOTES.md: ages are no figures)
    if (t + 2 < a.tokenCount() && lex.ages.after().contains(a.lower(t + 1) + " " + a.lower(t + 2))) return true;
    if (t >= 2 && lex.ages.bounds().contains(a.lower(t - 1)) && lex.ages.groups().contains(a.lower(t - 2))) {
      return t + 1 >= a.tokenCount() || !a.pos(t + 1).equals("NOUN") || lex.verbs.only().contains(a.lower(t + 1)) || lex.verbs.orNouns().contains(a.lower(t + 1));
    }
    // a name the tagger may read as a noun or adjective ("Jillian/ADJ Chase/NOUN, 27, a Tinder user"), the age closing
    // the apposition or the sentence (fresh NYT, AP, HuffPost, Washington Post: "said Armando Sanjurjo, 73.", "Ivanka, 34;")
    return t >= 2 && a.lower(t - 1).equals(",") && (a.pos(t - 2).equals("PROPN") || a.isCapitalized(t - 2) && Character.isLetter(a.token(t - 2).charAt(0)))
        && (t + 1 >= a.tokenCount() || a.lower(t + 1).equals(",") || a.lower(t + 1).equals(".") || a.lower(t + 1).equals(";")) && !tallyItem(a, t);
  }

  /**
   * "Name, N" as an item of a tally, no age: after a colon or semicolon ("the results were: Trump, 35; Cruz, 20"), or after
   * an item of its kind ("The final tally: Clinton, 52. Sanders, 47.").
   */
  private static boolean tallyItem(Analysis a, int t) {
    int k = t - 2;
    while (k > 0 && a.isCapitalized(k - 1) && Character.isLetter(a.token(k - 1).charAt(0))) k--; // the name's first word
    if (k == 0) return false;
    String before = a.lower(k - 1);
    if (before.equals(":") || before.equals(";")) return true;
    return k >= 3 && before.equals(".") && a.pos(k - 2).equals("NUM") && a.lower(k - 3).equals(","); // "..., 52. Sanders, 47."
  }

  /** "at the age of 92", "aged between 16": an age word, then "of" or "between", right before t. */
  private boolean ageOf(Analysis a, int t) {
    return t >= 2 && (a.lower(t - 1).equals("of") || a.lower(t - 1).equals(lex.rangeBetween)) && lex.ages.before().contains(a.lower(t - 2));
  }

  private static boolean smallWhole(Analysis a, int t) {
    String w = a.lower(t);
    return digitsOnly(w, 3) && Integer.parseInt(w) <= 120;
  }

  /** A four-digit year or an ordinal standing alone is no figure. */
  static boolean isBareYearOrOrdinal(Analysis a, int t) {
    String w = a.lower(t);
    if (w.matches("1[89]\\d\\d|20\\d\\d")) return true;
    return ordinalDigits(w);
  }
}
