package org.attest.model;

import java.util.List;

/** The analysed article ({@code attest/1}): the text and everything found in it, as offsets. */
public record Document(
    Article article,
    List<Entity> entities,
    List<Quote> quotes,
    List<Quantity> quantities,
    List<TimeExpression> times,
    List<Claim> claims) {
  public static final String SCHEMA = "attest/1";

  public Document {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    quantities = List.copyOf(quantities);
    times = List.copyOf(times);
    claims = List.copyOf(claims);
  }

  public String id() {
    return article.id();
  }

  public String text() {
    return article.text();
  }

  /** The entity with this id, or null. */
  public Entity entity(String id) {
    for (Entity e : entities) if (e.id().equals(id)) return e;
    return null;
  }
}
