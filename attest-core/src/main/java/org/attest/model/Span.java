package org.attest.model;

/** A stretch of the document text: {@code text.substring(start, end)} is {@link #text()}. */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }

  /** The span of {@code text} between {@code start} and {@code end}. */
  public static Span of(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
