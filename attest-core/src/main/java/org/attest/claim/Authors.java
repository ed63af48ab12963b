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
    int at = afterParticiple(a, r + 1); // "data available from the FBI", "data released Friday by state gaming regulators"
    if (at > r + 1 && at + 1 < a.tokenCount()) return byOrFrom(a, ents, at, depth);
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

  /**
   * The document word of "results of the latest Quinnipiac University poll", "early results of exit polls"
   * ({@code [document-of]} before "of"), within five words, or -1.
   */
  int documentOf(Analysis a, int r) {
    if (r + 2 >= a.tokenCount() || !lex.documentOf.contains(a.lower(r)) || !a.lower(r + 1).equals("of")) return -1;
    for (int k = r + 2; k < a.tokenCount() && k <= r + 6; k++) {
      if (lex.reports.contains(a.lower(k)) || lex.pollWords.contains(a.lower(k))) return k;
      if (a.pos(k).equals("PUNCT") || a.pos(k).equals("VERB") || a.pos(k).equals("AUX")) return -1;
    }
    return -1;
  }

  /** The named author after "by" or "from" at {@code at} (a determiner skipped after "from"), or null. */
  private Source byOrFrom(Analysis a, Entities ents, int at, int depth) {
    String w = a.lower(at);
    if (!w.equals("by") && !w.equals("from")) return null;
    int k = at + 1;
    if (k < a.tokenCount() && a.pos(k).equals("DET")) k++;
    Source s = named(ents, ents.mentionStartingAt(w.equals("by") ? at + 1 : k));
    if (s == null && w.equals("by") && k < a.tokenCount()) s = named(ents, ents.mentionStartingAt(k));
    return s;
  }

  /**
   * The token after a participle that follows a document ({@code [document-participle]}: "available",
   * "released", "compiled") and a day of its own ("released Friday"), or {@code k} when none stands at k.
   */
  private int afterParticiple(Analysis a, int k) {
    if (k >= a.tokenCount() || !lex.documentParticiples.contains(a.lower(k))) return k;
    int n = k + 1;
    if (n + 1 < a.tokenCount() && a.isCapitalized(n) && (a.lower(n + 1).equals("by") || a.lower(n + 1).equals("from"))) n++; // "released Friday by"
    return n;
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
