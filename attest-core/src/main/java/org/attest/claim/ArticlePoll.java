package org.attest.claim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attest.entity.Entities;
import org.attest.model.Entity;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Source;
import org.attest.text.Analysis;

/**
 * claim.article-poll: in an article about a poll, a poll figure no other rule gives a source is the
 * poll's ("according to a new Associated Press-GfK poll. Seventy-two percent now believe ... ¶
 * Seventy-four percent of Democratic registered voters say ..."), and so is one that the
 * respondents "say" ("Nine in 10 Democratic registered voters say": a group is no source, the poll
 * that asked it is). The article's poll is the named poll it names most often (the first of equals):
 * "a Morning Consult Poll", "polls from Quinnipiac", "a poll ... released on Friday by Latino
 * Decisions", "an NBC News/Wall Street Journal poll"; another named in the figure's sentence
 * before it is the figure's ("A similarly fresh Reuters poll has lower numbers (44 percent of
 * Americans say ...)"). A poll figure is a share or a lead
 * ({@code [poll-unit]}: percent, points, "N in 10") or a figure of a sentence about those polled
 * ({@code [poll-figure]}: "1,033 adults", "the margin of error"), or its sample ({@code [poll-sample]}:
 * "a poll of 400 registered Latino voters"); not one its sentence dates to an
 * earlier year ("Bush won Florida by 20 points in 1988": the writer's background), nor a group's
 * share of a population ("voters who make up about 60% of Democrats").
 */
final class ArticlePoll {
  static final String NAME = "claim.article-poll";

  private final ClaimLexicon lex;
  private final Authors authors;

  ArticlePoll(ClaimLexicon lex, Authors authors) {
    this.lex = lex;
    this.authors = authors;
  }

  /** The poll of the article: the named poll it names most often, the first of equals; null when it names none. */
  Source of(Analysis a, Entities ents) {
    Source best = mostNamed(a, ents, false);
    return best != null ? best : mostNamed(a, ents, true); // a poll named only in its own name: "the USA TODAY/Suffolk University Poll"
  }

  /** The author named most often with a poll word (the first of equals), by the author rules, or by the name the poll word ends. */
  private Source mostNamed(Analysis a, Entities ents, boolean inNames) {
    Map<String, Source> first = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int r = 1; r < a.tokenCount(); r++) {
      if (!lex.pollWords.contains(a.lower(r))) continue;
      Source s = inNames ? inName(a, ents, r) : authors.of(a, ents, r);
      if (s == null && !inNames) s = releasedBy(a, ents, r);
      if (s == null && !inNames) s = conductedBy(a, ents, r);
      if (s == null) continue;
      first.putIfAbsent(s.name(), s);
      counts.merge(s.name(), 1, Integer::sum);
    }
    Source best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = first.get(e.getKey());
      }
    }
    return best;
  }

  /** "a poll of 400 registered Latino voters released on Friday by Latino Decisions": the author after "by" in the poll's clause. */
  private static Source releasedBy(Analysis a, Entities ents, int r) {
    int end = a.sentenceEndToken(a.sentenceOf(r));
    for (int k = r + 1; k < Math.min(end - 1, r + 14); k++) {
      String w = a.lower(k);
      if (w.equals(",") || w.equals(";")) return null;
      if (!w.equals("by")) continue;
      int m = ents.mentionStartingAt(k + 1); // whatever its type: a pollster's name is often unknown to the typer
      int e = m < 0 ? -1 : ents.entityOf(m);
      return e < 0 || ents.entityName(e) == null ? null : new Source(ents.entityName(e), ents.entityId(e), java.util.List.of());
    }
    return null;
  }

  /** "The Washington Post conducted a 50-state poll", "Monmouth conducted its poll": the subject of a fieldwork verb before the poll word. */
  private Source conductedBy(Analysis a, Entities ents, int r) {
    for (int k = r - 1; k > 0 && k >= r - 6; k--) {
      if (lex.fieldVerbs.contains(a.lower(k))) return Authors.named(ents, ents.mentionEndingAt(k));
    }
    return null;
  }

  /**
   * A poll word that ends a name ("the USA TODAY/Suffolk University Poll"), or joint authors in one
   * token ("the latest Reuters/Ipsos poll"): the name before the poll word.
   */
  private Source inName(Analysis a, Entities ents, int r) {
    int m = ents.mentionEndingAt(r + 1);
    boolean title = a.isCapitalized(r) && !a.token(r).equals(a.token(r).toUpperCase(java.util.Locale.ROOT)); // "Poll", not a heading's "POLLING"
    int e = m < 0 ? -1 : ents.entityOf(m);
    String name = e < 0 ? null : ents.entityName(e), type = e < 0 ? null : ents.entityType(e);
    if (title && name != null && name.endsWith(" " + a.token(r)) && !Entity.GPE.equals(type) && !Entity.LOC.equals(type) && !Entity.NORP.equals(type)) {
      return new Source(name.substring(0, name.length() - a.token(r).length() - 1), null, java.util.List.of());
    }
    String before = a.token(r - 1);
    for (String joint : lex.joints) {
      int at = before.indexOf(joint);
      if (at > 0 && at < before.length() - 1 && Character.isUpperCase(before.charAt(0)) && Character.isUpperCase(before.charAt(at + 1))) {
        return new Source(before, null, java.util.List.of());
      }
    }
    return null;
  }

  /**
   * The poll's attribution of a figure of a poll article, or null: a poll figure that no rule gave a
   * source ({@code said} null), or one the quote of a counted group holds ("64 percent who say").
   */
  Attribution attribute(Source poll, Attribution said, FigureSentence f, Quantity q, boolean background) {
    if (poll == null || background || !pollFigure(f, q) || beforePolls(f) || populationShare(f)) return null;
    if (said != null && !(said.rule().equals(QUOTE_SPEAKER) && respondents(f))) return null;
    Source own = namedBefore(f);
    return new Attribution(own != null ? own : poll, 0.55, true, NAME);
  }

  /**
   * Whether the figure gives a group's share of a population in a relative clause ({@code
   * [relative]} and a {@code [population-share]} verb right before it): the writer's background,
   * not a poll result ("the state's black voters who make up about 60% of Democrats here").
   */
  private boolean populationShare(FigureSentence f) {
    Analysis a = f.a();
    for (int k = f.tok() - 1; k > f.from() && k >= f.tok() - 5; k--) {
      if (lex.populationShares.contains(a.lower(k)) && lex.relatives.contains(a.lower(k - 1))) return true;
    }
    return false;
  }

  /**
   * Whether the figure's sentence comes before the first sentence that names a poll ({@code [poll]}):
   * the writer's own account before the article brings a poll up ("Hillary Clinton beat the senator
   * from Vermont by 18 points" in a primary report that quotes Quinnipiac only further down).
   */
  private boolean beforePolls(FigureSentence f) {
    Analysis a = f.a();
    int end = a.sentenceEndToken(a.sentenceOf(f.tok()));
    for (int k = 0; k < end; k++) if (lex.pollWords.contains(a.lower(k))) return false;
    return true;
  }

  /**
   * The poll the figure's sentence names before it, when it is another than the article's: "A
   * similarly fresh Reuters poll has lower numbers for removal (44 percent of Americans say ...)".
   */
  private Source namedBefore(FigureSentence f) {
    Analysis a = f.a();
    for (int r = f.tok() - 1; r > f.from(); r--) {
      if (!lex.pollWords.contains(a.lower(r))) continue;
      Source s = authors.of(a, f.ents(), r);
      if (s != null) return s;
    }
    return null;
  }

  /**
   * Whether a figure dated by its own sentence to a year before the publication's is background the
   * writer adds ("Bush won Florida by at least 20 percentage points in 1988"), not the poll's.
   */
  static boolean background(AsOf.Dated own, String day) {
    if (!AsOf.SENTENCE.equals(own.step()) || own.when() == null || day == null || day.length() < 4) return false;
    String v = own.when().value();
    return v.length() >= 4 && Character.isDigit(v.charAt(3)) && v.substring(0, 4).compareTo(day.substring(0, 4)) < 0;
  }

  private static final String QUOTE_SPEAKER = "claim.quote-speaker";

  /** Whether the figure's quote is said by those polled: an unnamed group or a people ("Cuban Americans"), no named person or organisation. */
  private boolean respondents(FigureSentence f) {
    Quote quote = f.quote();
    if (quote == null || quote.speaker() == null) return false;
    Analysis a = f.a();
    Entities ents = f.ents();
    if (quote.speakerName() == null) return Speakers.orgInside(a, ents, quote.speaker().start(), quote.speaker().end()) < 0;
    int k = a.tokenAt(quote.speaker().start()) - 1; // "47 percent of Cuban Americans saying": a share counts them
    if (k > 1 && lex.countedOf.contains(a.lower(k)) && (a.pos(k - 1).equals("NUM") || lex.pollUnits.contains(a.lower(k - 1)))) return true;
    int m = ents.mentionEndingAt(a.tokenAt(quote.speaker().end() - 1) + 1);
    String type = m < 0 || ents.entityOf(m) < 0 ? null : ents.entityType(ents.entityOf(m));
    return type != null && !type.equals(Entity.PERSON) && !type.equals(Entity.ORG);
  }

  /** Whether the figure is a share or a figure of a sentence about those polled. */
  private boolean pollFigure(FigureSentence f, Quantity q) {
    String unit = q.unit();
    if (unit != null && (lex.pollUnits.contains(unit) || lex.pollUnits.contains(unit.split(" ")[0]))) return true;
    Analysis a = f.a();
    int next = a.tokenAt(q.end() - 1) + 1; // "Six in 10"
    if (next + 1 < f.to() && lex.pollRates.contains(a.lower(next)) && a.pos(next + 1).equals("NUM")) return true;
    for (int k = f.from(); k < f.to(); k++) if (lex.pollFigures.contains(a.lower(k))) return true;
    return unit == null && sample(f, next);
  }

  /** Whether a count names a poll's sample: "a poll of 400 registered Latino voters", "with 418 Democratic primary voters" ({@code [poll-sample]}). */
  private boolean sample(FigureSentence f, int next) {
    Analysis a = f.a();
    boolean counted = false, poll = false;
    for (int k = next; k < Math.min(f.to(), next + 3); k++) counted |= lex.pollSamples.contains(a.lower(k));
    for (int k = f.from(); k < f.to(); k++) poll |= lex.pollWords.contains(a.lower(k));
    return counted && poll;
  }
}
