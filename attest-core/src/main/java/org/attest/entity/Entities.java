package org.attest.entity;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Title;
import org.attest.text.Analysis;

/**
 * The entity layer of one document: every mention (name, pronoun, nominal) with its token span,
 * and the in-article coreference chains that tie mentions to entities. Read by the quote
 * extractor to find and resolve speakers.
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

    M(int start, int end, String kind, String head) {
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.head = head;
    }
  }

  /** One entity under construction: its type, best name, titles and gender. */
  static final class E {
    String type;
    String name;
    int nameTokens;
    char gender = 'u';
    final List<int[]> titles = new ArrayList<>();
    final List<String> keys = new ArrayList<>();
    String lastToken;
    String firstToken;

    E(String type) {
      this.type = type;
    }
  }

  private final Analysis analysis;
  private final EntityLexicon lexicon;
  final List<M> mentions;
  final List<E> entities;
  private final String[] ids;
  private final int[] widestStarting; // by token: the widest mention starting there, or -1
  private final int[] widestEnding; // by exclusive end token

  Entities(Analysis analysis, EntityLexicon lexicon, List<M> mentions, List<E> entities) {
    this.analysis = analysis;
    this.lexicon = lexicon;
    this.mentions = mentions;
    this.entities = entities;
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
      if (w.equals("the")) {
        k--;
        continue;
      }
      if (!(w.equals("at") || w.equals("of") || w.equals("and"))) break;
      int before = mentionEndingAt(k);
      if (before < 0 || entityOf(before) < 0 || mentionStart(before) < from) break;
      if (!w.equals("and")) head = before; // "B and C" is one more link; "A at B" makes A the head
      k = mentionStart(before) - 1;
    }
    return head;
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

  /** First-person pronouns inside quotes, tied to the quote's speaker (kept apart: quotes and claims read the others). */
  private final List<M> quotedSelf = new ArrayList<>();

  /**
   * The pronoun a contraction opens ("I'll", "he's", "we’ve": the tagger's PRON+AUX), lower case,
   * or null. The caller looks it up.
   */
  static String contractedPronoun(Analysis a, int t) {
    if (!a.pos(t).startsWith("PRON+")) return null;
    String w = a.lower(t);
    int k = 0;
    while (k < w.length() && w.charAt(k) != '\'' && w.charAt(k) != '\u2019') k++;
    return k > 0 ? w.substring(0, k) : null; // without an apostrophe ("its" taken for "it's"), the word itself
  }

  /** A mention of the pronoun at token t, ending inside the token when it is a contraction. */
  static M pronounMention(Analysis a, int t, String pronoun) {
    M m = new M(t, t + 1, Mention.PRONOUN, pronoun);
    if (a.end(t) - a.start(t) != pronoun.length()) m.charEnd = a.start(t) + pronoun.length();
    return m;
  }

  /** How far (in tokens) the searches around a pronoun in a quote look. */
  private static final int REACH = 400;

  /** How many paragraphs a quote left open may run on before its closing mark. */
  private static final int CONTINUATION_REACH = 8;

  /**
   * By token, the quoted region it lies in, or -1; a region left open at its paragraph's end also
   * holds the paragraphs after it up to the lone closing mark that ends it ("He said, “We played
   * well. ¶ We could have scored twice.”"), when no other quote opens first.
   */
  static int[] quotedRegions(Analysis a) {
    int n = a.tokenCount();
    int[] region = new int[n];
    for (int t = 0; t < n; t++) region[t] = a.quoteOf(t);
    for (int q = 0; q < a.quoteCount(); q++) {
      if (a.quoteClosed(q)) continue;
      int last = a.tokenAt(a.quoteEnd(q) - 1);
      if (last >= n) continue;
      int paragraph = a.paragraphOf(last), paragraphs = 0;
      for (int t = last + 1; t < n; t++) {
        if (a.quoteOf(t) >= 0) break;
        if (a.paragraphOf(t) != paragraph) {
          paragraph = a.paragraphOf(t);
          if (++paragraphs > CONTINUATION_REACH) break;
        }
        String w = a.token(t);
        if (w.equals("\"") || w.equals("\u201D") || w.equals("\u00BB")) {
          if (paragraphs > 0) java.util.Arrays.fill(region, last + 1, t + 1, q);
          break;
        }
      }
    }
    return region;
  }

  /** The quote that holds token t: its marks hold it, or it holds the opening of the region t continues. */
  private org.attest.model.Quote quoteHolding(List<org.attest.model.Quote> quotes, int t, int[] regions) {
    int s = analysis.start(t), e = analysis.end(t);
    int open = regions[t] >= 0 ? analysis.quoteStart(regions[t]) : -1;
    org.attest.model.Quote found = null;
    for (org.attest.model.Quote q : quotes) {
      if (!(s >= q.start() && e <= q.end() || open >= q.start() && open < q.end())) continue;
      if (q.speakerEntity() != null) return q; // a quote with a known speaker first
      if (found == null) found = q;
    }
    return found;
  }

  /**
   * Ties "I", "me", "my" inside the quotation marks of a quote to its speaker entity, and "we",
   * "us", "our" too when the speaker is an organisation. Call once, after quotes are found.
   */
  public void linkQuotedSelf(List<org.attest.model.Quote> quotes) {
    int[] regions = quotedRegions(analysis);
    for (int t = 0; t < analysis.tokenCount(); t++) {
      String word = analysis.pos(t).equals("PRON") ? analysis.lower(t) : contractedPronoun(analysis, t);
      String cls = word == null ? null : lexicon.pronouns.get(word);
      if ("2".equals(cls) && regions[t] >= 0) { // "Cool clock, Ahmed. … kids like you": the person the quote addresses
        int e = addressee(regions, t);
        if (e >= 0) {
          M m = pronounMention(analysis, t, word);
          m.entity = e;
          quotedSelf.add(m);
        }
        continue;
      }
      if (cls == null || !(cls.equals("1s") || cls.equals("1p"))) continue;
      if (regions[t] < 0) { // a pull quote without marks, signed by a name: "I was told to leave. Valeska Paris"
        int p = analysis.paragraphOf(t), e = cls.equals("1s") ? signatureOf(p) : -1;
        if (e < 0 && cls.equals("1s")) e = labelOf(p); // an interview: "Kathryn Waters: I think ..."
        if (e < 0 && cls.equals("1s") && p > 0) e = signatureOf(p - 1); // its copy in the paragraph after
        if (e >= 0) {
          M m = pronounMention(analysis, t, word);
          m.entity = e;
          quotedSelf.add(m);
        }
        continue;
      }
      org.attest.model.Quote q = quoteHolding(quotes, t, regions);
      int e = q == null ? -1 : q.speakerEntity() != null ? indexOf(q.speakerEntity()) : appositivePerson(q.speaker());
      if (e < 0 && analysis.quoteOf(t) < 0) e = attributedAfter(regions, t); // a run-on quote signed after its closing mark
      if (e < 0) continue;
      String type = entities.get(e).type;
      if (cls.equals("1p") && type.equals(Entity.PERSON)) { // "we" of a coach or spokesman: the side they speak for
        e = speaksFor(q == null ? null : q.speaker(), e);
        if (e < 0) continue;
        type = Entity.ORG;
      }
      if (cls.equals("1s") ? type.equals(Entity.PERSON) : type.equals(Entity.ORG)) {
        M m = pronounMention(analysis, t, word);
        m.entity = e;
        quotedSelf.add(m);
      }
    }
    notTheSpeaker(quotes, regions);
  }

  /**
   * The person a quote addresses by name: a vocative set off by a comma before it and a comma or
   * the end of a sentence after it ("Cool clock, Ahmed.", "Mr. President, you ..."), in the quoted
   * region of token t; -1 when none or more than one.
   */
  private int addressee(int[] regions, int t) {
    int found = -1, n = analysis.tokenCount();
    for (int k = Math.max(0, t - REACH); k < Math.min(n, t + REACH); k++) { // bounded: a long quote stays linear
      int i = mentionStartingAt(k);
      if (i < 0 || regions[k] != regions[t]) continue;
      M m = mentions.get(i);
      if (m.entity < 0 || !m.kind.equals(Mention.NAME)) continue;
      if (!entities.get(m.entity).type.equals(Entity.PERSON)) continue;
      String before = m.start > 0 ? analysis.token(m.start - 1) : "", after = m.end < n ? analysis.token(m.end) : "";
      boolean commaBefore = before.equals(","), commaAfter = after.equals(",");
      if (!(commaBefore || isMark(m.start - 1)) || !(commaAfter || after.equals(".") || after.equals("!") || after.equals("?")) || !(commaBefore || commaAfter)) continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
    }
    return found;
  }

  private boolean isMark(int t) {
    if (t < 0) return false;
    String w = analysis.token(t);
    return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D");
  }

  /**
   * The speaker named right after the closing mark of the run-on quote that holds token t ("… in
   * this country," he said), or -1.
   */
  private int attributedAfter(int[] regions, int t) {
    int n = analysis.tokenCount(), close = t;
    while (close + 1 < n && close - t < REACH && regions[close + 1] == regions[t]) close++;
    int k = close + 1;
    if (k < n && analysis.token(k).equals(",")) k++;
    int m = mentionStartingAt(k);
    if (m >= 0 && entityOf(m) >= 0 && mentionEnd(m) < n && lexicon.reportingVerbs.contains(analysis.lower(mentionEnd(m)))) return entityOf(m);
    if (k < n && lexicon.reportingVerbs.contains(analysis.lower(k))) {
      m = mentionStartingAt(k + 1);
      if (m >= 0 && entityOf(m) >= 0) return entityOf(m);
    }
    return -1;
  }

  /** The person whose name opens paragraph p as a speaker label ("Kathryn Waters: I think …"), or -1. */
  private int labelOf(int p) {
    int first = analysis.tokenAt(analysis.paragraphStart(p)), m = mentionStartingAt(first);
    if (m < 0 || entityOf(m) < 0 || !mentionKind(m).equals(Mention.NAME) || mentionEnd(m) >= analysis.tokenCount()) return -1;
    if (!analysis.token(mentionEnd(m)).equals(":") || !entities.get(entityOf(m)).type.equals(Entity.PERSON)) return -1;
    return entityOf(m);
  }

  /**
   * The person whose bare name is the last sentence of paragraph p (the signature of a pull quote:
   * "… because she was suppressive. Valeska Paris"), or -1.
   */
  private int signatureOf(int p) {
    int last = analysis.tokenAt(analysis.paragraphEnd(p) - 1);
    if (last >= analysis.tokenCount()) return -1;
    int s = analysis.sentenceOf(last), from = analysis.sentenceStartToken(s), to = analysis.sentenceEndToken(s);
    if (analysis.start(from) < analysis.paragraphStart(p) || from == analysis.tokenAt(analysis.paragraphStart(p))) return -1; // the paragraph says more
    if (from < to && (analysis.token(from).equals("-") || analysis.token(from).equals("\u2014") || analysis.token(from).equals("\u2015"))) from++;
    int m = mentionStartingAt(from);
    if (m < 0 || mentionEnd(m) != to || !mentionKind(m).equals(Mention.NAME) || entityOf(m) < 0) return -1;
    return entities.get(entityOf(m)).type.equals(Entity.PERSON) ? entityOf(m) : -1;
  }

  /**
   * The person a speaker phrase stands in apposition to: "Hernan Dario Gomez, Panama coach, said"
   * (a speaker phrase that is a role) is Gomez; -1 when none.
   */
  private int appositivePerson(org.attest.model.Span speaker) {
    if (speaker == null) return -1;
    int st = analysis.tokenAt(speaker.start());
    if (st < 2 || !analysis.token(st - 1).equals(",")) return -1;
    int m = mentionEndingAt(st - 1);
    if (m < 0 || entityOf(m) < 0 || !mentionKind(m).equals(Mention.NAME) || !entities.get(entityOf(m)).type.equals(Entity.PERSON)) return -1;
    return entityOf(m);
  }

  /**
   * The organisation or country a person speaks for, named in the speaker phrase ("Panama coach")
   * or as the possessor or modifier of the person's title ("Tunisia's coach Nabil Maaloul", "FIFA
   * president Gianni Infantino"); -1 when none.
   */
  private int speaksFor(org.attest.model.Span speaker, int person) {
    List<int[]> phrases = new ArrayList<>(entities.get(person).titles);
    if (speaker != null) {
      phrases.add(new int[] {speaker.start(), speaker.end()});
      int k = analysis.tokenAt(speaker.end() - 1) + 1, to = k + 1; // an apposition: "Jeff Rathke, the State Department spokesperson, said"
      if (k < analysis.tokenCount() && AFFILIATION.contains(analysis.lower(k))) { // "Lydia Buchtmann for Food Standards Australia"
        int m = mentionStartingAt(k + 1 < analysis.tokenCount() && analysis.lower(k + 1).equals("the") ? k + 2 : k + 1);
        if (m >= 0 && isSide(m) && entities.get(entityOf(m)).type.equals(Entity.ORG)) return entityOf(m); // "of Springfield" is a home, no side
      }
      if (k < analysis.tokenCount() && analysis.token(k).equals(",")) {
        while (to < analysis.tokenCount() && to < k + 8 && !analysis.token(to).equals(",") && !analysis.pos(to).equals("VERB")) to++;
        if (to < analysis.tokenCount() && analysis.token(to).equals(",")) phrases.add(new int[] {analysis.start(k + 1), analysis.end(to - 1), 1});
      }
    }
    for (int[] phrase : phrases) {
      int st = analysis.tokenAt(phrase[0]), en = analysis.tokenAt(phrase[1] - 1) + 1;
      boolean apposition = phrase.length > 2; // "Johnnie Wilson, of Springfield, Va.,": a place there is a home, no side
      for (int m : mentionsWithin(st, en)) if (isSide(m) && !(apposition && !entities.get(entityOf(m)).type.equals(Entity.ORG))) return entityOf(m);
      int k = st;
      if (k > 0 && analysis.lower(k - 1).equals("'s") || k > 0 && analysis.lower(k - 1).equals("\u2019s")) k--;
      int m = mentionEndingAt(k);
      if (m >= 0 && isSide(m)) return entityOf(m);
    }
    return -1;
  }

  /** Words that tie a person to the side they speak for: "Gary Fan of the Neo Democrats". */
  private static final java.util.Set<String> AFFILIATION = java.util.Set.of("of", "for", "from", "at");

  /** A named organisation or country ("the State Department" too): a side a person can say "we" for. */
  private boolean isSide(int m) {
    int e = entityOf(m);
    return e >= 0 && !mentionKind(m).equals(Mention.PRONOUN) && entities.get(e).name != null
        && (entities.get(e).type.equals(Entity.ORG) || entities.get(e).type.equals(Entity.GPE));
  }

  /**
   * "he", "she" inside a quote's marks speak of someone else than its speaker, who says "I": a
   * pronoun resolved to the speaker goes to the nearest person named before it (of its gender,
   * within five sentences) who is not the speaker; with none such it stays.
   */
  private void notTheSpeaker(List<org.attest.model.Quote> quotes, int[] regions) {
    boolean[] weak = weakPeople(entities, nameCounts(mentions, entities.size()));
    for (int i = 0; i < mentions.size(); i++) {
      M m = mentions.get(i);
      if (m.entity < 0 || !m.kind.equals(Mention.PRONOUN) || regions[m.start] < 0) continue;
      String cls = lexicon.pronouns.get(m.head);
      if (!("m".equals(cls) || "f".equals(cls))) continue;
      org.attest.model.Quote q = quoteHolding(quotes, m.start, regions);
      if (q == null || q.speakerEntity() == null || indexOf(q.speakerEntity()) != m.entity) continue;
      int sentence = analysis.sentenceOf(m.start), other = -1, last = -1;
      for (int j = i - 1; j >= 0 && other < 0; j--) {
        M n = mentions.get(j);
        if (sentence - analysis.sentenceOf(n.start) > 5) break;
        if (n.entity < 0 || n.entity == m.entity || !n.kind.equals(Mention.NAME)) continue;
        E e = entities.get(n.entity);
        if (!e.type.equals(Entity.PERSON) || !(e.gender == 'u' || e.gender == cls.charAt(0))) continue;
        if (weak[n.entity]) {
          if (last < 0) last = n.entity;
        } else {
          other = n.entity;
        }
      }
      if (other < 0) other = last;
      if (other >= 0) m.entity = other;
    }
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
      weak[e] = ent.type.equals(Entity.PERSON) && ent.gender == 'u' && ent.nameTokens == 1 && nameCount[e] == 1;
    }
    return weak;
  }

  private int indexOf(String id) {
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
