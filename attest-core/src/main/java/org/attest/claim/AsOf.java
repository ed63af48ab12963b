package org.attest.claim;

import java.util.List;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;

/**
 * When a figure holds, first step that finds a date: a date of its sentence that is its own
 * ({@link #SENTENCE}); the day its quote was said ({@link #CUE}: "he said in August"); the
 * adverbial day of the sentence before, in the same paragraph ({@link #PREVIOUS}); a poll's last
 * day in the field, for its shares ({@link #FIELDWORK}); a market report's session, for the moves
 * after it ({@link MarketSession}); else the publication day ({@link #PUBLISHED}).
 */
final class AsOf {
  static final String SENTENCE = "as-of.sentence-date";
  static final String CUE = "as-of.cue-date";
  static final String PREVIOUS = "as-of.previous-sentence";
  static final String FIELDWORK = "as-of.fieldwork";
  static final String QUARTER = "as-of.quarter";
  static final String PUBLISHED = "as-of.published";
  static final List<String> STEPS = List.of(SENTENCE, CUE, PREVIOUS, MarketSession.STEP, MarketSession.CLOSE, QUARTER, FiscalQuarter.NAME, FIELDWORK, PUBLISHED);

  /** The date a figure holds at (null: the publication day) and the step that found it. */
  record Dated(TimeExpression when, String step) {}

  /** The dates of the article its figures may fall back on: its poll's last day in the field, its market session, its quarter, its lead's day (each null when none). */
  record Frame(TimeExpression fieldwork, TimeExpression market, TimeExpression quarter, TimeExpression lead) {}

  private final ClaimLexicon lex;
  final MarketSession session;
  private final Clauses clauses;

  AsOf(ClaimLexicon lex) {
    this.lex = lex;
    session = new MarketSession(lex);
    clauses = new Clauses(lex);
  }

  /** The as-of of figure q; {@code polled}: a figure of the article's poll, whatever its unit, may hold at the poll's last day in the field. */
  Dated of(Analysis a, List<TimeExpression> times, Quantity q, Span cue, int tok, int start, int end, String day, Frame frame, boolean polled) {
    TimeExpression fieldwork = frame.fieldwork(), market = frame.market();
    int sentence = a.sentenceOf(tok);
    TimeExpression when = dateIn(a, times, start, end, q, day);
    boolean share = polled || "percent".equals(q.unit()) || "percentage points".equals(q.unit());
    if (when != null && fieldwork != null && share && released(a, when)) return new Dated(fieldwork, FIELDWORK); // "a poll released Monday": its days in the field
    if (when != null) return new Dated(YearAgo.period(a, times, pairEnd(a, times, when, end), tok, frame.quarter(), lex), SENTENCE); // "down from $21.4 million last year": 1988-Q3
    if (cue != null && a.quoted(tok)) when = dateOfCue(a, times, cue, day);
    if (when != null) return new Dated(when, CUE);
    if (sentence > 0 && a.paragraphOf(a.sentenceStartToken(sentence - 1)) == a.paragraphOf(tok) && !present(a, tok, true)) {
      // "On Thursday, parents took their grievances to school. More than 100,000 people took part"
      int ps = a.sentenceStartToken(sentence - 1);
      when = dateIn(a, times, a.start(ps), a.end(a.sentenceEndToken(sentence - 1) - 1), q, day);
      if (when != null && (when.value().length() < 7 || !adverbial(a, when) && !yearToDate(a, when, day))) when = null; // "created in 1990", "The Feb. 13 death"
      if (when != null && baseline(a, a.tokenAt(when.start()), ps, ps - 1) && !compared(a, tok)) when = null; // "... from $58 million, or $1.40 a share, a year earlier. Sales increased 36%"
      if (when == null && past(a, tok) && !dated(a, times, sentence)) when = openingDate(a, times, sentence, day);
      if (when != null && !compared(a, tok) && clauses.newEnd(a, when, tok, a.tokenAt(q.end() - 1))) when = null; // "A year earlier it earned $2.4 million. Sales rose to $52.4 million from $50.1 million"
      if (when != null) return new Dated(when, PREVIOUS);
    }
    if (market != null && market.start() < q.start() && session.moves(a, tok)) return new Dated(market, MarketSession.STEP);
    TimeExpression lead = frame.lead();
    if (market == null && lead != null && lead.start() < q.start() && session.closes(a, tok)) return new Dated(lead, MarketSession.CLOSE);
    if (frame.quarter() != null && has(a, sentence, lex.earnings)) return new Dated(YearAgo.quarterly(a, frame.quarter(), tok, lex), QUARTER); // "The company reported earnings of $8.42 a share"
    if (fieldwork != null && share) {
      return new Dated(fieldwork, FIELDWORK); // "The survey was conducted September 16-19"
    }
    return new Dated(null, PUBLISHED);
  }

  /**
   * Whether a figure's own sentence dates it to a year before the publication's ("in 2015, there were
   * 9 million premature deaths"): the figures of the next sentence of its paragraph with no date of
   * their own go on in it ("India suffered the worst toll, with more than 2.5 million of these
   * deaths"); not "this year", which the next sentence's present figures need not share.
   */
  static boolean pastYear(Dated d, String published) {
    String v = d.when() == null ? null : d.when().value();
    return SENTENCE.equals(d.step()) && v != null && v.length() == 4 && Character.isDigit(v.charAt(3)) && published != null
        && v.compareTo(published.substring(0, 4)) < 0;
  }

  /**
   * Whether the figure's clause is in the present tense ({@code [present-tense]} in the verb group before
   * it: "Pershing Square now has a 9 percent stake", "Clinton has won 15.6 million votes") or says now ({@code [present]}):
   * it holds now, not on the day the sentence before tells of. Not when its subject points back to
   * that sentence ({@code [present-back]}: "That's down 16 percent from ..."). A verb right after a
   * comma opens an adjunct ("..., compared to Halvorson's $31,000"): the clause's verb is before it.
   * With {@code subject}, a figure with no verb before it is its clause's subject, and the verb
   * group after it tells ("On Monday, 16 soldiers were killed. Over 1,400 people have died", "Three other
   * children are left at home"): an adverbial day of the sentence before does not go on into a state of now
   * (a past year that dated the figures before goes on through their list: "The remaining 16 are competitive").
   */
  boolean present(Analysis a, int tok, boolean subject) {
    int from = a.sentenceStartToken(a.sentenceOf(tok));
    for (int k = tok - 1; k >= from; k--) {
      String w = a.lower(k);
      if (lex.present.contains(w)) return true;
      if (!a.pos(k).equals("AUX") && !a.pos(k).equals("VERB") || a.pos(k).equals("VERB") && k > from && a.token(k - 1).equals(",")) continue; // ", compared to ...": an adjunct's
      int first = groupStart(a, k, from); // the verb group: "has won", "is now expected"
      boolean now = false;
      for (int v = first; v <= k && !now; v++) now = lex.dating.presentTense.contains(a.lower(v));
      return now && !(first > from && lex.dating.presentBack.contains(a.lower(first - 1)));
    }
    if (!subject) return false;
    int v = subjectVerb(a, tok); // "Over 1,400 people have died"
    return v >= 0 && lex.dating.presentTense.contains(a.lower(v));
  }

  /** The verb of a figure that is its clause's subject: the first verb within eight words after it, before any punctuation; -1 when none. */
  private static int subjectVerb(Analysis a, int tok) {
    int end = a.sentenceEndToken(a.sentenceOf(tok));
    for (int k = tok + 1; k < end && k <= tok + 8 && !a.pos(k).equals("PUNCT"); k++) if (a.pos(k).equals("AUX") || a.pos(k).equals("VERB")) return k;
    return -1;
  }

  /**
   * The year or month that opens an earlier sentence of the figure's paragraph, with no other date in
   * between (three sentences back at most): "In 2005, the SVP campaigned hard against Schengen. Ultimately
   * 54.6 percent of the electorate voted in favor", "In May 2005, Ethiopia held elections. But the results
   * were not to Meles's liking. Nega's Coalition won 137 of the 138 seats" (a past-tense clause: {@link #past}).
   */
  private TimeExpression openingDate(Analysis a, List<TimeExpression> times, int sentence, String published) {
    int paragraph = a.paragraphOf(a.sentenceStartToken(sentence));
    for (int s = sentence - 1; s >= Math.max(0, sentence - 3) && a.paragraphOf(a.sentenceStartToken(s)) == paragraph; s--) {
      int from = a.sentenceStartToken(s), i = firstFrom(times, a.start(from));
      if (!dated(a, times, s)) continue;
      TimeExpression t = times.get(i);
      while (!calendar(t)) t = times.get(++i);
      int k = a.tokenAt(t.start());
      boolean opens = k == from || k == from + 1 && lex.dating.dateAdverbials.contains(a.lower(from)); // "In 2005, ...", "In 1978 a power struggle erupted"
      String v = t.value();
      return opens && (v.length() == 4 || v.length() == 7) && !after(v, published) ? t : null;
    }
    return null;
  }

  /** Whether sentence s holds a calendar date (not a duration, a set or a reference). */
  private static boolean dated(Analysis a, List<TimeExpression> times, int s) {
    int end = a.end(a.sentenceEndToken(s) - 1);
    for (int i = firstFrom(times, a.start(a.sentenceStartToken(s))); i < times.size() && times.get(i).start() < end; i++) if (calendar(times.get(i))) return true;
    return false;
  }

  private static boolean calendar(TimeExpression t) {
    return t.type().equals("DATE") && t.value() != null && Character.isDigit(t.value().charAt(0));
  }

  /**
   * Whether the figure's clause is in the past tense ({@code [past-tense]} or a verb in -ed in the verb
   * group before it, or after it when the figure is the subject): "This proposal was rejected by 64
   * percent", "guards turned their guns on the remaining prisoners, killing 15".
   */
  private boolean past(Analysis a, int tok) {
    int from = a.sentenceStartToken(a.sentenceOf(tok));
    int k = tok - 1;
    while (k >= from && !(a.pos(k).equals("AUX") || a.pos(k).equals("VERB") && !(k > from && a.token(k - 1).equals(",")))) k--;
    if (k < from) k = subjectVerb(a, tok); // "Ultimately 54.6 percent of the electorate voted"
    if (k < 0) return false;
    int first = groupStart(a, k, from);
    String w = a.lower(first);
    return lex.dating.pastTense.contains(w) || a.pos(first).equals("VERB") && w.endsWith(lex.dating.pastEnding);
  }

  /** The first word of the verb group that ends at k, its auxiliaries and adverbs before it: "has won", "is now expected". */
  private static int groupStart(Analysis a, int k, int from) {
    int first = k;
    while (first > from && (a.pos(first - 1).equals("AUX") || a.pos(first - 1).equals("ADV"))) first--;
    return first;
  }

  /** Whether a date is the day a poll was released ("released Monday", "released on Thursday"), not when it was in the field. */
  private boolean released(Analysis a, TimeExpression t) {
    int k = a.tokenAt(t.start()) - 1;
    if (k > 0 && lex.dating.dateAdverbials.contains(a.lower(k))) k--;
    return k >= 0 && lex.releases.contains(a.lower(k));
  }

  /**
   * The as-of value: the date's (its day when it names a time or a part of the day: "Tuesday night",
   * "at 3 a.m. Saturday"), its year for a count of the year to date, else the publication day.
   */
  static String value(Analysis a, TimeExpression when, String day) {
    String v = when == null ? day : yearToDate(a, when, day) ? when.value().substring(0, 4) : rangeEnd(when).value();
    String ofDay = dayPart(v);
    return ofDay != null ? ofDay : v;
  }

  /** The day of a value that names a time or a part of a day on a day ("2016-01-26TNI", "2016-01-27T03:00"), or null. */
  private static String dayPart(String v) {
    return v != null && v.length() > 10 && v.charAt(10) == 'T' && Character.isDigit(v.charAt(0)) ? v.substring(0, 10) : null;
  }

  private static final java.util.regex.Pattern DAY_RANGE = java.util.regex.Pattern.compile(".*\\b\\d{1,2}[-\u2013](\\d{1,2})");

  /** The last day of a date that names a range of days in one token ("Feb. 11-15" → the 15th), else the date itself. */
  static TimeExpression rangeEnd(TimeExpression t) {
    java.util.regex.Matcher m = DAY_RANGE.matcher(t.text());
    if (t.value() == null || t.value().length() != 10 || !Character.isDigit(t.value().charAt(0)) || !m.matches()) return t;
    int last = Integer.parseInt(m.group(1));
    if (last > 31 || last <= Integer.parseInt(t.value().substring(8))) return t;
    return new TimeExpression(t.id(), t.start(), t.end(), t.text(), t.type(), t.value().substring(0, 8) + String.format("%02d", last), t.mod());
  }

  /** The date of the figure's sentence nearest to it: a point in time, not a duration or a reference. */
  private TimeExpression dateIn(Analysis a, List<TimeExpression> times, int start, int end, Quantity q, String published) {
    TimeExpression best = null;
    int first = firstFrom(times, start);
    if (first > 0 && times.get(first - 1).end() > start) first--; // a date the sentence split cut ("following the Dec. | 2 attack that left 14 people dead")
    for (int i = first; i < times.size() && times.get(i).start() < end; i++) {
      TimeExpression t = dayOf(times.get(i));
      if (t.end() > end || !t.type().equals("DATE") || t.value() == null || !Character.isDigit(t.value().charAt(0))) continue;
      if (!holdsFor(a, t, q, published)) continue;
      if (best == null || Math.abs(t.start() - q.start()) < Math.abs(best.start() - q.start())) best = t;
    }
    return best;
  }

  /** A clock time or part of a day on a day ("at 3 a.m. Wednesday": 2016-01-27T03:00) as that day; any other time as it is. */
  private static TimeExpression dayOf(TimeExpression t) {
    String day = t.type().equals("TIME") ? dayPart(t.value()) : null;
    return day == null ? t : new TimeExpression(t.id(), t.start(), t.end(), t.text(), "DATE", day, t.mod());
  }

  /** The index of the first time that starts at or after {@code offset} (times are in text order). */
  private static int firstFrom(List<TimeExpression> times, int offset) {
    int lo = 0, hi = times.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether a date of the figure's sentence is when the figure holds. */
  private boolean holdsFor(Analysis a, TimeExpression t, Quantity q, String published) {
    // "since 2011", "between January 1 and ...": the start of a stretch is not when the figure holds
    int tok = a.tokenAt(t.start()), next = a.tokenAt(t.end() - 1) + 1;
    String before = tok > 0 ? a.lower(tok - 1) : "";
    boolean own = ownClause(a, next, a.tokenAt(q.start())); // "since January, when Our Principles launched with an initial $3 million donation"
    if (!own && (((before.equals("since") || clauses.sinceEvent(a, tok, a.tokenAt(q.start()))) && !yearToDate(a, t, published)) || before.equals("from") && stretch(a, tok) || before.equals("between"))) return false;
    // a deadline is the as-of of the target it ends ("cut emissions 32 percent by 2030"), not of
    // a figure after it; another future date ("over the next decade") is no as-of
    if (tok > 1 && lex.dating.toDate.contains(a.lower(tok - 2) + " " + before)) return false; // "so far this year": a total to date holds now
    boolean deadline = lex.dating.deadlines.contains(before);
    if (deadline ? !own && t.start() < q.start() && a.tokenAt(q.start()) - next > 3 && !opensClause(a, tok - 1, next) : after(t.value(), published) && !forecast(a, t, q)) return false;
    if (deadline && t.start() > q.start() && clauses.target(a, a.tokenAt(q.start()), tok)) return false; // "from 175 gigawatts to 450 gigawatts by 2022"
    // "32 percent below 2005 levels": a year that measures is no as-of; "The Feb. 13 death of ...": a day
    // before a noun that dates a thing is not when the figure holds; a day's possessive names the event
    // whose figures it dates ("58% of the vote in Tuesday's election", "Saturday's peak demand reached 44,947 megawatts")
    if (next < a.tokenCount() && lex.dating.measuring.contains(a.lower(next))) return false;
    if (t.value().length() == 10 && next < a.tokenCount() && a.pos(next).equals("NOUN") && !ofThing(a, next, q)) return false;
    // "the 1994 crime bill": a year that names a thing between a determiner and its noun is not when the figure holds,
    // unless that thing opens the sentence as its adverbial ("In the 2012 election, Romney won only 27 percent")
    boolean opening = tok == a.sentenceStartToken(a.sentenceOf(tok)) + 2 && lex.dating.dateAdverbials.contains(a.lower(tok - 2));
    if (tok > 0 && a.pos(tok - 1).equals("DET") && t.value().length() == 4 && next < a.tokenCount()
        && (a.pos(next).equals("NOUN") || a.pos(next).equals("PROPN")) && !opening) return false;
    if (baseline(a, tok, a.tokenAt(q.start()), a.tokenAt(q.end() - 1))) return false; // "a 21-point increase from the last time the survey was conducted in December"
    if (clauses.apart(a, tok, next, a.tokenAt(q.start())) || clauses.otherRelative(a, tok, q)) return false; // "..., and the pound rose to $1.3231"
    return !separated(a, tok, a.tokenAt(q.start())); // "Last week X said ... ― 5,300 employees were fired"
  }

  /**
   * Whether the figure at {@code fig} is in the clause of the date that ends before {@code next}, opened
   * by a comma and {@code [date-relative]}, with no punctuation before the figure: "since January, when Our
   * Principles launched with an initial $3 million donation" holds at that date, not at the start of a
   * stretch nor a deadline's.
   */
  private boolean ownClause(Analysis a, int next, int fig) {
    if (next + 1 >= fig || !a.token(next).equals(",") || !lex.dating.dateRelatives.contains(a.lower(next + 1))) return false;
    for (int k = next + 2; k < fig; k++) if (a.pos(k).equals("PUNCT")) return false; // "Since 2009, when he took office, the army has lost 400 tanks"
    return true;
  }

  /**
   * Whether the deadline word at {@code by} opens its clause, its date set off by a comma at {@code next}
   * ({@code [deadline-opener]} or the sentence's start before it): "By 2028, the Trust aims to convert
   * 110,000 apartments", "...; by 2015, it had jumped to 19 percent": it dates the figures of that clause.
   */
  private boolean opensClause(Analysis a, int by, int next) {
    boolean opens = by == a.sentenceStartToken(a.sentenceOf(by)) || by > 0 && lex.dating.deadlineOpeners.contains(a.lower(by - 1));
    return opens && next < a.tokenCount() && a.token(next).equals(",");
  }

  /**
   * The end of the period a date opens with another of its kind ({@code [pair-join]}): "ads reserved in
   * December and January" hold for January, "by less than one point in 2000 and 2004" for 2004.
   */
  private TimeExpression pairEnd(Analysis a, List<TimeExpression> times, TimeExpression t, int end) {
    int i = firstFrom(times, t.end());
    if (i >= times.size()) return t;
    TimeExpression next = dayOf(times.get(i));
    int last = a.tokenAt(t.end() - 1), first = a.tokenAt(next.start());
    if (next.end() > end || first != last + 2 || !lex.dating.pairJoins.contains(a.lower(last + 1)) || !next.type().equals(t.type())) return t;
    String v = t.value(), w = next.value();
    return w != null && w.length() == v.length() && Character.isDigit(w.charAt(0)) && w.compareTo(v) > 0 ? next : t;
  }

  /**
   * Whether the date at token {@code date} is in a comparison's baseline ({@code [baseline]}, within ten
   * words of its clause before it) that does not hold the figure at {@code figure}: "Seventy-two percent
   * now believe ..., a 21 point increase from the last time the survey was conducted in December",
   * "42 million borrowers have $1.3 trillion in debt, up from $826.5 billion in 2010"; not for that
   * baseline's own figure, one after the date, a deadline's ("80 percent from 2005 levels by 2050") or
   * a stretch's end ("thousands of employees from 2011 to 2016"); the figure's own words ("more than
   * $915 million in 1995") open none.
   */
  private boolean baseline(Analysis a, int date, int figure, int figureEnd) {
    boolean comparedTo = date > 1 && lex.dating.baselines.contains(a.lower(date - 2)); // "compared to 2020": no stretch's end
    if (date == 0 || lex.dating.deadlines.contains(a.lower(date - 1)) || lex.stretchEnds.contains(a.lower(date - 1)) && !comparedTo) return false; // "by 2050", "from 2011 to 2016"
    int words = 0;
    for (int k = date - 1; k > figureEnd && words < 10; k--) {
      int open = a.token(k).equals(",") ? restated(a, k, figureEnd) : k;
      if (open < k) { k = open; continue; } // "from $52.2 million, or 48 cents a share, in the year-ago period"
      if (a.pos(k).equals("PUNCT")) return false;
      words++;
      if (lex.dating.baselines.contains(a.lower(k))) return figure < k;
    }
    return false;
  }

  /** Whether the figure at tok is a comparison's baseline itself, a {@code [baseline]} word right before it: "from $502 million". */
  private boolean compared(Analysis a, int tok) {
    for (int k = tok - 1; k >= 0 && k >= tok - 3 && !a.pos(k).equals("PUNCT"); k--) if (lex.dating.baselines.contains(a.lower(k))) return true;
    return false;
  }

  /**
   * The comma that opens a figure's restatement ({@code [restatement]}) closed by the comma at {@code close}
   * (", or 48 cents a share,"), after {@code figureEnd}; {@code close} itself when there is none.
   */
  private int restated(Analysis a, int close, int figureEnd) {
    boolean number = false;
    for (int k = close - 1; k > figureEnd && k >= close - 8; k--) {
      if (a.token(k).equals(",")) return number && lex.dating.restatements.contains(a.lower(k + 1)) ? k : close;
      if (a.pos(k).equals("PUNCT")) return close;
      number |= Character.isDigit(a.token(k).charAt(0)) || a.pos(k).equals("NUM");
    }
    return close;
  }

  /** Whether the figure is in the relative clause of the thing the date names: "the Dec. 2 attack that left 14 people dead". */
  private boolean ofThing(Analysis a, int noun, Quantity q) {
    int relative = noun + 1, figure = a.tokenAt(q.start());
    if (relative >= a.tokenCount() || !lex.relativeObjects.contains(a.lower(relative)) || figure <= relative) return false;
    for (int k = relative + 1; k < figure; k++) if (a.pos(k).equals("PUNCT")) return false;
    return true;
  }

  /**
   * The day or month a quote was said, right after its cue ("he said in August", "said Tuesday"):
   * the as-of of the quoted figures that have no date of their own. Null when the cue has none.
   */
  private static TimeExpression dateOfCue(Analysis a, List<TimeExpression> times, Span cue, String published) {
    int after = a.tokenAt(cue.end() - 1) + 1;
    int lo = firstFrom(times, cue.end());
    if (lo == times.size()) return null;
    TimeExpression t = times.get(lo);
    int tok = a.tokenAt(t.start());
    if (tok > after + 1 || a.sentenceOf(tok) != a.sentenceOf(after - 1)) return null; // not right after the cue, in its sentence
    if (!t.type().equals("DATE") || t.value() == null || t.value().length() < 7 || !Character.isDigit(t.value().charAt(0))) return null;
    return after(t.value(), published) ? null : t;
  }

  /**
   * Whether "since January 1" of the publication year counts the year to date: the figure holds for
   * the year ("thousands of shootings since January 1st" is that year's count).
   */
  private static boolean yearToDate(Analysis a, TimeExpression t, String published) {
    int tok = a.tokenAt(t.start());
    return tok > 0 && a.lower(tok - 1).equals("since") && t.value().length() == 10 && t.value().endsWith("-01-01")
        && published != null && published.startsWith(t.value().substring(0, 4));
  }

  /** Whether "from" before the date at tok opens a stretch ("from 2011 to 2016"), not a source ("tax returns from 1995"). */
  private boolean stretch(Analysis a, int tok) {
    for (int k = tok + 1; k < a.tokenCount() && k <= tok + 5; k++) {
      String w = a.lower(k);
      if (lex.stretchEnds.contains(w)) return true;
    }
    return false;
  }

  /** Whether a dash, a semicolon or a colon stands between tokens i and j: they are in different clauses. */
  private static boolean separated(Analysis a, int i, int j) {
    for (int k = Math.min(i, j) + 1; k < Math.max(i, j); k++) {
      String w = a.token(k);
      if (w.equals(";") || w.equals(":") || w.equals("\u2015") || w.equals("\u2014") || w.equals("--")
          || w.equals("\u2013") && a.end(k - 1) != a.start(k)) return true;
    }
    return false;
  }

  /** The dates of the article its figures may fall back on ({@link Frame}). */
  Frame frame(Analysis a, List<TimeExpression> times, String published) {
    return new Frame(fieldwork(a, times, published), session.of(a, times, published), quarter(times, published), session.lead(a, times, published));
  }

  static final java.util.regex.Pattern QUARTER_VALUE = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");

  /** The first quarter the article names that is not after its publication ("in the quarter": 2016-Q2), or null. */
  private static TimeExpression quarter(List<TimeExpression> times, String published) {
    for (TimeExpression t : times) {
      if (t.value() == null || !QUARTER_VALUE.matcher(t.value()).matches()) continue;
      String now = published == null ? null : published.substring(0, 4) + "-Q" + (Integer.parseInt(published.substring(5, 7)) + 2) / 3;
      if (now == null || t.value().compareTo(now) <= 0) return t;
    }
    return null;
  }

  /** Whether the sentence holds one of the words. */
  static boolean has(Analysis a, int sentence, java.util.Set<String> words) {
    for (int k = a.sentenceStartToken(sentence); k < a.sentenceEndToken(sentence); k++) if (words.contains(a.lower(k))) return true;
    return false;
  }

  /**
   * The last day a poll of the article was in the field: the latest day after "conducted",
   * "taken", "fielded" or "carried out" in a sentence about a poll or survey, within four words
   * of it, or ten in its clause when a [field-opener] opens the day ("Quinnipiac conducted the poll
   * via landlines and cellphones from March 30-April 4"). Null when the article gives none.
   */
  private TimeExpression fieldwork(Analysis a, List<TimeExpression> times, String published) {
    TimeExpression best = null;
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      if (t.value() == null || t.value().length() != 10 || !Character.isDigit(t.value().charAt(0))) continue;
      int tok = a.tokenAt(t.start());
      boolean marked = false, opened = tok > 0 && lex.dating.fieldOpeners.contains(a.lower(tok - 1));
      for (int k = tok - 1; k >= Math.max(0, tok - (opened ? 10 : 4)) && !marked && !a.pos(k).equals("PUNCT"); k--) marked = lex.fieldVerbs.contains(a.lower(k));
      if (!marked || !aboutPoll(a, a.sentenceOf(tok))) continue;
      TimeExpression end = lastDay(a, times, i); // the range's last day: "September 16-19", "July 8 to 12"
      if (published != null && end.value().compareTo(published) > 0) continue;
      best = end;
    }
    return best;
  }

  /** Whether the sentence, or the one before it, names a poll ("The poll ... . It was conducted ..."). */
  private boolean aboutPoll(Analysis a, int sentence) {
    boolean poll = false;
    for (int k = a.sentenceStartToken(sentence); k < a.sentenceEndToken(sentence) && !poll; k++) poll = lex.pollWords.contains(a.lower(k));
    if (!poll && sentence > 0) {
      for (int k = a.sentenceStartToken(sentence - 1); k < a.sentenceStartToken(sentence) && !poll; k++) poll = lex.pollWords.contains(a.lower(k));
    }
    return poll;
  }

  /** The last day of a range of days that opens at times[i] in its sentence, or that day. */
  private static TimeExpression lastDay(Analysis a, List<TimeExpression> times, int i) {
    TimeExpression end = rangeEnd(times.get(i));
    int sentence = a.sentenceOf(a.tokenAt(end.start()));
    for (int j = i + 1; j < times.size() && a.sentenceOf(a.tokenAt(times.get(j).start())) == sentence; j++) {
      TimeExpression n = times.get(j);
      if (n.value() != null && n.value().length() == 10 && n.value().compareTo(end.value()) > 0 && a.tokenAt(n.start()) - a.tokenAt(end.end() - 1) <= 3) end = n;
    }
    return end;
  }

  /**
   * Whether a date stands as an adverbial of its sentence, so that it may go on into the next:
   * "On Thursday, ...", "..., officials said Monday", not "The Feb. 13 death of ..." nor "Monday's debate".
   */
  private boolean adverbial(Analysis a, TimeExpression t) {
    int first = a.tokenAt(t.start()), last = a.tokenAt(t.end() - 1);
    if (last + 1 < a.tokenCount() && (Authors.possessive(a, last + 1) || a.pos(last + 1).equals("NOUN"))) return false;
    if (first == a.sentenceStartToken(a.sentenceOf(first))) return true;
    String before = a.lower(first - 1);
    return lex.dating.dateAdverbials.contains(before) || a.pos(first - 1).equals("VERB");
  }

  private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile("\\d{3}|\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final java.util.regex.Pattern SEASON = java.util.regex.Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI"); // starting in March, June, September, December

  /**
   * Whether a future date is the year a forecast of the figure's clause is for ("growth of 2.1
   * percent in 2027", {@code [forecast]}, "in 2050, whites will be 47 percent"): a year or month after
   * "in", in a sentence that forecasts; not one in a relative clause after the figure ({@code [relative-opener]}:
   * "1,077 in Pennsylvania, two other battleground states where voters will help determine ... in 2017").
   */
  private boolean forecast(Analysis a, TimeExpression t, Quantity q) {
    int tok = a.tokenAt(t.start());
    if (tok == 0 || !lex.dating.forecastIn.contains(a.lower(tok - 1)) || !CALENDAR.matcher(t.value()).matches() || t.value().length() > 7) return false;
    for (int k = a.tokenAt(q.end() - 1) + 1; k < tok; k++) if (lex.relativeOpeners.contains(a.lower(k))) return false;
    int s = a.sentenceOf(tok);
    for (int k = a.sentenceStartToken(s); k < a.sentenceEndToken(s); k++) if (lex.dating.forecasts.contains(a.lower(k))) return true;
    return false;
  }

  /** Whether a calendar value ("2020", "202", "2016-11", a season "2020-SU") lies wholly after the published day. */
  static boolean after(String value, String published) {
    java.util.regex.Matcher season = SEASON.matcher(value);
    if (season.matches()) value = season.group(1) + String.format("-%02d", 3 + 3 * SEASONS.indexOf(season.group(2)));
    if (published == null || published.length() < 10 || !CALENDAR.matcher(value).matches()) return false;
    String start = value.length() == 3 ? value + "0" : value; // the 2020s start in 2020
    return start.compareTo(published.substring(0, Math.min(start.length(), 10))) > 0;
  }
}
