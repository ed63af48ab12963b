package org.attest.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conflict rule for offices ({@code offices.txt}): one person given two offices they cannot
 * hold at once by articles published within {@link #DAYS} days of each other ("Secretary of State"
 * and "Secretary of Defense"; a governor and a senator), or given an office as current that another
 * article, earlier, says they left ("Arkansas Gov." after "former Arkansas governor"). Descriptors
 * ("billionaire", "GOP frontrunner", "host") are no offices; a past office ("former", "then-") is no
 * claim about today; a bare role before a name ("Sen. Clinton", "President") is as often an
 * honorific of an office left or a campaign's goal as an office held: only specific titles ("Ohio
 * Gov.", "Secretary of State", "Vice President") are set against each other.
 */
final class OfficeConflicts {
  /** A title of a person as the rule sees it. */
  record Row(long canon, String person, String title, String office, boolean past, String published, long article, Ledger.Side side) {}

  static final int DAYS = 90;

  private final Offices offices;

  OfficeConflicts(Offices offices) {
    this.offices = offices;
  }

  /** Rows ordered by person, then publication: each person's titles together. */
  List<Ledger.Conflict> find(List<Row> rows) {
    List<Ledger.Conflict> out = new ArrayList<>();
    for (int from = 0; from < rows.size(); ) {
      int to = from;
      while (to < rows.size() && rows.get(to).canon() == rows.get(from).canon()) to++;
      person(rows.subList(from, to), out);
      from = to;
    }
    return out;
  }

  private void person(List<Row> titles, List<Ledger.Conflict> out) {
    Set<String> left = new HashSet<>(); // roles the ledger says this person left
    List<Row> rows = new ArrayList<>();
    Map<Row, Offices.Office> parsed = new HashMap<>();
    Set<String> once = new HashSet<>(); // one title a day: a person's hundred "Sen." of one day are one claim of office
    for (Row r : titles) {
      if (r.office().isEmpty() || !once.add(r.office() + "\u0000" + r.past() + "\u0000" + r.published())) continue;
      Offices.Office o = offices.parse(r.title());
      if (o == null) continue;
      if (r.past() && !o.past()) o = new Offices.Office(o.role(), o.kind(), o.jurisdiction(), true); // "former" before the title
      if (o.past()) left.add(o.role());
      parsed.put(r, o);
      rows.add(r);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        Row a = rows.get(i), b = rows.get(j);
        Offices.Office oa = parsed.get(a), ob = parsed.get(b);
        if (a.article() == b.article()) continue;
        long days = Periods.days(a.published(), b.published());
        if (days > DAYS) break; // in publication order: the later ones are further still
        if (days < 0) continue;
        if (!oa.past() && !ob.past() && offices.exclusive(oa, ob)) {
          if (!oa.specific() || !ob.specific() || honorific(a, oa, left) || honorific(b, ob, left)) continue;
          if (!seen.add(oa.role() + "\u0000" + ob.role())) continue;
          double confidence = 0.75;
          out.add(new Ledger.Conflict("office", a.person(), "offices that cannot be held at once", confidence, a.side(), b.side(),
              new Ledger.OfficeEvidence(a.person(), oa.key(), ob.key(), days)));
        }
      }
    }
    // a title given as current ("Arkansas Gov.") after another article said the person left that office: the latest such article
    for (int j = 0; j < rows.size(); j++) {
      Row now = rows.get(j);
      Offices.Office current = parsed.get(now);
      if (current.past() || current.jurisdiction().isEmpty()) continue;
      Row past = null;
      for (Row r : rows) {
        Offices.Office o = parsed.get(r);
        if (!o.past() || !o.role().equals(current.role()) || r.article() == now.article() || compare(r.published(), now.published()) > 0) continue;
        long days = Periods.days(r.published(), now.published());
        if (days < 0 || days > DAYS) continue;
        if (past == null || compare(r.published(), past.published()) >= 0) past = r;
      }
      if (past == null || !seen.add("stale\u0000" + now.article() + "\u0000" + current.role())) continue;
      out.add(new Ledger.Conflict("office", now.person(), "an office given as current after it was left", 0.6, past.side(), now.side(),
          new Ledger.OfficeEvidence(now.person(), parsed.get(past).key(), current.key(), Periods.days(past.published(), now.published()))));
    }
  }

  /** "Sen. Clinton" when the ledger knows she left the Senate: the bare role, no place, of an office left. */
  private static boolean honorific(Row r, Offices.Office o, Set<String> left) {
    return o.jurisdiction().isEmpty() && left.contains(o.role());
  }

  private static int compare(String a, String b) {
    return (a == null ? "" : a).compareTo(b == null ? "" : b);
  }
}
