package org.attest.quote;

import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.text.Analysis;

/** The noun phrases of a cue's subject: where one starts, and the phrase a place ends as a preposition's object. */
final class SubjectNouns {
  private SubjectNouns() {}

  /** Where the noun phrase ending at token head starts: its nouns, adjectives, numbers, a possessive, a determiner. */
  static int start(Analysis a, CueLexicon cues, int from, int head) {
    int s = head;
    while (s - 1 >= from) {
      String p = a.pos(s - 1);
      if (p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NUM") || a.lower(s - 1).equals(cues.possessive)) s--;
      else if (p.equals("DET")) return s - 1;
      else break;
    }
    return s;
  }

  /**
   * A place a preposition takes right before the cue is no speaker: the noun phrase before the
   * preposition speaks, read with it ("the boy's relatives in Miami said", "Media reports in Tanzania
   * have said", "The Iraqi ambassador to Venezuela said"; the tagger may take the plural head for a
   * verb). Null when the place is not such an object.
   */
  static Who beforePlace(Analysis a, CueLexicon cues, Entities ents, int from, int adjacent, int end) {
    int p = ents.mentionStart(adjacent) - 1, head = p - 1;
    String type = ents.entityType(ents.entityOf(adjacent));
    if (head < from || !(Entity.GPE.equals(type) || Entity.LOC.equals(type))) return null;
    if (!(a.pos(p).equals("ADP") || a.lower(p).equals(cues.to))) return null;
    boolean noun = a.pos(head).equals("NOUN") || a.pos(head).equals("VERB") && a.lower(head).endsWith(cues.sEnding) && head - 1 >= from
        && (a.lower(head - 1).equals(cues.possessive) || a.pos(head - 1).equals("NOUN") || a.pos(head - 1).equals("ADJ"));
    if (!noun) return null;
    int s = start(a, cues, from, head);
    return s < head || a.pos(head).equals("NOUN") ? new Who(-1, s, end) : null;
  }
}
