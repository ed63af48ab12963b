package org.attest.claim;

import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.attribution-after: the source named after the figure, at the end of its clause: "...
 * spent at least $345,430 ..., according to the Brennan Center", "... 30 of Boeing's jets,
 * executives of both companies announced Wednesday", "... hundreds of thousands of dollars last
 * month, tallies by the Campaign Media Analysis Group show", "the $1.11 a share that analysts
 * expected". A source verb ({@code [source]}) counts only when nothing follows it but adjuncts (not
 * "Trump said 41 percent ... officials reported that ...") and no source verb stands before the
 * figure (that one's subject is the source: claim.source-verb).
 */
final class AttributionAfter extends SourceRule {
  private final ClaimLexicon lex;
  private final Authors authors;

  AttributionAfter(ClaimLexicon lex, Authors authors) {
    super("claim.attribution-after");
    this.lex = lex;
    this.authors = authors;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    Analysis a = f.a();
    int figure = f.tok(), to = f.to();
    for (int k = figure + 1; k + 1 < to; k++) {
      if (a.lower(k).equals(";")) return null; // another clause
      if (lex.according.contains(a.lower(k)) && a.lower(k + 1).equals(lex.to)) return found(sourceAt(a, f.ents(), k + 2, to), 0.65);
    }
    int relative = figure + 1;
    while (relative < Math.min(to, figure + 5) && !lex.relativeObjects.contains(a.lower(relative))) relative++;
    boolean tight = relative < to && relative <= figure + 4 && noClause(a, figure + 1, relative); // "the $1.11 a share that analysts expected"
    if (!tight && verbBefore(a, f.from(), figure)) return null;
    for (int v = figure + 2; v < to; v++) {
      if (!lex.sourceVerbs.contains(a.lower(v)) || !a.pos(v).equals("VERB") || !adjunctsOnly(a, v + 1, to)) continue;
      int start = subjectStart(a, figure, v);
      if (start < 0) return null;
      return found(subject(a, f.ents(), start, v), 0.6);
    }
    return null;
  }

  /** Whether the tokens [from, to) are words of the figure's noun phrase: no comma, verb or clause word. */
  private static boolean noClause(Analysis a, int from, int to) {
    for (int k = from; k < to; k++) if (a.pos(k).equals("VERB") || a.pos(k).equals("AUX") || a.pos(k).equals("PUNCT")) return false;
    return true;
  }

  /** Whether a source verb stands before the figure in its sentence ("The company reported earnings of $8.42"). */
  private boolean verbBefore(Analysis a, int from, int figure) {
    for (int k = from; k < figure; k++) if (lex.sourceVerbs.contains(a.lower(k)) && a.pos(k).equals("VERB")) return true;
    return false;
  }

  /** Whether only adjuncts follow the verb to its sentence's end: a time, a place, punctuation; no clause, no object. */
  private boolean adjunctsOnly(Analysis a, int from, int to) {
    for (int k = from; k < to; k++) {
      String p = a.pos(k);
      if (p.equals("VERB") || p.equals("AUX") || p.equals("NUM") || p.equals("PRON") || lex.relativeSubjects.contains(a.lower(k))) return false;
      if (p.equals("SCONJ") || lex.relativeObjects.contains(a.lower(k))) return false; // "announced that ...": a clause
    }
    return true;
  }

  /** The first token of the verb's subject: after the comma, relative pronoun or figure before it; -1 when the subject is none. */
  private int subjectStart(Analysis a, int figure, int v) {
    int start = v;
    while (start - 1 > figure && !a.token(start - 1).equals(",") && !lex.relativeSubjects.contains(a.lower(start - 1)) && !lex.relativeObjects.contains(a.lower(start - 1))) start--;
    return start < v && start > figure + 1 ? start : -1;
  }

  /** The source the subject [start, v) names: a document's named author ("tallies by X"), else its speaker. */
  private Source subject(Analysis a, Entities ents, int start, int v) {
    for (int k = start; k < v; k++) {
      if (!lex.reports.contains(a.lower(k))) continue;
      Source author = authors.of(a, ents, k);
      return author;
    }
    int end = v;
    while (end > start && (a.pos(end - 1).equals("AUX") || a.pos(end - 1).equals("ADV"))) end--;
    int m = ents.mentionEndingAt(end);
    if (m < 0 || ents.mentionStart(m) < start - 1) return null; // ("that analysts": the tagger takes "that" for a determiner)
    return speaker(a, ents, ents.chainHead(m, start), start, m); // unnamed, the whole subject: "executives of both companies"
  }

  /** The source a mention starting at {@code at} (or after its determiner) names: a person or a body, a document's author, else none. */
  private Source sourceAt(Analysis a, Entities ents, int at, int to) {
    int of = authors.documentOf(a, at + 1 < to && a.pos(at).equals("DET") ? at + 1 : at); // "according to the results of the latest Quinnipiac University poll"
    if (of > 0 && of < to) return authors.of(a, ents, of);
    int m = ents.mentionStartingAt(at);
    if (m < 0 && at + 1 < to && a.pos(at).equals("DET")) m = ents.mentionStartingAt(at + 1);
    if (m < 0) return null;
    int head = ents.mentionEnd(m) - 1;
    if (lex.reports.contains(a.lower(head))) { // "according to the new poll": its author, named before when it points back
      Source author = authors.of(a, ents, head);
      if (author == null && lex.pointingBack.contains(a.lower(at))) author = authors.earlier(a, ents, head, a.lower(head));
      return author;
    }
    return speaker(a, ents, m, at, m);
  }

  /**
   * A named person or organisation (mention m), or an unnamed one as the text puts it from {@code from}
   * to the end of mention {@code last} ("company leaders", "analysts"); null for anything else.
   */
  private static Source speaker(Analysis a, Entities ents, int m, int from, int last) {
    int e = ents.entityOf(m);
    String type = e < 0 ? null : ents.entityType(e);
    if (ents.entityName(e) != null && (Entity.PERSON.equals(type) || Entity.ORG.equals(type))) {
      return new Source(ents.entityName(e), ents.entityId(e), List.of());
    }
    String c = ents.nominalClass(last);
    if (!"person".equals(c) && !"org".equals(c)) return null;
    int s = from;
    if (a.pos(s).equals("DET")) s++;
    return s >= ents.mentionEnd(last) ? null : new Source(a.text().substring(a.start(s), a.end(ents.mentionEnd(last) - 1)), null, List.of());
  }
}
