package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Title;

/**
 * Scores entities against gold in the GUM news format (one document a line: id, published, text,
 * entities with type and mentions {start, end, text, kind}; see the data's README).
 *
 * <p><b>Named mentions.</b> A predicted mention of kind {@code name} matches a gold one of kind
 * {@code name} when their spans are equal once both are trimmed of a leading "the" and a trailing
 * possessive ("the UK", "Trump's" are GUM's spans of the names "UK", "Trump"). Because GUM's span
 * of a titled name includes the title ("Facebook co-founder Mark Zuckerberg") and ours keeps the
 * title as a field of the entity, a gold span that is one of the predicted entity's titles followed
 * by the predicted name also matches. Typed: the types must also be equal.
 *
 * <p><b>Head rule.</b> GUM's spans are maximal noun phrases ("Gary Chan of DAB", "DAB's Ben Chan
 * and Leung Che-cheung", "Aceh, Indonesia") and its {@code kind} is that of the phrase's syntactic
 * head; ours (FORMAT.md) are the proper names themselves. The data carries no head or minimal span,
 * so after the exact matches a gold name still unmatched is matched by a predicted name that is
 * its head name by {@link #headMatches}: inside the span, followed by nothing or a post-modifier or
 * coordination, preceded only by modifiers (determiners, lower-case words, possessors). The head
 * name of a compound ("an Andy Warhol exhibit") or a possessor ("DAB's") never matches a longer
 * span. The headline figures use exact-or-head matches; the exact-span-only figure is printed
 * beside them.
 * Scored types are PERSON, ORG, GPE and LOC; GUM has no NORP (its groups, "Afghans", are PERSON)
 * and its OTHER is a catch-all (events, works, products), so gold OTHER names are printed apart
 * (how many of them a predicted name of any type spans) and predicted NORP and OTHER names count
 * in neither precision nor recall of the typed figures. The relaxed figure is the data README's
 * rule: a typed match when the spans overlap by half of the shorter one.
 *
 * <p><b>Places.</b> A gold file that holds no LOC name at all (gum-written: its converter calls every
 * place GPE) does not tell the two apart, and the data's README scores GPE and LOC as one type: there
 * a predicted LOC is scored as GPE ({@link Score#placesAsOne}). A gold file with LOC names (gum-news)
 * keeps them apart.
 *
 * <p><b>Pronouns.</b> Every gold pronoun mention of an entity that has a gold name is scored; it is
 * right when a predicted pronoun has its span and the predicted entity holds a name that matches
 * (as above, exact or head, any type) a gold name of the gold entity. The data README's looser rule
 * (the entity holds any mention overlapping a gold name) is printed beside it.
 */
public final class EntitiesEval {
  /** The scored types, in print order. */
  static final List<String> TYPES = List.of(Entity.PERSON, Entity.ORG, Entity.GPE, Entity.LOC);

  public record GoldMention(int start, int end, String text, String kind) {}

  public record GoldEntity(String id, String type, List<GoldMention> mentions) {}

  public record Gold(String id, String split, String published, String text, List<GoldEntity> entities) {}

  /** The counts, summed over documents. */
  public static final class Score {
    int documents;
    final int[] gold = new int[TYPES.size()];
    final int[] predicted = new int[TYPES.size()];
    final int[] right = new int[TYPES.size()]; // exact or head span, typed
    final int[] exactRight = new int[TYPES.size()]; // exact span, typed
    int spanRight; // scored gold names matched (exact or head) by a scored predicted name of any type
    int exactSpanRight;
    int relaxedRight;
    int otherGold;
    int otherFound;
    int predictedOther; // predicted names typed NORP or OTHER
    int pronouns;
    int pronounsFound;
    int pronounsRight;
    int pronounsOverlapRight;
    /** The gold holds no LOC name: predicted LOC names were scored as GPE. */
    boolean placesAsOne;

    void add(Score s) {
      documents += s.documents;
      for (int i = 0; i < TYPES.size(); i++) {
        gold[i] += s.gold[i];
        predicted[i] += s.predicted[i];
        right[i] += s.right[i];
        exactRight[i] += s.exactRight[i];
      }
      spanRight += s.spanRight;
      exactSpanRight += s.exactSpanRight;
      relaxedRight += s.relaxedRight;
      otherGold += s.otherGold;
      otherFound += s.otherFound;
      predictedOther += s.predictedOther;
      pronouns += s.pronouns;
      pronounsFound += s.pronounsFound;
      pronounsRight += s.pronounsRight;
      pronounsOverlapRight += s.pronounsOverlapRight;
    }

    int goldAll() {
      int n = 0;
      for (int g : gold) n += g;
      return n;
    }

    int predictedAll() {
      int n = 0;
      for (int p : predicted) n += p;
      return n;
    }

    int rightAll() {
      int n = 0;
      for (int r : right) n += r;
      return n;
    }

    int exactRightAll() {
      int n = 0;
      for (int r : exactRight) n += r;
      return n;
    }

    /** Typed F1 with exact spans only (no head rule). */
    public double exactF1() {
      return f1(exactRightAll(), predictedAll(), goldAll());
    }

    public double f1() {
      return f1(rightAll(), predictedAll(), goldAll());
    }

    public double pronounAccuracy() {
      return pronouns == 0 ? 0 : (double) pronounsRight / pronouns;
    }

    static double f1(int right, int predicted, int gold) {
      return Measures.f1(right, predicted, gold);
    }
  }

  private EntitiesEval() {}

  static Gold parse(JsonNode d) {
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : d.get("entities")) {
      List<GoldMention> mentions = new ArrayList<>();
      for (JsonNode m : e.get("mentions")) {
        mentions.add(new GoldMention(m.get("start").asInt(), m.get("end").asInt(), m.get("text").asText(), m.get("kind").asText()));
      }
      entities.add(new GoldEntity(e.get("id").asText(), e.get("type").asText(), mentions));
    }
    return new Gold(d.get("id").asText(), d.path("split").asText(null), d.path("published").asText(null), d.get("text").asText(), entities);
  }

  /** Reads the gold documents of a file (of one split, when {@code split} is not null). */
  public static List<Gold> read(Path gold, String split) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Gold> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        Gold g = parse(json.readTree(line));
        if (split == null || split.equals(g.split())) out.add(g);
      }
    }
    return out;
  }

  public static Score run(Path gold, PrintStream errors) throws IOException {
    return run(gold, null, errors);
  }

  /** Scores the documents of {@code gold} (of one split, when {@code split} is not null). */
  public static Score run(Path gold, String split, PrintStream errors) throws IOException {
    List<Gold> docs = read(gold, split);
    if (docs.isEmpty()) throw new IOException(gold + ": no documents" + (split == null ? "" : " of split " + split));
    boolean placesAsOne = true;
    for (Gold g : docs) {
      for (GoldEntity e : g.entities()) if (e.type().equals(Entity.LOC) && e.mentions().stream().anyMatch(m -> m.kind().equals(Mention.NAME))) placesAsOne = false;
    }
    Attest engine = new Attest();
    ErrorsByRule byRule = errors == null ? null
        : new ErrorsByRule("the sieve that put a name in its typed entity, or resolved a pronoun; names missed or spurious are not counted",
            "TYPE", "PRONOUN");
    Score total = new Score();
    for (Gold g : docs) {
      List<Entity> predicted = ErrorsByRule.extract(engine, new Article(g.id(), g.text(), g.published()), byRule).entities();
      total.add(score(g, placesAsOne ? placesAsGpe(predicted) : predicted, errors, byRule));
    }
    if (byRule != null) byRule.print(errors);
    total.placesAsOne = placesAsOne;
    return total;
  }

  /** The entities with LOC typed GPE: for a gold that does not tell places apart. */
  static List<Entity> placesAsGpe(List<Entity> predicted) {
    List<Entity> out = new ArrayList<>(predicted.size());
    for (Entity e : predicted) {
      out.add(e.type().equals(Entity.LOC) ? new Entity(e.id(), Entity.GPE, e.name(), e.titles(), e.mentions()) : e);
    }
    return out;
  }

  /** Scores one document; lists misses on {@code errors} when not null. */
  static Score score(Gold g, List<Entity> predicted, PrintStream errors) {
    return score(g, predicted, errors, null);
  }

  /** The rule of a predicted mention of its entity ({@code Attest.explain} keys mentions "e1@222-234"). */
  private static String rule(ErrorsByRule byRule, Entity e, int start, int end) {
    return byRule.rule(e.id() + "@" + start + "-" + end);
  }

  /** Scores one document; lists misses on {@code errors} and counts typed names and pronouns by rule in {@code byRule}, each when not null. */
  static Score score(Gold g, List<Entity> predicted, PrintStream errors, ErrorsByRule byRule) {
    String text = g.text();
    Score s = new Score();
    s.documents = 1;
    // predicted names, with their entity
    List<Mention> names = new ArrayList<>();
    List<Entity> owners = new ArrayList<>();
    for (Entity e : predicted) {
      for (Mention m : e.mentions()) {
        if (!m.kind().equals(Mention.NAME)) continue;
        names.add(m);
        owners.add(e);
        int t = TYPES.indexOf(e.type());
        if (t >= 0 && byRule != null) byRule.decided(rule(byRule, e, m.start(), m.end()));
        if (t >= 0) s.predicted[t]++;
        else s.predictedOther++;
      }
    }
    // gold names of the scored types, in document order, with their type index
    List<GoldMention> scored = new ArrayList<>();
    List<Integer> scoredType = new ArrayList<>();
    for (GoldEntity ge : g.entities()) {
      int t = TYPES.indexOf(ge.type());
      for (GoldMention gm : ge.mentions()) {
        if (!gm.kind().equals(Mention.NAME)) continue;
        if (t < 0) {
          s.otherGold++;
          if (find(text, gm, names, owners, null, null, EXACT) >= 0 || find(text, gm, names, owners, null, null, HEAD) >= 0) s.otherFound++;
          continue;
        }
        s.gold[t]++;
        scored.add(gm);
        scoredType.add(t);
      }
    }
    int count = scored.size();
    int[] exactTyped = new int[count], headTyped = new int[count], exactSpan = new int[count], headSpan = new int[count], relaxed = new int[count];
    boolean[] exactTypedUsed = new boolean[names.size()], headTypedUsed = new boolean[names.size()];
    boolean[] exactSpanUsed = new boolean[names.size()], headSpanUsed = new boolean[names.size()], relaxedUsed = new boolean[names.size()];
    // exact matches first (both figures), then heads for the gold names still unmatched
    for (int i = 0; i < count; i++) {
      String type = TYPES.get(scoredType.get(i));
      exactTyped[i] = take(find(text, scored.get(i), names, owners, exactTypedUsed, type, EXACT), exactTypedUsed);
      headTyped[i] = take(find(text, scored.get(i), names, owners, headTypedUsed, type, EXACT), headTypedUsed);
      exactSpan[i] = take(findScored(text, scored.get(i), names, owners, exactSpanUsed, EXACT), exactSpanUsed);
      headSpan[i] = take(findScored(text, scored.get(i), names, owners, headSpanUsed, EXACT), headSpanUsed);
      relaxed[i] = take(find(text, scored.get(i), names, owners, relaxedUsed, type, OVERLAP), relaxedUsed);
    }
    for (int i = 0; i < count; i++) {
      if (headTyped[i] < 0) headTyped[i] = take(find(text, scored.get(i), names, owners, headTypedUsed, TYPES.get(scoredType.get(i)), HEAD), headTypedUsed);
      if (headSpan[i] < 0) headSpan[i] = take(findScored(text, scored.get(i), names, owners, headSpanUsed, HEAD), headSpanUsed);
    }
    for (int i = 0; i < count; i++) {
      int t = scoredType.get(i);
      if (exactTyped[i] >= 0) s.exactRight[t]++;
      if (headTyped[i] >= 0) s.right[t]++;
      if (exactSpan[i] >= 0) s.exactSpanRight++;
      if (headSpan[i] >= 0) s.spanRight++;
      if (relaxed[i] >= 0) s.relaxedRight++;
      GoldMention gm = scored.get(i);
      if (errors != null && exactTyped[i] < 0 && headTyped[i] >= 0) { // listed to audit the head rule
        errors.println("HEAD " + g.id() + " @" + gm.start() + " \"" + gm.text() + "\" matched by its head name \"" + names.get(headTyped[i]).text() + "\"");
      }
      if (errors != null && headTyped[i] < 0) {
        if (headSpan[i] >= 0 && byRule != null) byRule.error("TYPE", rule(byRule, owners.get(headSpan[i]), names.get(headSpan[i]).start(), names.get(headSpan[i]).end()));
        if (headSpan[i] >= 0) errors.println("TYPE " + g.id() + " @" + gm.start() + " \"" + gm.text() + "\" gold " + TYPES.get(t) + " predicted " + owners.get(headSpan[i]).type());
        else errors.println("MISSED " + g.id() + " @" + gm.start() + " " + TYPES.get(t) + " \"" + gm.text() + "\"");
      }
    }
    boolean[] typedUsed = headTypedUsed, spanUsed = headSpanUsed;
    if (errors != null) {
      for (int i = 0; i < names.size(); i++) {
        if (!typedUsed[i] && !spanUsed[i] && TYPES.contains(owners.get(i).type())) {
          errors.println("SPURIOUS " + g.id() + " @" + names.get(i).start() + " " + owners.get(i).type() + " \"" + names.get(i).text() + "\"");
        }
      }
    }
    // pronouns
    for (GoldEntity ge : g.entities()) {
      List<GoldMention> goldNames = ge.mentions().stream().filter(m -> m.kind().equals(Mention.NAME)).toList();
      if (goldNames.isEmpty()) continue;
      for (GoldMention gm : ge.mentions()) {
        if (!gm.kind().equals(Mention.PRONOUN)) continue;
        s.pronouns++;
        Entity owner = null;
        for (Entity e : predicted) {
          for (Mention m : e.mentions()) if (m.kind().equals(Mention.PRONOUN) && m.start() == gm.start() && m.end() == gm.end()) owner = e;
        }
        boolean right = false, overlaps = false;
        if (owner != null) {
          s.pronounsFound++;
          for (Mention m : owner.mentions()) {
            for (GoldMention n : goldNames) overlaps |= m.start() < n.end() && n.start() < m.end();
            if (!m.kind().equals(Mention.NAME)) continue;
            for (GoldMention n : goldNames) right |= matches(text, n, m, owner) || headMatches(text, n, m);
          }
        }
        if (overlaps) s.pronounsOverlapRight++;
        String sieve = owner == null || byRule == null ? null : rule(byRule, owner, gm.start(), gm.end());
        if (byRule != null) byRule.decided(sieve);
        if (!right && byRule != null) byRule.error("PRONOUN", sieve);
        if (right) s.pronounsRight++;
        else if (errors != null) {
          errors.println("PRONOUN " + g.id() + " @" + gm.start() + " \"" + gm.text() + "\" gold " + goldNames.get(0).text() + " predicted "
              + (owner == null ? "none" : owner.name()) + (sieve == null ? "" : " by " + sieve));
        }
      }
    }
    return s;
  }

  private static final int EXACT = 0, HEAD = 1, OVERLAP = 2;

  private static int take(int i, boolean[] used) {
    if (i >= 0) used[i] = true;
    return i;
  }

  /** The first predicted name not yet used that matches the gold name (of the type, when given). */
  private static int find(String text, GoldMention gm, List<Mention> names, List<Entity> owners, boolean[] used, String type, int mode) {
    for (int i = 0; i < names.size(); i++) {
      if (used != null && used[i]) continue;
      if (type != null && !type.equals(owners.get(i).type())) continue;
      Mention p = names.get(i);
      boolean ok = switch (mode) {
        case EXACT -> matches(text, gm, p, owners.get(i));
        case HEAD -> headMatches(text, gm, p);
        default -> overlapsByHalf(p.start(), p.end(), gm.start(), gm.end());
      };
      if (ok) return i;
    }
    return -1;
  }

  /** The data README's match: the spans overlap by at least half of the shorter one (so one inside the other matches). */
  static boolean overlapsByHalf(int s1, int e1, int s2, int e2) {
    int common = Math.min(e1, e2) - Math.max(s1, s2);
    return common > 0 && 2 * common >= Math.min(e1 - s1, e2 - s2);
  }

  /** As {@link #find} for any type, among the predicted names of a scored type. */
  private static int findScored(String text, GoldMention gm, List<Mention> names, List<Entity> owners, boolean[] used, int mode) {
    boolean[] skip = used.clone();
    for (int i = 0; i < names.size(); i++) if (!TYPES.contains(owners.get(i).type())) skip[i] = true;
    return find(text, gm, names, owners, skip, null, mode);
  }

  /** Words that end a name and open a post-modifier or a coordination: the name before them is the head. */
  private static final java.util.Set<String> POST_MODIFIER =
      java.util.Set.of("of", "from", "at", "in", "on", "for", "with", "to", "and", "or", "who", "whose", "which", "that", "by");

  /**
   * The predicted name is the head name of the longer gold span: it lies inside the span; what
   * follows it in the span is nothing or a post-modifier or coordination (a word of
   * {@link #POST_MODIFIER}, a comma, a parenthesis); what precedes it (after a leading "the") holds no such word outside a
   * name ("University of Texas") and ends in a lower-case word, a possessive ("DAB's", "district
   * councillor", "the") or a determiner or salutation a sentence capitalises ("Many Americans", "Both Chao", "Dear Jean"). So "Gary Chan of DAB", "DAB's Ben Chan and Leung Che-cheung", "Aceh,
   * Indonesia" are matched by "Gary Chan", "Ben Chan", "Aceh"; "DAB" (after "of"), "Andy Warhol"
   * in "an Andy Warhol exhibit" (a compound modifier) and "Kong" in "Hong Kong" are not.
   */
  static boolean headMatches(String text, GoldMention gold, Mention predicted) {
    int gs = trimStart(text, gold.start(), gold.end()), ge = trimEnd(text, gs, gold.end());
    int ps = trimStart(text, predicted.start(), predicted.end()), pe = trimEnd(text, ps, predicted.end());
    if (ps < gold.start() || pe > ge || ps >= pe || (ps <= gs && pe == ge)) return false;
    // after: nothing, or a boundary
    String after = text.substring(pe, ge).strip();
    if (!after.isEmpty()) {
      char c = after.charAt(0);
      if (!(c == ',' || c == '(' || c == ';')) {
        int sp = after.indexOf(' ');
        if (sp < 0 || !POST_MODIFIER.contains(after.substring(0, sp))) return false;
      }
    }
    // before: modifiers only (after a leading "the", which trimStart took off)
    String before = text.substring(gs, ps);
    if (before.isEmpty()) return true;
    if (!Character.isWhitespace(before.charAt(before.length() - 1))) return false; // inside a word: "Kong" of "HongKong"
    String[] words = before.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.contains(",") || w.contains("(")) return false;
      if (POST_MODIFIER.contains(w) && !(i > 0 && i + 1 < words.length && isCapitalized(words[i - 1]) && isCapitalized(words[i + 1]))) return false;
    }
    String last = words[words.length - 1];
    return !isCapitalized(last) || last.endsWith("'s") || last.endsWith("\u2019s") || DETERMINERS.contains(last.toLowerCase(java.util.Locale.ROOT));
  }

  /** Words before a head name that are lower-case words even when a sentence or salutation capitalises them ("Many Americans", "Both Chao and Yang", "Dear Jean"). */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "all", "both", "many", "most", "some", "several", "few",
      "these", "those", "each", "every", "other", "such", "my", "our", "your", "his", "her", "its", "their", "dear");

  private static boolean isCapitalized(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** Equal spans once trimmed of "the" and a possessive, or the gold span is a title of the entity and the name. */
  static boolean matches(String text, GoldMention gold, Mention predicted, Entity owner) {
    int gs = trimStart(text, gold.start(), gold.end()), ge = trimEnd(text, gs, gold.end());
    int ps = trimStart(text, predicted.start(), predicted.end()), pe = trimEnd(text, ps, predicted.end());
    if (ge != pe) return false;
    if (gs == ps) return true;
    if (gs > ps) return false;
    int k = ps;
    while (k > gs && Character.isWhitespace(text.charAt(k - 1))) k--;
    for (Title t : owner.titles()) {
      String title = t.text();
      if (k - gs == title.length() && text.regionMatches(gs, title, 0, title.length())) return true;
    }
    return false;
  }

  private static int trimStart(String text, int start, int end) {
    if (end - start > 4 && (text.startsWith("the ", start) || text.startsWith("The ", start))) return start + 4;
    return start;
  }

  private static int trimEnd(String text, int start, int end) {
    if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("\u2019s", end - 2))) end -= 2;
    else if (end - start > 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')) end -= 1;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end;
  }

  public static void print(Score s, PrintStream out) {
    out.printf("Entities: %d documents, %d gold names (PERSON/ORG/GPE/LOC), %d predicted%n", s.documents, s.goldAll(), s.predictedAll());
    if (s.placesAsOne) out.println("  the gold holds no LOC name (it does not tell places apart): predicted LOC names are scored as GPE");
    out.println("  named mentions, typed; span = exact (the/'s trimmed; title + name = GUM's titled span) or, for GUM's longer");
    out.println("  NP spans, the head name (followed by nothing/of/from/and/','..., preceded by modifiers only):");
    for (int i = 0; i < TYPES.size(); i++) line(out, TYPES.get(i), s.right[i], s.predicted[i], s.gold[i]);
    line(out, "overall", s.rightAll(), s.predictedAll(), s.goldAll());
    line(out, "any type", s.spanRight, s.predictedAll(), s.goldAll());
    line(out, "exact", s.exactRightAll(), s.predictedAll(), s.goldAll());
    line(out, "exact any", s.exactSpanRight, s.predictedAll(), s.goldAll());
    line(out, "README", s.relaxedRight, s.predictedAll(), s.goldAll());
    out.printf("  not scored: gold OTHER names %d (%d spanned by a predicted name); predicted NORP/OTHER names %d%n", s.otherGold, s.otherFound,
        s.predictedOther);
    out.printf("  pronoun resolution %.3f  (%d/%d gold pronouns of named entities; %d found)%n", s.pronounAccuracy(), s.pronounsRight, s.pronouns,
        s.pronounsFound);
    out.printf("    data README rule  %.3f  (%d: the pronoun's entity holds any mention overlapping a gold name)%n",
        s.pronouns == 0 ? 0 : (double) s.pronounsOverlapRight / s.pronouns, s.pronounsOverlapRight);
  }

  private static void line(PrintStream out, String label, int right, int predicted, int gold) {
    double p = predicted == 0 ? 0 : (double) right / predicted, r = gold == 0 ? 0 : (double) right / gold;
    out.printf("    %-9s P %.3f R %.3f F1 %.3f  (%d right, %d predicted, %d gold)%n", label, p, r, Score.f1(right, predicted, gold), right, predicted, gold);
  }
}
