package org.attest.entity;

import static org.attest.entity.Words.isClosingPunctuation;
import static org.attest.entity.Words.isDash;
import static org.attest.entity.Words.phraseBefore;

import java.util.Arrays;
import org.attest.model.Entity;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/** The post-passes that retype whole entities from the context of their names, each a stage of its own. */
final class Retypes {
  private Retypes() {}

  /** A post-pass over the names: an entity of type {@code from} becomes {@code to} when the words around one of its names say so. */
  abstract static class ByContext extends EntityStage {
    private final String from;
    private final String to;

    ByContext(String name, String from, String to) {
      super(name);
      this.from = from;
      this.to = to;
    }

    @Override
    final void run(Draft d) {
      Analysis a = d.a;
      for (Entities.M m : d.names) {
        if (m.entity < 0 || !d.typeOf(m).equals(from)) continue;
        int sentence = a.sentenceOf(m.start);
        if (applies(d, m, a.sentenceStartToken(sentence), a.sentenceEndToken(sentence))) d.entities.get(m.entity).type = to;
      }
    }

    /** Whether the words around name m, in its sentence of tokens [from, to), retype its entity. */
    abstract boolean applies(Draft d, Entities.M m, int from, int to);
  }

  /**
   * Stage "teams-by-score": a country named right next to a match score is its team, an
   * organisation, in all its mentions: "Sweden defeated South Korea 1 – 0", "Tunisia lost 1 – 2 to
   * England", "Sweden 1 – 0 Korea Republic". The name must end at most two words before the score
   * or start at most two after it.
   */
  static final class TeamsByScore extends ByContext {
    TeamsByScore() {
      super("teams-by-score", Entity.GPE, Entity.ORG);
    }

    @Override
    boolean applies(Draft d, Entities.M m, int from, int to) {
      boolean team = false;
      for (int k = m.end; k < Math.min(to, m.end + 3) && !team; k++) team = scoreAt(d.a, k, to) > k;
      for (int k = Math.max(from, m.start - 5); k < m.start && !team; k++) {
        int e = scoreAt(d.a, k, to);
        team = e > k && e <= m.start && m.start - e <= 2;
      }
      return team;
    }

    /** The end of a match score ("1 – 0", "3-0") starting at token k, or k if none. */
    private static int scoreAt(Analysis a, int k, int to) {
      String t = a.token(k);
      int dash = Math.max(t.indexOf('-'), Math.max(t.indexOf('\u2013'), t.indexOf('\u2014')));
      if (dash > 0 && dash < t.length() - 1 && smallNumber(t, 0, dash) && smallNumber(t, dash + 1, t.length())) return k + 1;
      if (k + 2 < to && smallNumber(t, 0, t.length()) && isDash(a.token(k + 1)) && smallNumber(a.token(k + 2), 0, a.token(k + 2).length())) return k + 3;
      return k;
    }

    private static boolean smallNumber(String s, int from, int to) {
      if (to - from < 1 || to - from > 2) return false;
      for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
      return true;
    }
  }

  /**
   * Stage "orgs-by-context": a name of unknown type is an organisation when a member word follows
   * it ("Scientology officials") or a phrase of membership precedes it ("former members of
   * Scientology"): see org-context.txt.
   */
  static final class OrganisationsByContext extends ByContext {
    OrganisationsByContext() {
      super("orgs-by-context", Entity.OTHER, Entity.ORG);
    }

    @Override
    boolean applies(Draft d, Entities.M m, int from, int to) {
      Analysis a = d.a;
      if (m.end < to && d.lex.orgAfter.contains(a.lower(m.end)) && !a.isCapitalized(m.end)) return true;
      int k = m.start;
      if (k - 1 >= from && a.lower(k - 1).equals(d.lex.the)) k--;
      return phraseBefore(a, d.lex.orgBefore, k, from);
    }
  }

  /**
   * Stage "cities": an entity nothing else typed whose name is a city of the gazetteer is that city
   * ("in Christchurch", "Chapel Hill"); a surname joined its person before ("Lincoln said").
   */
  static final class CitiesByGazetteer extends EntityStage {
    CitiesByGazetteer() {
      super("cities");
    }

    @Override
    void run(Draft d) {
      for (Entities.E e : d.entities) {
        if (e.type.equals(Entity.OTHER) && e.name != null && d.lex.cities.contains(Lexicon.normalize(e.name))) e.type = Entity.GPE;
      }
    }
  }

  /**
   * Stage "cited-names": a name nothing typed that a reference's year closes is an author's: the year
   * follows it, past other authors (six at most), "et al." and commas, and ends the reference (";" or ")" after
   * it, or a page: ", p. 1225"),
   * or "et al." follows it: "(see Brieber 2014; Binderman et al., 2005)", "(Li, Polat, Scalzo, &
   * Bavelier, 2010)", "(Domínguez Caparrós, 2000: 103)"; not "Watchmen (2009)", "Vision 2030 which".
   */
  static final class CitedNames extends ByContext {
    /** Tokens from an author's name to the year: six authors and their commas ("Boot, Kramer, Simons, Fabiani, & Gratton, 2008"). */
    private static final int LONGEST_AUTHORS = 16;

    CitedNames() {
      super("cited-names", Entity.OTHER, Entity.PERSON);
    }

    @Override
    boolean applies(Draft d, Entities.M m, int from, int to) {
      Analysis a = d.a;
      EntityLexicon lex = d.lex;
      if (m.end - m.start > 2 || a.quoteOf(m.start) >= 0) return false;
      if (m.end + 1 < to && lex.citationLinks.contains(a.lower(m.end)) && lex.citationLinks.contains(a.lower(m.end + 1))) return true; // "et al."
      for (int k = m.end; k < to && k < m.end + LONGEST_AUTHORS; k++) {
        String t = a.token(k), w = a.lower(k);
        if (Words.isYear(t)) return k + 1 < a.tokenCount() && (referenceEnd(a.token(k + 1)) || k + 2 < to && a.token(k + 1).equals(",") && lex.citationPages.contains(a.lower(k + 2)));
        boolean link = t.equals(",") || lex.citationLinks.contains(w) || lex.coordinators.contains(w) || w.equals(lex.possessive);
        if (!link && !a.isCapitalized(k)) return false;
      }
      return false;
    }

    private static boolean referenceEnd(String t) {
      return t.equals(";") || t.equals(")") || t.equals(":");
    }
  }

  /**
   * Stage "speaking-names": a one-word name nothing else typed that speaks is a person's surname:
   * "Water said", "said Mauer." (person-context.txt).
   */
  static final class SpeakingNames extends ByContext {
    SpeakingNames() {
      super("speaking-names", Entity.OTHER, Entity.PERSON);
    }

    @Override
    boolean applies(Draft d, Entities.M m, int from, int to) {
      if (m.end - m.start != 1 || d.entities.get(m.entity).nameTokens != 1) return false;
      Analysis a = d.a;
      if (innerCapital(d.lex, a.token(m.start))) return false; // "PolitiFact said", "InsideSources said": a company's name
      boolean before = m.end < to && d.lex.speechVerbs.contains(a.lower(m.end)) && (m.start == from || !a.pos(m.start - 1).equals("DET"));
      boolean after = m.start > from && d.lex.speechVerbs.contains(a.lower(m.start - 1)) && (m.end == to || isClosingPunctuation(a.token(m.end)));
      return before || after;
    }

    /** A capital letter inside the word, past a "Mc"/"Mac"/"O'" prefix: "PolitiFact", not "McLenney". */
    private static boolean innerCapital(EntityLexicon lex, String w) {
      int from = 1;
      for (String prefix : lex.surnamePrefixes) {
        if (w.startsWith(prefix)) {
          from = prefix.length() + 1;
          break;
        }
      }
      for (int i = from; i < w.length(); i++) if (Character.isUpperCase(w.charAt(i))) return true;
      return false;
    }
  }

  /**
   * Stage "affiliations": a name after a person's name and "of" or "from" is the person's
   * organisation when nothing else types it (no place, no first name): "Raymond Chan of People
   * Power", "Nick Rhodes of Duran Duran".
   */
  static final class Affiliations extends EntityStage {
    Affiliations() {
      super("affiliations");
    }

    @Override
    void run(Draft d) {
      Analysis a = d.a;
      EntityLexicon lex = d.lex;
      int[] personEndingAt = null;
      for (Entities.M m : d.names) {
        if (m.entity < 0) continue;
        Entities.E e = d.entities.get(m.entity);
        if (!(e.type.equals(Entity.PERSON) || e.type.equals(Entity.OTHER)) || lex.firstNames.containsKey(e.firstToken)) continue;
        int k = m.start - 1;
        if (k >= 0 && a.lower(k).equals(lex.the)) k--;
        if (k < 1 || !lex.affiliationBefore.contains(a.lower(k))) continue;
        if (personEndingAt == null) {
          personEndingAt = new int[a.tokenCount() + 1];
          Arrays.fill(personEndingAt, -1);
          for (Entities.M n : d.names) if (n.entity >= 0) personEndingAt[n.end] = n.entity;
        }
        int before = personEndingAt[k];
        Entities.E b = before >= 0 ? d.entities.get(before) : null;
        if (b != null && before != m.entity && b.type.equals(Entity.PERSON) && b.nameTokens > 1 && lex.firstNames.containsKey(b.firstToken)) {
          e.type = Entity.ORG;
        }
      }
    }
  }

  /**
   * Stage "places-by-context": a name the rules took for a person's from its shape alone (no first
   * name, no title) is a place when the article writes it after a preposition of
   * place ("in Fort Lee", "near Broken Arrow": place-context.txt [locative]) and never has it speak
   * ("Mauer said") or own something ("in Mauer's view" is no place).
   */
  static final class PlacesByContext extends EntityStage {
    PlacesByContext() {
      super("places-by-context");
    }

    @Override
    void run(Draft d) {
      Analysis a = d.a;
      EntityLexicon lex = d.lex;
      int[] place = new int[d.entities.size()];
      int widestEnd = -1;
      for (Entities.M m : d.names) {
        boolean inner = m.end <= widestEnd; // a name inside a name: "Chiang Kai Shek" of "near the Chiang Kai Shek Memorial"
        widestEnd = Math.max(widestEnd, m.end);
        if (m.entity < 0 || inner || !open(d, d.entities.get(m.entity)) || place[m.entity] < 0) continue;
        int from = a.sentenceStartToken(a.sentenceOf(m.start)), to = a.sentenceEndToken(a.sentenceOf(m.start));
        int k = m.start - 1;
        if (k >= from && a.lower(k).equals(lex.the)) k--;
        boolean owned = m.end < to && a.lower(m.end).equals(lex.possessive);
        boolean speaks = m.end < to && lex.speechVerbs.contains(a.lower(m.end)) || m.start > from && lex.speechVerbs.contains(a.lower(m.start - 1));
        if (owned || speaks) place[m.entity] = -1;
        else if (k >= from && lex.locative.contains(a.lower(k))) place[m.entity]++;
      }
      for (int e = 0; e < place.length; e++) {
        if (place[e] <= 0) continue;
        Entities.E ent = d.entities.get(e);
        ent.type = ent.lastToken != null && lex.locWords.contains(ent.lastToken) ? Entity.LOC : Entity.GPE;
      }
    }

    /** A person by shape alone: no title, no known first name (an entity nothing typed is the model's, later). */
    private static boolean open(Draft d, Entities.E e) {
      return e.type.equals(Entity.PERSON) && e.titles.isEmpty() && e.firstToken != null && !d.lex.firstNames.containsKey(e.firstToken);
    }
  }

  /**
   * Stage "places-in-places" (after the model): a name right after a place and a comma, ending its
   * clause, is a place of that place ("Exeter, Devon", "Braunsberg, East Prussia", "Coffeyville,
   * KS", "Edgewater, Englewood Cliffs and Leonia"), unless a title, a first name, an organisation word
   * or a lexicon says otherwise ("London, Jack", "County of Maui, Department of Finance"), nor the
   * article, naming it otherwise too ("Paris, Johann" of Johann Bernoulli) or writing its last word
   * in lower case ("Economics, Property Rights").
   */
  static final class PlacesInPlaces extends EntityStage {
    PlacesInPlaces() {
      super("places-in-places");
    }

    @Override
    void run(Draft d) {
      Analysis a = d.a;
      EntityLexicon lex = d.lex;
      for (int i = 1; i < d.names.size(); i++) {
        Entities.M m = d.names.get(i);
        if (m.entity < 0 || m.start < 2 || !a.token(m.start - 1).equals(",") || !open(d, m)) continue;
        int to = a.sentenceEndToken(a.sentenceOf(m.start));
        boolean ends = m.end == to || a.pos(m.end).equals("PUNCT") && !a.lower(m.end).equals(lex.possessive) || lex.coordinators.contains(a.lower(m.end));
        if (!ends || !placeEndsAt(d, m.start - 1)) continue;
        Entities.E e = d.entities.get(m.entity);
        e.type = e.lastToken != null && lex.locWords.contains(e.lastToken) ? Entity.LOC : Entity.GPE;
      }
    }

    /** A name of a place ends at token {@code end}. */
    private static boolean placeEndsAt(Draft d, int end) {
      for (Entities.M n : d.names) {
        if (n.end == end && n.entity >= 0 && (d.typeOf(n).equals(Entity.GPE) || d.typeOf(n).equals(Entity.LOC))) return true;
      }
      return false;
    }

    /** A person by shape, an untyped name or an unknown acronym: nothing but its shape typed it. */
    private static boolean open(Draft d, Entities.M m) {
      EntityLexicon lex = d.lex;
      Entities.E e = d.entities.get(m.entity);
      String key = Words.key(d.a, m.start, m.end);
      if (!e.titles.isEmpty() || e.firstToken == null || lex.firstNames.containsKey(e.firstToken) || lex.orgs.contains(key) || lex.norp.contains(key)) return false;
      if (lex.orgWords.contains(e.lastToken) || lex.thingWords.contains(e.lastToken) || d.lowerWords().contains(e.lastToken)) return false; // "Property Rights"
      if (e.keys.size() > 1) return false; // "Paris, Johann" of Johann Bernoulli
      return e.type.equals(Entity.PERSON) || e.type.equals(Entity.OTHER) || e.type.equals(Entity.ORG) && acronym(d, m) != null;
    }
  }

  /**
   * Stage "defined-terms" (after the model): an acronym defined in parentheses by the words before
   * it, whose initials it spells and none of which is an organisation word, names a term, no
   * organisation: "sea surface salinity (SSS)", "the ground reaction force (GRF)", "Geographic
   * Information Systems (GIS)"; not "the European Space Agency (ESA)". The definition may stand at
   * another of its mentions, even one the chunker took for no name ("... force (GRF) ... the GRF").
   */
  static final class DefinedTerms extends ByContext {
    DefinedTerms() {
      super("defined-terms", Entity.ORG, Entity.OTHER);
    }

    @Override
    boolean applies(Draft d, Entities.M m, int from, int to) {
      Analysis a = d.a;
      String acronym = acronym(d, m);
      if (acronym == null) return false;
      String token = a.token(m.start);
      for (int t = 1; t + 1 < a.tokenCount(); t++) {
        if (a.token(t).equals(token) && a.token(t - 1).equals("(") && a.token(t + 1).equals(")") && definedBefore(d, t, acronym)) return true;
      }
      return false;
    }

    /** The words before "(" of the acronym at token t spell it ("ground reaction force (GRF)"), none an organisation word. */
    private static boolean definedBefore(Draft d, int t, String acronym) {
      Analysis a = d.a;
      int from = a.sentenceStartToken(a.sentenceOf(t));
      int i = acronym.length() - 1;
      for (int k = t - 2; k >= from && i >= 0; k--) {
        String w = a.lower(k);
        if (w.charAt(0) == acronym.charAt(i)) {
          if (d.lex.orgWords.contains(w) || d.lex.orgFirst.contains(w)) return false;
          i--;
        } else if (!Arrays.asList(d.lex.initialsSkip).contains(w)) return false;
      }
      return i < 0;
    }
  }

  /** The lower-case letters of a one-word upper-case name of 2 to 6 letters ("SSS", "MDGs" as "mdg"), or null. */
  static String acronym(Draft d, Entities.M m) {
    if (m.end - m.start != 1) return null;
    String t = d.a.token(m.start);
    if (t.length() > 2 && t.endsWith("s")) t = t.substring(0, t.length() - 1);
    if (t.length() < 2 || t.length() > 6 || !Words.isUpper(t)) return null;
    for (int i = 0; i < t.length(); i++) if (!Character.isLetter(t.charAt(i))) return null;
    return t.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Stage "shouted-words" (after the model): a word of an upper-case heading or sentence, where most
   * words are upper-case, is no acronym of an organisation unless a known one: "SPEECH", "PRESS
   * RELEASES", "ROOMMATES WORRY"; not "NASA" in "NASA LAUNCHES A PROBE".
   */
  static final class ShoutedWords extends ByContext {
    ShoutedWords() {
      super("shouted-words", Entity.ORG, Entity.OTHER);
    }

    @Override
    boolean applies(Draft d, Entities.M m, int from, int to) {
      Analysis a = d.a;
      if (acronym(d, m) == null || d.lex.orgs.contains(a.lower(m.start))) return false;
      int words = 0, upper = 0;
      for (int k = from; k < to; k++) {
        String t = a.token(k);
        if (t.length() < 2 || !Character.isLetter(t.charAt(0))) continue;
        words++;
        if (Words.isUpper(t)) upper++;
      }
      return words >= 1 && 2 * upper > words && (words > 1 || a.token(m.start).length() > 4);
    }
  }

  /**
   * Stage "figure-units" (after the model): an acronym right after a figure, before a punctuation
   * mark, a preposition or the end, is its unit or currency, no organisation: "825 DKK per day",
   * "25 CUC (or 25 euros)"; not "the 2016 NBA finals", nor after a year ("in 2016 NATO said").
   */
  static final class FigureUnits extends ByContext {
    FigureUnits() {
      super("figure-units", Entity.ORG, Entity.OTHER);
    }

    @Override
    boolean applies(Draft d, Entities.M m, int from, int to) {
      Analysis a = d.a;
      if (acronym(d, m) == null || d.lex.orgs.contains(a.lower(m.start)) || m.start - 1 < from || !a.pos(m.start - 1).equals("NUM")) return false;
      String n = a.token(m.start - 1);
      if (n.length() == 4 && (n.startsWith("1") || n.startsWith("20"))) return false; // a year
      return m.end == to || a.pos(m.end).equals("PUNCT") || a.pos(m.end).equals("ADP");
    }
  }

  /**
   * Stage "compass-names" (after the model): an entity nothing typed whose every name is a compass or
   * polity word alone after "the", "our" or "this" (place-context.txt [compass-name], [polity-name]) is
   * a region ("energy supplies for the West", "injured in the South": LOC) or the country of the
   * article (GPE: "the Father of our Nation", "the Country's development").
   */
  static final class CompassNames extends EntityStage {
    CompassNames() {
      super("compass-names");
    }

    @Override
    void run(Draft d) {
      Analysis a = d.a;
      EntityLexicon lex = d.lex;
      int n = d.entities.size();
      int[] kind = new int[n]; // 0 unseen, 1 compass, 2 polity, -1 neither
      for (Entities.M m : d.names) {
        if (m.entity < 0 || kind[m.entity] < 0) continue;
        if (!d.entities.get(m.entity).type.equals(Entity.OTHER) || m.end - m.start != 1 || !a.isCapitalized(m.start) || Words.isUpper(a.token(m.start))
            || m.start == 0 || !lex.nameDeterminers.contains(a.lower(m.start - 1))) {
          kind[m.entity] = -1;
          continue;
        }
        String w = a.lower(m.start);
        int k = lex.compassNames.contains(w) ? 1 : lex.polityNames.contains(w) ? 2 : -1;
        kind[m.entity] = kind[m.entity] == 0 || kind[m.entity] == k ? k : -1;
      }
      for (int e = 0; e < n; e++) {
        if (kind[e] > 0) d.entities.get(e).type = kind[e] == 1 ? Entity.LOC : Entity.GPE;
      }
    }
  }
}
