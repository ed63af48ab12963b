package org.attest.claim;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Lexicon;

/**
 * The claim builder's sections of {@code cues.txt}, typed: source verbs, plans, statements,
 * documents, fieldwork. A section it reads that the file lacks fails at load.
 */
final class ClaimLexicon {
  final AsOfLexicon dating; // the as-of rules' sections
  final Set<String> sourceVerbs; // "reported", "estimates", "shows"
  final Set<String> thatVerbs; // "charged", "alleges": a source of what their "that" or "with" clause says
  final Set<String> reports; // "poll", "report", "analysis", "slide": documents
  final Set<String> documentArticles; // "a", "an": before a document that is its own source when its author is unknown
  final Set<String> proposalVerbs; // "would", "promised", "has called for"
  final Set<String> plans; // "plan", "threats", "proposals"
  final Set<String> statements; // "statement", "emphasis", "claim"
  final Set<String> fieldVerbs; // "conducted", "taken", "fielded"
  final Set<String> pollWords; // "poll", "survey"
  final Set<String> pollFigures; // "respondents", "margin": a sentence about those polled
  final Set<String> pollUnits; // "percent", "points", "per": a share or a lead
  final Set<String> pollRates; // "in": "Six in 10"
  final Set<String> joints; // "/": "NBC News/Wall Street Journal"
  final Set<String> documentOf; // "results": before "of" and the document whose figures they are
  final Set<String> documentParticiples; // "available", "released": between a document and its author's "by" or "from"
  final Set<String> markets; // "stocks", "Dow": a sentence about a market session
  final Set<String> sessionMoves; // "closed", "fell": a move of a session
  final Set<String> pollSamples; // "voters": whom a poll asked
  final Set<String> closeWords; // "closed": a stock's close
  final Set<String> closeStocks; // "stock", "shares": what closes
  final Set<String> marketReports; // "trading": a sentence of the writer's market report, no previous sentence's source goes on into it
  final Set<String> changeFrom; // "from": "fell to 1.45 percent from 1.51 percent the day before"
  final Set<String> clauseLinks; // "and", "but": "..., and the pound rose"
  final Set<String> relativeOpeners; // "where", "which": "Spain, where the outbreak began last year,"
  final Set<String> bareRelatives; // "that", "who": "districts that President Trump won in 2016", a relative clause with no comma
  final Set<String> adjunctLinks; // "before", "after": "Boudreau said before the Wild's 4-1 win"
  final Set<String> contrastLinks; // "yet", "though": "..., yet Nissan says"
  final Set<String> passiveAux; // "be", "was": "It should be noted"
  final Set<String> releases; // "released": "a poll released Monday"
  final Set<String> countedOf; // "of": "47 percent of Cuban Americans say"
  final Set<String> relativeObjects; // "the $1.11 a share that analysts expected"
  final String pluralEnding; // "The companies": no one named before
  final Set<String> modalStates; // "will have", "will offer": what will be, no plan
  final Set<String> earnings; // "reported earnings of $8.42 a share": the article's quarter
  final Set<String> according;
  final String to; // "according to" // "according to X" after a figure: X is its source
  final Set<String> pointingBack; // "the data", "this survey": a document named before
  final Set<String> corporateSuffixes; // "Inc.", "Corp.": the last word of a company's legal name (name-words.txt, the entity lexicon's list)
  final Set<String> companyHeads; // "maker", "company": the head of a description of a company ("The computer maker said")
  final Set<String> mediaHeads; // "newspaper": the head of a description of a news outlet ("the newspaper said")
  final Set<String> stretchEnds; // "from 2011 to 2016": what ends a stretch after its start
  final Set<String> present; // "current", "now": a figure of now, not of a plan
  final Set<String> futureModals; // "would", "will"
  final Set<String> relatives; // "who", "whose", "which": a relative clause opens
  final Set<String> relativeSubjects; // "which", "who": the subject of a relative clause
  final Set<String> statementLinks; // "statement that", "emphasis about": what a statement says follows
  final Set<String> timeOpeners; // "in April", "last week": a short time phrase before a verb
  final Set<String> timeUnits; // "last week", "this year"
  final Set<String> innerSaid; // "said": inside a quote, its named subject is the origin of what it says
  final Set<String> populationShares; // "make", "account": "voters who make up 60% of Democrats", a share of a population
  final Set<String> saidMissed; // "said", "told": a speech verb of a sentence the quote stage left without a quote
  /** cues.txt [belief] [intent] [stance]: the quote stage's cues of what someone holds, wants or backs, not says ("endorsed", "vowed to"). */
  final Set<String> heldCues;

  private static final Map<String, ClaimLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  static ClaimLexicon of(String language) {
    return LOADED.computeIfAbsent(language, l -> new ClaimLexicon(Lexicon.sections(l, "cues.txt")));
  }

  ClaimLexicon(Map<String, List<String>> cues) {
    dating = new AsOfLexicon(cues);
    sourceVerbs = words(cues, "source");
    thatVerbs = words(cues, "source-that");
    reports = words(cues, "report");
    documentArticles = words(cues, "document-itself");
    proposalVerbs = words(cues, "proposal");
    plans = words(cues, "plan");
    statements = words(cues, "statement");
    fieldVerbs = words(cues, "fieldwork");
    pollWords = words(cues, "poll");
    pollFigures = words(cues, "poll-figure");
    pollUnits = Set.copyOf(Lexicon.required("cues.txt", cues, "poll-unit"));
    pollRates = words(cues, "poll-rate");
    joints = words(cues, "joint");
    documentParticiples = words(cues, "document-participle");
    documentOf = words(cues, "document-of");
    countedOf = words(cues, "counted-of");
    passiveAux = words(cues, "passive-aux");
    adjunctLinks = words(cues, "adjunct-link");
    contrastLinks = words(cues, "contrast-link");
    changeFrom = words(cues, "change-from");
    clauseLinks = words(cues, "clause-link");
    relativeOpeners = words(cues, "relative-opener");
    bareRelatives = words(cues, "relative-bare");
    markets = words(cues, "market");
    sessionMoves = words(cues, "session-move");
    pollSamples = words(cues, "poll-sample");
    closeWords = words(cues, "close-word");
    closeStocks = words(cues, "close-stock");
    marketReports = words(cues, "market-report");
    pointingBack = words(cues, "pointing-back");
    companyHeads = words(cues, "company-head");
    corporateSuffixes = Lexicon.requiredWords("name-words.txt", Lexicon.sections("en", "name-words.txt"), "corporate-suffix");
    mediaHeads = words(cues, "media-head");
    according = words(cues, "according");
    to = Lexicon.requiredWord("cues.txt", cues, "to");
    earnings = words(cues, "earnings");
    modalStates = words(cues, "modal-state");
    pluralEnding = Lexicon.requiredWord("cues.txt", cues, "plural-ending");
    relativeObjects = words(cues, "relative-object");
    stretchEnds = words(cues, "stretch-end");
    present = words(cues, "present");
    futureModals = words(cues, "future-modal");
    relatives = words(cues, "relative");
    relativeSubjects = words(cues, "relative-subject");
    statementLinks = words(cues, "statement-link");
    timeOpeners = words(cues, "time-opener");
    timeUnits = words(cues, "time-unit");
    innerSaid = words(cues, "inner-said");
    saidMissed = words(cues, "said-missed");
    releases = words(cues, "release");
    populationShares = words(cues, "population-share");
    heldCues = held(cues);
  }

  /** The quote stage's cues of holding, wanting or backing: [belief] [intent] [stance] [message] [view]. */
  private static Set<String> held(Map<String, List<String>> cues) {
    Set<String> held = new java.util.HashSet<>();
    for (String section : List.of("belief", "intent", "stance", "message", "view")) held.addAll(words(cues, section));
    return Set.copyOf(held);
  }

  /** The words of a section the lexicon reads; a missing one is an error of the file, not an empty set. */
  private static Set<String> words(Map<String, List<String>> sections, String section) {
    return Lexicon.requiredWords("cues.txt", sections, section);
  }
}
