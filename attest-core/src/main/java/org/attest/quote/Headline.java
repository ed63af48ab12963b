package org.attest.quote;

import static org.attest.quote.Tokens.isPunct;

import org.attest.text.Analysis;

/**
 * A headline in title case, where the tagger reads every word as a name: "Conservative Icon
 * Morton Blackwell Endorses Ted Cruz", "Hillary Clinton Says EgyptAir Crash Seems Like An ‘Act Of
 * Terrorism’": in a sentence whose words are all capitalised but the small ones (cues.txt
 * [title-small]), a capitalised cue between a run of capitalised words from the sentence start
 * (or a colon) and the rest of the sentence; the run speaks, the rest is what it holds. Not in a
 * sentence with a word in lower case ("Trump Tower was sold").
 */
final class Headline extends IndirectRule {
  /** The most words of the speaker: "Jeb Bush Super PAC Chief". */
  private static final int SPEAKER_WORDS = 6;
  /** The fewest words of a headline. */
  private static final int WORDS = 4;

  Headline() {
    super("headline");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    if (!a.isCapitalized(cue.c) || !titleCase(r, cue.from, cue.end)) return Verdict.PASS;
    // a headline's verb is in the present ("Endorses", "Says"), and what it holds opens with no small word ("To Trump's Demand")
    if (!a.lower(cue.c).endsWith(r.cues.sEnding) || cue.cueEnd >= cue.end || r.cues.titleSmall.contains(a.lower(cue.cueEnd))) return Verdict.PASS;
    int s = cue.c;
    while (s > cue.from && !a.token(s - 1).equals(r.cues.holding.colon)) s--;
    if (s == cue.c || cue.c - s > SPEAKER_WORDS || cue.end - cue.cueEnd < 2) return Verdict.PASS;
    for (int k = s; k < cue.c; k++) if (!a.isCapitalized(k)) return Verdict.PASS; // "Clinton Cash Debunks": a run of names
    int m = r.ents.mentionEndingAt(cue.c); // the name the run ends with: "Conservative Icon Morton Blackwell"
    q.who = m >= 0 && r.ents.mentionStart(m) >= s ? Who.of(r.ents, m) : new Who(-1, s, cue.c);
    cue.minTokens = 2; // "Endorses Ted Cruz"
    return cue.clauseFrom(r, cue.cueEnd);
  }

  /** Every word of [from, end) capitalised but the small ones, and enough of them. */
  private static boolean titleCase(Reading r, int from, int end) {
    Analysis a = r.a;
    int words = 0;
    for (int t = from; t < end; t++) {
      if (isPunct(a, t) || a.quoted(t)) continue;
      if (!a.isCapitalized(t) && !r.cues.titleSmall.contains(a.lower(t)) && !Character.isDigit(a.token(t).charAt(0))) return false;
      words++;
    }
    return words >= WORDS;
  }
}
