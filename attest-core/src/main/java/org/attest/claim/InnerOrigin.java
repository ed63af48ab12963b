package org.attest.claim;

import java.util.List;
import java.util.Objects;
import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Quote;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.inner-origin: a figure a speaker repeats from another origin named in his own words,
 * inside the quotation marks, is the origin's (when a chain is given, the origin wins): a
 * document's author ("“Gallup's analysis ... finds that 20 states are solidly Republican,” Jones
 * said" → Gallup; "“Of its 76,981 registered voters, according to data from the Vigo County Voter
 * Registration Office, 30,290 are Democrats”" → the office), found as {@link ReportAuthor} finds
 * it within the quote's part of the sentence, or a named speaker other than the quote's before the
 * figure ("“I saw in the news today that Trump said his percentage approval was 41 percent”").
 */
final class InnerOrigin extends SourceRule {
  private final ClaimLexicon lex;
  private final ReportAuthor author;

  InnerOrigin(ClaimLexicon lex, ReportAuthor author) {
    super("claim.inner-origin");
    this.lex = lex;
    this.author = author;
  }

  @Override
  Attribution attribute(FigureSentence f) {
    Quote quote = f.quote();
    Analysis a = f.a();
    if (quote == null || Quote.INDIRECT.equals(quote.type()) || !a.quoted(f.tok()) || quote.speaker() == null && quote.speakerName() == null) return null;
    int from = Math.max(f.from(), a.tokenAt(quote.start()));
    if (from >= f.tok()) return null;
    Attribution found = author.attribute(new FigureSentence(a, f.ents(), null, from, f.to(), f.tok()));
    if (found != null) return found(found.source(), 0.65);
    return found(speaker(a, f.ents(), quote, from, f.tok()), 0.65);
  }

  /** A named person or organisation, not the quote's speaker, right before a verb of speech between {@code from} and the figure; or null. */
  private Source speaker(Analysis a, Entities ents, Quote quote, int from, int figure) {
    for (int v = figure - 1; v > from; v--) {
      if (!lex.innerSaid.contains(a.lower(v)) || !a.pos(v).equals("VERB")) continue;
      int m = ents.mentionEndingAt(v);
      if (m < 0 || ents.mentionStart(m) < from || a.pos(ents.mentionStart(m)).equals("PRON")) return null; // "when she said she was poor": whose, the speaker tells
      int e = ents.entityOf(ents.chainHead(m, from));
      String type = e < 0 ? null : ents.entityType(e);
      if (ents.entityName(e) == null || !(Entity.PERSON.equals(type) || Entity.ORG.equals(type))) return null;
      if (Objects.equals(ents.entityId(e), quote.speakerEntity()) || ents.entityName(e).equals(quote.speakerName())) return null;
      return new Source(ents.entityName(e), ents.entityId(e), List.of());
    }
    return null;
  }
}
