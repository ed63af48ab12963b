package org.attest.claim;

import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Quantity;
import org.attest.text.Analysis;

/** place.in: where a figure holds, "in" and the places after it in its sentence ("in Iraq and Syria", "in eastern Syria"). */
final class Places {
  static final String IN = "place.in";

  private Places() {}

  /** The place of the figure, or null. */
  static String of(Analysis a, Entities ents, Quantity q, int sentenceEnd) {
    int from = a.tokenAt(q.object() != null && q.object().end() > q.end() ? q.object().end() : q.end());
    for (int t = from; t < sentenceEnd - 1 && t < from + 12; t++) {
      if (!a.lower(t).equals("in")) continue;
      int k = t + 1;
      if (k < sentenceEnd && a.pos(k).equals("ADJ") && !a.isCapitalized(k)) k++; // "in eastern Syria"
      int m = ents.mentionStartingAt(k);
      if (m < 0 || !isPlace(ents, m)) continue;
      int last = ents.mentionEnd(m);
      // "Iraq and Syria"
      if (last + 1 < sentenceEnd && a.lower(last).equals("and")) {
        int m2 = ents.mentionStartingAt(last + 1);
        if (m2 >= 0 && isPlace(ents, m2)) last = ents.mentionEnd(m2);
      }
      return a.text().substring(a.start(t + 1), a.end(last - 1));
    }
    return null;
  }

  private static boolean isPlace(Entities ents, int mention) {
    String type = ents.entityType(ents.entityOf(mention));
    return Entity.GPE.equals(type) || Entity.LOC.equals(type);
  }
}
