package org.attest.web;

import java.util.List;

/**
 * A web page reduced to its article: {@code text} is the article body, paragraphs separated by a
 * blank line; {@code published} is the original publication date as an ISO date or date-time
 * (null when the page gives none); {@code language} is ISO 639-1 or null when unknown;
 * {@code publishedBy} names the rule that found the date ("meta", "json-ld article", "url"...,
 * null with no date).
 */
public record WebPage(
    String text, String title, List<String> authors, String outlet, String url, String language, String published,
    String publishedBy) {
  public WebPage {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
