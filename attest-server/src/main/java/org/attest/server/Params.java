package org.attest.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** A request's query parameters, read with their bounds: anything out of them is a 400 that says which parameter and why. */
final class Params {
  /** The longest text a parameter may hold (a subject, a name, a search). */
  static final int TEXT = 300;
  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** A text parameter, stripped; null when absent or blank. */
  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    if (v.length() > TEXT) throw Problem.badRequest(name + ": at most " + TEXT + " characters");
    return v.strip();
  }

  String required(String name) {
    String v = text(name);
    if (v == null) throw Problem.badRequest(name + ": required");
    return v;
  }

  /** An ISO date (YYYY-MM-DD), or null when absent. */
  String date(String name) {
    String v = text(name);
    if (v == null) return null;
    try {
      if (v.length() != 10) throw new DateTimeParseException("", v, 0);
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw Problem.badRequest(name + ": not a date (YYYY-MM-DD): " + shown(v));
    }
  }

  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) return fallback;
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) throw Problem.badRequest(name + ": between " + min + " and " + max);
      return n;
    } catch (NumberFormatException e) {
      throw Problem.badRequest(name + ": not a whole number: " + shown(v));
    }
  }

  double number(String name, double fallback, double min, double max) {
    String v = text(name);
    if (v == null) return fallback;
    try {
      double n = Double.parseDouble(v);
      if (!(n >= min && n <= max)) throw Problem.badRequest(name + ": between " + min + " and " + max);
      return n;
    } catch (NumberFormatException e) {
      throw Problem.badRequest(name + ": not a number: " + shown(v));
    }
  }

  /** One of a few words (case as given), or null when absent. */
  String oneOf(String name, Set<String> allowed) {
    String v = text(name);
    if (v != null && !allowed.contains(v)) throw Problem.badRequest(name + ": one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
    return v;
  }

  /** Words separated by commas, each one of a few. */
  java.util.List<String> list(String name, Set<String> allowed, java.util.List<String> fallback) {
    String v = text(name);
    if (v == null) return fallback;
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String w : v.split(",")) {
      String k = w.strip();
      if (!allowed.contains(k)) throw Problem.badRequest(name + ": each one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
      out.add(k);
    }
    return out;
  }

  /** A path parameter that is a canonical entity's number. */
  static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw Problem.notFound("no entity " + shown(v));
    }
  }

  /** A value as a message may show it: short, one line. */
  static String shown(String v) {
    String s = v.length() > 40 ? v.substring(0, 40) + "…" : v;
    return "\"" + s.replaceAll("\\p{Cntrl}", "?") + "\"";
  }
}
