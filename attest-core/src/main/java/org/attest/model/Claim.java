package org.attest.model;

/** A figure claim: one quantity with what it counts, where, for when and according to whom. */
public record Claim(
    String id,
    String kind,
    String quantity,
    String subject,
    String place,
    String asOf,
    String time,
    Source source,
    String quote,
    int start,
    int end,
    double confidence) {}
