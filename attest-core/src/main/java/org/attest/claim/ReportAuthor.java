package org.attest.claim;

import org.attest.model.Source;

/** claim.report-author: the named author of a document before the figure ("a New York Times report that ...", "the Tax Foundation's analysis"). */
final class ReportAuthor extends SourceRule {
  private final ClaimLexicon lex;
  private final Authors authors;

  ReportAuthor(ClaimLexicon lex, Authors authors) {
    super("claim.report-author");
    this.lex = lex;
    this.authors = authors;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    for (int r = f.tok() - 1; r > f.from(); r--) {
      if (!lex.reports.contains(f.a().lower(r)) && !lex.pollWords.contains(f.a().lower(r))) continue; // "in recent polls from Quinnipiac"
      Source author = authors.of(f.a(), f.ents(), r); // (the tagger may take "poll" after a name for a verb: the name decides)
      if (author != null) return found(author, 0.65);
    }
    return null;
  }
}
