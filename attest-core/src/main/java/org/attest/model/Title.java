package org.attest.model;

/** A title or role the article gives an entity ("Secretary of State", "CBS host"). */
public record Title(String text, int start, int end) {}
