package org.attest.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Title;

/**
 * The canonical entities across articles (the {@code canon} table): finding or making the one a
 * key names, keeping apart people of one name that {@link People} says are two, and joining a
 * surname alone to the one person of the ledger who held the same office.
 */
final class Identities extends LedgerPart {
  /** A canonical entity an article's entity joins, and the evidence of the join. */
  record Link(Long canon, String evidence) {}

  Identities(Statements sql, Policies policies) {
    super(sql, policies);
  }

  /** The canonical entity of a type and key, made when new; its name becomes the fullest clean one seen. */
  long canon(String type, String key, String name) throws SQLException {
    PreparedStatement find = sql.bound("SELECT id, name FROM canon WHERE type = ? AND key = ?", type, key);
    try (ResultSet r = find.executeQuery()) {
      if (r.next()) {
        long id = r.getLong("id");
        String known = r.getString("name");
        if (Entity.PERSON.equals(type) ? people.better(name, known) : name.length() > known.length()) rename(id, name);
        return id;
      }
    }
    String bareKey = key.startsWith("surname:") ? key.substring(8) : key;
    for (char cut : new char[] {'#', '~'}) if (bareKey.indexOf(cut) >= 0) bareKey = bareKey.substring(0, bareKey.indexOf(cut));
    sql.bound("INSERT INTO canon(type, key, name, surname, initials) VALUES(?, ?, ?, ?, '')", type, key, name,
        Entity.PERSON.equals(type) ? people.surname(bareKey) : null).executeUpdate();
    return sql.lastRowId();
  }

  private void rename(long id, String name) throws SQLException {
    sql.bound("UPDATE canon SET name = ? WHERE id = ?", name, id).executeUpdate();
  }

  /**
   * The canonical person of a full-name key, with middle initials kept apart: "George H. W. Bush"
   * and "George W. Bush" share the key "george bush" but are two people; a name without initials
   * joins the one already there.
   */
  long person(String key, String initials, String name, long article) throws SQLException {
    if (name.isEmpty()) name = key;
    if (initials.isEmpty() && initialled(key)) { // "George Bush" when the ledger knows George H. W. and George W. Bush: which one is not known
      return canon(Entity.PERSON, key + "#?" + article, name);
    }
    PreparedStatement find = sql.bound("SELECT id, initials FROM canon WHERE type = 'PERSON' AND key = ?", key);
    Long id = null;
    String known = null;
    try (ResultSet r = find.executeQuery()) {
      if (r.next()) {
        id = r.getLong("id");
        known = r.getString("initials");
      }
    }
    if (id != null && !initials.isEmpty() && known != null && !known.isEmpty() && !known.equals(initials)) {
      return canon(Entity.PERSON, key + "#" + initials, name); // another person of the same first and last name
    }
    long c = canon(Entity.PERSON, key, name);
    if (!initials.isEmpty() && (known == null || known.isEmpty())) {
      sql.bound("UPDATE canon SET initials = ? WHERE id = ?", initials, c).executeUpdate();
    }
    return c;
  }

  /** Whether people of this key are kept apart by their initials ("george bush#h w"). */
  private boolean initialled(String key) throws SQLException {
    PreparedStatement other = sql.bound("SELECT count(*) AS n FROM canon WHERE type = 'PERSON' AND key > ? AND key < ?", key + "#", key + "#\uffff");
    try (ResultSet r = other.executeQuery()) {
      return r.next() && r.getLong("n") > 0;
    }
  }

  /**
   * The canonical namesake this entity is kept apart as, or null when it joins the person its key
   * names: two people of one key whose names are written differently ({@link People#variant}: "Bob
   * Mason" and "Robert Mason") and who are each introduced as "a <something>" with no telling word
   * in common ("a retired letter carrier", "a University of Washington professor") are two people.
   */
  Link namesake(String key, String shown, Entity e, String text) throws SQLException {
    String own = key + "~" + String.join(" ", Keys.words(shown));
    Long apart = Statements.first(sql.bound("SELECT id FROM canon WHERE type = 'PERSON' AND key = ?", own), "id");
    if (apart != null) return new Link(apart, "full name \"" + shown + "\", written as a namesake kept apart before");
    PreparedStatement find = sql.bound("SELECT id, name FROM canon WHERE type = 'PERSON' AND key = ?", key);
    long id;
    String name;
    try (ResultSet r = find.executeQuery()) {
      if (!r.next()) return null;
      id = r.getLong("id");
      name = r.getString("name");
    }
    if (!people.variant(shown, name)) return null;
    Set<String> mine = new HashSet<>();
    for (Mention m : e.mentions()) if (Mention.NAME.equals(m.kind())) mine.addAll(people.descriptor(text, m));
    if (mine.isEmpty()) return null;
    Set<String> theirs = descriptorsOf(id);
    if (theirs.isEmpty()) return null;
    for (String w : mine) if (theirs.contains(w)) return null;
    String why = "full name \"" + shown + "\", a namesake of \"" + name + "\": another name form and another description ("
        + String.join(" ", new TreeSet<>(mine)) + " / " + String.join(" ", new TreeSet<>(theirs)) + ")";
    return new Link(canon(Entity.PERSON, own, shown), why);
  }

  /** The appositive words ({@link People#descriptor}) of a canonical person's name mentions, in its latest 20 articles. */
  private Set<String> descriptorsOf(long canon) throws SQLException {
    PreparedStatement p = sql.bound("SELECT a.text AS text, m.start AS start, m.end AS end, m.kind AS kind"
        + " FROM (SELECT DISTINCT article, eid FROM entities WHERE canon = ? ORDER BY article DESC LIMIT 20) e"
        + " JOIN mentions m ON m.article = e.article AND m.eid = e.eid JOIN articles a ON a.id = e.article WHERE m.kind = 'name'", canon);
    Set<String> out = new HashSet<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) out.addAll(people.descriptor(r.getString("text"), new Mention(r.getInt("start"), r.getInt("end"), "", r.getString("kind"))));
    }
    return out;
  }

  /** {canon, title index} of the one person with this surname who held an office of the same role, or null. */
  long[] personBySurnameAndRole(String surname, List<Title> titles) throws SQLException {
    if (surname.isEmpty() || titles.isEmpty()) return null;
    List<Long> named = Statements.rows(sql.bound("SELECT id FROM canon WHERE surname = ? AND type = 'PERSON' AND key NOT LIKE 'surname:%'", surname),
        r -> r.getLong("id"));
    if (named.size() != 1) return null; // two people share it: a surname decides nothing
    List<String> roles = Statements.rows(sql.bound("SELECT DISTINCT office FROM titles WHERE canon = ? AND office <> ''", named.get(0)),
        r -> offices.head(role(r.getString("office"))));
    for (int i = 0; i < titles.size(); i++) {
      String head = offices.head(titles.get(i).text());
      if (!head.isEmpty() && roles.contains(head)) return new long[] {named.get(0), i}; // "Mr." and "billionaire" are no office
    }
    return null;
  }

  /** The role of an office key: "governor" of "governor|ohio". */
  static String role(String officeKey) {
    int bar = officeKey.indexOf('|');
    return bar < 0 ? officeKey : officeKey.substring(0, bar);
  }

  /** Whether a canonical entity is known across articles: not a surname alone, nor a name the ledger cannot tell apart ("#"). */
  boolean acrossArticles(long canon) {
    try {
      PreparedStatement k = sql.bound("SELECT key FROM canon WHERE id = ?", canon);
      try (ResultSet r = k.executeQuery()) {
        return r.next() && r.getString("key").indexOf('#') < 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
