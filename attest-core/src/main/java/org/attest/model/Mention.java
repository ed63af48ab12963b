package org.attest.model;

/** One place where the text refers to an entity. {@code kind} is name, pronoun or nominal. */
public record Mention(int start, int end, String text, String kind) {
  public static final String NAME = "name";
  public static final String PRONOUN = "pronoun";
  public static final String NOMINAL = "nominal";
}
