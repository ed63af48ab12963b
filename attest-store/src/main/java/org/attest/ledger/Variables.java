package org.attest.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quantity;
import org.attest.text.Lexicon;

/**
 * What a figure claim measures, as a structured variable ({@code figures.txt}): the head that is
 * counted ("delegates"), its qualifiers ("Democratic primary voters"), the organisations named with
 * it, whose it is (the holder: "Ted Cruz has 370 delegates"), the measure (count, share, amount, a
 * unit), the pollster of a poll's result, and the kind of statement it is part of: a reported
 * state of the world, a rule or threshold, a poll's sample size, a hypothetical, a forecast or a
 * change. Only two states of one variable can contradict each other. Thread-safe.
 */
final class Variables {
  /** The kinds of statement, in the order they are tried; "state" when none applies. */
  static final List<String> STATEMENTS = List.of("poll-sample", "rule", "part", "hypothetical", "forecast", "change");

  /** A figure's variable. Every field is a key ("" for none): two figures measure one variable when all but statement are equal. */
  record Variable(String head, String qualifiers, String orgs, String holder, String measure, String pollster, String statement) {
    /** "delegate|cruz's|...": the variable as one key, without the statement kind. */
    String key() {
      return head + "\u0001" + qualifiers + "\u0001" + orgs + "\u0001" + holder + "\u0001" + measure + "\u0001" + pollster;
    }
  }

  /** A phrase of the word lists: the words before the figure ("takes _"), after it ("_ needed"), or anywhere before it. */
  private record Phrase(List<String> before, List<String> after, boolean anywhere) {}

  private final Keys keys;
  private final Map<String, List<Phrase>> statements = new java.util.HashMap<>();
  private final Set<String> poll;
  private final Set<String> vague;
  private final Map<String, String> happened;

  Variables(String language, Keys keys) {
    this.keys = keys;
    Map<String, List<String>> s = Lexicon.sections(language, "figures.txt");
    for (String kind : STATEMENTS) {
      List<Phrase> phrases = new ArrayList<>();
      for (String line : s.getOrDefault(kind, List.of())) {
        List<String> w = List.of(Lexicon.normalize(line).split("\\s+"));
        int at = w.indexOf("_");
        phrases.add(at < 0 ? new Phrase(w, List.of(), true) : new Phrase(w.subList(0, at), w.subList(at + 1, w.size()), false));
      }
      statements.put(kind, phrases);
    }
    poll = Lexicon.words(s, "poll");
    vague = Lexicon.words(s, "vague-head");
    happened = Lexicon.table("figures.txt [happened]", s.getOrDefault("happened", List.of()));
  }

  /** Whether a head names no measured variable on its own ("times", "ways", "percent"). */
  boolean vague(String head) {
    return head.isEmpty() || vague.contains(head);
  }

  /** A word of the sentence and where it is. */
  private record Word(String text, int start, int end) {}

  private static List<Word> words(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || (text.charAt(i) == ',' || text.charAt(i) == '.' || text.charAt(i) == '-'
            || text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)))) {
          i++;
        }
        out.add(new Word(text.substring(s, i).toLowerCase(Locale.ROOT).replace('\u2019', '\''), s, i));
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The variable of a claim: "Ted Cruz has 370 delegates" is delegates held by Ted Cruz, a count,
   * a state; "It takes 1,237 delegates to win" a rule; "a poll of 1,000 likely voters" a poll's sample.
   */
  Variable of(Document d, Claim c, Quantity q, Map<String, Long> canonOf) {
    Keys.Subject s = keys.subject(c.subject());
    String head = s.head();
    String text = d.article().text();
    int from = Math.max(0, Math.min(c.start(), q.start())), to = Math.min(text.length(), Math.max(c.end(), q.end()));
    List<Word> w = words(text, from, to);
    int first = -1, last = -1;
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).end() > q.start() && w.get(i).start() < q.end()) {
        if (first < 0) first = i;
        last = i;
      }
    }
    String statement = "state";
    if (first >= 0) {
      for (String kind : STATEMENTS) {
        if (matches(statements.get(kind), w, first, last)) {
          statement = kind;
          break;
        }
      }
    }
    if ("state".equals(statement) && s.qualifiers().contains("additional")) statement = "change";
    String measure = measure(q.unit());
    if (head.isEmpty() && measure.equals("amount") && first > 0) {
      // money with no noun counted: what was done with it is the variable ("raised $20 million", "spent $5 million")
      String verb = w.get(first - 1).text();
      if (verb.length() > 3 && Character.isLetter(verb.charAt(0)) && !vague.contains(verb)) head = "~" + stem(verb);
    }
    String pollster = "";
    if (measure.equals("share")) {
      boolean isPoll = false;
      for (Word x : w) isPoll |= poll.contains(x.text());
      if (isPoll) pollster = pollster(d, c, q, canonOf);
    }
    String qualifiers = s.qualifiers();
    boolean toll = false;
    if (first >= 0) { // what happened to the counted, two words before the figure to five after: "killed 49 people", "49 people were killed"
      Set<String> q2 = new TreeSet<>(qualifiers.isEmpty() ? List.of() : List.of(qualifiers.split(" ")));
      for (int i = Math.max(0, first - 2); i < Math.min(w.size(), last + 5); i++) {
        String t = w.get(i).text();
        if (i > last && (t.equals("and") || t.equals("or") || t.equals("but") || t.equals("while"))) break; // "killed 49 and wounded 53"
        String h = happened.get(t);
        if (h != null) {
          q2.add(h);
          toll = true;
        }
      }
      qualifiers = String.join(" ", q2);
    }
    // the dead of an attack are no one's: the person named before "49 people were killed" is not whose they are
    return new Variable(head, qualifiers, s.orgs(), toll ? "" : holder(d, c, q, canonOf), measure, pollster, statement);
  }

  private static boolean matches(List<Phrase> phrases, List<Word> w, int first, int last) {
    for (Phrase p : phrases) {
      if (p.anywhere()) {
        if (at(w, p.before(), 0, first)) return true;
        continue;
      }
      boolean before = p.before().isEmpty();
      for (int end = first; !before && end >= Math.max(0, first - 2); end--) { // the words end at most two words before the figure
        int start = end - p.before().size();
        before = start >= 0 && sequence(w, p.before(), start);
      }
      boolean after = p.after().isEmpty();
      for (int start = last + 1; !after && start <= Math.min(w.size(), last + 4); start++) { // the object may come between
        after = start + p.after().size() <= w.size() && sequence(w, p.after(), start);
      }
      if (before && after) return true;
    }
    return false;
  }

  /** Whether the words occur in order, together, somewhere in w[from, to). */
  private static boolean at(List<Word> w, List<String> words, int from, int to) {
    for (int i = from; i + words.size() <= to; i++) if (sequence(w, words, i)) return true;
    return false;
  }

  private static boolean sequence(List<Word> w, List<String> words, int start) {
    for (int k = 0; k < words.size(); k++) if (!w.get(start + k).text().equals(words.get(k))) return false;
    return true;
  }

  /** "rais" of "raised", "raises", "raising": a verb's stem, enough to tell "raised" from "spent". */
  static String stem(String verb) {
    for (String end : new String[] {"ing", "ed", "es", "s"}) {
      if (verb.endsWith(end) && verb.length() - end.length() >= 3) return verb.substring(0, verb.length() - end.length());
    }
    return verb;
  }

  /** count (no unit), share (percent, fraction), amount (a currency), change (points), ratio (times), or the unit. */
  static String measure(String unit) {
    if (unit == null || unit.isEmpty()) return "count";
    return switch (unit) {
      case "percent", "fraction" -> "share";
      case "points", "percentage points" -> "change";
      case "times" -> "ratio";
      default -> unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT)) ? "amount" : unit;
    };
  }

  /**
   * Whose the figure is: the person or organisation named nearest before it in its sentence
   * ("Ted Cruz has 370 delegates, Marco Rubio has 163"), as its canonical entity; "" when none is.
   * The claim's source is not its holder ("the coalition said 3,000 fighters remain").
   */
  private static String holder(Document d, Claim c, Quantity q, Map<String, Long> canonOf) {
    int best = -1;
    String who = "";
    int objectStart = q.object() == null ? Integer.MAX_VALUE : q.object().start();
    String source = c.source() == null ? null : c.source().entity();
    for (Entity e : d.entities()) {
      if (!Entity.PERSON.equals(e.type()) && !Entity.ORG.equals(e.type()) || e.id().equals(source)) continue; // who says it is not whose it is
      for (Mention m : e.mentions()) {
        if (m.end() > q.start() || m.start() < c.start() || m.end() > objectStart || m.start() <= best) continue;
        best = m.start();
        Long canon = canonOf.get(e.id());
        who = canon != null ? "#" + canon : e.name() == null ? "" : Keys.norm(e.name());
      }
    }
    return who;
  }

  /** Whose poll a share is: the claim's source, else an organisation named in its sentence. */
  private static String pollster(Document d, Claim c, Quantity q, Map<String, Long> canonOf) {
    if (c.source() != null && c.source().entity() != null && canonOf.get(c.source().entity()) != null) return "#" + canonOf.get(c.source().entity());
    if (c.source() != null && c.source().name() != null) return Keys.norm(c.source().name());
    for (Entity e : d.entities()) {
      if (!Entity.ORG.equals(e.type())) continue;
      for (Mention m : e.mentions()) {
        if (m.start() >= c.start() && m.end() <= c.end() && canonOf.get(e.id()) != null) return "#" + canonOf.get(e.id());
      }
    }
    return "?"; // a poll of unknown origin is no poll another report can be matched with
  }
}
