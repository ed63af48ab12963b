package org.attest.time;

import static org.attest.time.Joins.clockAfterDay;
import static org.attest.time.Joins.distanceAfterDuration;
import static org.attest.time.Joins.durationAfter;
import static org.attest.time.Joins.rangeEndDay;
import static org.attest.time.Joins.withModifier;
import static org.attest.time.Values.timexValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;

/**
 * Finds time expressions and normalises them TIMEX3-style against the publication date: dates at
 * their own granularity ("three weeks ago" → the ISO week, "this month" → the month), durations,
 * sets, times of day, references (PRESENT_REF), and modifiers (START, APPROX, LESS_THAN...).
 * This class is the scan alone: at each token, the longest match of the rule families that open
 * there ({@link TimeRule}) wins, then the {@link Joins} extend it. Month and weekday names
 * without a year follow the tense of their sentence ({@link Tenses}); "a year earlier" and "the
 * next day" follow the last date of the article ({@link Scan}). The words live in {@code time.txt},
 * {@code calendar.txt}, {@code numbers.txt} and {@code ordinals.txt}. Thread-safe.
 */
public final class TimeExtractor {
  /** The rule families, in the order they are tried (the first of two equal matches wins). */
  static final List<TimeRule> FAMILIES = List.of(new ExplicitDates(), new NumericDates(), new Years(), new Seasons(), new RelativeDays(),
      new Weekdays(), new WeekdayOf(), new DeicticUnits(), new AnchoredExpressions(), new Distances(), new Durations(), new YearParts(), new Sets(),
      new ClockTimes(), new References(), new Holidays());

  private final TimeLexicon lex;
  /** Whether every token is tried, openers or not: for the test that no family is hidden by a missing opener. */
  private final boolean everyToken;
  /** Every word that can open an expression of some family: one lookup rules most tokens out. */
  private final Set<String> openers = new HashSet<>();
  /** The families each opener word opens, as bits in {@link #FAMILIES} order: a family is tried only where it opens. */
  private final Map<String, Integer> openedBy = new HashMap<>();
  /** The families that open at shapes besides words ("Q3", "Sundays"), as bits. */
  private int shaped;
  /** Every family: at digits and glued forms ("1990s", "mid-May", "9/11", "'90s"). */
  private static final int ALL = (1 << FAMILIES.size()) - 1;

  public TimeExtractor() {
    this("en");
  }

  TimeExtractor(String language) {
    this(language, false);
  }

  TimeExtractor(String language, boolean everyToken) {
    this.lex = TimeLexicon.of(language);
    this.everyToken = everyToken;
    for (int i = 0; i < FAMILIES.size(); i++) {
      TimeRule family = FAMILIES.get(i);
      for (String w : family.openers(lex)) openedBy.merge(w, 1 << i, (a, b) -> a | b);
      if (opensByShape(family)) shaped |= 1 << i;
    }
    openers.addAll(openedBy.keySet());
  }

  /** Whether the family has shapes of its own, that is overrides {@link TimeRule#opensByShape}. */
  private static boolean opensByShape(TimeRule family) {
    try {
      return family.getClass().getMethod("opensByShape", Scan.class, int.class).getDeclaringClass() != TimeRule.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An expression found and the rule that decided it ("time.weekday"); for {@code --explain}. */
  /** A time expression and the rule family that decided it ("time.weekday"). */
  public record Decided(TimeExpression expression, String rule) {}

  public List<TimeExpression> extract(Analysis a, String published) {
    List<Decided> decided = decide(a, published);
    List<TimeExpression> out = new ArrayList<>(decided.size());
    for (Decided e : decided) out.add(e.expression());
    return out;
  }

  /** The expressions of the text, each with the name of the rule that decided it. */
  public List<Decided> decide(Analysis a, String published) {
    Scan d = new Scan(a, publicationDate(published), lex);
    List<Decided> out = new ArrayList<>();
    int n = a.tokenCount();
    int t = 0;
    while (t < n) {
      int title = Titles.end(d, t); // "Fox News Sunday", NBC's "Today": a programme's name, no time
      if (title > t) {
        t = title;
        continue;
      }
      Match m = longest(d, t);
      if (m == null) {
        t++;
        continue;
      }
      m = joined(d, m);
      d.remember(m);
      if ("anchored".equals(m.mod())) m = new Match(m.start(), m.end(), m.type(), m.value(), null, m.rule());
      out.add(new Decided(expression(a, out.size(), m, m.mod()), m.rule()));
      t = m.end();
      d.lastEnd = m.end();
      Match last = rangeEndDay(d, m); // "September 16-19", "Oct. 1 to 3": the last day is a date too
      if (last != null) {
        out.add(new Decided(expression(a, out.size(), last, null), Joins.DAY_RANGE));
        t = last.end();
      }
    }
    return out;
  }

  private static LocalDate publicationDate(String published) {
    if (published == null || published.length() < 10) return null;
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null; // no usable date: relative expressions get unspecified values (PAST_REF, XXXX-WXX)
    }
  }

  /** The match with what follows it joined: a clock time after its day, a smaller duration, a compound distance, a modifier before. */
  private Match joined(Scan d, Match m) {
    Match timed = clockAfterDay(d, m);
    if (timed != null) m = timed.by(Joins.CLOCK_AFTER_DAY);
    for (Match more = durationAfter(d, m, openers); more != null; more = durationAfter(d, m, openers)) m = more.by(Joins.DURATION_SUM); // "two hours and 40 minutes"
    Match ago = distanceAfterDuration(d, m); // "1 month 21 days ago"
    if (ago != null) m = ago.by(Joins.COMPOUND_DISTANCE);
    return withModifier(d, m);
  }

  private static TimeExpression expression(Analysis a, int before, Match m, String mod) {
    String text = a.text().substring(a.start(m.start()), a.end(m.end() - 1));
    return new TimeExpression("t" + (before + 1), a.start(m.start()), a.end(m.end() - 1), text, m.type(), timexValue(m.value()), mod);
  }

  /** The families that open at token t, as bits (0: none; most tokens are ruled out by one map lookup). */
  private int opened(Scan d, int t) {
    String w = d.a.lower(t);
    char c = w.charAt(0);
    if (everyToken || Character.isDigit(c) || c == '\'' || w.indexOf('-') > 0 || w.indexOf('/') > 0) return ALL;
    Integer byWord = openedBy.get(w);
    int families = byWord == null ? 0 : byWord;
    for (int i = 0; i < FAMILIES.size(); i++) {
      if ((shaped & ~families & 1 << i) != 0 && FAMILIES.get(i).opensByShape(d, t)) families |= 1 << i;
    }
    return families;
  }

  private Match longest(Scan d, int t) {
    int families = opened(d, t);
    if (families == 0) return null;
    try {
      Match best = null;
      TimeRule decider = null;
      for (int i = 0; i < FAMILIES.size(); i++) {
        if ((families & 1 << i) == 0) continue;
        TimeRule family = FAMILIES.get(i);
        Match m = family.match(d, t);
        if (m != null && Match.longer(best, m) == m) {
          best = m;
          decider = family;
        }
      }
      return best == null ? null : best.by(decider.name()); // stamped once, on the winner
    } catch (java.time.DateTimeException | ArithmeticException | NumberFormatException e) {
      return null; // "2000000000 years ago" lies outside any calendar: no expression
    }
  }
}
