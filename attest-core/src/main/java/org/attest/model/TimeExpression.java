package org.attest.model;

/** A TIMEX3 time expression: {@code type} DATE, TIME, DURATION or SET; {@code value} normalised. */
public record TimeExpression(String id, int start, int end, String text, String type, String value, String mod) {}
