package org.attest.ledger;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Quote;
import org.attest.model.Title;

/**
 * An article's entities, mentions and titles written, each entity joined to a canonical one with
 * the evidence of the join: a person by full name (first name unabbreviated: "Jim" is "James"); a
 * surname alone only when one person of the ledger has it and holds an office of the same role
 * ("Defense Secretary Mattis"), never on the surname alone; organisations and places by name or
 * alias. {@link People} decides what a name is, {@link Identities} finds the canonical entity.
 */
final class EntityWrites extends LedgerPart {
  private static final String ENTITY = "INSERT INTO entities(article, eid, type, name, canon, evidence) VALUES(?, ?, ?, ?, ?, ?)";
  private static final String MENTION = "INSERT INTO mentions(article, eid, start, \"end\", kind, canon) VALUES(?, ?, ?, ?, ?, ?)";
  private static final String TITLE = "INSERT INTO titles(article, eid, canon, title, office, start, \"end\", past) VALUES(?, ?, ?, ?, ?, ?, ?, ?)";
  private static final Identities.Link NONE = new Identities.Link(null, null);

  /** The canonical entity of each entity of the article, and of each mention that is not its entity's (-1: no one's for sure). */
  record Linked(Map<String, Long> canonOf, Map<Long, Long> mentionCanon) {
    /** The canonical entity of the mention at this span when it is not its entity's; null when it is. */
    Long mention(int start, int end) {
      return mentionCanon.get(span(start, end));
    }

    static long span(int start, int end) {
      return ((long) start << 32) | end;
    }
  }

  /**
   * The article's people's names, read once before any is joined (cleaning a name is the costly
   * part of linking it): each name mention's full-name key, the keys by surname (a bare "Bush" in
   * an article of Laura, Jeb and George W. Bush names none of them for sure), and the names of
   * things named after someone.
   */
  private record Names(String text, Set<String> speakers, Map<Mention, String> keyOf, Map<String, Set<String>> bySurname, Set<Mention> namedAfter) {
    /** Whether several people of the article have this surname. */
    boolean shared(String surname) {
      return bySurname.getOrDefault(surname, Set.of()).size() > 1;
    }

    /** A name of unknown kind that speaks ("Mattis said") is taken for a person. */
    boolean person(Entity e) {
      return Entity.PERSON.equals(e.type()) || Entity.OTHER.equals(e.type()) && speakers.contains(e.id());
    }
  }

  private final Identities identities = new Identities(sql, policies);

  EntityWrites(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** Writes the article's entities (one round trip a table, not one an entity) and tells how they were joined. */
  Linked write(long article, Document d) throws SQLException {
    Linked linked = new Linked(new HashMap<>(), new HashMap<>());
    Names names = names(d);
    for (Entity e : d.entities()) {
      Identities.Link link = link(article, e, names, linked.mentionCanon());
      if (link.canon() != null) linked.canonOf().put(e.id(), link.canon());
      rows(article, e, link, linked, names.text());
    }
    sql.sql(ENTITY).executeBatch();
    sql.sql(MENTION).executeBatch();
    sql.sql(TITLE).executeBatch();
    return linked;
  }

  private Names names(Document d) {
    Set<String> speakers = new HashSet<>();
    for (Quote q : d.quotes()) if (q.speakerEntity() != null) speakers.add(q.speakerEntity());
    Names n = new Names(d.article().text(), speakers, new HashMap<>(), new HashMap<>(), new HashSet<>());
    for (Entity e : d.entities()) {
      if (!n.person(e)) continue;
      for (Mention m : e.mentions()) {
        if (!Mention.NAME.equals(m.kind())) continue;
        if (people.namedAfter(n.text(), m)) { // "the Edgar A. Poe award" names an award, no person
          n.namedAfter().add(m);
          continue;
        }
        String k = people.mentionKey(n.text(), m);
        n.keyOf().put(m, k);
        if (people.titleOnly(m.text())) continue;
        if (k == null && Keys.words(m.text()).size() > 1) k = "partial:" + String.join(" ", Keys.words(m.text())); // "W. Bush" is someone too
        if (k != null) n.bySurname().computeIfAbsent(people.surname(k.startsWith("partial:") ? k.substring(8) : k), x -> new HashSet<>()).add(k);
      }
    }
    return n;
  }

  /** The canonical entity an entity joins (none for an entity of no name) and why. */
  private Identities.Link link(long article, Entity e, Names n, Map<Long, Long> mentionCanon) throws SQLException {
    if (e.name() == null) return NONE;
    if (n.person(e)) {
      boolean thing = true; // every name of it names a thing after someone: "the Edgar A. Poe award"
      for (Mention m : e.mentions()) thing &= !Mention.NAME.equals(m.kind()) || n.namedAfter().contains(m);
      if (thing) return new Identities.Link(null, "\"" + e.name() + "\" names a thing after someone (\"award\", \"prize\"): not joined to anyone");
      String key = people.entityKey(e, n.keyOf());
      Identities.Link link = person(article, e, key, n);
      othersNamed(article, e, key, n, mentionCanon);
      return link;
    }
    if (Entity.OTHER.equals(e.type())) return NONE;
    String named = keys.named(e.name());
    if (named.isEmpty()) return NONE;
    return new Identities.Link(identities.canon(e.type(), named, e.name()),
        named.equals(String.join(" ", Keys.words(e.name()))) ? "name \"" + e.name() + "\"" : "alias \"" + e.name() + "\" of \"" + named + "\"");
  }

  /** A person joined by the full name its mentions use most, or else by surname and office. */
  private Identities.Link person(long article, Entity e, String key, Names n) throws SQLException {
    String name = people.clean(e.name());
    if (key != null) {
      String shown = name;
      if (!key.equals(people.key(name))) { // the entity's name is another person's: it goes by its most used full name
        for (Mention m : e.mentions()) if (Mention.NAME.equals(m.kind()) && key.equals(n.keyOf().get(m))) shown = people.clean(people.mentionName(n.text(), m));
      }
      Identities.Link namesake = identities.namesake(key, shown, e, n.text());
      if (namesake != null) return namesake;
      return new Identities.Link(identities.person(key, people.initials(shown), shown, article), "full name \"" + shown + "\"");
    }
    String surname = people.surname(name);
    if (surname.isEmpty()) return new Identities.Link(null, "no name left once cleaned (\"" + e.name() + "\"): not joined to anyone"); // "Jr.", "!!!"
    boolean relative = false;
    for (Mention m : e.mentions()) relative |= Mention.NAME.equals(m.kind()) && people.relative(n.text(), m);
    long[] match = relative || n.shared(surname) ? null : identities.personBySurnameAndRole(surname, e.titles());
    if (match != null) {
      return new Identities.Link(match[0], "surname \"" + surname + "\" and the role of the office \"" + e.titles().get((int) match[1]).text() + "\"");
    }
    // a lone surname joins no one, not even another lone one: its canonical entity is its article's
    long canon = identities.canon(Entity.PERSON, "surname:" + surname + "#" + article, name.isEmpty() ? e.name() : name);
    return new Identities.Link(canon, relative ? "surname \"" + surname + "\" of a relative (\"his wife\", \"son\"): not joined to anyone"
        : "surname \"" + surname + "\" alone: not joined to anyone");
  }

  /** The mentions that are not this person's for sure: another full name, a title alone, a surname several people of the article share. */
  private void othersNamed(long article, Entity e, String key, Names n, Map<Long, Long> mentionCanon) throws SQLException {
    for (Mention m : e.mentions()) {
      if (!Mention.NAME.equals(m.kind())) continue;
      String own = n.keyOf().get(m);
      Long other = null;
      if (n.namedAfter().contains(m) || people.titleOnly(m.text()) || own == null && people.otherGender(n.text(), m, e.name())) {
        other = -1L; // "President"; "Mr. Obama" in hers
      } else if (own != null && key != null && !own.equals(key)) {
        String named = people.clean(people.mentionName(n.text(), m)); // "Donald Trump, Jr." is named with his suffix
        other = identities.person(own, people.initials(named), named, article);
      } else if (own == null && n.shared(people.surname(m.text()))) {
        other = -1L;
      }
      if (other != null) mentionCanon.put(Linked.span(m.start(), m.end()), other);
    }
  }

  /** The entity's rows, batched: the entity with its join, its mentions, its titles with the office each names. */
  private void rows(long article, Entity e, Identities.Link link, Linked linked, String text) throws SQLException {
    sql.bound(ENTITY, article, e.id(), e.type(), e.name(), link.canon(), link.evidence()).addBatch();
    for (Mention x : e.mentions()) sql.bound(MENTION, article, e.id(), x.start(), x.end(), x.kind(), linked.mention(x.start(), x.end())).addBatch();
    for (Title x : e.titles()) {
      int at = Math.max(0, Math.min(x.start(), text.length()));
      Offices.Office office = offices.parse(x.text(), text.substring(Math.max(0, at - 30), at));
      sql.bound(TITLE, article, e.id(), link.canon(), x.text(), office == null ? "" : office.key(), x.start(), x.end(),
          office != null && office.past() ? 1 : 0).addBatch();
    }
  }
}
