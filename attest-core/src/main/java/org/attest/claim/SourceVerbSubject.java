package org.attest.claim;

import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.source-verb: the subject of a source verb before the figure ("The Chicago Police Department
 * reported ...", {@code [source]}), or of a verb whose "that" or "with" clause holds it ("charged
 * two developers with defrauding investors from at least 74 countries", {@code [source-that]}), or
 * of a release verb whose object is a document ("the CDC released new data on a tragic trend: more
 * than 3,700 cases", {@code [release]}); a
 * person or an organisation, not "100,000 people".
 */
final class SourceVerbSubject extends SourceRule {
  private final ClaimLexicon lex;

  SourceVerbSubject(ClaimLexicon lex) {
    super("claim.source-verb");
    this.lex = lex;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    Analysis a = f.a();
    Entities ents = f.ents();
    int from = f.from(), figure = f.tok();
    for (int v = figure - 1; v > from; v--) {
      String w = a.lower(v);
      boolean cue = lex.sourceVerbs.contains(w) || lex.thatVerbs.contains(w) && accusation(a, v, figure) || lex.releases.contains(w) && releasedDocument(a, v, figure);
      if (!cue || !(a.pos(v).equals("VERB") || a.pos(v).equals("AUX") || nounAsVerb(a, ents, v))) continue;
      if (lex.passiveAux.contains(a.lower(v - 1))) continue; // "It should be noted that": no subject that reports
      int m = ents.mentionEndingAt(subjectEnd(a, ents, from, v));
      if (m < 0 || ents.mentionStart(m) < from) continue; // "tax returns that showed ...": an earlier verb may have a source
      Source source = sourceOf(a, ents, ents.chainHead(m, from));
      return source == null ? null : found(source, 0.65);
    }
    return null;
  }

  /**
   * The source a subject mention names when it is a person or an organisation (not "100,000
   * people", not "one slide"): its entity's name, the one a definite nominal points back to ("The
   * company reported"), else the mention as the text has it; null for anything else.
   */
  Source sourceOf(Analysis a, Entities ents, int m) {
    int e = ents.entityOf(m);
    String type = ents.entityType(e);
    if (!(Entity.PERSON.equals(type) || Entity.ORG.equals(type) || "person".equals(ents.nominalClass(m)) || "org".equals(ents.nominalClass(m)))) {
      return null;
    }
    if (ents.entityName(e) == null) {
      int antecedent = Speakers.describedMedia(a, ents, ents.mentionStart(m), ents.mentionEnd(m) - 1, lex); // "the newspaper reported"
      if (antecedent < 0) antecedent = Speakers.antecedent(a, ents, m, lex);
      if (antecedent >= 0) e = antecedent;
    }
    int described = ents.entityName(e) == null ? Speakers.describedOrg(a, ents, ents.mentionStart(m), ents.mentionEnd(m) - 1, lex) : -1;
    if (described >= 0) e = described; // "The consumer-products and newsprint company said"
    String name = ents.entityName(e);
    if (name == null) name = a.text().substring(a.start(ents.mentionStart(m)), a.end(ents.mentionEnd(m) - 1));
    return new Source(name, ents.entityId(e), List.of());
  }

  /** Whether a release verb at v has a document for its object before the figure: "the CDC released new data on a tragic trend: more than 3,700 cases". */
  private boolean releasedDocument(Analysis a, int v, int figure) {
    for (int k = v + 1; k < figure && k <= v + 3; k++) if (lex.reports.contains(a.lower(k))) return true;
    return false;
  }

  /**
   * Whether a source verb the tagger took for a noun stands as a verb: right after a name and before
   * its complement ("which Nissan claims is a 20% improvement", "Trump charges that countries ...").
   */
  private static boolean nounAsVerb(Analysis a, Entities ents, int v) {
    if (!a.pos(v).equals("NOUN") || v + 1 >= a.tokenCount()) return false;
    int m = ents.mentionEndingAt(v);
    if (m < 0 || ents.entityName(ents.entityOf(m)) == null) return false;
    String next = a.pos(v + 1);
    return next.equals("AUX") || next.equals("PRON") || next.equals("SCONJ");
  }

  /** Where the subject of the verb at v ends: before its auxiliaries, adverbs, a time phrase, a relative pronoun. */
  int subjectEnd(Analysis a, Entities ents, int from, int v) {
    int end = v;
    while (end > from && (a.pos(end - 1).equals("AUX") || a.pos(end - 1).equals("ADV") || a.lower(end - 1).equals("then"))) end--;
    if (end - 3 > from && a.token(end - 1).equals(")") && a.token(end - 3).equals("(")) end--; // "the Centers for Disease Control and Prevention (CDC) released": the short name
    int name = ents.mentionEndingAt(end);
    if (name < 0 || ents.mentionStart(name) >= end - 2) end = beforeWhen(a, from, end); // "federal prosecutors in April charged"; not "the Joint Committee on Taxation estimated"
    if (end - 1 > from && lex.relativeSubjects.contains(a.lower(end - 1))) end--; // "the Department, which reported"
    if (end - 1 > from && a.token(end - 1).equals(",") && lex.relativeSubjects.contains(a.lower(end))) end--;
    return end;
  }

  /** The token before a short time phrase ending at {@code end} ("in April", "on Monday", "last week"), or end itself. */
  private int beforeWhen(Analysis a, int from, int end) {
    for (int k = end - 1; k > from && k >= end - 3; k--) {
      String w = a.lower(k);
      if (lex.timeOpeners.contains(w) && k < end - 1 && (a.isCapitalized(k + 1) || a.pos(k + 1).equals("NUM") || lex.timeUnits.contains(a.lower(k + 1)))) {
        return k;
      }
    }
    return end;
  }

  /**
   * Whether the figure at {@code figure} is what the verb at v ("charged", "alleges") asserts: in
   * its "that" clause or its "with" charge, not its object ("two developers").
   */
  private static boolean accusation(Analysis a, int v, int figure) {
    if (v + 1 < figure && a.lower(v + 1).equals("that")) return true;
    for (int k = figure - 1; k > v; k--) { // inside the "with" phrase: no clause break, no finite verb between
      String w = a.lower(k);
      if (w.equals("with")) return true;
      if (w.equals(",") || w.equals(";") || w.equals("and") || a.pos(k).equals("AUX") || a.pos(k).equals("VERB") && !w.endsWith("ing")) return false;
    }
    return false;
  }
}
