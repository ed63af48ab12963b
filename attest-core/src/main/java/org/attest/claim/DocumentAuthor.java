package org.attest.claim;

import org.attest.model.Source;
import org.attest.model.Span;
import org.attest.text.Analysis;

/**
 * claim.document-author: the named author of a document the figure's quote is attributed to:
 * "according to the poll" is the "Bloomberg poll" named last before it, within a few paragraphs.
 */
final class DocumentAuthor extends SourceRule {
  private final ClaimLexicon lex;
  private final Authors authors;

  DocumentAuthor(ClaimLexicon lex, Authors authors) {
    super("claim.document-author");
    this.lex = lex;
    this.authors = authors;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    if (f.quote() == null || f.quote().speaker() == null) return null;
    Analysis a = f.a();
    Span speaker = f.quote().speaker();
    int last = a.tokenAt(speaker.end() - 1);
    if (last >= a.tokenCount() || !lex.reports.contains(a.lower(last))) return null;
    String head = a.lower(last);
    for (int r = a.tokenAt(speaker.start()) - 1; r > 0 && r > last - 600; r--) {
      if (!a.lower(r).equals(head)) continue;
      Source author = authors.of(a, f.ents(), r);
      if (author != null) return found(author, 0.6);
    }
    return null;
  }
}
