package org.attest.model;

import java.util.List;

/**
 * A person, organisation or place of one article, with every mention of it.
 * {@code type} is PERSON, ORG, GPE, LOC, NORP or OTHER; {@code name} the longest proper name used.
 */
public record Entity(String id, String type, String name, List<Title> titles, List<Mention> mentions) {
  public static final String PERSON = "PERSON";
  public static final String ORG = "ORG";
  public static final String GPE = "GPE";
  public static final String LOC = "LOC";
  public static final String NORP = "NORP";
  public static final String OTHER = "OTHER";

  public Entity {
    titles = List.copyOf(titles);
    mentions = List.copyOf(mentions);
  }
}
