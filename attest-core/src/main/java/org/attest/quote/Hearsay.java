package org.attest.quote;

import org.attest.text.Analysis;

/**
 * An adverb of hearsay (cues.txt [hearsay]) makes its clause an attribution with no source, as
 * PolNeAR annotates it: "The FBI is reportedly making arrangements to interview Clinton", "the gun
 * he allegedly used", "Reportedly, he made comments to co-workers"; the clause from its start (the
 * sentence's, or the last comma's) to the next comma; not before a verb of speech ("reportedly said":
 * that verb's rules read it) nor in a relative clause ("who reportedly has been itching to").
 */
final class Hearsay extends IndirectRule {
  Hearsay() {
    super("hearsay");
  }

  @Override
  Verdict read(Reading r, ReportCue cue, Candidate q) {
    Analysis a = r.a;
    if (!r.cues.holding.hearsay.contains(a.lower(cue.c))) return Verdict.PASS;
    // "Trump reportedly said": the verb of speech after it is the cue; "a friend, who reportedly ...": a relative clause
    if (cue.cueEnd < cue.end && r.cues.verbs.containsKey(a.lower(cue.cueEnd)) || cue.c > cue.from && r.cues.relatives.contains(a.lower(cue.c - 1))) {
      return Verdict.NONE;
    }
    q.who = null;
    if (cue.c == cue.from) { // "Reportedly, he made comments"
      cue.contentFrom = cue.cueEnd;
      cue.contentTo = Holding.phraseEnd(r, cue.cueEnd + 1, cue.end);
      return Verdict.FOUND;
    }
    int start = cue.from;
    for (int k = cue.c - 1; k > cue.from; k--) {
      if (a.token(k).equals(",") || a.token(k).equals(";") || a.quoted(k)) {
        start = k + 1;
        break;
      }
    }
    cue.contentFrom = start;
    cue.contentTo = Holding.phraseEnd(r, cue.cueEnd, cue.end);
    return Verdict.FOUND;
  }
}
