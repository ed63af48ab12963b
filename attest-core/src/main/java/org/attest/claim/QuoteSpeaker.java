package org.attest.claim;

import org.attest.entity.Entities;
import org.attest.model.Quote;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.quote-speaker: the speaker of the quote (direct or reported) that holds the figure, or of
 * its sentence, when it is someone who can speak; an unnamed one inside an organisation is that
 * organisation ("a Homeland Security Department official"); a definite one is the person or
 * organisation it refers back to ("The German automaker ... says" after "Volkswagen is ..."). With whom the origin told ("told Reuters").
 */
final class QuoteSpeaker extends SourceRule {
  static final String NAME = "claim.quote-speaker";
  private final ClaimLexicon lex;

  QuoteSpeaker(ClaimLexicon lex) {
    super(NAME);
    this.lex = lex;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    Quote quote = f.quote();
    Analysis a = f.a();
    Entities ents = f.ents();
    if (quote == null || !(quote.speakerName() != null || quote.speaker() != null && Speakers.canSpeak(a, ents, quote.speaker()))) return null;
    String name = quote.speakerName() != null ? quote.speakerName() : quote.speaker().text();
    String entity = quote.speakerEntity();
    if (quote.speakerName() == null) { // "a Homeland Security Department official": the organisation speaks
      int org = Speakers.orgInside(a, ents, quote.speaker().start(), quote.speaker().end());
      int m = Speakers.mentionOf(a, ents, quote.speaker());
      if (org < 0 && m >= 0) org = Speakers.antecedent(a, ents, m, lex); // "The German automaker ... says": Volkswagen
      if (org >= 0) {
        name = ents.entityName(org);
        entity = ents.entityId(org);
      }
    }
    return found(new Source(name, entity, Speakers.via(a, ents, quote, f.to())), quote.speakerName() != null ? 0.85 : 0.7);
  }
}
