package org.attest.quote;

import org.attest.text.Analysis;

/**
 * A role whose holder speaks for the organisation a preposition joins to it (cues.txt [speaker-role],
 * [speaker-role-link]): in "A spokesman for Seagram said", "An official at Wako Securities said", "A
 * spokesman for the Stamford, Conn.-based company said" the speaker is the whole phrase, as news copy
 * sources it, not the organisation at its end.
 */
final class SpeakerRole {
  /** The most words of the organisation's phrase before its mention: "the Stamford, Conn.-based company". */
  private static final int PHRASE_WORDS = 6;

  private SpeakerRole() {}

  /** The role's phrase through the speaker who, within [from, ...), when a role and its link stand before it; else who. */
  static Who of(CueLexicon cues, Analysis a, int from, Who who) {
    if (who == null) return null;
    int k = who.start() - 1;
    while (k > from && k >= who.start() - PHRASE_WORDS && !cues.speakerRole.links().contains(a.lower(k)) && phraseWord(a, k)) k--;
    if (k - 1 < from || !cues.speakerRole.links().contains(a.lower(k)) || !cues.speakerRole.roles().contains(a.lower(k - 1))) return who;
    int s = k - 1;
    while (s - 1 >= from && (a.pos(s - 1).equals("ADJ") || a.pos(s - 1).equals("PROPN") || a.pos(s - 1).equals("NOUN"))) s--; // "A Pentagon spokesman"
    if (s - 1 >= from && a.pos(s - 1).equals("DET")) s--;
    return new Who(-1, s, who.end());
  }

  /** A word of a noun phrase, a hyphen inside a word, or a comma between its names ("the Stamford, Conn.-based company"). */
  private static boolean phraseWord(Analysis a, int k) {
    String p = a.pos(k);
    if (p.equals("PUNCT") && a.end(k - 1) == a.start(k) && a.end(k) == a.start(k + 1)) return true; // "Conn.-based"
    return p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN") || p.equals("NUM") || a.token(k).equals(",") && a.pos(k - 1).equals("PROPN") && a.pos(k + 1).equals("PROPN");
  }
}
