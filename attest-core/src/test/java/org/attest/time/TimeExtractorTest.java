package org.attest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attest.model.TimeExpression;
import org.attest.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The time rules beyond their examples (those are in {@code examples/*.tsv}, read by {@link
 * TimeExamplesTest}): reviewed sentences, near misses that keep part of a sentence, values at the
 * edges of the calendar. 2013-03-21 is a Thursday in ISO week 12.
 */
class TimeExtractorTest {
  static final String D = "2013-03-21";

  /** Numbers with a dot or a colon after a day that are no clock times: prices, levels, ratios, lengths. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"Shares closed Friday at 9.50 in London.|Friday|2013-03-15",
      "The index ended Monday at 2.35 points higher.|Monday|2013-03-18", "The yield stood Tuesday at 4.25 percent.|Tuesday|2013-03-19",
      "He won Sunday by 10:30 minutes.|Sunday|2013-03-17", "Rebels outnumbered troops 3:1 on Monday.|Monday|2013-03-18",
      "The index closed Monday at 9, a new low.|Monday|2013-03-18", "The team led Sunday at 3 points.|Sunday|2013-03-17"})
  void noClockIn(String text, String expression, String value) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), D);
    assertEquals(List.of(expression + "=" + value), found.stream().map(t -> t.text() + "=" + t.value()).toList(), text);
  }

  /** A month of a longer number is no date of its own: "2016-12" of "2016-12-16T25:00". */
  @org.junit.jupiter.api.Test
  void noMonthInsideALongerNumber() {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze("The stamp reads 2016-12-16T25:00 in the file."), D);
    assertEquals(List.of(), found.stream().map(TimeExpression::text).toList());
  }

  /** "the first time" after a weekday is no day of the month. */
  @org.junit.jupiter.api.Test
  void noDayBeforeANoun() {
    assertEquals("2013-03-20", find("She voted on Wednesday the first time in years.", D, "Wednesday").value());
  }

  /** Names and codes with a month's letters: no glued date. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"He flew to Mar-a-Lago.", "The jan-2 file was lost.", "The q1-2012 code was wrong."})
  void noGluedDateIn(String text) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), D);
    assertEquals(List.of(), found.stream().filter(t -> !t.value().matches("\\d{4}")).map(TimeExpression::text).toList(), text);
  }

  /** "two thousand" after a month and before a noun counts. */
  @org.junit.jupiter.api.Test
  void aCountAfterAMonthIsNoYear() {
    assertEquals("2013-05", find("In May two thousand workers marched.", D, "May").value());
  }

  /** "the 15th day of the strike" names no day of a month. */
  @org.junit.jupiter.api.Test
  void aDayOfAnEventIsNoDate() {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze("It was the 15th day of the strike."), D);
    assertEquals(List.of(), found.stream().filter(t -> t.type().equals("DATE")).map(TimeExpression::text).toList());
  }

  /** A stretch up to now and a distance after "and" stay two expressions. */
  @org.junit.jupiter.api.Test
  void aStretchAndADistanceStayApart() {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze("Talks ran for the past 3 months and 2 days ago they broke down."), D);
    assertEquals(List.of("the past 3 months", "2 days ago"), found.stream().map(TimeExpression::text).toList());
  }

  /** Number words after a month that count something, and an ordinal before a unit, are no day. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"In May twenty one miners were trapped.|May|2013-05",
      "It was his second of three terms.|second|", "The vote in March twenty second-year students missed was repeated.|March|2013-03"})
  void noSpokenDayIn(String text, String expression, String value) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), D);
    assertEquals(value == null ? List.of() : List.of(expression + "=" + value), found.stream().map(t -> t.text() + "=" + t.value()).toList(), text);
  }

  /** "the 2010-11 season", "the 2008-09 budget": a range of two years, no month of the first. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"He scored twice in the 2010-11 season.", "The 2008-09 budget was cut."})
  void noMonthInARangeOfYears(String text) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), D);
    assertEquals(List.of(), found.stream().filter(t -> t.value().length() == 7).map(TimeExpression::text).toList(), text);
  }

  /** The expression written exactly {@code expression} in the text; fails when there is none. */
  static TimeExpression find(String text, String dct, String expression) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), dct);
    TimeExpression t = found.stream().filter(x -> x.text().equals(expression)).findFirst().orElse(null);
    assertNotNull(t, "no «" + expression + "» in " + found.stream().map(x -> x.text() + "=" + x.value()).toList());
    return t;
  }

  /** Texts that hold no time expression of their own: impossible dates, money in thousands. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"It was due on February 30, 2016.", "It closed Sept. 31, 2015.",
      "The form is dated 2/30/2016.", "The log says 2016-02-30.", "They raised $1000s for the fund."})
  void noDateIn(String text) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), D);
    assertEquals(List.of(), found.stream().filter(t -> !t.value().matches("\\d{4}")).map(TimeExpression::text).toList(), text);
  }

  /** Without a publication date, relative expressions keep their granularity, unresolved. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({"Three weeks ago the army left.,PAST_REF", "The deal closes next week.,XXXX-WXX",
      "The verdict came at 3 p.m. on the day.,XXXX-XX-XXT15:00"})
  void unresolvedWithoutADate(String text, String value) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), null);
    assertEquals(List.of(value), found.stream().map(TimeExpression::value).toList(), text);
  }

  /** "a year" after an amount is a rate, no duration: "$500 million a year", "24 hours a day". */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"Unisys will save $500 million a year in costs.", "Guards stand outside 24 hours a day.",
      "The dividend is $1.76 a year.", "The airline will add four flights a week."})
  void noDurationInARate(String text) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), D);
    assertEquals(List.of(), found.stream().filter(t -> t.type().equals("DURATION") && t.text().startsWith("a ")).map(TimeExpression::text).toList(), text);
  }

  /** Counts outside any calendar and odd units are no crash. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"It happened 3000000000 days ago.", "It lasted 2.5 weekends.",
      "In the third quarter, profit rose. 2000000000 years ago it fell.", "Two centuries ago, a fortnight ago, every weekend."})
  void oddCountsAreSafe(String text) {
    for (TimeExpression t : new TimeExtractor().extract(new TextAnalyzer().analyze(text), D)) {
      assertTrue(t.value() != null && !t.value().startsWith("-"), t.toString());
    }
  }

  /** A day followed by no clock time stays a date: "at the summit" is a place, "by 5 votes" a margin. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"He spoke on Friday at the summit.|Friday|2013-03-15",
      "The bill passed Tuesday by 5 votes.|Tuesday|2013-03-19", "Rebels struck last night at 3 checkpoints.|last night|2013-03-20TNI"})
  void aDayWithoutAClockStaysADay(String text, String expression, String value) {
    assertEquals(value, find(text, D, expression).value(), text);
  }

  /** Easter Sunday by the Gregorian computus, against known dates. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({"2000-04-23", "2008-03-23", "2016-03-27", "2019-04-21", "2038-04-25", "1818-03-22"})
  void easter(String date) {
    assertEquals(date, Holidays.easter(Integer.parseInt(date.substring(0, 4))).toString());
  }

  /** Durations of the same or a bigger unit stay apart: no sum of "two hours and two days". */
  @org.junit.jupiter.api.Test
  void durationsAddOnlyDownwards() {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze("They waited two hours and two days."), D);
    assertEquals(List.of("PT2H", "P2D"), found.stream().map(TimeExpression::value).toList());
  }

  /**
   * Fixes after review (2016-10-01 is a Saturday, 2016-10-02 a Sunday): an ordinal that starts a name is no day of "Friday the
   * Nth"; a bare hour after a part of the day needs "at", "around" or "about"; "this Monday" in the present lies ahead; only the
   * next smaller unit adds to a duration; a glued "’d" is a past perfect. Each failing case comes with one that must keep working.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "On Friday the 5th Circuit Court of Appeals ruled against the state.|2016-10-01|Friday|2016-09-30",
      "On Friday the 3rd Infantry Division entered the city.|2016-10-01|Friday|2016-09-30",
      "The market crashed on Friday the 13th.|2016-10-01|Friday the 13th|2016-05-13",
      "The market crashed on Friday the 13th, traders said.|2016-10-01|Friday the 13th|2016-05-13",
      "Protests spread on Tuesday night, 11 were arrested.|2016-10-01|Tuesday night|2016-09-27TNI",
      "The council voted last night by 7 to 2.|2016-10-01|last night|2016-09-30TNI",
      "Clashes broke out last night, 9 were hurt.|2016-10-01|last night|2016-09-30TNI",
      "Police left last night after 10 of the protesters were arrested.|2016-10-01|last night|2016-09-30TNI",
      "The rally starts tonight at 7.|2016-10-01|tonight at 7|2016-10-01T19:00",
      "Police arrived last night around 11.|2016-10-01|last night around 11|2016-09-30T23:00",
      "Voters head to the polls this Monday.|2016-10-02|this Monday|2016-10-03",
      "Voters will head to the polls this Monday.|2016-10-02|this Monday|2016-10-03",
      "Voters went to the polls this Monday.|2016-10-02|this Monday|2016-09-26",
      "He was sentenced to 15 years and 200 hours of community service.|2016-10-01|15 years|P15Y",
      "He was sentenced to 15 years and 200 hours of community service.|2016-10-01|200 hours|PT200H",
      "The hearing lasted two hours and 40 minutes.|2016-10-01|two hours and 40 minutes|PT2H40M",
      "He served three years and six months in jail.|2016-10-01|three years and six months|P3Y6M",
      "They\u2019d been scheduled to meet Friday.|2016-10-01|Friday|2016-09-30",
      "They'd been scheduled to meet Friday.|2016-10-01|Friday|2016-09-30",
      "They had been scheduled to meet Friday.|2016-10-01|Friday|2016-09-30",
      "They are scheduled to meet Friday.|2016-10-01|Friday|2016-10-07",
      "Officials expect the work to finish by the end of the month.|2016-10-01|the end of the month|2016-10"})
  void reviewed(String text, String dct, String expression, String value) {
    assertEquals(value, find(text, dct, expression).value(), text);
  }

  /** Phrases of the review that hold no time expression of their own: a unit before "-long", a bare count after a part of the day. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Workers celebrated the end of the month-long strike.|end of the month",
      "The end of the week-long festival drew crowds.|end of the week",
      "Protests spread on Tuesday night, 11 were arrested.|11",
      "The council voted last night by 7 to 2.|7",
      "He was sentenced to 15 years and 200 hours of community service.|P15YT200H",
      "On Friday the 5th Circuit Court of Appeals ruled against the state.|5th"})
  void reviewedNoTime(String text, String part) {
    List<TimeExpression> found = new TimeExtractor().extract(new TextAnalyzer().analyze(text), "2016-10-01");
    assertEquals(List.of(), found.stream().filter(t -> t.text().contains(part) || t.value().equals(part))
        .map(t -> t.text() + "=" + t.value()).toList(), text);
  }

  /**
   * TIMEX3 years have four digits (0000-9999): a date that falls outside them, at the edges of the
   * calendar or from a long count back, keeps its expression and has no value (it used to be
   * written "-984", "-001-12-31", "10000-01").
   */
  @ParameterizedTest(name = "{0} @{1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "It happened 3000 years ago.|2016-09-12|3000 years ago",
      "The city was founded 2,017 years ago.|2016-09-12|2,017 years ago",
      "He came last year.|0000-01-01|last year",
      "It rained yesterday.|0000-01-01|yesterday",
      "It happened 3 days ago.|0000-01-01|3 days ago",
      "Prices rose last week.|0000-01-01|last week",
      "He left two years ago.|0001-01-05|two years ago",
      "He comes next year.|9999-12-28|next year",
      "Next month it rains.|9999-12-28|Next month",
      "Next week is calm.|9999-12-28|Next week",
      "Sales rise next quarter.|9999-12-28|next quarter",
      "On January 3 he will speak.|9999-12-28|January 3",
      "Next winter will be cold.|9999-12-28|Next winter",
      "The next decade is bright.|9999-12-28|The next decade",
      "The next century is far.|9999-12-28|The next century"})
  void aDateOutsideTheFourDigitYearsHasNoValue(String text, String dct, String expression) {
    assertEquals(null, find(text, dct, expression).value(), text);
  }

  /** The years 0000-9999 are written with four digits: quarters and seasons too, decades with three. */
  @ParameterizedTest(name = "{0} @{1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Sales fell in the last quarter.|0001-01-05|the last quarter|0000-Q4",
      "Last winter was cold.|0001-01-05|Last winter|0000-WI",
      "He came last year.|0001-01-05|last year|0000",
      "It rained yesterday.|0001-01-05|yesterday|0001-01-04",
      "Tomorrow is fine.|9999-12-28|Tomorrow|9999-12-29",
      "Last decade was hard.|0150-06-01|Last decade|014"})
  void yearsNearTheEdgesHaveFourDigits(String text, String dct, String expression, String value) {
    assertEquals(value, find(text, dct, expression).value(), text);
  }

  /** Every value is TIMEX3's, whatever the publication date: a year of four digits, a decade of three, a century of two. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0000-01-01", "0001-01-05", "0050-06-15", "0999-12-31", "9999-12-28", "9999-12-31"})
  void everyValueIsWellFormed(String dct) {
    String text = "He came last year and two years ago. Last month it rained, and yesterday. Last week was calm; 3 days ago too. "
        + "Last decade was hard, the last century harder. Last Monday he spoke. In the last quarter sales fell. Last winter was cold. "
        + "He comes next year. Next month it rains. Tomorrow is fine. Next week is calm. In two years he leaves. The next decade. "
        + "Next Monday he speaks. Next quarter sales rise. Next winter. On January 3 he will speak. The next century. In the nineties. "
        + "It happened 3000 years ago and 5,000 years later. A year from now. Ten decades ago. Three centuries later. The year before.";
    java.util.regex.Pattern timex = java.util.regex.Pattern.compile("\\d{2,4}|\\d{4}[^\\d].*|[^\\d+-].*");
    for (TimeExpression t : new TimeExtractor().extract(new TextAnalyzer().analyze(text), dct)) {
      assertTrue(t.value() == null || timex.matcher(t.value()).matches(), t.text() + " = " + t.value() + " @" + dct);
    }
  }
}
