package org.attest.quote;

import java.util.List;

/**
 * The order of quote attribution, in one place (CoreNLP's {@code "tri,dep,onename,..."}): the
 * first sieve that decides a quote stamps its name on it and the rest leave it alone.
 */
final class Sieves {
  private Sieves() {}

  /** Direct and mixed quotes, each read in its frame: the words before and after it, then the paragraph before. */
  static final List<CueSieve> CUE = List.of(
      new CueBeforeMidSentence(), // a phrase inside a sentence takes the cue before it, not a later one
      new DashLine(),
      new CueAfter(),
      new CueBefore(),
      new Label(),
      new ColonParagraph(),
      new ColonSubject()); // a colon with no cue before it: the subject of its sentence

  /** Quotes no cue sieve decided, in text order, from the quotes around them. */
  static final List<LayoutSieve> LAYOUT = List.of(
      new SameParagraph(),
      new Continuation(),
      new LaterQuote(),
      new MixedSubject(),
      new NearbySpeaker());

  /** Indirect quotes, at each reporting cue of a sentence outside quotation marks; several a sentence, none overlapping. */
  static final List<IndirectRule> INDIRECT = List.of(
      new Headline(), // first: in a title-case headline the tagger's names mislead the other rules
      new Directive(), // before intent and stance: "urged Congress to act", "called on Congress to act"
      new Intent(), // before the speech rules: "vowed to repeal", not "vowed (that) ..."
      new Belief(),
      new StateOfMind(), // never passes its adjectives on: "is sure (that) CLAUSE" is no speech
      new StanceNoun(), // before stance: "his support for the bill" is no verb
      new Stance(),
      new ViewAs(),
      new MessageObject(), // a cue that takes a clause passes it on: "announced (that) CLAUSE" is the speech rules'
      new ClaimNoun(),
      new NameColon(),
      new Question(),
      new InDocument(),
      new Hearsay(),
      new ClauseFinding(), // "CLAUSE, the poll found.": before the finding rule, which decides every clause-only cue
      new FindingVerb(),
      new AccordingTo(),
      new Saying(),
      new ParticipleSaid(), // the participles of speech the rule before leaves: "by saying", "– saying", "while telling X that"
      new ClauseSaidX(),
      new XSaidInserted(), // before "CLAUSE, X said.": "The plan Rubio needs, aides said, is money" is one clause
      new QuantitySaid(), // before "CLAUSE, X said.", which decides every cue with no subject
      new JoinedSaid(), // before "CLAUSE, X said.", which decides every cue with no subject
      new ClauseXSaid(),
      new XSaidLongSubject(), // before the plain rule, which decides every cue with a subject
      new XSaidClause());
}
