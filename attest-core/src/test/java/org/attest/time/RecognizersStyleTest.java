package org.attest.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.attest.model.TimeExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression cases modelled on the Microsoft Recognizers-Text English DateTime spec suites
 * (DateParser, DurationParser, SetParser, DatePeriodParser, HolidayParser), rewritten as news
 * sentences of our own with their reference date 2016-11-07 (a Monday). Kept: the kinds that fit
 * news and one TIMEX3 value, with the past resolution where the suites give two.
 *
 * <p>Left out, and why: ranges and intervals ("from 2000 until 2014", "2 weeks starting May 20",
 * "the week of the 18th": TIMEX3 gives one value, not an interval); future-only resolutions of
 * scheduling requests ("set something up for..."); bare day numbers ("on 15", "22/04": in news
 * these are no dates); time zones; times of day as sets ("3pm each day"); day/month order outside
 * the US convention ("22/04"); spelled-out years ("year two hundred and sixty seven"); movable
 * feasts computed from the moon (Easter); and the suites' day-precision "N units ago": TimeML keeps
 * the unit's granularity ("two years ago" is 2014, not 2014-11-07).
 */
class RecognizersStyleTest {
  record Case(String text, String expression, String type, String value) {
    @Override
    public String toString() {
      return expression;
    }
  }

  static final String REF = "2016-11-07";

  static Stream<Case> cases() {
    return Stream.of(
        new Case("The plant was closed two years ago.", "two years ago", "DATE", "2014"),
        new Case("Talks began three days ago.", "three days ago", "DATE", "2016-11-04"),
        new Case("The board met on April 22, 2015.", "April 22, 2015", "DATE", "2015-04-22"),
        new Case("The filing is dated 08/12/2015.", "08/12/2015", "DATE", "2015-08-12"),
        new Case("The rebels retreated last week.", "last week", "DATE", "2016-W44"),
        new Case("Prices fell last month.", "last month", "DATE", "2016-10"),
        new Case("Output rose this year.", "this year", "DATE", "2016"),
        new Case("The strike ended yesterday.", "yesterday", "DATE", "2016-11-06"),
        new Case("The minister resigned on Friday.", "Friday", "DATE", "2016-11-04"),
        new Case("The troops left last Friday.", "last Friday", "DATE", "2016-11-04"),
        new Case("Stores were full on Christmas Day.", "Christmas Day", "DATE", "2015-12-25"),
        new Case("Pranksters struck on Halloween.", "Halloween", "DATE", "2016-10-31"),
        new Case("The merger closed late last year.", "late last year", "DATE", "2015"),
        new Case("The fighting lasted two weeks.", "two weeks", "DURATION", "P2W"),
        new Case("The drought lasted two decades.", "two decades", "DURATION", "P20Y"),
        new Case("The siege lasted five months.", "five months", "DURATION", "P5M"),
        new Case("The hearing took 30 minutes.", "30 minutes", "DURATION", "PT30M"),
        new Case("The patrols leave every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        new Case("The market is closed on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
        new Case("The figures are published each day.", "each day", "SET", "P1D"),
        new Case("The council meets weekly.", "weekly", "SET", "P1W"),
        new Case("Troops landed on Oct. 3. The next day the city fell.", "The next day", "DATE", "2016-10-04"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolves(Case c) {
    TimeExpression t = TimeExtractorTest.find(c.text(), REF, c.expression());
    assertEquals(c.type(), t.type(), c.expression());
    assertEquals(c.value(), t.value(), c.expression());
  }
}
