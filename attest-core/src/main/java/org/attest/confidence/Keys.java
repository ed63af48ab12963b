package org.attest.confidence;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Span;

/**
 * What a confidence is looked up by: the rule that decided an item and a few cheap facts about it,
 * as keys from the most specific to the kind's whole ({@link #ALL}). The training command and the
 * stage read the same keys, so a table made by one fits the other.
 */
public final class Keys {
  /** The coarsest key of every kind: all its items. */
  public static final String ALL = "*";

  private Keys() {}

  /**
   * A quote's speaker: the sieve, the quote's type, what kind of mention names the speaker (a name, a
   * pronoun or nominal of a named entity or of none, the layout alone, nobody), the entity's type
   * and how far the speaker stands from the quote.
   */
  public static List<String> speaker(Document doc, Quote q, List<String> rules) {
    String rule = rule(rules, "quote.");
    Entity e = q.speakerEntity() == null ? null : doc.entity(q.speakerEntity());
    String kind = speakerKind(e, q.speaker());
    String type = e == null ? "none" : e.type();
    String near = distance(q, q.speaker());
    return List.of(
        rule + "|" + q.type() + "|" + kind + "|" + type + "|" + near,
        rule + "|" + q.type() + "|" + kind,
        rule + "|" + kind,
        rule,
        ALL);
  }

  /** A figure: the reader that read it, the step that found what it counts (or none), and what it measures. */
  public static List<String> figure(Quantity n, List<String> rules) {
    String reader = rules.isEmpty() ? "none" : rules.get(0);
    String object = n.object() == null ? "no-object" : "object";
    for (String r : rules) if (r.startsWith("number.object-") || r.startsWith("number.subject-")) object = r;
    String unit = unit(n);
    return List.of(
        reader + "|" + object + "|" + unit,
        object + "|" + unit,
        object,
        ALL);
  }

  /**
   * A claim's source: the source rule, whether it names someone linked to an entity, what its figure measures and,
   * for a figure inside a quote, where ({@link #inQuote}).
   */
  public static List<String> claim(Document doc, Claim c, Quantity n, List<String> rules) {
    String rule = rule(rules, "claim.");
    String named = c.source() == null ? "nobody" : c.source().entity() == null ? "unlinked" : "entity";
    String unit = n == null ? "none" : unit(n);
    String where = inQuote(doc, c, n);
    List<String> keys = new ArrayList<>(5);
    if (where != null) keys.add(rule + "|" + where);
    keys.add(rule + "|" + named + "|" + unit);
    keys.add(rule + "|" + unit);
    keys.add(rule);
    keys.add(ALL);
    return keys;
  }

  /**
   * Where a claim's figure stands in the quote the claim comes from: in an indirect quote ({@code indirect}), or in a
   * direct or mixed quote near its start ({@code lead}: the speaker's own figure, mostly) or deep in a long quoted
   * passage ({@code deep}: where a quoted text cites figures of others); null without a quote.
   */
  private static String inQuote(Document doc, Claim c, Quantity n) {
    if (c.quote() == null || n == null || doc == null) return null;
    for (Quote q : doc.quotes()) {
      if (!q.id().equals(c.quote())) continue;
      if (Quote.INDIRECT.equals(q.type())) return "indirect";
      return n.start() - q.start() > DEEP ? "deep" : "lead";
    }
    return null;
  }

  /** Characters into a quoted passage after which a figure is {@code deep} in it. */
  private static final int DEEP = 200;

  /** What a figure measures: count (no unit), percent, money (an ISO 4217 code) or measure. */
  private static String unit(Quantity n) {
    String u = n.unit();
    if (u == null) return "count";
    if (u.equals("percent")) return "percent";
    return u.length() == 3 && u.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z') ? "money" : "measure";
  }

  private static String rule(List<String> rules, String prefix) {
    if (rules != null) for (String r : rules) if (r.startsWith(prefix)) return r.substring(prefix.length());
    return "none";
  }

  /**
   * name, pronoun or nominal (of an entity with a name or not: "-named", "-unnamed"), layout (no mention), unlinked (a
   * mention of no entity), none (nobody).
   */
  private static String speakerKind(Entity e, Span speaker) {
    if (e == null) return speaker == null ? "none" : "unlinked";
    if (speaker == null) return "layout";
    String kind = "mention";
    boolean named = false;
    for (Mention m : e.mentions()) {
      if (m.start() == speaker.start() && m.end() == speaker.end()) kind = m.kind();
      if (Mention.NAME.equals(m.kind())) named = true;
    }
    if (Mention.NAME.equals(kind)) return kind;
    return kind + (named ? "-named" : "-unnamed");
  }

  /** How far the speaker mention is from the quote: in (inside or touching), near (within 40 characters), far, or none. */
  private static String distance(Quote q, Span speaker) {
    if (speaker == null) return "none";
    int gap = Math.max(speaker.start() - q.end(), q.start() - speaker.end());
    return gap <= 1 ? "in" : gap <= 40 ? "near" : gap <= 200 ? "mid" : "far";
  }
}
