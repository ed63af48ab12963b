package org.attest.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Source;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.model.Title;

/**
 * Varied synthetic articles with their extraction made with them (no extraction runs), for the
 * ledger benchmark: article {@code i} is always the same, so a ledger built halfway is built on.
 * Each has a titled person (one of {@link #PEOPLE}, full name then surname) reporting a figure
 * about a subject (an adjective and one of 2,000 counted nouns) in a place on a date, a direct
 * quote of words drawn from an 8,000-word vocabulary (Zipf-like: some words are common, most rare)
 * and a sentence of other words; 300 outlets, dates over 16 years.
 */
final class SyntheticArticles {
  static final int PEOPLE = 32_768;
  private static final String[] FIRST = {"James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
      "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Christopher", "Nancy", "Daniel",
      "Lisa", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew",
      "Donna", "Joshua", "Michelle", "Kenneth", "Dorothy", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa", "Edward", "Deborah",
      "Ronald", "Stephanie", "Timothy", "Rebecca", "Jason", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia", "Jacob", "Kathleen", "Gary", "Amy"};
  private static final String[] TITLES = {"Senator", "Governor", "Mayor", "Secretary of Defense", "Secretary of State", "Representative",
      "Attorney General", "Police Chief", "Finance Minister", "Health Minister", "spokesman", "analyst"};
  private static final String[] ADJECTIVES = {"displaced", "local", "foreign", "federal", "rural", "young", "elderly", "registered", "new",
      "former", "unemployed", "armed", "missing", "injured", "undocumented", "striking", "private", "public", "retired", "active"};
  private static final String[] VERBS = {"remain", "were counted", "are left", "were reported", "live", "work", "were found", "are expected"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sto", "var", "bel", "dun", "fie", "gra", "hol", "jin", "kes", "lum",
      "mor", "nal", "pri", "quo", "ras", "sel", "tor", "ux", "vin", "wel", "yar", "zem", "ab", "ec", "id", "ol", "un", "et"};

  /** The words: pseudo-words of two to four syllables, all different. */
  static final List<String> WORDS = words(8000, 11);
  /** The counted nouns (plural) and the places. */
  static final List<String> NOUNS = words(2000, 23).stream().map(w -> w + "s").toList();
  static final List<String> PLACES = words(400, 37).stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1) + "a").toList();
  static final List<String> SURNAMES = words(PEOPLE / FIRST.length, 53).stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
      .toList();

  private SyntheticArticles() {}

  private static List<String> words(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < n) {
      StringBuilder w = new StringBuilder();
      for (int s = 2 + r.nextInt(3); s > 0; s--) w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      out.add(w.toString());
    }
    return List.copyOf(out);
  }

  /** Person {@code p}'s full name. */
  static String person(int p) {
    return FIRST[p % FIRST.length] + " " + SURNAMES.get((p / FIRST.length) % SURNAMES.size());
  }

  /** A subject a figure may be about: an adjective and a counted noun. */
  static String subject(SplittableRandom r) {
    return ADJECTIVES[r.nextInt(ADJECTIVES.length)] + " " + NOUNS.get(r.nextInt(NOUNS.size()));
  }

  /** A word of the vocabulary, the first ones far more often than the last (about Zipf's law). */
  static String word(SplittableRandom r) {
    double u = r.nextDouble();
    return WORDS.get((int) (WORDS.size() * u * u * u));
  }

  /** The appearance id of article {@code i}. */
  static String url(long i) {
    return "https://synthetic.example/" + i;
  }

  /** Article {@code i} with its extraction. */
  static Document document(long i) {
    SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 7);
    int p = r.nextInt(PEOPLE);
    String name = person(p), surname = name.substring(name.indexOf(' ') + 1), title = TITLES[p % TITLES.length];
    String subject = subject(r), place = PLACES.get(r.nextInt(PLACES.size())), day = DAYS[r.nextInt(DAYS.length)];
    String published = LocalDate.of(2008, 1, 1).plusDays(r.nextInt(16 * 365)).toString();
    long n = 100 + r.nextInt(50_000);
    String figure = "about " + String.format("%,d", n);
    StringBuilder t = new StringBuilder();
    int ts = t.length();
    t.append(title).append(' ');
    int ns = t.length();
    t.append(name).append(" said on ");
    int ds = t.length();
    t.append(day).append(" that ");
    int fs = t.length();
    t.append(figure).append(' ');
    int ss = t.length();
    t.append(subject).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(" in ");
    int ps = t.length();
    t.append(place).append(".");
    int sentenceEnd = t.length();
    t.append("\n\n");
    int qs = t.length();
    t.append('\u201C').append(sentence(r, 8 + r.nextInt(12))).append(",\u201D ");
    int qe = t.length() - 1, ks = t.length();
    t.append(surname).append(' ');
    int cs = t.length();
    t.append("said.\n\n").append(Character.toUpperCase(word(r).charAt(0))).append(sentence(r, 10 + r.nextInt(15))).append('.');
    String text = t.toString();
    Article a = new Article("s" + i, text, published, subject + " in " + place, url(i), "Outlet " + (i % 300), Map.of());
    List<Entity> entities = List.of(
        new Entity("e1", Entity.PERSON, name, List.of(new Title(title, ts, ts + title.length())),
            List.of(new Mention(ns, ns + name.length(), name, Mention.NAME), new Mention(ks, ks + surname.length(), surname, Mention.NAME))),
        new Entity("e2", Entity.GPE, place, List.of(), List.of(new Mention(ps, ps + place.length(), place, Mention.NAME))));
    List<Quote> quotes = List.of(new Quote("q1", Quote.DIRECT, qs, qe, text.substring(qs, qe), Span.of(text, cs, cs + 4),
        Span.of(text, ks, ks + surname.length()), "e1", name, 0.9));
    List<Quantity> quantities = List.of(new Quantity("n1", fs, fs + figure.length(), figure, (double) n, (double) n, (double) n, "approx", null,
        Span.of(text, ss, ss + subject.length()), 0.9));
    List<TimeExpression> times = List.of(new TimeExpression("t1", ds, ds + day.length(), day, "DATE", published, null));
    List<Claim> claims = List.of(new Claim("c1", "figure", "n1", subject, place, published, "t1", new Source(name, "e1", List.of()), null, 0,
        sentenceEnd, 0.9));
    return new Document(a, entities, quotes, quantities, times, claims);
  }

  private static String sentence(SplittableRandom r, int words) {
    List<String> w = new ArrayList<>(words);
    for (int k = 0; k < words; k++) w.add(word(r));
    return String.join(" ", w);
  }
}
