package org.attest.model;

import java.util.Map;

/**
 * An article as read from input, before analysis. {@code published} is an ISO date or date-time
 * (or null); {@code meta} keeps the input fields the format does not name.
 */
public record Article(
    String id, String text, String published, String title, String url, String outlet, Map<String, Object> meta) {
  public Article {
    if (text == null) throw new IllegalArgumentException("article text is required");
    meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
  }

  public Article(String id, String text, String published) {
    this(id, text, published, null, null, null, Map.of());
  }

  public Article withPublished(String date) {
    return new Article(id, text, date, title, url, outlet, meta);
  }
}
