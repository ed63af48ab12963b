package org.attest.model;

/**
 * A quotation: {@code type} is direct, mixed or indirect; the span covers the content (with its
 * quotation marks for a direct quote). {@code cue} and {@code speaker} may be null; {@code
 * speakerName} is the canonical name of the speaker entity, or null when unknown.
 */
public record Quote(
    String id,
    String type,
    int start,
    int end,
    String text,
    Span cue,
    Span speaker,
    String speakerEntity,
    String speakerName,
    double confidence) {
  public static final String DIRECT = "direct";
  public static final String MIXED = "mixed";
  public static final String INDIRECT = "indirect";
}
