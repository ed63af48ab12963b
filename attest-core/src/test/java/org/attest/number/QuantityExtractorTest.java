package org.attest.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.attest.model.Quantity;
import org.attest.text.Analysis;
import org.attest.text.TextAnalyzer;
import org.attest.time.TimeExtractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figure rules with their sentences: the span expected, its value, interval, modifier, unit
 * and counted object (FORMAT.md's conventions table). A null span means no figure in the text.
 */
class QuantityExtractorTest {
  record Case(String text, String span, Double value, Double low, Double high, String modifier, String unit, String object) {
    @Override
    public String toString() {
      return span == null ? "none in: " + text : span;
    }
  }

  static Case c(String text, String span, Double value, Double low, Double high, String modifier, String unit, String object) {
    return new Case(text, span, value, low, high, modifier, unit, object);
  }

  static Stream<Case> cases() {
    return Stream.of(
        c("Fewer than 1,000 fighters from the Islamic State group remain.", "Fewer than 1,000", 1000.0, null, 1000.0, "less_than", null,
            "fighters from the Islamic State group"),
        c("There are less than 1,000 ISIS terrorists in the area.", "less than 1,000", 1000.0, null, 1000.0, "less_than", null, "ISIS terrorists"),
        c("The city has 2.5 million residents.", "2.5 million", 2500000.0, 2500000.0, 2500000.0, "exact", null, "residents"),
        c("The deal is worth $3bn to the firm.", "$3bn", 3e9, 3e9, 3e9, "exact", "USD", "deal"),
        c("The plan would cost $84 billion over a decade.", "$84 billion", 84e9, 84e9, 84e9, "exact", "USD", null),
        c("She won 45% of the vote.", "45%", 45.0, 45.0, 45.0, "exact", "percent", "of the vote"),
        c("She won 45 percent of the vote.", "45 percent", 45.0, 45.0, 45.0, "exact", "percent", "of the vote"),
        c("About 300 people attended.", "About 300", 300.0, 300.0, 300.0, "approx", null, "people"),
        c("Up to 20 percent of the staff left.", "Up to 20 percent", 20.0, null, 20.0, "at_most", "percent", "of the staff"),
        c("More than 5,000 homes were damaged.", "More than 5,000", 5000.0, 5000.0, null, "more_than", null, "homes"),
        c("At least 12 soldiers died.", "At least 12", 12.0, 12.0, null, "at_least", null, "soldiers"),
        c("Between 10 and 20 boats were lost.", "Between 10 and 20", null, 10.0, 20.0, "range", null, "boats"),
        c("The fine is 10 to 20 dollars.", "10 to 20 dollars", null, 10.0, 20.0, "range", "USD", "fine"),
        c("Thousands of protesters marched.", "Thousands", 2000.0, 2000.0, null, "at_least", null, "of protesters"),
        c("Tens of thousands of people fled.", "Tens of thousands", 20000.0, 20000.0, null, "at_least", null, "of people"),
        c("They bought a dozen eggs.", "a dozen", 12.0, 12.0, 12.0, "exact", null, "eggs"),
        c("The estate is worth half a million dollars.", "half a million dollars", 500000.0, 500000.0, 500000.0, "exact", "USD", "estate"),
        c("The party sent three hundred and twenty delegates to the congress.", "three hundred and twenty", 320.0, 320.0, 320.0, "exact", null, "delegates"),
        c("Forty-three said yes.", "Forty-three", 43.0, 43.0, 43.0, "exact", null, null),
        c("The ticket costs €40,000 in Paris.", "€40,000", 40000.0, 40000.0, 40000.0, "exact", "EUR", null),
        c("The coin is worth 50 cents.", "50 cents", 0.5, 0.5, 0.5, "exact", "USD", "coin"),
        c("Households making $100,000 or more left.", "$100,000 or more", 100000.0, 100000.0, null, "at_least", "USD", null),
        c("Less than a quarter of the donors gave.", "Less than a quarter", 0.25, null, 0.25, "less_than", "fraction", "of the donors"),
        c("Their premiums doubled last year.", "doubled", 2.0, 2.0, 2.0, "exact", "times", "premiums"),
        c("They wind up with their coverage cut in half.", "half", 0.5, 0.5, 0.5, "exact", "fraction", "coverage"),
        c("Millions of dollars were spent.", "Millions of dollars", 2000000.0, 2000000.0, null, "at_least", "USD", null),
        c("A couple dozen investment bankers came.", "A couple dozen", 24.0, 24.0, 24.0, "approx", null, "investment bankers"),
        c("The poll has 12 percentage points between them.", "12 percentage points", 12.0, 12.0, 12.0, "exact", "percentage points", null),
        c("The share exceeds 7% this year.", "7%", 7.0, 7.0, null, "more_than", "percent", "share"),
        c("America’s prison population stood at 200,000 in 1972.", "200,000", 200000.0, 200000.0, 200000.0, "exact", null, "America’s prison population"),
        c("Obama called for reducing the corporate tax rate to 28 percent.", "28 percent", 28.0, 28.0, 28.0, "exact", "percent", "corporate tax rate"),
        c("The rules cut carbon emissions from U.S. power plants 32 percent.", "32 percent", 32.0, 32.0, 32.0, "exact", "percent",
            "carbon emissions from U.S. power plants"),
        c("It has a margin of error +/- 4 percent.", "4 percent", 4.0, 4.0, 4.0, "exact", "percent", "margin of error"),
        c("Clinton beats Trump by 46 percent to 42 percent.", "46 percent", 46.0, 46.0, 46.0, "exact", "percent", null),
        c("The corporate tax rate, which, at 35 percent, is the highest.", "35 percent", 35.0, 35.0, 35.0, "exact", "percent", "corporate tax rate"),
        c("Mexico slapped retaliatory tariffs, ranging from 5 percent to 25 percent, on products.", "from 5 percent to 25 percent", null, 5.0, 25.0,
            "range", "percent", "retaliatory tariffs"),
        c("His comment about 47 percent of the country stuck.", "47 percent", 47.0, 47.0, 47.0, "exact", "percent", "of the country"),
        c("Trump lost nearly $916 million in a single year.", "nearly $916 million", 916e6, null, 916e6, "at_most", "USD", null),
        c("You blame thousands of $12-an-hour workers.", "$12", 12.0, 12.0, 12.0, "exact", "USD", null),
        c("A net loss of more than $915 million was reported.", "more than $915 million", 915e6, 915e6, null, "more_than", "USD", "net loss"),
        c("The coalition estimated that fewer than 3,000 fighters remained, and now only a third of that number survive.", "a third", 1000.0,
            1000.0, 1000.0, "approx", null, "fighters"),
        c("He was born in 1962 and moved in May 2017.", null, null, null, null, null, null, null),
        c("The Fox 35 report on COVID-19 cited Section 8.", null, null, null, null, null, null, null),
        c("He finished third, one of the few.", null, null, null, null, null, null, null),
        c("They spent seven months and 24 hours there.", null, null, null, null, null, null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reads(Case c) {
    List<Quantity> found = figures(c.text(), "2017-12-27");
    if (c.span() == null) {
      assertTrue(found.isEmpty(), "figures in «" + c.text() + "»: " + found.stream().map(Quantity::text).toList());
      return;
    }
    Quantity q = withSpan(found, c.span());
    assertInterval(q, c.value(), c.low(), c.high(), c.modifier(), c.unit());
    assertEquals(c.object(), q.object() == null ? null : q.object().text(), c.span());
  }

  /** The figures of a text, read against a publication date. */
  static List<Quantity> figures(String text, String published) {
    Analysis a = new TextAnalyzer().analyze(text);
    return new QuantityExtractor().extract(a, new TimeExtractor().extract(a, published));
  }

  /** The figure whose span is exactly {@code span}; fails when there is none. */
  static Quantity withSpan(List<Quantity> found, String span) {
    Quantity q = found.stream().filter(x -> x.text().equals(span)).findFirst().orElse(null);
    assertNotNull(q, "no «" + span + "» in " + found.stream().map(Quantity::text).toList());
    return q;
  }

  static void assertInterval(Quantity q, Double value, Double low, Double high, String modifier, String unit) {
    assertEquals(value, q.value(), q.text());
    assertEquals(low, q.low(), q.text());
    assertEquals(high, q.high(), q.text());
    assertEquals(modifier, q.modifier(), q.text());
    assertEquals(unit, q.unit(), q.text());
  }

  @Test
  void theFirstNumberOfADurationRangeIsNoFigure() {
    assertEquals(List.of("36 percent"), figures("Gains held for two to three years would be subject to a 36 percent rate.", "2016-09-16")
        .stream().map(Quantity::text).toList());
    assertEquals(List.of("5 percent"), figures("Prices rose 5 percent in five or six weeks.", "2016-09-16").stream().map(Quantity::text).toList());
  }

  @Test
  void numbersInsideTagsLeftInTheTextAreNoFigures() {
    String text = "<tweet author=\"carl\" timestamp=\"1474387200\" tweet_id=\"778257943577919488\">Warren won 5 votes.</tweet>";
    assertEquals(List.of("5"), figures(text, "2016-09-16").stream().map(Quantity::text).toList());
  }

  @Test
  void aMarginOfErrorIsNoNegativeFigureAndSignsAreOneAtMost() {
    Quantity q = withSpan(figures("The poll has a margin of error of plus or minus 3.5 percentage points.", "2016-09-16"), "3.5 percentage points");
    assertEquals(3.5, q.low());
    assertEquals(List.of("minus 5"), figures("It was " + "minus ".repeat(4000) + "5.", "2016-09-16").stream().map(Quantity::text).toList());
    assertEquals(List.of("$5"), figures("It cost $5 in", "2016-09-16").stream().map(Quantity::text).toList(), "a text may end after 'in'");
  }

  @Test
  void andJoinsASmallerNumberButNotAFraction() {
    // the look-ahead after "and" reads words only (before, it read the rest of the run again at each "and")
    assertEquals(2200.0, withSpan(figures("The deal was worth two thousand and two hundred dollars.", "2016-09-16"), "two thousand and two hundred dollars").low());
    assertEquals(100.75, withSpan(figures("The cost was one hundred and three quarters.", "2016-09-16"), "one hundred and three quarters").low());
  }
}
