package org.attest.model;

import java.util.List;
import java.util.Map;

/**
 * An article as read from input, before analysis. {@code published} is an ISO date or date-time
 * (or null); {@code authors} the names of its byline (possibly none); {@code language} ISO 639-1
 * ("en"), or null when unknown; {@code origin} where it was read (or null); {@code meta} keeps the
 * input fields the format does not name.
 */
public record Article(
    String id, String text, String published, String title, String url, String outlet, List<String> authors, String language,
    Origin origin, Map<String, Object> meta) {
  public Article {
    if (text == null) throw new IllegalArgumentException("article text is required");
    authors = authors == null ? List.of() : List.copyOf(authors);
    meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
  }

  public Article(String id, String text, String published, String title, String url, String outlet, Map<String, Object> meta) {
    this(id, text, published, title, url, outlet, List.of(), null, null, meta);
  }

  public Article(String id, String text, String published) {
    this(id, text, published, null, null, null, List.of(), null, null, Map.of());
  }

  public Article withPublished(String date) {
    return new Article(id, text, date, title, url, outlet, authors, language, origin, meta);
  }

  public Article withOrigin(Origin where) {
    return new Article(id, text, published, title, url, outlet, authors, language, where, meta);
  }

  /** Whether the English analysis runs on it: English, or a language no one gave. */
  public boolean english() {
    return language == null || language.equals("en");
  }
}
