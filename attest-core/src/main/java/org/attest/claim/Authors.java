package org.attest.claim;

import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Source;
import org.attest.text.Analysis;

/** The named authors of documents ("Bloomberg poll", "a report by the Tax Foundation") and owners, shared by the source rules. */
final class Authors {
  private final ClaimLexicon lex;

  Authors(ClaimLexicon lex) {
    this.lex = lex;
  }

  /** Whether token k is the possessive "'s" or "’s". */
  static boolean possessive(Analysis a, int k) {
    String w = a.lower(k);
    return w.equals("'s") || w.equals("’s");
  }

  /** The source a mention names when its entity is a named person or organisation, else null. */
  static Source named(Entities ents, int mention) {
    if (mention < 0) return null;
    int e = ents.entityOf(mention);
    String type = ents.entityType(e);
    if (ents.entityName(e) == null || !(Entity.PERSON.equals(type) || Entity.ORG.equals(type))) return null;
    return new Source(ents.entityName(e), ents.entityId(e), List.of());
  }

  /**
   * The named author of the document word at r: "Bloomberg poll", "the Tax Foundation's analysis",
   * "a report by the Tax Foundation", "a slide from a presentation that Mr. Guajardo and his aides
   * carry".
   */
  Source of(Analysis a, Entities ents, int r) {
    return of(a, ents, r, 2);
  }

  private Source of(Analysis a, Entities ents, int r, int depth) {
    int m = ents.mentionEndingAt(r > 0 && possessive(a, r - 1) ? r - 1 : r);
    Source s = named(ents, m);
    if (s != null) return joint(a, ents, m, s);
    if (depth == 0 || r + 2 >= a.tokenCount()) return s;
    String after = a.lower(r + 1);
    int k = r + 2;
    if (after.equals("by") || after.equals("from")) { // "a report by X", "a slide from a presentation ..."
      if (a.pos(k).equals("DET")) k++;
      s = named(ents, ents.mentionStartingAt(after.equals("by") ? r + 2 : k));
      if (s == null && after.equals("from") && k < a.tokenCount() && lex.reports.contains(a.lower(k))) s = of(a, ents, k, depth - 1);
      return s;
    }
    if (after.equals("that") || after.equals("which")) return relativeAuthor(a, ents, r);
    return null;
  }

  /** The joint authors of a document, "NBC News/Wall Street Journal" ({@code [joint]}), when mention m is the last; else s. */
  private Source joint(Analysis a, Entities ents, int m, Source s) {
    int k = ents.mentionStart(m);
    if (k < 2 || !lex.joints.contains(a.lower(k - 1))) return s;
    int before = ents.mentionEndingAt(k - 1);
    if (before < 0 || named(ents, before) == null) return s;
    return new Source(a.text().substring(a.start(ents.mentionStart(before)), a.end(ents.mentionEnd(m) - 1)), null, List.of());
  }

  /**
   * "a presentation that X (and his aides) carry": a relative clause lacks the verb's object and
   * names the author; a content clause has one ("a report that Trump lost $916 million"): what it
   * says, not who wrote it.
   */
  private static Source relativeAuthor(Analysis a, Entities ents, int r) {
    int m = ents.mentionStartingAt(r + 2);
    if (m < 0 && a.token(r + 2).endsWith(".") && a.isCapitalized(r + 2)) m = ents.mentionStartingAt(r + 3); // "Mr."
    if (m < 0) return null;
    for (int v = ents.mentionEnd(m); v < a.tokenCount() && v <= ents.mentionEnd(m) + 4; v++) {
      if (!a.pos(v).equals("VERB")) continue;
      String o = v + 1 < a.tokenCount() ? a.pos(v + 1) : "PUNCT";
      boolean object = o.equals("NUM") || o.equals("DET") || o.equals("NOUN") || o.equals("PROPN") || o.equals("PRON") || o.equals("SYM");
      return object ? null : named(ents, m);
    }
    return null;
  }

  /** The author of the document word {@code head} last named before r with an author ("Another slide" → the slide's). */
  Source earlier(Analysis a, Entities ents, int r, String head) {
    for (int k = r - 1; k > 0 && k > r - 600; k--) {
      if (!a.lower(k).equals(head)) continue;
      Source author = of(a, ents, k);
      if (author != null) return author;
    }
    return null;
  }
}
