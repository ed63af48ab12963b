package org.attest.quote;

/** A quote under construction, and the rule that decided it. Token spans are [start, end). */
final class Candidate {
  /** Which side of the quote its cue stands on, when a cue sieve decided it. */
  enum Side { NONE, AFTER, BEFORE, LABEL }

  int region = -1;
  String type;
  int startChar;
  int endChar;
  int cueStart = -1;
  int cueEnd = -1;
  Who who;
  int entity = -1;
  double confidence;
  boolean continuation;
  int paragraph;
  /** The name of the sieve or rule that attributed it ("cue-after"), or null when none did. */
  String rule;
  Side side = Side.NONE;

  /** Takes the speaker of another quote: "A," Graham said. "B." is one attribution (PolNeAR and readers alike). */
  void continues(Candidate from, double confidence) {
    who = from.who;
    entity = from.entity;
    continuation = true;
    this.confidence = confidence;
  }

  /** Sets the speaker and the cue [cueStart, cueEnd). */
  void attribute(Who who, int cueStart, int cueEnd) {
    this.who = who;
    this.cueStart = cueStart;
    this.cueEnd = cueEnd;
  }
}
