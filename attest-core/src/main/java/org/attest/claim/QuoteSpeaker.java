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
    if (quote == null || quote.speakerName() == null && quote.speaker() == null) return null;
    if (background(a, quote, f.tok())) return null; // "Heritage, which owns 51% of POP's 3.6 million shares outstanding, said ...": the writer's
    int org = quote.speakerName() == null ? named(a, ents, quote) : quote.speaker() != null ? Speakers.placeDescribed(a, ents, quote, lex) : -1; // "The Rockford, Ill., maker of fasteners said"
    if (quote.speakerName() == null && org < 0 && !Speakers.canSpeak(a, ents, quote.speaker()) && !unlisted(a, ents, quote)) return null;
    String name = quote.speakerName() != null ? quote.speakerName() : quote.speaker().text();
    String entity = quote.speakerEntity();
    if (org >= 0) { // "a Homeland Security Department official": the organisation speaks
      name = ents.entityName(org);
      entity = ents.entityId(org);
    }
    return found(new Source(name, entity, Speakers.via(a, ents, quote, f.to())), quote.speakerName() != null ? 0.85 : 0.7);
  }

  /**
   * Whether the figure stands in a relative clause ({@code [relative-opener]}) set off by a comma right after the speaker,
   * before the cue ("Institut Merieux, which already holds a 12.5% stake in Connaught, said ..."): the writer's
   * background on the speaker, not the speaker's words.
   */
  private boolean background(Analysis a, Quote quote, int tok) {
    if (quote.speaker() == null || quote.cue() == null) return false;
    int after = a.tokenAt(quote.speaker().end() - 1) + 1, cue = a.tokenAt(quote.cue().start());
    return after + 1 < cue && a.token(after).equals(",") && lex.relativeOpeners.contains(a.lower(after + 1)) && tok > after && tok < cue;
  }

  /** The organisation an unnamed speaker names or points back to, or -1. */
  private int named(Analysis a, Entities ents, Quote quote) {
    int first = a.tokenAt(quote.speaker().start()), last = a.tokenAt(quote.speaker().end() - 1);
    int org = Speakers.orgInside(a, ents, quote.speaker().start(), quote.speaker().end());
    if (org < 0) org = Speakers.describedMedia(a, ents, first, last, lex); // "the newspaper said": Maariv
    int m = Speakers.mentionOf(a, ents, quote.speaker());
    if (org < 0 && m >= 0) org = Speakers.antecedent(a, ents, m, lex); // "The German automaker ... says": Volkswagen
    if (org < 0) org = Speakers.describedOrg(a, ents, first, last, lex); // "The computer maker said"
    if (org < 0) org = Speakers.shortName(a, ents, first, last); // "Security said": Security Pacific Corp.
    if (org < 0) org = Speakers.placeBeforeHead(a, ents, quote.speaker(), lex); // "The Menlo Park, Calif., company said"
    return org;
  }

  /**
   * Whether a speaker of no known kind stands as one: the subject of a verb of saying or reporting
   * ({@code [said-missed]}, {@code [source]}) or the object of "according to", a short noun phrase
   * that is definite or ends in a name, not a number, pronoun or document ("the zoo said", "the feds
   * announced", "According to visual threat intelligence company Sensity"; not "100,000 people said",
   * "some said", "the report said", "according to the results of the latest Quinnipiac University poll":
   * documents, {@link DocumentAuthor}'s and {@link AttributionAfter}'s).
   */
  private boolean unlisted(Analysis a, Entities ents, Quote quote) {
    if (quote.cue() == null || Speakers.isDocument(a, ents, quote.speaker())) return false;
    String cue = quote.cue().text().toLowerCase(java.util.Locale.ROOT).split(" ")[0];
    if (!(lex.saidMissed.contains(cue) || lex.sourceVerbs.contains(cue) || lex.according.contains(cue))) return false;
    int from = a.tokenAt(quote.speaker().start()), to = a.tokenAt(quote.speaker().end() - 1) + 1;
    if (to - from > 6) return false;
    for (int k = from; k < to; k++) if (a.pos(k).equals("NUM") || a.pos(k).equals("PRON")) return false;
    String last = a.lower(to - 1);
    if (lex.reports.contains(last) || lex.pollWords.contains(last) || lex.documentOf.contains(last) || !(a.pos(to - 1).equals("NOUN") || a.pos(to - 1).equals("PROPN"))) return false;
    return lex.pointingBack.contains(a.lower(from)) && a.pos(from).equals("DET") || to - 1 > from && a.isCapitalized(to - 1); // (the tagger may take a name it does not know for a noun: "Sensity")
  }
}
