package org.attest.quote;

import org.attest.entity.Entities;
import org.attest.text.Analysis;

/** One document as the sieves read it: its analysis, entities and cue words, and the shared finders over them. */
final class Reading {
  final Analysis a;
  final Entities ents;
  final CueLexicon cues;
  final Speakers speakers;
  final Clauses clauses;

  Reading(CueLexicon cues, Analysis a, Entities ents) {
    this.a = a;
    this.ents = ents;
    this.cues = cues;
    this.clauses = new Clauses(cues, a);
    this.speakers = new Speakers(cues, a, ents, clauses);
  }
}
