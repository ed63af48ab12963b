package org.attest.quote;

import org.attest.entity.Entities;
import org.attest.model.Mention;

/** A speaker in the text: tokens [start, end), and the entity mention there if there is one (else -1). */
record Who(int mention, int start, int end) {
  static Who of(Entities ents, int m) {
    return m < 0 ? null : new Who(m, ents.mentionStart(m), ents.mentionEnd(m));
  }

  /** A document ("an emailed statement") that speaks for its origin. */
  static boolean isDocument(Entities ents, Who who) {
    return who != null && who.mention >= 0 && "document".equals(ents.nominalClass(who.mention));
  }

  static boolean isPronoun(Entities ents, Who who) {
    return who.mention >= 0 && ents.mentionKind(who.mention).equals(Mention.PRONOUN);
  }

  static int entityOf(Entities ents, Who who) {
    return who == null || who.mention < 0 ? -1 : ents.entityOf(who.mention);
  }
}
