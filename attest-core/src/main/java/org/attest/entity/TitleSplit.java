package org.attest.entity;

import static org.attest.entity.Words.isUpper;
import static org.attest.entity.Words.isUsGpe;
import static org.attest.entity.Words.key;

import java.util.List;
import org.attest.model.Mention;
import org.attest.text.Analysis;

/**
 * Titles split off a name chunk ("Secretary of State James Mattis", "Sen. Ted Cruz", "CBS host John
 * Dickerson"), with the names before them as names of their own: the place before a title ("US
 * President Barack Obama"), the organisation before it ("Wells Fargo CEO John Stumpf"), a place run
 * into a person's name ("the United States Hamdullah Mohib").
 */
final class TitleSplit {
  private final EntityLexicon lex;

  TitleSplit(EntityLexicon lex) {
    this.lex = lex;
  }

  /** Adds the name of chunk [start, end) to the draft, with its title span (or null). */
  void addName(Draft d, int start, int end) {
    Analysis a = d.a;
    int k = leadingNames(d, start, end);
    int[] title = titleRun(a, start, k, end);
    int titleStart = title == null ? -1 : title[0], titleEnd = title == null ? -1 : title[1];
    int nameStart = titleEnd > 0 ? titleEnd : start;
    if (titleEnd > 0 && nameStart < end - 1 && lex.nameLinks.contains(a.lower(nameStart))) { // "Secretary" + "of State ..."
      linkedTitle(d, titleStart, nameStart, end);
      return;
    }
    if (titleStart < 0) { // a place or an organisation run into a person's name: "the United States Hamdullah Mohib"
      for (int i = start + 1; i < end - 1; i++) {
        boolean first = lex.firstNames.containsKey(a.lower(i));
        boolean givenPlace = i == start + 1 && lex.firstNames.containsKey(a.lower(start)); // "Pierre Charles L'Enfant": a first name, no place
        if (first && !givenPlace && lex.gpe.contains(key(a, start, i)) || organisationBefore(a, start, i, end, first)) {
          add(d, start, i, null);
          int role = roleOfBefore(a, start);
          if (role < 0) addName(d, i, end);
          else add(d, i, end, new int[] {a.start(role), a.end(i - 1)}); // the title runs from the role: "CEO of the Refugee Council"
          return;
        }
      }
    }
    if (titleStart < 0 && lex.norp.contains(a.lower(start)) && start + 1 < end - 1 && lex.firstNames.containsKey(a.lower(start + 1))) {
      titleStart = start; // a group word before a person's name describes the person: "Scientologist Tom Cruise", "Republican John McCain"
      titleEnd = start + 1;
      nameStart = start + 1;
    }
    if (nameStart >= end) return; // a title alone ("the President") is a nominal, found later
    // a role in lower case just before the chunk: "CBS host John Dickerson", "press secretary Josh Earnest"
    if (titleStart < 0 && !lex.norp.contains(key(a, nameStart, end)) && !lex.gpe.contains(key(a, nameStart, end))) { // not "six-member Afghan team"
      int[] before = titleBefore(a, start);
      if (before != null) {
        titleStart = before[0];
        titleEnd = before[1];
      }
    }
    if (end - nameStart == 1 && lex.calendar.contains(a.lower(nameStart))) return; // "in May"
    String key = key(a, nameStart, end);
    if (key.length() < 2 && !Character.isLetter(key.charAt(0))) return;
    if (end - nameStart == 1 && key.endsWith("-")) return; // "Co-" of "Co-founder"
    add(d, nameStart, end, titleStart >= 0 ? new int[] {a.start(titleStart), a.end(titleEnd - 1)} : null);
  }

  /**
   * A title that goes on past "of"/"for" at {@code link}: the person is named from a known first name
   * on, the title running to it ("Supervisor of Elections Susan Bucher", "Under Secretary of State for
   * Political Affairs Wendy Sherman"); with no person, a title alone is a nominal ("the former Secretary
   * of State") and what follows the link a name of its own ("CEO of Hewlett-Packard").
   */
  private void linkedTitle(Draft d, int titleStart, int link, int end) {
    Analysis a = d.a;
    for (int j = link + 2; j < end - 1; j++) { // a known first name, or a name of two words after a field: "Minister of Education Stefania Giannini"
      if (lex.firstNames.containsKey(a.lower(j)) && a.isCapitalized(j + 1) || j == end - 2 && lex.orgFields.contains(a.lower(j - 1)) && a.isCapitalized(j)) {
        add(d, j, end, new int[] {a.start(titleStart), a.end(j - 1)});
        return;
      }
    }
    if (titleExactly(a, Math.max(titleStart, link - 3), end) || titleExactly(a, link - 1, end)) return;
    int s = link + 1;
    if (s < end - 1 && a.lower(s).equals(lex.the)) s++;
    add(d, s, end, null);
  }

  /**
   * Tokens [start, i) are an organisation before a person's name in one chunk: after a role and "of"
   * ("the spokeswoman of Acme Debra Smith", "CEO of the Refugee Council Enver Solomon": a known
   * first name at i, or an organisation word before it), or ending in an organisation word before a
   * known first name ("Acme Industries Debra Smith"); never when the chunk ends as the name of a
   * place or an organisation does ("Port Authority George Washington Bus Station").
   */
  private boolean organisationBefore(Analysis a, int start, int i, int end, boolean firstName) {
    if (lex.firstNames.containsKey(a.lower(start)) || !a.isCapitalized(i) || !a.isCapitalized(i + 1) || end - i > 3) return false;
    if (lex.orgWords.contains(a.lower(end - 1)) || lex.locWords.contains(a.lower(end - 1))) return false;
    boolean orgWord = lex.orgWords.contains(a.lower(i - 1));
    if (firstName && orgWord) return true;
    return roleOfBefore(a, start) >= 0 && (firstName || orgWord);
  }

  /** The role before "of" ("the") and the chunk at start: "CEO" of "CEO of the Refugee Council ..."; else -1. */
  private int roleOfBefore(Analysis a, int start) {
    int sentenceStart = a.sentenceStartToken(a.sentenceOf(start)), k = start - 1;
    if (k > sentenceStart && a.lower(k).equals(lex.the)) k--;
    return k - 1 >= sentenceStart && a.lower(k).equals(lex.of) && lex.roleHeads.contains(a.lower(k - 1)) ? k - 1 : -1;
  }

  private static void add(Draft d, int start, int end, int[] title) {
    d.names.add(new Entities.M(start, end, Mention.NAME, null));
    d.titleSpans.add(title);
  }

  /**
   * The names before a title, added as names of their own: a place or group ("US President Barack
   * Obama", "New Jersey Gov. Chris Christie") or an organisation ("Wells Fargo CEO John Stumpf").
   * Returns where the title may start.
   */
  private int leadingNames(Draft d, int start, int end) {
    Analysis a = d.a;
    int lead = start;
    while (lead < end - 2) {
      if (lead + 2 < end - 1 && lex.gpe.contains(key(a, lead, lead + 2))) lead += 2; // "New Jersey Gov. Chris Christie"
      else if (lex.gpe.contains(a.lower(lead)) || lex.norp.contains(a.lower(lead)) || isUpper(a.token(lead))) lead++;
      else break;
    }
    if (lead > start && matchTitle(a, lead, end) > lead) {
      if (lex.gpe.contains(key(a, start, lead)) || isUsGpe(a, start, lead)) add(d, start, lead, null); // "US" of "US President Barack Obama"
      return lead;
    }
    if (matchTitle(a, start, end) > start) return start;
    for (int i = start + 1; i < end - 1; i++) { // the organisation is a name of its own
      int m = matchTitle(a, i, end);
      if (m > i && m < end && lex.roleHeads.contains(a.lower(m - 1)) && !lex.firstNames.containsKey(a.lower(start))) {
        add(d, start, i, null);
        return i;
      }
    }
    return start;
  }

  /**
   * The title phrases from token k on ({start of title, end}), or null: none in the name of an
   * institution ("Duke University", "Prince Edward Island Hospital"); a modifier before them is
   * part of the title ("Republican Sen. ...").
   */
  private int[] titleRun(Analysis a, int start, int k, int end) {
    int head = end - 1;
    for (int i = start + 1; i < end - 1; i++) if (a.lower(i).equals(lex.of)) head = Math.min(head, i - 1); // "Doctor Who Society of Canada"
    if (lex.orgWords.contains(a.lower(head)) || lex.locWords.contains(a.lower(head))) return null;
    if (lex.orgs.contains(key(a, start, end))) return null; // a known organisation opening with a title word: "General Electric"
    if (k < end && lex.placeTitles.contains(a.lower(k))) {
      for (int j = k + 2; j <= end; j++) if (lex.gpe.contains(key(a, k, j)) || lex.cities.contains(key(a, k, j))) return null; // "St. Louis", "St. Louis Cardinals"
    }
    int titleStart = -1, titleEnd = -1;
    while (k < end) {
      int m = matchTitle(a, k, end);
      if (m <= k) break;
      if (titleStart < 0) titleStart = k;
      titleEnd = m;
      k = m;
    }
    if (titleStart < 0) return null;
    return new int[] {Math.min(titleStart, start), titleEnd};
  }

  /** Tokens [start, end) are one title phrase and nothing else: "President", "Home Secretary". */
  boolean titleExactly(Analysis a, int start, int end) {
    List<String[]> candidates = lex.titles.get(a.lower(start));
    if (candidates == null) return false;
    for (String[] phrase : candidates) {
      if (phrase.length - 1 != end - start) continue;
      boolean ok = true;
      for (int i = 1; i < phrase.length - 1 && ok; i++) ok = a.lower(start + i).equals(phrase[i]);
      if (ok) return true;
    }
    return false;
  }

  /** The end (exclusive) of the title phrase starting at token k, or k if none. */
  private int matchTitle(Analysis a, int k, int limit) {
    List<String[]> candidates = lex.titles.get(a.lower(k));
    if (candidates == null) return k;
    for (String[] phrase : candidates) {
      int n = phrase.length - 1;
      if (k + n > limit) continue;
      boolean ok = true;
      for (int i = 1; i < n && ok; i++) ok = a.lower(k + i).equals(phrase[i]);
      if (ok && (k + n < limit)) return k + n; // a title must leave a name after it
    }
    return k;
  }

  /** A lower-case role phrase ending right before token {@code start}, with its modifiers. */
  private int[] titleBefore(Analysis a, int start) {
    int sentenceStart = a.sentenceStartToken(a.sentenceOf(start));
    for (int len = 4; len >= 1; len--) {
      int k = start - len;
      if (k < sentenceStart) continue;
      if (matchTitle(a, k, start + 1) == start && lex.roleHeads.contains(a.lower(start - 1))) {
        int from = k;
        while (from - 1 >= sentenceStart) {
          String pos = a.pos(from - 1);
          if (pos.equals("PROPN") || pos.equals("ADJ") || (pos.equals("NOUN") && a.isCapitalized(from - 1))) from--;
          else if (from - 2 >= sentenceStart && from < start && lex.nameLinks.contains(a.lower(from - 1)) && a.isCapitalized(from)
              && lex.orgWords.contains(a.lower(from - 2))) from -= 2; // "Ministry of Health spokesman"; not "Polaroids of actor"
          else break;
        }
        return new int[] {from, start};
      }
    }
    return null;
  }
}
