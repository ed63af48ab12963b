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
 * by the predicted name also matches. Longer gold spans (names with a prepositional phrase, lists,
 * clauses) do not match: the figures are exact-span figures. Typed: the types must also be equal.
 * Scored types are PERSON, ORG, GPE and LOC; GUM has no NORP (its groups, "Afghans", are PERSON)
 * and its OTHER is a catch-all (events, works, products), so gold OTHER names are printed apart
 * (how many of them a predicted name of any type spans) and predicted NORP and OTHER names count
 * in neither precision nor recall of the typed figures. The relaxed figure counts a typed match
 * when the spans overlap.
 *
 * <p><b>Pronouns.</b> Every gold pronoun mention of an entity that has a gold name is scored; it is
 * right when a predicted pronoun has its span and the predicted entity holds a name that matches
 * (as above, any type) a gold name of the gold entity.
 */
public final class EntitiesEval {
  /** The scored types, in print order. */
  static final List<String> TYPES = List.of(Entity.PERSON, Entity.ORG, Entity.GPE, Entity.LOC);

  public record GoldMention(int start, int end, String text, String kind) {}

  public record GoldEntity(String id, String type, List<GoldMention> mentions) {}

  public record Gold(String id, String published, String text, List<GoldEntity> entities) {}

  /** The counts, summed over documents. */
  public static final class Score {
    int documents;
    final int[] gold = new int[TYPES.size()];
    final int[] predicted = new int[TYPES.size()];
    final int[] right = new int[TYPES.size()];
    int spanRight; // scored gold names matched by a scored predicted name of any type
    int relaxedRight;
    int otherGold;
    int otherFound;
    int predictedOther; // predicted names typed NORP or OTHER
    int pronouns;
    int pronounsFound;
    int pronounsRight;

    void add(Score s) {
      documents += s.documents;
      for (int i = 0; i < TYPES.size(); i++) {
        gold[i] += s.gold[i];
        predicted[i] += s.predicted[i];
        right[i] += s.right[i];
      }
      spanRight += s.spanRight;
      relaxedRight += s.relaxedRight;
      otherGold += s.otherGold;
      otherFound += s.otherFound;
      predictedOther += s.predictedOther;
      pronouns += s.pronouns;
      pronounsFound += s.pronounsFound;
      pronounsRight += s.pronounsRight;
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

    public double f1() {
      return f1(rightAll(), predictedAll(), goldAll());
    }

    public double pronounAccuracy() {
      return pronouns == 0 ? 0 : (double) pronounsRight / pronouns;
    }

    static double f1(int right, int predicted, int gold) {
      double p = predicted == 0 ? 0 : (double) right / predicted, r = gold == 0 ? 0 : (double) right / gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
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
    return new Gold(d.get("id").asText(), d.path("published").asText(null), d.get("text").asText(), entities);
  }

  public static Score run(Path gold, PrintStream errors) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Attest engine = new Attest();
    Score total = new Score();
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) continue;
        Gold g = parse(json.readTree(line));
        List<Entity> predicted = engine.extract(new Article(g.id(), g.text(), g.published())).entities();
        total.add(score(g, predicted, errors));
      }
    }
    return total;
  }

  /** Scores one document; lists misses on {@code errors} when not null. */
  static Score score(Gold g, List<Entity> predicted, PrintStream errors) {
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
        if (t >= 0) s.predicted[t]++;
        else s.predictedOther++;
      }
    }
    boolean[] typedUsed = new boolean[names.size()], spanUsed = new boolean[names.size()], relaxedUsed = new boolean[names.size()];
    for (GoldEntity ge : g.entities()) {
      int t = TYPES.indexOf(ge.type());
      for (GoldMention gm : ge.mentions()) {
        if (!gm.kind().equals(Mention.NAME)) continue;
        if (t < 0) {
          s.otherGold++;
          if (find(text, gm, names, owners, null, null, false) >= 0) s.otherFound++;
          continue;
        }
        s.gold[t]++;
        int typed = find(text, gm, names, owners, typedUsed, ge.type(), false);
        if (typed >= 0) {
          typedUsed[typed] = true;
          s.right[t]++;
        }
        int span = find(text, gm, names, owners, spanUsed, null, false);
        if (span >= 0 && TYPES.contains(owners.get(span).type())) {
          spanUsed[span] = true;
          s.spanRight++;
        }
        int relaxed = find(text, gm, names, owners, relaxedUsed, ge.type(), true);
        if (relaxed >= 0) {
          relaxedUsed[relaxed] = true;
          s.relaxedRight++;
        }
        if (errors != null && typed < 0) {
          if (span >= 0) errors.println("TYPE " + g.id() + " @" + gm.start() + " \"" + gm.text() + "\" gold " + ge.type() + " predicted " + owners.get(span).type());
          else errors.println("MISSED " + g.id() + " @" + gm.start() + " " + ge.type() + " \"" + gm.text() + "\"");
        }
      }
    }
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
        boolean right = false;
        if (owner != null) {
          s.pronounsFound++;
          for (Mention m : owner.mentions()) {
            if (!m.kind().equals(Mention.NAME)) continue;
            for (GoldMention n : goldNames) right |= matches(text, n, m, owner);
          }
        }
        if (right) s.pronounsRight++;
        else if (errors != null) {
          errors.println("PRONOUN " + g.id() + " @" + gm.start() + " \"" + gm.text() + "\" gold " + goldNames.get(0).text() + " predicted "
              + (owner == null ? "none" : owner.name()));
        }
      }
    }
    return s;
  }

  /** The first predicted name not yet used that matches the gold name (of the type, when given). */
  private static int find(String text, GoldMention gm, List<Mention> names, List<Entity> owners, boolean[] used, String type, boolean overlap) {
    for (int i = 0; i < names.size(); i++) {
      if (used != null && used[i]) continue;
      if (type != null && !type.equals(owners.get(i).type())) continue;
      Mention p = names.get(i);
      if (overlap ? p.start() < gm.end() && gm.start() < p.end() : matches(text, gm, p, owners.get(i))) return i;
    }
    return -1;
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
    out.println("  named mentions, exact span (the/'s trimmed; title + name = GUM's titled span), typed:");
    for (int i = 0; i < TYPES.size(); i++) line(out, TYPES.get(i), s.right[i], s.predicted[i], s.gold[i]);
    line(out, "overall", s.rightAll(), s.predictedAll(), s.goldAll());
    line(out, "any type", s.spanRight, s.predictedAll(), s.goldAll());
    line(out, "overlap", s.relaxedRight, s.predictedAll(), s.goldAll());
    out.printf("  not scored: gold OTHER names %d (%d spanned by a predicted name); predicted NORP/OTHER names %d%n", s.otherGold, s.otherFound,
        s.predictedOther);
    out.printf("  pronoun resolution %.3f  (%d/%d gold pronouns of named entities; %d found)%n", s.pronounAccuracy(), s.pronounsRight, s.pronouns,
        s.pronounsFound);
  }

  private static void line(PrintStream out, String label, int right, int predicted, int gold) {
    double p = predicted == 0 ? 0 : (double) right / predicted, r = gold == 0 ? 0 : (double) right / gold;
    out.printf("    %-9s P %.3f R %.3f F1 %.3f  (%d right, %d predicted, %d gold)%n", label, p, r, Score.f1(right, predicted, gold), right, predicted, gold);
  }
}
