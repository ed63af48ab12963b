package org.attest.claim;

import java.util.List;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.document-subject: the author of a document that opens the sentence as the subject of a
 * source verb ("Another slide shows that ..."): its own, else that of the last document of the
 * same kind named in the article before it with an author; a document of no known author that does
 * not point back is the source itself, as the text names it ("Exit polling showed that ...",
 * "State public records suggest ..."), as {@link DocumentItself} names one after "according to".
 */
final class DocumentSubject extends SourceRule {
  private final ClaimLexicon lex;
  private final Authors authors;

  DocumentSubject(ClaimLexicon lex, Authors authors) {
    super("claim.document-subject");
    this.lex = lex;
    this.authors = authors;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    Analysis a = f.a();
    int figure = f.tok();
    int r = document(a, f.from(), figure);
    if (r < 0) return null;
    boolean verb = false; // the document is the subject of a source verb before the figure
    for (int v = r + 1; v < figure && !verb; v++) { // (the tagger may take "shows" right after "slide" for a noun)
      verb = lex.sourceVerbs.contains(a.lower(v)) && (a.pos(v).equals("VERB") || a.pos(v).equals("AUX") || v == r + 1);
    }
    if (!verb) return null;
    Source own = authors.of(a, f.ents(), r);
    if (nouns(a, f.from(), r) && authors.documentOf(a, opening(a, f.from(), figure)) != r) { // "A Quinnipiac University poll found": claim.report-author's
      return own != null ? null : found(itself(a, f.from(), r), 0.6);
    }
    if (own == null) own = authors.earlier(a, f.ents(), r, a.lower(r));
    if (own == null && accordingAfter(a, figure)) return null; // "Polls show ..., according to a CNN/ORC poll in February": claim.attribution-after's
    return own != null ? found(own, 0.65) : found(itself(a, f.from(), r), 0.6);
  }

  /**
   * The document word that heads the sentence's opening noun phrase ("Another slide", "Exit
   * polling", "State public records"), or -1: only determiners, numbers, adjectives and nouns
   * before it, its last word a document ({@code [report]}) the tagger does not take for a verb.
   */
  private int document(Analysis a, int from, int figure) {
    int r = opening(a, from, figure);
    if (r >= figure) return -1;
    int of = authors.documentOf(a, r); // "Early results of exit polls conducted by Edison Research ... show"
    if (of > 0 && of < figure) return of;
    if (lex.reports.contains(a.lower(r))) return a.pos(r).equals("VERB") && !(r == from && a.isCapitalized(r)) ? -1 : r; // (the tagger may take a sentence's first word for a verb: "Polls show")
    for (int k = r; k < figure && k < r + 3; k++) { // nouns before it: "Exit polling", "State public records"
      if (k > r && lex.reports.contains(a.lower(k)) && !a.pos(k).equals("PROPN")) return k + 1 < figure && isNoun(a, k + 1) ? -1 : k;
      String p = a.pos(k); // (the tagger may take a sentence's first word for a verb: "State public records")
      if (!(p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || k == from && a.isCapitalized(k) && !p.equals("PRON"))) return -1;
    }
    return -1;
  }

  /** The first word of the sentence after its determiners, numbers and adjectives. */
  private static int opening(Analysis a, int from, int figure) {
    int r = from;
    while (r < figure && (a.pos(r).equals("DET") || a.pos(r).equals("NUM") || a.pos(r).equals("ADJ"))) r++;
    return r;
  }

  /** Whether nouns or names stand before the document word at r ("Exit polling"), not only determiners, numbers and adjectives. */
  private static boolean nouns(Analysis a, int from, int r) {
    for (int k = from; k < r; k++) if (!(a.pos(k).equals("DET") || a.pos(k).equals("NUM") || a.pos(k).equals("ADJ"))) return true;
    return false;
  }

  /** Whether "according to" follows the figure in its sentence: the origin it names wins over a document of no known author. */
  private boolean accordingAfter(Analysis a, int figure) {
    for (int k = figure + 1; k < a.sentenceEndToken(a.sentenceOf(figure)); k++) if (lex.according.contains(a.lower(k))) return true;
    return false;
  }

  private static boolean isNoun(Analysis a, int k) {
    return a.pos(k).equals("NOUN") || a.pos(k).equals("PROPN");
  }

  /**
   * The document as the text names it, without its article ("new study"), when it opens with none or
   * an indefinite one ({@code [document-itself]}); null when it may point back ("The data", "this
   * survey", "Another slide").
   */
  private Source itself(Analysis a, int from, int r) {
    boolean article = a.pos(from).equals("DET");
    if (article && !lex.documentArticles.contains(a.lower(from))) return null;
    int s = article ? from + 1 : from;
    return new Source(a.text().substring(a.start(s), a.end(r)), null, List.of());
  }
}
