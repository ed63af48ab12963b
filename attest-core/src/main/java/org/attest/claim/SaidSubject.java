package org.attest.claim;

import org.attest.entity.Entities;
import org.attest.model.Mention;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.said-subject: the person or organisation that says ({@code [said-missed]}) a sentence the
 * quote stage left without a quote: before the figure ("In Illinois, LaBolt said, $8.4 billion ...",
 * "health officials this week said black Chicagoans account for half ...", inverted: "Currently,
 * said Dr. Mustafa Al-Kahlot, the director, there are 70 children ..."), or set off by a comma after
 * it at the sentence's end ("They also found £34,000 cash, said prosecutor Harry Crowson.", "The
 * masks had been kept in a machine room, Crowson said."). Not a verb whose own subject holds the
 * figure ("The three men said nothing"), not in a sentence with a quotation (the quote stage's), not a
 * figure in the writer's adjunct after the verb ("Boudreau said before the Wild's 4-1 win").
 */
final class SaidSubject extends SourceRule {
  private final ClaimLexicon lex;
  private final SourceVerbSubject subjects;

  SaidSubject(ClaimLexicon lex, SourceVerbSubject subjects) {
    super("claim.said-subject");
    this.lex = lex;
    this.subjects = subjects;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    if (f.quote() != null) return null; // the quote stage's answer stands
    Analysis a = f.a();
    Entities ents = f.ents();
    for (int k = f.from(); k < f.to(); k++) if (a.quoted(k)) return null; // a sentence with a quotation is the quote stage's
    for (int v = f.from() + 1; v < f.to(); v++) {
      if (v == f.tok() || !lex.saidMissed.contains(a.lower(v)) || !a.pos(v).equals("VERB")) continue;
      Source source = before(a, ents, f, v);
      if (source == null) source = after(a, ents, f, v);
      if (source != null) return found(source, 0.6);
    }
    return null;
  }

  /** The subject before the verb at v: "LaBolt said, $8.4 billion", "..., officials at the institution said." */
  private Source before(Analysis a, Entities ents, FigureSentence f, int v) {
    int m = ents.mentionEndingAt(subjects.subjectEnd(a, ents, f.from(), v));
    if (m < 0 || ents.mentionStart(m) <= f.tok() && f.tok() < v) return null; // "The three men said": the figure is the subject's
    m = ents.chainHead(m, f.from());
    int start = ents.mentionStart(m);
    if (start < f.from()) return null;
    if (v < f.tok()) return adjunct(a, v, f.tok()) ? null : subjects.sourceOf(a, ents, m);
    boolean setOff = start > f.from() && a.token(start - 1).equals(",");
    return setOff && ends(a, f, v + 1) ? subjects.sourceOf(a, ents, m) : null;
  }

  /**
   * The subject after the verb at v, after a comma: a name or nominal, after at most two title words ("said
   * prosecutor Harry Crowson", "said Dr. Mustafa Al-Kahlot, the director"); not the verb's object
   * ("Jane Doe, a teacher, said goodbye to her class after the school cut 40 jobs").
   */
  private Source after(Analysis a, Entities ents, FigureSentence f, int v) {
    if (v - 1 <= f.from() || !a.token(v - 1).equals(",")) return null;
    if (v < f.tok() && adjunct(a, v, f.tok())) return null;
    for (int k = v + 1; k < f.to() && k <= v + 3; k++) {
      int m = ents.mentionStartingAt(k);
      if (m >= 0) {
        if (Mention.PRONOUN.equals(ents.mentionKind(m))) return null; // "said goodbye to her class"
        return ents.mentionEnd(m) <= f.tok() || v > f.tok() ? subjects.sourceOf(a, ents, m) : null;
      }
      if (!titleWord(a, k)) return null;
    }
    return null;
  }

  /**
   * A word of a title before a name, however the tagger takes it (it may call "prosecutor" anything):
   * letters, perhaps with a final period ("Dr."); not "to" nor an adjunct's link ("said goodbye to Harry").
   */
  private boolean titleWord(Analysis a, int k) {
    String w = a.token(k), lower = a.lower(k);
    if (lower.equals(lex.to) || lex.adjunctLinks.contains(lower)) return false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && !(c == '.' && i > 0 && i == w.length() - 1)) return false;
    }
    return true;
  }

  /** Whether the writer's adjunct opens between the verb and the figure: "Boudreau said before the Wild's 4-1 win". */
  private boolean adjunct(Analysis a, int v, int figure) {
    for (int k = v + 1; k < figure; k++) if (lex.adjunctLinks.contains(a.lower(k))) return true;
    return false;
  }

  /** Whether the sentence ends at k: "..., officials said." (not "..., DeSantis said, “Biden has them out there.”"). */
  private static boolean ends(Analysis a, FigureSentence f, int k) {
    return k >= f.to() || k + 1 >= f.to() && a.pos(k).equals("PUNCT");
  }
}
