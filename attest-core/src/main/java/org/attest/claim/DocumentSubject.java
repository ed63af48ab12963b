package org.attest.claim;

import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.document-subject: the author of a document that opens the sentence as the subject of a
 * source verb ("Another slide shows that ..."): its own, else that of the last document of the
 * same kind named in the article before it with an author.
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
    int r = f.from();
    while (r < figure && (a.pos(r).equals("DET") || a.pos(r).equals("NUM") || a.pos(r).equals("ADJ"))) r++;
    if (r >= figure || !lex.reports.contains(a.lower(r)) || a.pos(r).equals("VERB")) return null;
    boolean verb = false; // the document is the subject of a source verb before the figure
    for (int v = r + 1; v < figure && !verb; v++) { // (the tagger may take "shows" right after "slide" for a noun)
      verb = lex.sourceVerbs.contains(a.lower(v)) && (a.pos(v).equals("VERB") || a.pos(v).equals("AUX") || v == r + 1);
    }
    if (!verb) return null;
    Source own = authors.of(a, f.ents(), r);
    return found(own != null ? own : authors.earlier(a, f.ents(), r, a.lower(r)), 0.65);
  }
}
