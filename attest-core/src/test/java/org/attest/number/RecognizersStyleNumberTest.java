package org.attest.number;


import java.util.stream.Stream;
import org.attest.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression cases for the number normaliser, modelled on the Microsoft Recognizers-Text English
 * Number, NumberRange, Percent and Currency spec suites and rewritten as news sentences of our own.
 * Kept: cardinals in digits and words, magnitudes, percentages, open and closed bounds, ranges and
 * money with ISO codes, in FORMAT.md's interval convention.
 *
 * <p>Left out, and why: Indian digit grouping ("12,34,567.89"), vulgar fraction characters ("¾")
 * and spelled-out fractions with denominators ("two and fifty-four hundredths"): rare in English
 * news; the suites' half-open interval strings ("[200,3000000)"): attest/1 gives low, high and a
 * modifier instead; comparatives written after the number ("200 or greater than", "higher or equal
 * than"): not news prose; URLs and identifiers, which we do not read as figures at all; and a
 * space between currency sign and number ("$ 100 million", a tokenisation artefact of the suite).
 */
class RecognizersStyleNumberTest {
  record Case(String text, String span, Double value, Double low, Double high, String modifier, String unit) {
    @Override
    public String toString() {
      return span;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("The firm employs seventy engineers.", "seventy", 70.0, 70.0, 70.0, "exact", null),
        new Case("The census counted 1,234,567 residents.", "1,234,567", 1234567.0, 1234567.0, 1234567.0, "exact", null),
        new Case("Fewer than a thousand giant pandas still live in the wild.", "Fewer than a thousand", 1000.0, null, 1000.0, "less_than", null),
        new Case("Turnout rose 240 percent in the district.", "240 percent", 240.0, 240.0, 240.0, "exact", "percent"),
        new Case("Only 100% of the ballots were counted.", "100%", 100.0, 100.0, 100.0, "exact", "percent"),
        new Case("His score was more than 5000 on the test.", "more than 5000", 5000.0, 5000.0, null, "more_than", null),
        new Case("The fund grew from 200 to 3000000 over the decade.", "from 200 to 3000000", null, 200.0, 3000000.0, "range", null),
        new Case("The company paid $100 million in fines.", "$100 million", 1e8, 1e8, 1e8, "exact", "USD"),
        new Case("Output reached 100 billion yuan last year.", "100 billion yuan", 1e11, 1e11, 1e11, "exact", "CNY"),
        new Case("Interest expense in the third quarter was $75.3 million.", "$75.3 million", 75.3e6, 75.3e6, 75.3e6, "exact", "USD"),
        new Case("The house costs half a million dollars.", "half a million dollars", 5e5, 5e5, 5e5, "exact", "USD"),
        new Case("The transfer was worth €2.5 million.", "€2.5 million", 2.5e6, 2.5e6, 2.5e6, "exact", "EUR"),
        new Case("The club paid £40,000 for the player.", "£40,000", 40000.0, 40000.0, 40000.0, "exact", "GBP"),
        new Case("Between 10 and 20 percent of voters were undecided.", "Between 10 and 20 percent", null, 10.0, 20.0, "range", "percent"),
        new Case("At least 300 people signed the letter.", "At least 300", 300.0, 300.0, null, "at_least", null),
        new Case("Up to 5,000 troops will be sent.", "Up to 5,000", 5000.0, null, 5000.0, "at_most", null),
        new Case("Nearly two million refugees have fled.", "Nearly two million", 2e6, null, 2e6, "at_most", null),
        new Case("Roughly twenty-five hundred homes lost power.", "Roughly twenty-five hundred", 2500.0, 2500.0, 2500.0, "approx", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void normalises(Case c) {
    Quantity q = QuantityExtractorTest.withSpan(QuantityExtractorTest.figures(c.text(), "2016-11-07"), c.span());
    QuantityExtractorTest.assertInterval(q, c.value(), c.low(), c.high(), c.modifier(), c.unit());
  }
}
