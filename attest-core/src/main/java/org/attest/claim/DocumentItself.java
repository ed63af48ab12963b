package org.attest.claim;

import java.util.List;
import org.attest.model.Source;
import org.attest.model.Span;

/**
 * claim.document: a document of no known author the figure's quote is attributed to is the source
 * itself ("According to exit polls, Romney had a ten-point lead"), unless it points back ("the
 * data", "this survey": the one named before, whose author is not known).
 */
final class DocumentItself extends SourceRule {
  private final ClaimLexicon lex;

  DocumentItself(ClaimLexicon lex) {
    super("claim.document");
    this.lex = lex;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    if (f.quote() == null || f.quote().speaker() == null) return null;
    Span speaker = f.quote().speaker();
    if (!Speakers.isDocument(f.a(), f.ents(), speaker) || lex.pointingBack.contains(f.a().lower(f.a().tokenAt(speaker.start())))) return null;
    return found(new Source(speaker.text(), null, List.of()), 0.6);
  }
}
