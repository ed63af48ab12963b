package org.attest.model;

/**
 * A reported figure. {@code low}/{@code high} are the interval the {@code modifier} asserts (null
 * = unbounded on that side); {@code value} is null for a range. {@code relativeTo} is the id of the
 * figure a relative one is resolved against ("a third of that number"), or null.
 */
public record Quantity(
    String id,
    int start,
    int end,
    String text,
    Double value,
    Double low,
    Double high,
    String modifier,
    String unit,
    Span object,
    double confidence,
    String relativeTo) {
  public Quantity(String id, int start, int end, String text, Double value, Double low, Double high, String modifier, String unit, Span object,
      double confidence) {
    this(id, start, end, text, value, low, high, modifier, unit, object, confidence, null);
  }
}
