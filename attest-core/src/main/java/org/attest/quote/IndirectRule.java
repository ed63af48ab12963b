package org.attest.quote;

/** A rule for an indirect quote at a reporting cue: "according to X", "X said (that) CLAUSE", "CLAUSE, X said". */
abstract class IndirectRule extends Rule {
  IndirectRule(String name) {
    super(name);
  }

  /** What a rule made of a cue. */
  enum Verdict {
    /** Not this rule's kind of cue: the next rule reads it. */
    PASS,
    /** This rule's kind of cue, but no quote: the next cue of the sentence is read. */
    NONE,
    /** The speaker and the reported words are set. */
    FOUND
  }

  /** Reads the cue; on FOUND, q has its speaker and the cue its reported words. */
  abstract Verdict read(Reading r, ReportCue cue, Candidate q);
}
