package org.attest.entity;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Title;
import org.attest.text.Analysis;

/**
 * The entity layer of one document: every mention (name, pronoun, nominal) with its token span,
 * and the in-article coreference chains that tie mentions to entities. Made whole by a stage and
 * never changed after: {@link EntityExtractor} makes the one the quote extractor reads to find and
 * resolve speakers, {@link QuotedSelf} the final one (first-person pronouns of quotes tied to their
 * speakers) that the claim builder and the document read.
 */
public final class Entities {
  /** One mention: tokens [start, end). */
  static final class M {
    final int start;
    final int end;
    final String kind;
    final String head;
    int entity = -1;
    int charEnd = -1; // a pronoun that ends inside its token: "I" of "I'll"
    /** The sieve or stage that decided its entity ("same-name", "nearest"), for {@code --explain}; null when none did. */
    String rule;

    M(int start, int end, String kind, String head) {
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.head = head;
    }

    /** The same mention, linked to entity e by {@code rule}. */
    M linkedTo(int e, String rule) {
      M m = new M(start, end, kind, head);
      m.charEnd = charEnd;
      m.entity = e;
      m.rule = rule;
      return m;
    }
  }

  /** One entity under construction: its type, best name, titles and gender. */
  static final class E {
    String type;
    String name;
    int nameTokens;
    Gender gender = Gender.UNKNOWN;
    final List<int[]> titles = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    String lastToken;
    String firstToken;

    E(String type) {
      this.type = type;
    }
  }

  final Analysis analysis;
  final EntityLexicon lexicon;
  final List<M> mentions;
  final List<E> entities;
  /** First-person pronouns inside quotes, tied to the quote's speaker (kept apart: quotes and claims read the others). */
  private final List<M> quotedSelf;
  private final String[] ids;
  private final int[] widestStarting; // by token: the widest mention starting there, or -1
  private final int[] widestEnding; // by exclusive end token

  Entities(Analysis analysis, EntityLexicon lexicon, List<M> mentions, List<E> entities) {
    this.analysis = analysis;
    this.lexicon = lexicon;
    this.mentions = mentions;
    this.entities = entities;
    this.quotedSelf = List.of();
    int n = analysis.tokenCount() + 1;
    widestStarting = new int[n];
    widestEnding = new int[n];
    java.util.Arrays.fill(widestStarting, -1);
    java.util.Arrays.fill(widestEnding, -1);
    for (int i = 0; i < mentions.size(); i++) {
      M m = mentions.get(i);
      int s = widestStarting[m.start];
      if (s < 0 || m.end > mentions.get(s).end) widestStarting[m.start] = i;
      int e = widestEnding[m.end];
      if (e < 0 || m.start < mentions.get(e).start) widestEnding[m.end] = i;
    }
    this.ids = new String[entities.size()];
    int next = 1;
    for (M m : mentions) { // ids in order of first mention, for named entities only
      if (m.entity >= 0 && ids[m.entity] == null && entities.get(m.entity).name != null) ids[m.entity] = "e" + next++;
    }
  }

  /** The entities {@code found} with their mentions replaced and the quoted first-person mentions added: the final entities. */
  Entities(Entities found, List<M> mentions, List<M> quotedSelf) {
    this.analysis = found.analysis;
    this.lexicon = found.lexicon;
    this.mentions = mentions;
    this.entities = found.entities;
    this.quotedSelf = List.copyOf(quotedSelf);
    this.ids = found.ids;
    this.widestStarting = found.widestStarting;
    this.widestEnding = found.widestEnding;
  }

  /** The sieve or stage that decided the entity of a mention ("same-name", "nearest"), or null: the provenance for {@code --explain}. */
  String ruleOf(int mention) {
    return mentions.get(mention).rule;
  }

  /**
   * The rule that decided each mention's entity, by its character span "start-end" (the
   * provenance {@code --explain} writes): "same-name", "nearest", "quote-speaker"...
   */
  public java.util.Map<String, String> mentionRules() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (M m : mentions) if (m.entity >= 0 && ids[m.entity] != null && m.rule != null) out.put(span(m), m.rule);
    for (M m : quotedSelf) if (m.rule != null) out.put(span(m), m.rule);
    return out;
  }

  private String span(M m) {
    return analysis.start(m.start) + "-" + (m.charEnd >= 0 ? m.charEnd : analysis.end(m.end - 1));
  }

  /** The quoted first-person mentions of the final entities, each with the rule that linked it. */
  List<M> quotedSelf() {
    return quotedSelf;
  }

  public int mentionCount() {
    return mentions.size();
  }

  public int mentionStart(int mention) {
    return mentions.get(mention).start;
  }

  /** Exclusive token index. */
  public int mentionEnd(int mention) {
    return mentions.get(mention).end;
  }

  public String mentionKind(int mention) {
    return mentions.get(mention).kind;
  }

  /** The head word of a nominal ("spokesman", "statement"), lower case; null for names. */
  public String mentionHead(int mention) {
    return mentions.get(mention).head;
  }

  /** The class of a nominal head: person, org or document; null otherwise. */
  public String nominalClass(int mention) {
    M m = mentions.get(mention);
    return m.head == null ? null : lexicon.nominals.get(m.head);
  }

  /** The entity a mention refers to, or -1. */
  public int entityOf(int mention) {
    return mentions.get(mention).entity;
  }

  /** The widest mention that ends right before token {@code end} (exclusive), or -1. */
  public int mentionEndingAt(int end) {
    return end < 0 || end >= widestEnding.length ? -1 : widestEnding[end];
  }

  /** The widest mention that starts at token {@code start}, or -1. */
  public int mentionStartingAt(int start) {
    return start < 0 || start >= widestStarting.length ? -1 : widestStarting[start];
  }

  /**
   * The first name of a chain "A at B", "A of B and C" that ends with mention m, not before token
   * {@code from}: "The Tax Policy Center at the Urban Institute and Brookings Institution" is the
   * Tax Policy Center. Returns m when no such chain.
   */
  public int chainHead(int m, int from) {
    int head = m, k = mentionStart(m) - 1;
    while (k > from && k >= mentionStart(m) - 16) {
      String w = analysis.lower(k);
      if (w.equals(lexicon.the)) {
        k--;
        continue;
      }
      if (!lexicon.chainLinks.contains(w)) break;
      int before = mentionEndingAt(k);
      if (before < 0 || entityOf(before) < 0 || mentionStart(before) < from) break;
      if (!w.equals(lexicon.and)) head = before; // "B and C" is one more link; "A at B" makes A the head
      k = mentionStart(before) - 1;
    }
    return head;
  }

  /**
   * Whether the entity of mention {@code person} holds a title that ends right before the mention and
   * takes in the name that ends at token {@code nameEnd}: "Ministry of Health spokesman John Roe",
   * "Hospital and Clinics Employers Association director Tom Hale".
   */
  public boolean titledFrom(int person, int nameEnd) {
    M m = mentions.get(person);
    if (m.entity < 0 || m.start == 0 || nameEnd < 1) return false;
    int end = analysis.end(m.start - 1), within = analysis.end(nameEnd - 1);
    for (int[] t : entities.get(m.entity).titles) if (t != null && t[1] == end && t[0] < within) return true;
    return false;
  }

  /** Mentions that lie inside tokens [from, to), in text order. */
  public List<Integer> mentionsWithin(int from, int to) {
    int lo = 0, hi = mentions.size();
    while (lo < hi) { // mentions are sorted by start: the first that starts at or after from
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start < from) lo = mid + 1;
      else hi = mid;
    }
    List<Integer> out = new ArrayList<>();
    for (int i = lo; i < mentions.size() && mentions.get(i).start < to; i++) {
      if (mentions.get(i).end <= to) out.add(i);
    }
    return out;
  }

  /** The public id ("e3") of an entity with a name, or null. */
  public String entityId(int entity) {
    return entity < 0 ? null : ids[entity];
  }

  public String entityName(int entity) {
    return entity < 0 ? null : entities.get(entity).name;
  }

  public String entityType(int entity) {
    return entity < 0 ? null : entities.get(entity).type;
  }

  /** How many name mentions each entity has. */
  static int[] nameCounts(List<M> mentions, int entities) {
    int[] count = new int[entities];
    for (M m : mentions) if (m.entity >= 0 && m.kind.equals(Mention.NAME)) count[m.entity]++;
    return count;
  }

  /**
   * People a pronoun takes only as a last resort: one word, named once, of no known gender ("Water
   * said", a typo for "Waters").
   */
  static boolean[] weakPeople(List<E> entities, int[] nameCount) {
    boolean[] weak = new boolean[entities.size()];
    for (int e = 0; e < weak.length; e++) {
      E ent = entities.get(e);
      weak[e] = ent.type.equals(Entity.PERSON) && ent.gender == Gender.UNKNOWN && ent.nameTokens == 1 && nameCount[e] == 1;
    }
    return weak;
  }

  /** The entity of a public id ("e3"), or -1. */
  int indexOf(String id) {
    for (int i = 0; i < ids.length; i++) if (id.equals(ids[i])) return i;
    return -1;
  }

  /** The entities with a proper name, as records, in order of first mention. */
  public List<Entity> toModel() {
    String text = analysis.text();
    List<List<Mention>> byEntity = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) byEntity.add(new ArrayList<>());
    for (M m : mentions) {
      if (m.entity < 0 || ids[m.entity] == null) continue;
      int s = analysis.start(m.start), e = m.charEnd >= 0 ? m.charEnd : analysis.end(m.end - 1);
      byEntity.get(m.entity).add(new Mention(s, e, text.substring(s, e), m.kind));
    }
    for (M m : quotedSelf) {
      int s = analysis.start(m.start), e = m.charEnd >= 0 ? m.charEnd : analysis.end(m.end - 1);
      List<Mention> list = byEntity.get(m.entity);
      int at = 0;
      while (at < list.size() && list.get(at).start() < s) at++;
      list.add(at, new Mention(s, e, text.substring(s, e), m.kind));
    }
    List<Entity> out = new ArrayList<>();
    Integer[] order = new Integer[entities.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> {
      if (ids[a] == null || ids[b] == null) return ids[a] == null ? (ids[b] == null ? 0 : 1) : -1;
      return Integer.compare(Integer.parseInt(ids[a].substring(1)), Integer.parseInt(ids[b].substring(1)));
    });
    for (int i : order) {
      if (ids[i] == null) continue;
      E e = entities.get(i);
      List<Title> titles = new ArrayList<>();
      for (int[] t : e.titles) titles.add(new Title(text.substring(t[0], t[1]), t[0], t[1]));
      out.add(new Entity(ids[i], e.type, e.name, titles, byEntity.get(i)));
    }
    return out;
  }
}
