package org.attest.model;

/**
 * A reported figure. {@code low}/{@code high} are the interval the {@code modifier} asserts (null
 * = unbounded on that side); {@code value} is null for a range.
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
    double confidence) {}
