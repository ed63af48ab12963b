package org.attest.entity;

import java.util.List;
import java.util.function.Predicate;
import org.attest.model.Entity;
import org.attest.text.Analysis;
import org.attest.text.Lexicon;

/**
 * The order of name linking, in one place: the first sieve that finds an earlier entity for a name
 * decides, and stamps its name on the mention ({@code Entities.ruleOf}). Each sieve has its
 * examples in {@code examples/<name>.txt}.
 */
final class NameSieves {
  private NameSieves() {}

  /** A step of name linking: the entity it links a name to, or -1 to leave the name to the next. */
  abstract static class Sieve extends Rule {
    Sieve(String name) {
      super(name);
    }

    abstract int find(NameLinking.Linked l, NameLinking.Name c);

    /** The latest entity that {@code wanted} accepts, or -1. */
    static int latest(NameLinking.Linked l, Predicate<Entities.E> wanted) {
      for (int e = l.d.entities.size() - 1; e >= 0; e--) if (wanted.test(l.d.entities.get(e))) return e;
      return -1;
    }

    /** Whether {@code longer} is {@code key} and an organisation word: "islamic state group". */
    static boolean withOrgWord(EntityLexicon lex, String longer, String key) {
      int n = key.length();
      return longer.length() > n && longer.charAt(n) == ' ' && longer.startsWith(key) && lex.orgWords.contains(longer.substring(n + 1));
    }

    /** The first entity that {@code wanted} accepts, or -1. */
    static int first(NameLinking.Linked l, Predicate<Entities.E> wanted) {
      for (int e = 0; e < l.d.entities.size(); e++) if (wanted.test(l.d.entities.get(e))) return e;
      return -1;
    }
  }

  static final List<Sieve> ORDER = List.of(new SameName(), new TitleAlone(), new LoneSurname(), new SharedSurname(), new ShortOrganisation(),
      new CorporateShort(), new OrganisationWord(), new OrganisationHead(), new FullNameAfterSurname());

  /** The same words as an earlier name, unless the titles' genders differ ("Mrs. Clinton" is no Bill). */
  static final class SameName extends Sieve {
    SameName() {
      super("same-name");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      int target = l.byKey.getOrDefault(c.key, -1);
      return target >= 0 && !c.gender.fits(l.d.entities.get(target).gender) ? -1 : target;
    }
  }

  /** "The President later took action": a title alone is the latest person who holds it. */
  static final class TitleAlone extends Sieve {
    TitleAlone() {
      super("title-alone");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      Analysis a = l.d.a;
      if (c.title != null || !l.titles.titleExactly(a, c.m.start, c.m.end)) return -1;
      int e = latest(l, cand -> cand.type.equals(Entity.PERSON) && holds(a, cand, c.key));
      if (e >= 0) c.type = Entity.PERSON;
      return e;
    }
  }

  /** A lone surname, whatever its own type: "Valeska Paris ... Paris claims". */
  static final class LoneSurname extends Sieve {
    LoneSurname() {
      super("lone-surname");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      boolean typed = !c.type.equals(Entity.PERSON) && !c.type.equals(Entity.OTHER); // "Paris" a place, the surname of "Valeska Paris"
      return c.n == 1 && typed ? first(l, cand -> cand.type.equals(Entity.PERSON) && cand.nameTokens > 1 && c.key.equals(cand.lastToken)) : -1;
    }
  }

  /**
   * A surname (or first name) of a person named in full: when two people share it, the one named
   * in the last few sentences, else the one the article introduced first, as news names the other
   * in full ("Bill Clinton ... his wife Hillary Clinton ... Clinton said").
   */
  static final class SharedSurname extends Sieve {
    SharedSurname() {
      super("surname");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      if (c.n != 1 || !(c.type.equals(Entity.PERSON) || c.type.equals(Entity.OTHER))) return -1;
      int sentence = l.d.a.sentenceOf(c.m.start), target = -1, recent = -1;
      for (int e = 0; e < l.d.entities.size(); e++) {
        Entities.E cand = l.d.entities.get(e);
        if (!(cand.type.equals(Entity.PERSON) && cand.nameTokens > 1 && (c.key.equals(cand.lastToken) || c.key.equals(cand.firstToken)))) continue;
        if (!c.gender.fits(cand.gender)) continue;
        if (target < 0) target = e;
        int last = l.lastSentence.get(e);
        if (sentence - last <= 3 && (recent < 0 || last > l.lastSentence.get(recent))) recent = e;
      }
      return recent >= 0 ? recent : target;
    }
  }

  /**
   * One word of an organisation's name, the latest first: its last word, its initials or alias
   * ("ISIS"), the first word of a two-word name ("Wells Fargo ... Wells"); the acronym of a name of
   * something else ("Internet Explorer ... IE"). Not a city ("Sheffield" is no "University of Sheffield").
   */
  static final class ShortOrganisation extends Sieve {
    ShortOrganisation() {
      super("short-organisation");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      EntityLexicon lex = l.lex;
      if (c.n != 1 || !(c.type.equals(Entity.ORG) || c.type.equals(Entity.OTHER) && !lex.cities.contains(c.key))) return -1;
      int target = -1;
      boolean thing = lex.thingWords.contains(c.key); // "ICT Authority ... ICT", "Geographic Information Systems (GIS)": the thing, no short name
      for (int e = l.d.entities.size() - 1; e >= 0 && target < 0; e--) {
        Entities.E cand = l.d.entities.get(e);
        if (cand.type.equals(Entity.ORG) && !thing && (c.key.equals(cand.lastToken) || c.key.equals(initials(lex, cand.name)) || aliasOf(l, c.key, cand))) target = e;
        // "Wells Fargo ... Wells", "Goldman Sachs ... Goldman": the first word of a two-word name, no common word
        if (cand.type.equals(Entity.ORG) && !thing && cand.nameTokens == 2 && c.key.equals(cand.firstToken) && !lex.nominals.containsKey(c.key)
            && !lex.orgWords.contains(c.key) && !lex.gpe.contains(c.key)) target = e;
        // an acronym of a name of something else: "Internet Explorer ... IE", "Iodine Deficiency Disorders ... IDD"
        if (cand.type.equals(Entity.OTHER) && cand.nameTokens > 1 && Words.isUpper(l.d.a.token(c.m.start)) && c.key.equals(initials(lex, cand.name))) target = e;
      }
      return target;
    }
  }

  /**
   * The first words of a company's legal name, the name ending in a corporate suffix (name-words.txt
   * [corporate-suffix]), as business copy goes on: "Sun Microsystems Inc. ... Sun", "Westinghouse Electric Corp. ...
   * Westinghouse", "Nashua Corp. ... Nashua". A place's or people's word, or a name of a person's shape, only when it
   * and the suffix are the whole name: "Texas Instruments Inc. ... Texas" stays the state, "Du Pont Co. ... Du Pont"
   * is the company; the word right before the suffix of a longer name too ("DD Acquisition Corp. ... Acquisition"). Not a
   * person's name with a title ("President Ford").
   */
  static final class CorporateShort extends Sieve {
    CorporateShort() {
      super("corporate-short");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      EntityLexicon lex = l.lex;
      if (c.title != null && c.type.equals(Entity.PERSON) || lex.nominals.containsKey(c.key) || lex.orgWords.contains(c.key)) return -1;
      boolean place = lex.gpe.contains(c.key) || lex.cities.contains(c.key) || lex.norp.contains(c.key);
      // a person's shape only for the whole name before the suffix: "Du Pont Co. ... Du Pont", "MGM Grand Inc. ... MGM Grand"
      boolean whole = place || c.type.equals(Entity.PERSON);
      return latest(l, cand -> cand.type.equals(Entity.ORG) && cand.nameTokens > c.n
          && (legalNameStart(lex, cand, c.key, whole) || c.n == 1 && !place && beforeSuffix(lex, cand, c.key)));
    }

    /** Whether the key is the word right before the suffix of a legal name of three words or more: "DD Acquisition Corp. ... Acquisition". */
    private static boolean beforeSuffix(EntityLexicon lex, Entities.E org, String key) {
      for (String k : org.keys) {
        int last = suffixSpace(lex, k);
        if (last <= 0) continue;
        int prev = k.lastIndexOf(' ', last - 1);
        if (prev > 0 && k.substring(prev + 1, last).equals(key)) return true;
      }
      return false;
    }

    /** Whether a name of the organisation is the key, then words ending in a corporate suffix (the suffix alone if {@code whole}). */
    private static boolean legalNameStart(EntityLexicon lex, Entities.E org, String key, boolean whole) {
      for (String k : org.keys) {
        if (k.length() <= key.length() + 1 || !k.startsWith(key) || k.charAt(key.length()) != ' ') continue;
        int last = suffixSpace(lex, k); // at the key's end when the suffix follows it alone
        if (last >= key.length() && !(whole && last > key.length())) return true;
      }
      return false;
    }

    /** Where the space before a name key's corporate suffix stands ("acme corp." → 4), or -1 when it ends in none. */
    private static int suffixSpace(EntityLexicon lex, String k) {
      int last = k.lastIndexOf(' ');
      return last > 0 && lex.corporateSuffixes.contains(k.substring(last + 1)) ? last : -1;
    }
  }

  /** "the Islamic State" / "the Islamic State group": an organisation's name with or without its organisation word. */
  static final class OrganisationWord extends Sieve {
    OrganisationWord() {
      super("organisation-word");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      if (!c.type.equals(Entity.ORG)) return -1;
      return latest(l, cand -> cand.type.equals(Entity.ORG) && withOrWithoutOrgWord(l.lex, cand, c.key));
    }

    /** Whether one of the organisation's names is the key with an organisation word, or the key is one of them with it. */
    private static boolean withOrWithoutOrgWord(EntityLexicon lex, Entities.E org, String key) {
      for (String k : org.keys) if (withOrgWord(lex, k, key) || withOrgWord(lex, key, k)) return true;
      return false;
    }

  }

  /**
   * An organisation's name cut before its "of" or "for": "the Brennan Center for Justice ... the
   * Brennan Center", "the U.S. Department of Labor ... the U.S. Department". A name of several words
   * ending in an organisation word that opens the name of an earlier organisation, the word after it
   * there a name link (name-words.txt [name-link]) or an organisation's link ([org-link]: "the Joint
   * Committee on Taxation ... the Joint Committee"). Not "Harvard University Press ... Harvard University".
   */
  static final class OrganisationHead extends Sieve {
    OrganisationHead() {
      super("organisation-head");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      EntityLexicon lex = l.lex;
      if (c.n < 2 || !(c.type.equals(Entity.ORG) || c.type.equals(Entity.OTHER)) || !lex.orgWords.contains(l.d.a.lower(c.m.end - 1))) return -1;
      return latest(l, cand -> cand.type.equals(Entity.ORG) && headOf(lex, cand, c.key));
    }

    private static boolean headOf(EntityLexicon lex, Entities.E org, String key) {
      for (String k : org.keys) {
        int n = key.length();
        if (k.length() <= n + 1 || !k.startsWith(key) || k.charAt(n) != ' ') continue;
        int space = k.indexOf(' ', n + 1);
        String link = space > 0 ? k.substring(n + 1, space) : null;
        if (link != null && (lex.nameLinks.contains(link) || lex.organisationLink(link, key.substring(key.lastIndexOf(' ') + 1)))) return true;
      }
      return false;
    }
  }

  /** A full name after the surname alone ("Mauer said ... Ken Mauer"): the one-word person before it. */
  static final class FullNameAfterSurname extends Sieve {
    FullNameAfterSurname() {
      super("full-name");
    }

    @Override
    int find(NameLinking.Linked l, NameLinking.Name c) {
      if (c.n <= 1 || !c.type.equals(Entity.PERSON)) return -1;
      String last = l.d.a.lower(c.m.end - 1);
      return latest(l, cand -> cand.nameTokens == 1 && (cand.type.equals(Entity.PERSON) || cand.type.equals(Entity.OTHER)) && last.equals(cand.lastToken));
    }
  }

  /** The initials of a name, lower case, without "of", "the", "and": "Internet Explorer" → "ie". */
  static String initials(EntityLexicon lex, String name) {
    if (name == null) return "";
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || skipped(lex, w)) continue;
      b.append(Character.toLowerCase(w.charAt(0)));
    }
    return b.toString();
  }

  private static boolean skipped(EntityLexicon lex, String word) {
    for (String w : lex.initialsSkip) if (word.equalsIgnoreCase(w)) return true;
    return false;
  }

  /** Whether the person holds the title: "President" of "US President". */
  private static boolean holds(Analysis a, Entities.E person, String title) {
    for (int[] t : person.titles) {
      String held = Lexicon.normalize(a.text().substring(t[0], t[1]));
      if (held.equals(title) || held.endsWith(" " + title)) return true;
    }
    return false;
  }

  /** An acronym of the alias list for the organisation's name: "ISIS" for "the Islamic State group". */
  private static boolean aliasOf(NameLinking.Linked l, String key, Entities.E cand) {
    String expansion = l.lex.orgAliases.get(key);
    if (expansion == null) return false;
    for (String k : cand.keys) if (l.types.bare(k).equals(expansion) || Sieve.withOrgWord(l.lex, l.types.bare(k), expansion)) return true;
    return false;
  }
}
