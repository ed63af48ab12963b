package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.TimeExpression;

/**
 * Scores the time extractor against the Microsoft Recognizers-Text English DateTime spec suites
 * ({@code DateTime/*.json}): each case's input is one article published on its reference date, and
 * its {@code times[]} are compared with the expected TIMEX3 values.
 *
 * <p>Files. Only the suites whose results carry a TIMEX3 value are read: the model suites
 * ({@code Resolution.values[].timex}) and the parser suites ({@code Value.Timex} with a past and a
 * future resolution, or {@code Value.values[]}); the extractor suites give spans only. The default
 * model and the parsers are read first; the suites of the recogniser's other modes (calendar,
 * complex calendar, experimental, tasks, extended types, split date and time) follow, and their
 * cases are out of scope ({@link #MODE}). A case (input + reference date) seen in an earlier file
 * counts once, in that file.
 *
 * <p>Comparison. An in-scope expected result is met by one of our times whose span overlaps it,
 * whose TIMEX3 type is the expected one (duration DURATION, set SET, a date-time or a part of a
 * given day TIME, else DATE; PRESENT_REF and its kin are DATE) and whose value is one of the
 * expected values: the suite's timex after the mappings below, or, where the timex leaves the year
 * or the week open ("XXXX-WXX-1", "XXXX-05"), one of its past or future resolutions at the timex's
 * granularity (news resolves by tense; the suite gives both). Mappings from the suite's convention
 * to TimeML's, each exact:
 * <ul>
 *   <li>an interval that is exactly one calendar unit, "(2016-07-01,2016-10-01,P3M)", is that unit:
 *       a year, a half, a quarter, a month, an ISO week, a decade ("2016-Q3");
 *   <li>"N units ago / later / before / after / from now", which the suite resolves to the day,
 *       keeps the unit's granularity in TimeML ("two years ago" 2014, "three weeks ago" 2016-W42);
 *   <li>"few", "several", "some" units, which the suite counts as 3, are an unknown number in
 *       TimeML ("a few days" PXD);
 *   <li>"in two weeks", which the suite resolves to the point two weeks on, is the DURATION P2W in
 *       TimeML ("in" is its signal); so is the offset of "three weeks after Christmas" (P3W), which
 *       TimeML marks apart from its anchor;
 *   <li>a season with no year ("SU") is any year's (XXXX-SU) or the nearest past or future one;
 *   <li>equal values spelled two ways are one: a clock time to the minute ("T16", "T16:00:00" are
 *       "T16:00"), a decimal duration in whole smaller units ("PT1.5H" is "PT1H30M"), quarters in
 *       months ("P1Q" is "P3M"), weekends in days ("P3WE" is "P6D"), zero parts left out ("PT0H30M"
 *       is "PT30M"), the suite's nth weekday of a month (not TIMEX3) its day ("2018-01-WXX-1-3", the
 *       third Monday of January 2018, is "2018-01-15"; "XXXX-01-WXX-1-3" takes the year of each
 *       resolution).
 * </ul>
 * A case passes when every in-scope expected result is met and, in the model suites (the whole
 * recogniser), we report no time where no expected result (in scope or not) lies; a model case
 * with no expected result passes when we report nothing. A parser suite tests one parser: a case
 * of it that expects nothing is out of scope, and what it does not expect may be another's.
 */
public final class RecognizersTimeEval {
  /** The files read, in order; the mode suites last. */
  static final List<String> FILES = List.of("DateTimeModel.json", "DateParser.json", "DatePeriodParser.json", "DateTimeParser.json",
      "DateTimePeriodParser.json", "DurationParser.json", "HolidayParser.json", "MergedParser.json", "SetParser.json", "TimeParser.json",
      "TimePeriodParser.json", "TimeZoneParser.json", "DateTimeModelCalendarMode.json", "DateTimeModelComplexCalendar.json",
      "DateTimeModelExperimentalMode.json", "DateTimeModelExtendedTypes.json", "DateTimeModelSplitDateAndTime.json",
      "DateTimeModelTasksMode.json");
  private static final Set<String> MODE_FILES = Set.of("DateTimeModelCalendarMode.json", "DateTimeModelComplexCalendar.json",
      "DateTimeModelExperimentalMode.json", "DateTimeModelExtendedTypes.json", "DateTimeModelSplitDateAndTime.json",
      "DateTimeModelTasksMode.json");
  static final String DEFAULT_REFERENCE = "2016-11-07";

  // Scope: by what the expression is and what TIMEX3 can say of it in news, never by whether we pass.
  static final String NOT_SUPPORTED = "not supported by the reference .NET recogniser (NotSupported/ByDesign lists dotnet): no verified answer";
  static final String MODE = "the recogniser's non-default modes (calendar, complex calendar, experimental, tasks, extended types, split date and time): other conventions";
  static final String RANGE = "ranges and intervals resolved to a start/end pair (from 4 to 22 this month, next 3 days, 5 to 6pm): TIMEX3 gives one value, not an interval";
  static final String TIME_ZONE = "time zones (3pm PST, UTC+8): the suite resolves the offset, attest/1 keeps the local time";
  static final String NO_DAY = "a time or part of day with no day (7:56:30 pm, in the morning, 3pm each day): the suite leaves the day open, news TIMEX3 anchors it";
  static final String BARE_DAY = "bare day numbers (on 15, the 22nd): in news no date without its month";
  static final String DAY_MONTH = "day/month order outside the US convention (22/04, 1.3.2016): attest reads numeric dates month first";
  static final String REQUEST = "future-only resolutions of requests (set up something for Monday, book a room for May): a scheduling reading, news resolves by tense";
  static final String PARSER_NOTHING = "a parser suite's case that expects nothing: it says only that this one parser finds nothing, another kind may be there";
  static final String NO_TIMEX = "results with no TIMEX3 value (not resolved) or only a modifier (before, after alone)";

  private static final Pattern RANGE_TIMEX = Pattern.compile("^\\((.+?),(.+?),(P[^)]*)\\)$");
  private static final Pattern BARE_DAY_TIMEX = Pattern.compile("^XXXX-XX-\\d\\d");
  private static final Pattern NUMERIC_DM = Pattern.compile("\\b(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\b");
  private static final Pattern REQUEST_TEXT = Pattern.compile("(?i)\\b(?:set up|schedule|book|reserve|remind me|arrange|add|create|make an appointment|find (?:us |me )?(?:a )?time|find me|plan a|let's meet|cortana)\\b");
  private static final Pattern AGO_TEXT = Pattern.compile("(?i)\\b(decades?|years?|months?|weeks?)\\s+(?:ago|later|before|after|from (?:now|today|tomorrow|yesterday)|earlier|hence|back)\\b");
  private static final Pattern VAGUE_TEXT = Pattern.compile("(?i)\\b(?:few|several|some)\\b");
  private static final Pattern DATE_TIMEX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

  /** One resolution: the timex and the point (value) or the start/end it resolves to. */
  record Resolution(String timex, String value, String start, String end) {}

  /** One expected result: text, offsets (end exclusive), the suite's kind (date, daterange, set...) and resolutions. */
  record Expected(String text, int start, int end, String kind, List<Resolution> values, boolean zone) {}

  /** One case: its file, input, reference date (ISO day), expected results, platforms not supported. */
  record Case(String file, String input, String reference, List<Expected> results, String notSupported) {}

  /** One file's counts; {@code excluded} counts out-of-scope cases by reason. */
  public record FileScore(String file, int total, int duplicates, int inScope, int passed, Map<String, Integer> excluded) {
    public double passRate() {
      return inScope == 0 ? 0 : (double) passed / inScope;
    }
  }

  private RecognizersTimeEval() {}

  public static List<FileScore> run(Path dir, PrintStream errors) throws IOException {
    Attest engine = new Attest();
    Path base = Files.isDirectory(dir.resolve("DateTime")) ? dir.resolve("DateTime") : dir;
    List<FileScore> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String f : FILES) {
      Path p = base.resolve(f);
      if (!Files.exists(p)) continue;
      out.add(score(f, read(p, f), engine, seen, errors));
    }
    return out;
  }

  static List<Case> read(Path file, String name) throws IOException {
    String json = Files.readString(file);
    if (json.startsWith("\uFEFF")) json = json.substring(1);
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : new ObjectMapper().readTree(json)) {
      String input = c.get("Input").asText();
      String ref = c.path("Context").path("ReferenceDateTime").asText("");
      ref = ref.length() >= 10 ? ref.substring(0, 10) : DEFAULT_REFERENCE;
      List<Expected> results = new ArrayList<>();
      for (JsonNode r : c.path("Results")) results.add(expected(input, r));
      String ns = (c.path("NotSupported").asText("") + "," + c.path("NotSupportedByDesign").asText("")).toLowerCase(Locale.ROOT);
      cases.add(new Case(name, input, ref, results, ns));
    }
    return cases;
  }

  private static Expected expected(String input, JsonNode r) {
    String text = r.get("Text").asText();
    int start = r.has("Start") ? r.get("Start").asInt() : input.toLowerCase(Locale.ROOT).indexOf(text.toLowerCase(Locale.ROOT));
    int end = r.has("End") ? r.get("End").asInt() + 1 : r.has("Length") ? start + r.get("Length").asInt() : start + text.length();
    String kind = r.has("TypeName") ? r.get("TypeName").asText() : r.has("Typename") ? r.get("Typename").asText() : r.path("Type").asText();
    kind = kind.substring(kind.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    List<Resolution> values = new ArrayList<>();
    boolean zone = false;
    JsonNode model = r.path("Resolution").path("values");
    if (model.isMissingNode()) model = r.path("Value").path("values");
    if (model.isArray()) {
      for (JsonNode v : model) {
        values.add(new Resolution(text(v, "timex"), text(v, "value"), text(v, "start"), text(v, "end")));
        zone |= v.has("timezone") || v.has("utcOffsetMins");
      }
    } else {
      JsonNode v = r.path("Value");
      String timex = v.has("Timex") ? text(v, "Timex") : text(v, "timex");
      zone = v.has("TimeZoneResolution");
      for (String side : new String[] {"PastResolution", "FutureResolution"}) {
        JsonNode s = v.path(side);
        String point = first(s, "date", "dateTime", "time", "duration", "set");
        values.add(new Resolution(timex, point, first(s, "startDate", "startDateTime", "startTime"), first(s, "endDate", "endDateTime", "endTime")));
      }
      if (values.isEmpty()) values.add(new Resolution(timex, null, null, null));
    }
    return new Expected(text, start, end, kind, values, zone);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String first(JsonNode n, String... fields) {
    for (String f : fields) if (n.has(f)) return text(n, f);
    return null;
  }

  static FileScore score(String file, List<Case> cases, Attest engine, Set<String> seen, PrintStream errors) {
    int inScope = 0, passed = 0, duplicates = 0;
    Map<String, Integer> excluded = new LinkedHashMap<>();
    for (Case c : cases) {
      if (!seen.add(c.input() + "\u0000" + c.reference())) {
        duplicates++;
        continue;
      }
      String why = excluded(c);
      if (why != null) {
        excluded.merge(why, 1, Integer::sum);
        continue;
      }
      inScope++;
      List<TimeExpression> got = engine.extract(new Article("recognizers", c.input(), c.reference())).times();
      if (passes(c, got)) passed++;
      else if (errors != null) errors.println("FAIL " + file + " @" + c.reference() + " \"" + c.input() + "\" expected " + describe(c) + " | got " + describeGot(got));
    }
    return new FileScore(file, cases.size(), duplicates, inScope, passed, excluded);
  }

  /** Why a case is out of scope, or null: a case is in when it expects nothing or one of its results is in. */
  static String excluded(Case c) {
    if (c.notSupported().contains("dotnet")) return NOT_SUPPORTED;
    if (MODE_FILES.contains(c.file())) return MODE;
    if (c.results().isEmpty() && !c.file().contains("Model")) return PARSER_NOTHING;
    String first = null;
    for (Expected e : c.results()) {
      String why = excluded(c, e);
      if (why == null) return null;
      if (first == null) first = why;
    }
    return first;
  }

  /** Why one expected result is out of scope, or null. */
  static String excluded(Case c, Expected e) {
    if (e.zone() || e.kind().equals("timezone")) return TIME_ZONE;
    Set<String> timexes = new LinkedHashSet<>();
    for (Resolution r : e.values()) if (r.timex() != null && !r.timex().isEmpty()) timexes.add(r.timex());
    if (timexes.isEmpty()) return NO_TIMEX;
    String timex = timexes.iterator().next();
    if (RANGE_TIMEX.matcher(timex).matches() && unitOf(timex) == null) return RANGE;
    if (timex.startsWith("T")) return NO_DAY;
    if (BARE_DAY_TIMEX.matcher(timex).find()) return BARE_DAY;
    if (dayMonthOrder(e, timex)) return DAY_MONTH;
    if (REQUEST_TEXT.matcher(c.input()).find() && timex.contains("X") && e.values().stream().map(Resolution::value).distinct().count() < 2
        && e.values().stream().map(Resolution::start).distinct().count() < 2) return REQUEST;
    return null;
  }

  /** "22/04": the text gives the day first (the timex's day, then its month). */
  private static boolean dayMonthOrder(Expected e, String timex) {
    Matcher t = Pattern.compile("^(?:\\d{4}|XXXX)-(\\d\\d)-(\\d\\d)").matcher(timex);
    if (!t.find()) return false;
    int month = Integer.parseInt(t.group(1)), day = Integer.parseInt(t.group(2));
    if (month == day) return false;
    Matcher m = NUMERIC_DM.matcher(e.text());
    while (m.find()) if (Integer.parseInt(m.group(1)) == day && Integer.parseInt(m.group(2)) == month) return true;
    return false;
  }

  /** The TIMEX3 value of an interval that is exactly one calendar unit, or null. */
  static String unitOf(String timex) {
    Matcher m = RANGE_TIMEX.matcher(timex);
    if (!m.matches()) return null;
    LocalDate a, b;
    try {
      a = LocalDate.parse(m.group(1));
      b = LocalDate.parse(m.group(2));
    } catch (RuntimeException ex) {
      return null;
    }
    int y = a.getYear();
    if (a.getDayOfMonth() == 1) {
      if (a.getMonthValue() == 1 && b.equals(a.plusYears(1))) return String.valueOf(y);
      if (a.getMonthValue() == 1 && y % 10 == 0 && b.equals(a.plusYears(10))) return String.valueOf(y / 10);
      if ((a.getMonthValue() - 1) % 6 == 0 && b.equals(a.plusMonths(6))) return y + "-H" + ((a.getMonthValue() - 1) / 6 + 1);
      if ((a.getMonthValue() - 1) % 3 == 0 && b.equals(a.plusMonths(3))) return y + "-Q" + ((a.getMonthValue() - 1) / 3 + 1);
      if (b.equals(a.plusMonths(1))) return String.format("%d-%02d", y, a.getMonthValue());
    }
    if (a.getDayOfWeek().getValue() == 1 && b.equals(a.plusDays(7)))
      return String.format("%d-W%02d", a.get(IsoFields.WEEK_BASED_YEAR), a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return null;
  }

  /** The TimeML values an expected result accepts, in canonical form ({@link #canonical}). */
  static Set<String> accepted(Expected e, String reference) {
    Set<String> out = new LinkedHashSet<>();
    String in = inUnits(e.text());
    if (in != null) out.add(in);
    for (Resolution r : e.values()) {
      String timex = r.timex();
      if (timex == null) continue;
      String unit = unitOf(timex);
      if (unit != null) timex = unit;
      timex = granular(e.text(), timex);
      if (VAGUE_TEXT.matcher(e.text()).find() && timex.startsWith("P")) timex = timex.replaceFirst("^(PT?)3([A-Z])", "$1X$2");
      out.add(canonical(timex));
      if (SEASON.matcher(timex).matches()) { // a season with no year: any year's, or the nearest past or future one
        int y = Integer.parseInt(reference.substring(0, 4));
        out.add("XXXX-" + timex);
        for (int k = -1; k <= 1; k++) out.add((y + k) + "-" + timex);
      }
      if (timex.contains("X")) {
        String point = r.value() != null ? r.value() : r.start() != null ? r.start() : r.end(); // "before 5pm Thursday": its bound
        if (point == null || point.length() < 10 || !point.matches("\\d{4}-\\d\\d-\\d\\d.*")) continue;
        if (timex.matches("XXXX-WXX-\\d.*")) out.add(canonical(point.substring(0, 10) + timex.substring(10))); // a weekday: its day, with any part of day
        else if (timex.startsWith("XXXX-WXX-WE")) out.add(week(LocalDate.parse(point.substring(0, 10))) + "-WE");
        else if (timex.startsWith("XXXX")) out.add(canonical(point.substring(0, 4) + timex.substring(4)));
      }
    }
    return out;
  }

  private static final Pattern SEASON = Pattern.compile("SU|WI|SP|FA");
  private static final Pattern IN_UNITS = Pattern.compile("(?i)^(?:in|within)\\s+(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(minute|hour|day|week|fortnight|month|year|decade)s?$");
  private static final Pattern OFFSET = Pattern.compile("(?i)^(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(minute|hour|day|week|fortnight|month|year|decade)s?\\s+(?:after|before|from|since)\\s+(?!now\\b|today\\b|yesterday\\b|tomorrow\\b).+");
  private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

  /**
   * "in two weeks": the suite resolves it to the point two weeks after the reference; TimeML marks
   * "two weeks" a DURATION (P2W) and "in" its signal. So too an offset from a named time, "three
   * weeks after Christmas": TimeML marks the DURATION and the anchor apart (not "from now", "from
   * today", "before yesterday", which TimeML resolves as one date, as the suite does). The duration, or null.
   */
  static String inUnits(String text) {
    Matcher m = IN_UNITS.matcher(text.trim());
    if (!m.matches()) m = OFFSET.matcher(text.trim());
    if (!m.matches()) return null;
    String n = m.group(1).toLowerCase(Locale.ROOT);
    int k = n.startsWith("a") ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL.indexOf(n);
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "minute" -> "PT" + k + "M";
      case "hour" -> "PT" + k + "H";
      case "day" -> "P" + k + "D";
      case "week" -> "P" + k + "W";
      case "fortnight" -> "P" + 2 * k + "W";
      case "month" -> "P" + k + "M";
      case "year" -> "P" + k + "Y";
      default -> "P" + 10 * k + "Y";
    };
  }

  private static final Pattern HOUR_ONLY = Pattern.compile("(T\\d\\d)$");
  private static final Pattern ZERO_SECONDS = Pattern.compile("(T\\d\\d:\\d\\d):00$");
  private static final Pattern ZERO_PARTS = Pattern.compile("(?<=[PT])0+[YMWDHS](?=\\d)");
  private static final Pattern QUARTERS_WEEKENDS = Pattern.compile("^P(\\d+)(Q|WE)$");
  private static final Pattern DECIMAL = Pattern.compile("^(PT?)(\\d+)\\.(\\d+)([YMDHW])$");

  /**
   * One spelling of equal TIMEX3 values: a clock time to the minute ("T16" and "T16:00:00" are
   * "T16:00"), a decimal duration in whole smaller units ("PT1.5H" is "PT1H30M", "P1.25Y" "P1Y3M"),
   * quarters in months ("P1Q" is "P3M"), weekends in days ("P3WE" is "P6D"), zero parts left out
   * ("PT0H30M" is "PT30M", "P0Y6M" and "P0.5Y" are "P6M"), the suite's nth weekday of a month as its
   * day ("2018-01-WXX-1-3", the third Monday, is "2018-01-15").
   */
  static String canonical(String v) {
    if (v == null) return null;
    Matcher m = NTH_WEEKDAY.matcher(v);
    if (m.matches()) v = nthWeekday(m);
    m = ZERO_SECONDS.matcher(v);
    if (m.find()) v = v.substring(0, m.start()) + m.group(1);
    m = HOUR_ONLY.matcher(v);
    if (m.find() && !v.startsWith("P")) v = v.substring(0, m.start()) + m.group(1) + ":00";
    m = QUARTERS_WEEKENDS.matcher(v);
    if (m.matches()) v = m.group(2).equals("Q") ? "P" + 3 * Integer.parseInt(m.group(1)) + "M" : "P" + 2 * Integer.parseInt(m.group(1)) + "D";
    m = DECIMAL.matcher(v);
    if (m.matches()) {
      double frac = Double.parseDouble("0." + m.group(3));
      String u = m.group(4);
      boolean time = m.group(1).equals("PT");
      int mult = time ? (u.equals("H") ? 60 : u.equals("M") ? 60 : 0) : u.equals("Y") ? 12 : u.equals("D") ? 24 : u.equals("W") ? 7 : 0;
      String sub = time ? (u.equals("H") ? "M" : "S") : u.equals("Y") ? "M" : u.equals("D") ? "H" : "D";
      double parts = frac * mult;
      if (mult > 0 && parts == Math.rint(parts)) {
        String whole = m.group(2) + u + (long) parts + sub;
        v = u.equals("D") ? "P" + m.group(2) + "DT" + (long) parts + "H" : m.group(1) + whole;
      }
    }
    if (v.startsWith("P")) v = ZERO_PARTS.matcher(v).replaceAll(""); // "PT0H30M" is "PT30M", "P0Y6M" is "P6M"; after the decimals ("P0.5Y" is "P0Y6M")
    return v;
  }

  private static final Pattern NTH_WEEKDAY = Pattern.compile("^(\\d{4})-(\\d\\d)-WXX-([1-7])-#?([1-5])(T.*)?$");

  /** "2018-01-WXX-1-3" (the suite's third Monday of January 2018, not TIMEX3) is that day, 2018-01-15; kept when the month has no such day. */
  private static String nthWeekday(Matcher m) {
    LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
    LocalDate day = first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(Integer.parseInt(m.group(4)),
        java.time.DayOfWeek.of(Integer.parseInt(m.group(3)))));
    if (day.getMonthValue() != first.getMonthValue()) return m.group();
    return day + (m.group(5) == null ? "" : m.group(5));
  }

  private static String week(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** "N years ago" resolved to a day → the year; months → the month; weeks → the ISO week; decades → the decade. */
  static String granular(String text, String timex) {
    Matcher a = AGO_TEXT.matcher(text);
    Matcher d = DATE_TIMEX.matcher(timex);
    if (!a.find() || !d.matches() || !text.substring(a.end()).trim().matches("(?i)(?:today|tomorrow|yesterday|now)?")) return timex; // "two months from today on Tuesday" names its day
    String unit = a.group(1).toLowerCase(Locale.ROOT);
    if (unit.startsWith("decade")) return timex.substring(0, 3);
    if (unit.startsWith("year")) return timex.substring(0, 4);
    if (unit.startsWith("month")) return timex.substring(0, 7);
    return week(LocalDate.parse(timex));
  }

  /** The TIMEX3 type the suite's result stands for. */
  static String typeOf(Expected e) {
    String timex = e.values().isEmpty() ? "" : String.valueOf(e.values().get(0).timex());
    if (unitOf(timex) != null || timex.endsWith("_REF")) return "DATE";
    if (inUnits(e.text()) != null) return "DURATION";
    if (e.kind().equals("set")) return "SET";
    if (e.kind().equals("duration") || timex.startsWith("P")) return "DURATION";
    if (timex.matches(".*\\dT.*|^X.*T.*")) return "TIME";
    return "DATE";
  }

  private static final Pattern DAY_PART = Pattern.compile(".*\\dT(?:MO|AF|EV|NI)$");

  /**
   * Overlap, type and value. A day's part ("Friday morning", 2016-11-04TMO) is TIME in the suite and
   * in the guidelines, but TimeBank types it DATE as often as not (19 of 25 "Friday morning"s): either type.
   */
  static boolean met(Expected e, String reference, TimeExpression t) {
    if (!(t.start() < e.end() && e.start() < t.end()) || !accepted(e, reference).contains(canonical(t.value()))) return false;
    return typeOf(e).equals(t.type()) || DAY_PART.matcher(t.value()).matches() && (t.type().equals("DATE") || t.type().equals("TIME"));
  }

  /**
   * Every in-scope result met; in the model suites (the whole recogniser) no time of ours where no
   * result lies. A parser suite tests one parser: what it does not expect may be another's.
   */
  static boolean passes(Case c, List<TimeExpression> got) {
    for (Expected e : c.results()) {
      if (excluded(c, e) != null) continue;
      if (got.stream().noneMatch(t -> met(e, c.reference(), t))) return false;
    }
    if (!c.file().contains("Model")) return true;
    for (TimeExpression t : got) if (c.results().stream().noneMatch(e -> t.start() < e.end() && e.start() < t.end())) return false;
    return true;
  }

  private static String describe(Case c) {
    List<String> parts = new ArrayList<>();
    for (Expected e : c.results()) {
      String why = excluded(c, e);
      parts.add("\"" + e.text() + "\" " + typeOf(e) + " " + String.join("|", accepted(e, c.reference())) + (why == null ? "" : " (out of scope)"));
    }
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }

  private static String describeGot(List<TimeExpression> got) {
    List<String> parts = new ArrayList<>();
    for (TimeExpression t : got) parts.add("\"" + t.text() + "\" " + t.type() + " " + t.value() + (t.mod() == null ? "" : " " + t.mod()));
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }

  public static void print(List<FileScore> scores, PrintStream out, boolean reasons) {
    int total = 0, dup = 0, in = 0, passed = 0;
    out.println("Recognizers-Text English DateTime suites (cases: total, duplicates of earlier files, in scope, passed, pass rate)");
    for (FileScore s : scores) {
      out.printf("  %-36s %4d total %4d dup %4d in scope %4d passed  %.3f%n", s.file(), s.total(), s.duplicates(), s.inScope(), s.passed(), s.passRate());
      total += s.total();
      dup += s.duplicates();
      in += s.inScope();
      passed += s.passed();
    }
    out.printf("  %-36s %4d total %4d dup %4d in scope %4d passed  %.3f%n", "overall", total, dup, in, passed, in == 0 ? 0 : (double) passed / in);
    if (!reasons) return;
    out.println("Out of scope, by reason (cases, after removing duplicates; the *Extractor.json suites give no TIMEX3 value and are not read):");
    Map<String, Integer> all = new LinkedHashMap<>();
    Stream.of(NOT_SUPPORTED, MODE, RANGE, TIME_ZONE, NO_DAY, BARE_DAY, DAY_MONTH, REQUEST, PARSER_NOTHING, NO_TIMEX).forEach(k -> all.put(k, 0));
    for (FileScore s : scores) s.excluded().forEach((k, v) -> all.merge(k, v, Integer::sum));
    all.forEach((k, v) -> out.printf("  %4d  %s%n", v, k));
  }
}
