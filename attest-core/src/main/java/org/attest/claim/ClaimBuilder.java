package org.attest.claim;

import java.util.ArrayList;
import java.util.List;
import org.attest.entity.Entities;
import org.attest.model.Claim;
import org.attest.model.Entity;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Source;
import org.attest.model.TimeExpression;
import org.attest.text.Analysis;

/**
 * Makes one figure claim of each quantity: what it counts (its object), where ("in Iraq and
 * Syria"), for when (a date of its sentence, else the publication date) and according to whom
 * (the speaker of the quotation it stands in, direct or reported; else the article itself).
 * Thread-safe.
 */
public final class ClaimBuilder {
  public List<Claim> build(Analysis a, Entities ents, List<Quote> quotes, List<Quantity> quantities, List<TimeExpression> times, String published) {
    List<Claim> out = new ArrayList<>();
    String day = published == null || published.length() < 10 ? published : published.substring(0, 10);
    Source lastSource = null;
    int lastSentence = -2;
    TimeExpression fieldwork = fieldwork(a, times, published == null ? null : day);
    for (Quantity q : quantities) {
      int tok = a.tokenAt(q.start());
      if (tok >= a.tokenCount()) continue;
      int sentence = a.sentenceOf(tok);
      // the figure's sentence, at most 40 words either side (an endless sentence is no clause)
      int sFrom = Math.max(a.sentenceStartToken(sentence), tok - 40), sTo = Math.min(a.sentenceEndToken(sentence), tok + 40);
      int start = a.start(sFrom), end = a.end(sTo - 1);
      Quote quote = quoteAround(quotes, q);
      if (quote == null) quote = quoteInSentence(quotes, start, end); // “..., ” he said, about thousands of systems
      if (quote != null && !says(a, quote, q, sFrom)) quote = null;
      Attribution said = source(a, ents, quote, sFrom, sTo, tok);
      if (said == null && lastSource != null && lastSentence >= sentence - 1 && a.paragraphOf(a.sentenceStartToken(lastSentence)) == a.paragraphOf(tok)) {
        said = new Attribution(lastSource, 0.55); // "A poll found 74 percent ... Sixty-two percent of Republicans agreed.": the source goes on
      }
      Source source = said == null ? null : said.source();
      if (source != null && said.goesOn()) {
        lastSource = source;
        lastSentence = sentence;
      }
      TimeExpression when = asOf(a, times, q, cueOf(quotes, quote), sentence, tok, start, end, day, fieldwork);
      String asOf = when == null ? day : yearToDate(a, when, day) ? when.value().substring(0, 4) : when.value();
      String subject = q.object() == null ? null : q.object().text().startsWith("of ") ? q.object().text().substring(3) : q.object().text();
      out.add(new Claim("c" + (out.size() + 1), "figure", q.id(), subject, place(a, ents, q, sTo), asOf, when == null ? null : when.id(), source,
          quote == null ? null : quote.id(), start, end, said == null ? 0.6 : said.confidence()));
    }
    return out;
  }

  /**
   * A figure's source, how sure the rule that found it is, and whether the source goes on to the
   * figures of the next sentence that name none.
   */
  private record Attribution(Source source, double confidence, boolean goesOn) {
    Attribution(Source source, double confidence) {
      this(source, confidence, true);
    }
  }

  /**
   * Who reports the figure at token {@code tok}: the owner of the plan it belongs to; else the
   * speaker of the quote that holds it (or of its sentence); else the author of the document that
   * quote names; else the subject of a source verb, the author of a report or the owner of a
   * proposal in its sentence. Null when the article states it on its own authority.
   */
  private Attribution source(Analysis a, Entities ents, Quote quote, int sFrom, int sTo, int tok) {
    Source owner = possessedPlan(a, ents, sFrom, tok);
    if (owner != null) return new Attribution(owner, 0.65); // "Mr. Trump's threats to ... a 35 percent tariff": his, whoever reports it
    if (quote != null && (quote.speakerName() != null || quote.speaker() != null && canSpeak(a, ents, quote.speaker()))) {
      String name = quote.speakerName() != null ? quote.speakerName() : quote.speaker().text();
      String entity = quote.speakerEntity();
      if (quote.speakerName() == null) { // "a Homeland Security Department official": the organisation speaks
        int org = orgInside(a, ents, quote.speaker().start(), quote.speaker().end());
        if (org >= 0) {
          name = ents.entityName(org);
          entity = ents.entityId(org);
        }
      }
      return new Attribution(new Source(name, entity, via(a, ents, quote, sTo)), quote.speakerName() != null ? 0.85 : 0.7);
    }
    if (quote != null && quote.speaker() != null) {
      Source author = authorOfDocument(a, ents, quote.speaker()); // "according to the poll": the poll named before
      if (author != null) return new Attribution(author, 0.6);
      // "According to exit polls, Romney had a ten-point lead": a document of no known author is the source itself,
      // unless it points back ("the data", "this survey": the one named before, whose author is not known)
      if (isDocument(a, ents, quote.speaker()) && !pointingBack.contains(a.lower(a.tokenAt(quote.speaker().start())))) {
        return new Attribution(new Source(quote.speaker().text(), null, List.of()), 0.6);
      }
    }
    Source found = documentSubject(a, ents, sFrom, tok);
    if (found == null) found = subjectOfSourceVerb(a, ents, sFrom, tok);
    if (found == null) found = authorOfReport(a, ents, sFrom, tok);
    if (found == null) found = ownerOfProposal(a, ents, sFrom, tok, sTo);
    if (found != null) return new Attribution(found, 0.65);
    found = underPlan(a, ents, sFrom, tok);
    return found == null ? null : new Attribution(found, 0.6, false); // the next sentence may state what holds now
  }

  /**
   * When the figure holds: a date of its sentence that is its own; else the adverbial day of the
   * sentence before, in the same paragraph; else, for a poll's shares, the poll's last day in the
   * field. Null for the publication day.
   */
  private TimeExpression asOf(Analysis a, List<TimeExpression> times, Quantity q, org.attest.model.Span cue, int sentence, int tok, int start, int end,
      String day, TimeExpression fieldwork) {
    TimeExpression when = dateIn(a, times, start, end, q, day);
    if (when == null && cue != null && a.quoteOf(tok) >= 0) when = dateOfCue(a, times, cue, day);
    if (when == null && sentence > 0 && a.paragraphOf(a.sentenceStartToken(sentence - 1)) == a.paragraphOf(tok)) {
      // "On Thursday, parents took their grievances to school. More than 100,000 people took part"
      int ps = a.sentenceStartToken(sentence - 1);
      when = dateIn(a, times, a.start(ps), a.end(a.sentenceEndToken(sentence - 1) - 1), q, day);
      if (when != null && (when.value().length() < 7 || !adverbial(a, when) && !yearToDate(a, when, day))) when = null; // "created in 1990", "The Feb. 13 death"
    }
    if (when == null && fieldwork != null && ("percent".equals(q.unit()) || "percentage points".equals(q.unit()))) {
      when = fieldwork; // "The survey was conducted September 16-19"
    }
    return when;
  }

  private final java.util.Set<String> sourceVerbs;
  private final java.util.Set<String> thatVerbs;
  private final java.util.Set<String> reports;
  private final java.util.Set<String> proposalVerbs;
  private final java.util.Set<String> plans;
  private final java.util.Set<String> statements;
  private final java.util.Set<String> fieldVerbs;
  private final java.util.Set<String> pollWords;
  private final java.util.Set<String> pointingBack; // "the data", "this survey": a document named before

  public ClaimBuilder() {
    this("en");
  }

  public ClaimBuilder(String language) {
    java.util.Map<String, List<String>> cues = org.attest.text.Lexicon.sections(language, "cues.txt");
    sourceVerbs = org.attest.text.Lexicon.words(cues, "source");
    thatVerbs = org.attest.text.Lexicon.words(cues, "source-that");
    reports = org.attest.text.Lexicon.words(cues, "report");
    proposalVerbs = org.attest.text.Lexicon.words(cues, "proposal");
    plans = org.attest.text.Lexicon.words(cues, "plan");
    statements = org.attest.text.Lexicon.words(cues, "statement");
    fieldVerbs = org.attest.text.Lexicon.words(cues, "fieldwork");
    pollWords = org.attest.text.Lexicon.words(cues, "poll");
    pointingBack = org.attest.text.Lexicon.words(cues, "pointing-back");
  }

  /** The token before a short time phrase ending at {@code end} ("in April", "on Monday", "last week"), or end itself. */
  private static int beforeWhen(Analysis a, int from, int end) {
    for (int k = end - 1; k > from && k >= end - 3; k--) {
      String w = a.lower(k);
      if ((w.equals("in") || w.equals("on") || w.equals("last") || w.equals("this")) && k < end - 1 && (a.isCapitalized(k + 1)
          || a.pos(k + 1).equals("NUM") || a.lower(k + 1).equals("week") || a.lower(k + 1).equals("month") || a.lower(k + 1).equals("year"))) {
        return k;
      }
    }
    return end;
  }

  /**
   * Whether the quote holding or beside a figure makes it its speaker's. Not for a figure outside
   * the quotation marks of a mixed quote with no cue (a term in scare quotes: “EB-5 requires a
   * "targeted employment area," ... of at least 150 percent”), nor for one in a relative clause
   * that describes the speaker (“..., said Joseph, who has four children”), nor for one in a
   * participle or phrase fronted before the speaker (“Speaking to thousands of people on the Mall,
   * Mr. Obama said the museum would ...”).
   */
  private static boolean says(Analysis a, Quote quote, Quantity q, int sFrom) {
    int tok = a.tokenAt(q.start());
    if (quote.type().equals(Quote.MIXED) && quote.cue() == null && a.quoteOf(tok) < 0) return false;
    if (quote.speaker() == null) return true;
    int speakerEnd = a.tokenAt(quote.speaker().end() - 1) + 1, speakerStart = a.tokenAt(quote.speaker().start());
    if (q.start() >= quote.speaker().end() && q.start() >= quote.end()) { // outside the quote, after its speaker
      for (int k = speakerEnd; k + 1 < tok && k <= speakerEnd + 1; k++) { // ", who has four children"
        String w = a.lower(k + 1);
        if (a.token(k).equals(",") && (w.equals("who") || w.equals("whose") || w.equals("which"))) return false;
      }
    }
    if (q.end() <= quote.speaker().start() && quote.start() >= quote.speaker().end() && tok > sFrom
        && (a.pos(sFrom).equals("VERB") && a.lower(sFrom).endsWith("ing") || a.pos(sFrom).equals("ADP"))) {
      for (int k = tok + 1; k < speakerStart; k++) if (a.token(k).equals(",")) return false; // the fronted phrase ends before the speaker
    }
    return true;
  }

  /** A quote with a speaker in the figure's sentence: the sentence is that speaker's. */
  private static Quote quoteInSentence(List<Quote> quotes, int start, int end) {
    int last = lastStartingBefore(quotes, end);
    for (int i = last; i >= 0 && i >= last - 5; i--) {
      Quote quote = quotes.get(i);
      if (quote.start() < end && start < quote.end() && quote.speakerName() != null) return quote;
    }
    return null;
  }

  /** "The Chicago Police Department reported ...": the subject of a source verb before the figure. */
  private Source subjectOfSourceVerb(Analysis a, Entities ents, int from, int figure) {
    for (int v = figure - 1; v > from; v--) {
      String w = a.lower(v);
      boolean cue = sourceVerbs.contains(w) || thatVerbs.contains(w) && accusation(a, v, figure);
      if (!cue || !(a.pos(v).equals("VERB") || a.pos(v).equals("AUX"))) continue;
      int end = v;
      while (end > from && (a.pos(end - 1).equals("AUX") || a.pos(end - 1).equals("ADV") || a.lower(end - 1).equals("then"))) end--;
      end = beforeWhen(a, from, end); // "federal prosecutors in April charged"
      if (end - 1 > from && (a.lower(end - 1).equals("which") || a.lower(end - 1).equals("who"))) end--; // "the Department, which reported"
      if (end - 1 > from && a.token(end - 1).equals(",") && (a.lower(end).equals("which") || a.lower(end).equals("who"))) end--;
      int m = ents.mentionEndingAt(end);
      if (m < 0 || ents.mentionStart(m) < from) continue; // "tax returns that showed ...": an earlier verb may have a source
      m = ents.chainHead(m, from);
      int e = ents.entityOf(m);
      String type = ents.entityType(e);
      // a source is a person or an organisation: not "100,000 people", not "one slide"
      if (!(Entity.PERSON.equals(type) || Entity.ORG.equals(type) || "person".equals(ents.nominalClass(m)) || "org".equals(ents.nominalClass(m)))) {
        return null;
      }
      String name = ents.entityName(e);
      if (name == null) name = a.text().substring(a.start(ents.mentionStart(m)), a.end(ents.mentionEnd(m) - 1));
      return new Source(name, ents.entityId(e), List.of());
    }
    return null;
  }

  /**
   * Whether the figure at {@code figure} is what the verb at v ("charged", "alleges") asserts: in
   * its "that" clause or its "with" charge ("charged two developers with defrauding investors from
   * at least 74 countries"), not its object ("two developers").
   */
  private static boolean accusation(Analysis a, int v, int figure) {
    if (v + 1 < figure && a.lower(v + 1).equals("that")) return true;
    for (int k = figure - 1; k > v; k--) { // inside the "with" phrase: no clause break, no finite verb between
      String w = a.lower(k);
      if (w.equals("with")) return true;
      if (w.equals(",") || w.equals(";") || w.equals("and") || a.pos(k).equals("AUX") || a.pos(k).equals("VERB") && !w.endsWith("ing")) return false;
    }
    return false;
  }

  /**
   * The person or organisation whose plan the figure is: the subject of "would", "has called
   * for", "promised" ("she would impose a 4 percent surcharge"), or the owner of a plan ("Mrs.
   * Clinton's plan would cap deductions at 28 percent").
   */
  private Source ownerOfProposal(Analysis a, Entities ents, int from, int figure, int to) {
    for (int v = figure - 1; v > from; v--) {
      Source s = proposer(a, ents, from, v);
      if (s != null) return s;
    }
    // a fronted phrase holding the figure: "For those with incomes of more than $5 million, she would impose a surcharge"
    int comma = -1;
    for (int k = figure + 1; k < Math.min(to, figure + 15) && comma < 0; k++) if (a.token(k).equals(",")) comma = k;
    for (int v = comma + 1; comma > 0 && v < Math.min(to, comma + 5); v++) {
      Source s = proposer(a, ents, comma + 1, v);
      if (s != null) return s;
    }
    return null;
  }

  /**
   * The named owner of a plan the figure belongs to: "Mr. Trump's threats to ... slap a 35 percent
   * tariff", "Mrs. Clinton's proposals to benefit small businesses, which include ... $1 million".
   * The plan word, right after the possessive, stands at most 25 words before the figure.
   */
  private Source possessedPlan(Analysis a, Entities ents, int from, int figure) {
    for (int r = figure - 1; r > from + 1 && r >= figure - 25; r--) {
      String w = a.lower(r);
      if (sourceVerbs.contains(w) && a.pos(r).equals("VERB")) return null; // "..., which counted 2,000": the figure is another's
      String next = r + 1 < a.tokenCount() ? a.lower(r + 1) : "";
      // a plan to do something ("Trump's threats to ...", "Clinton's proposals to ..."), a statement
      // that says something ("Trump's statement about ...", "Stumpf's repeated emphasis that ...")
      boolean plan = plans.contains(w) && next.equals("to");
      boolean statement = statements.contains(w) && (next.equals("that") || next.equals("about") || next.equals("of") || next.equals(":"))
          && holds(a, r + 1, figure, next.equals("that"));
      if (!plan && !statement) continue;
      int p = r - 1;
      while (statement && p > from + 1 && p >= r - 3 && (a.pos(p).equals("ADJ") || a.pos(p).equals("ADV") || a.lower(p).endsWith("ed"))) p--; // "repeated"
      if (!possessive(a, p)) continue;
      Source owner = named(ents, ents.mentionEndingAt(p));
      if (owner != null) return owner;
    }
    return null;
  }

  /**
   * The owner of the plan a paragraph sets out from "Under X's plan,": the figures of its
   * sentences in "would" or "will" are X's, up to two sentences on ("Under Mrs. Clinton's plan,
   * taxpayers would pay .... Gains of two to three years would be subject to a 36 percent rate"),
   * but not what holds now ("the current long-term rate of 20 percent", "currently as high as
   * 39.6 percent").
   */
  private Source underPlan(Analysis a, Entities ents, int from, int figure) {
    boolean modal = false;
    for (int k = from; k < figure && !modal; k++) modal = a.lower(k).equals("would") || a.lower(k).equals("will");
    if (!modal) return null;
    for (int k = Math.max(from, figure - 6); k < figure; k++) {
      String w = a.lower(k);
      if (w.equals("current") || w.equals("currently") || w.equals("now") || w.equals("today")) return null;
    }
    int sentence = a.sentenceOf(figure), paragraph = a.paragraphOf(figure);
    for (int s = sentence; s >= 0 && s >= sentence - 2; s--) {
      int start = a.sentenceStartToken(s);
      if (a.paragraphOf(start) != paragraph) return null;
      if (!a.lower(start).equals("under")) continue;
      for (int r = start + 2; r < a.sentenceEndToken(s) && r <= start + 7 && !a.token(r).equals(","); r++) {
        if (plans.contains(a.lower(r)) && possessive(a, r - 1)) {
          Source owner = named(ents, ents.mentionEndingAt(r - 1));
          if (owner != null) return owner;
        }
      }
    }
    return null;
  }

  /**
   * Whether the figure at {@code figure} is inside the statement whose complement starts at {@code
   * from}: no clause break (";", ", and", ", but") before it, and, after "of", "about" or ":", no
   * verb either ("Trump's claim of fraud was rejected, and turnout reached 5 million" is not his).
   */
  private static boolean holds(Analysis a, int from, int figure, boolean clause) {
    if (figure - from > (clause ? 15 : 10)) return false;
    for (int k = from + 1; k < figure; k++) {
      String w = a.lower(k);
      if (w.equals(";") || w.equals(",") && k + 1 < figure && (a.lower(k + 1).equals("and") || a.lower(k + 1).equals("but"))) return false;
      if (!clause && (a.pos(k).equals("VERB") || a.pos(k).equals("AUX"))) return false;
    }
    return true;
  }

  /** The named person or organisation whose plan the verb at v states, or null. */
  private Source proposer(Analysis a, Entities ents, int from, int v) {
    if (!proposalVerbs.contains(a.lower(v)) || !(a.pos(v).equals("VERB") || a.pos(v).equals("AUX"))) return null;
    int end = v;
    while (end > from && (a.pos(end - 1).equals("AUX") || a.pos(end - 1).equals("ADV"))) end--;
    if (end - 1 > from && plans.contains(a.lower(end - 1)) && a.lower(end - 2).equals("'s")) end -= 2; // "Clinton's plan would"
    int m = ents.mentionEndingAt(end);
    return m < 0 || ents.mentionStart(m) < from ? null : named(ents, m);
  }

  /**
   * The named author of a document a quote is attributed to: "the poll" is the "Bloomberg poll"
   * named last before it, within a few paragraphs. Null when the speaker is no document.
   */
  private Source authorOfDocument(Analysis a, Entities ents, org.attest.model.Span speaker) {
    int last = a.tokenAt(speaker.end() - 1);
    if (last >= a.tokenCount() || !reports.contains(a.lower(last))) return null;
    String head = a.lower(last);
    for (int r = a.tokenAt(speaker.start()) - 1; r > 0 && r > last - 600; r--) {
      if (!a.lower(r).equals(head)) continue;
      Source author = authorOf(a, ents, r);
      if (author != null) return author;
    }
    return null;
  }

  /** "a New York Times report that ...", "the Tax Foundation's analysis": the named author of a document. */
  private Source authorOfReport(Analysis a, Entities ents, int from, int figure) {
    for (int r = figure - 1; r > from; r--) {
      if (!reports.contains(a.lower(r))) continue;
      Source author = authorOf(a, ents, r); // (the tagger may take "poll" after a name for a verb: the name decides)
      if (author != null) return author;
    }
    return null;
  }

  /**
   * The named author of the document word at r: "Bloomberg poll", "the Tax Foundation's analysis",
   * "a report by the Tax Foundation", "a slide from a presentation that Mr. Guajardo and his aides
   * carry".
   */
  private Source authorOf(Analysis a, Entities ents, int r) {
    return authorOf(a, ents, r, 2);
  }

  private Source authorOf(Analysis a, Entities ents, int r, int depth) {
    Source s = named(ents, ents.mentionEndingAt(r > 0 && possessive(a, r - 1) ? r - 1 : r));
    if (s != null || depth == 0 || r + 2 >= a.tokenCount()) return s;
    String after = a.lower(r + 1);
    int k = r + 2;
    if (after.equals("by") || after.equals("from")) { // "a report by X", "a slide from a presentation ..."
      if (a.pos(k).equals("DET")) k++;
      s = named(ents, ents.mentionStartingAt(after.equals("by") ? r + 2 : k));
      if (s == null && after.equals("from") && k < a.tokenCount() && reports.contains(a.lower(k))) s = authorOf(a, ents, k, depth - 1);
      return s;
    }
    if (after.equals("that") || after.equals("which")) { // "a presentation that X (and his aides) carry"
      int m = ents.mentionStartingAt(r + 2);
      if (m < 0 && a.token(r + 2).endsWith(".") && a.isCapitalized(r + 2)) m = ents.mentionStartingAt(r + 3); // "Mr."
      if (m < 0) return null;
      for (int v = ents.mentionEnd(m); v < a.tokenCount() && v <= ents.mentionEnd(m) + 4; v++) {
        if (!a.pos(v).equals("VERB")) continue;
        // a relative clause lacks the verb's object ("a presentation that X carry with them"); a
        // content clause has one ("a report that Trump lost $916 million"): what it says, not who wrote it
        String o = v + 1 < a.tokenCount() ? a.pos(v + 1) : "PUNCT";
        boolean object = o.equals("NUM") || o.equals("DET") || o.equals("NOUN") || o.equals("PROPN") || o.equals("PRON") || o.equals("SYM");
        return object ? null : named(ents, m);
      }
    }
    return null;
  }

  /**
   * The author of a document that opens the sentence as its subject ("Another slide shows that
   * ..."): its own, else that of the last document of the same kind named in the article before it
   * with an author. Null when the sentence does not open with a document.
   */
  private Source documentSubject(Analysis a, Entities ents, int from, int figure) {
    int r = from;
    while (r < figure && (a.pos(r).equals("DET") || a.pos(r).equals("NUM") || a.pos(r).equals("ADJ"))) r++;
    if (r >= figure || !reports.contains(a.lower(r)) || a.pos(r).equals("VERB")) return null;
    boolean verb = false; // the document is the subject of a source verb before the figure
    for (int v = r + 1; v < figure && !verb; v++) { // (the tagger may take "shows" right after "slide" for a noun)
      verb = sourceVerbs.contains(a.lower(v)) && (a.pos(v).equals("VERB") || a.pos(v).equals("AUX") || v == r + 1);
    }
    if (!verb) return null;
    Source own = authorOf(a, ents, r);
    if (own != null) return own;
    return earlierAuthor(a, ents, r, a.lower(r));
  }

  /** The author of the document word {@code head} last named before r with an author ("Another slide" → the slide's). */
  private Source earlierAuthor(Analysis a, Entities ents, int r, String head) {
    for (int k = r - 1; k > 0 && k > r - 600; k--) {
      if (!a.lower(k).equals(head)) continue;
      Source author = authorOf(a, ents, k);
      if (author != null) return author;
    }
    return null;
  }

  /** Whether token k is the possessive "'s" or "’s". */
  private static boolean possessive(Analysis a, int k) {
    String w = a.lower(k);
    return w.equals("'s") || w.equals("’s");
  }

  /** The source a mention names when its entity is a named person or organisation, else null. */
  private static Source named(Entities ents, int mention) {
    if (mention < 0) return null;
    int e = ents.entityOf(mention);
    String type = ents.entityType(e);
    if (ents.entityName(e) == null || !(Entity.PERSON.equals(type) || Entity.ORG.equals(type))) return null;
    return new Source(ents.entityName(e), ents.entityId(e), List.of());
  }

  /**
   * Whether an unnamed speaker can be a source: people or an organisation ("officials", "a
   * Homeland Security Department official"), not "100,000 people" or "a few bad apples".
   */
  private static boolean canSpeak(Analysis a, Entities ents, org.attest.model.Span speaker) {
    if (orgInside(a, ents, speaker.start(), speaker.end()) >= 0) return true;
    int m = lastMention(a, ents, speaker);
    if (m < 0) return false;
    for (int t = ents.mentionStart(m); t < ents.mentionEnd(m); t++) if (a.pos(t).equals("NUM")) return false; // "100,000 people"
    String c = ents.nominalClass(m);
    int e = ents.entityOf(m);
    return "person".equals(c) || "org".equals(c) || e >= 0 && (Entity.PERSON.equals(ents.entityType(e)) || Entity.ORG.equals(ents.entityType(e)));
  }

  /** Whether the speaker's last mention is a document ("exit polls", "the survey"). */
  private static boolean isDocument(Analysis a, Entities ents, org.attest.model.Span speaker) {
    int m = lastMention(a, ents, speaker);
    return m >= 0 && "document".equals(ents.nominalClass(m));
  }

  /** The mention that ends the speaker's span and lies within it, or -1. */
  private static int lastMention(Analysis a, Entities ents, org.attest.model.Span speaker) {
    int m = ents.mentionEndingAt(a.tokenAt(speaker.end() - 1) + 1);
    return m >= 0 && a.start(ents.mentionStart(m)) >= speaker.start() ? m : -1;
  }

  /** The entity of an organisation named inside the characters [start, end), or -1. */
  private static int orgInside(Analysis a, Entities ents, int start, int end) {
    for (int m : ents.mentionsWithin(a.tokenAt(start), a.tokenAt(end - 1) + 1)) {
      int e = ents.entityOf(m);
      if (Entity.ORG.equals(ents.entityType(e)) && ents.entityName(e) != null) return e;
    }
    return -1;
  }

  /**
   * The intermediaries between the origin and the article: "the coalition email sent to Reuters",
   * "the coalition told Reuters", "said in an email to Reuters".
   */
  private static List<String> via(Analysis a, Entities ents, Quote quote, int sentenceEnd) {
    List<Integer> anchors = new ArrayList<>();
    if (quote.speaker() != null) anchors.add(a.tokenAt(quote.speaker().end()));
    if (quote.cue() != null) anchors.add(a.tokenAt(quote.cue().end()));
    for (int from : anchors) {
      for (int t = from; t < Math.min(sentenceEnd, from + 6); t++) {
        String w = a.lower(t);
        boolean told = quote.cue() != null && t == a.tokenAt(quote.cue().end()) && quote.cue().text().toLowerCase(java.util.Locale.ROOT).startsWith("told");
        int m = told ? ents.mentionStartingAt(t) : w.equals("to") ? ents.mentionStartingAt(t + 1) : -1;
        if (m < 0) continue;
        int e = ents.entityOf(m);
        String name = ents.entityName(e);
        if (name != null && Entity.ORG.equals(ents.entityType(e)) && !name.equals(quote.speakerName())) return List.of(name);
      }
    }
    return List.of();
  }

  private static Quote quoteAround(List<Quote> quotes, Quantity q) {
    int last = lastStartingBefore(quotes, q.end());
    for (int i = last; i >= 0 && i >= last - 3; i--) {
      Quote quote = quotes.get(i);
      if (quote.start() <= q.start() && q.end() <= quote.end()) return quote;
    }
    return null;
  }

  /** The index of the last quote that starts before {@code offset} (quotes are in text order), or -1. */
  private static int lastStartingBefore(List<Quote> quotes, int offset) {
    int lo = 0, hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The date of the figure's sentence nearest to it: a point in time, not a duration or a reference. */
  private static TimeExpression dateIn(Analysis a, List<TimeExpression> times, int start, int end, Quantity q, String published) {
    TimeExpression best = null;
    int lo = 0, hi = times.size();
    while (lo < hi) { // times are in text order: the first of the sentence
      int mid = (lo + hi) >>> 1;
      if (times.get(mid).start() < start) lo = mid + 1;
      else hi = mid;
    }
    for (int i = lo; i < times.size() && times.get(i).start() < end; i++) {
      TimeExpression t = times.get(i);
      if (t.end() > end || !t.type().equals("DATE") || t.value() == null || !Character.isDigit(t.value().charAt(0))) continue;
      // "since 2011", "between January 1 and ...": the start of a stretch is not when the figure holds
      int tok = a.tokenAt(t.start());
      String before = tok > 0 ? a.lower(tok - 1) : "";
      if ((before.equals("since") && !yearToDate(a, t, published)) || before.equals("from") && stretch(a, tok) || before.equals("between")) continue;
      // a deadline is the as-of of the target it ends ("cut emissions 32 percent by 2030"), not of
      // a figure after it; another future date ("over the next decade") is no as-of
      boolean deadline = before.equals("by") || before.equals("until") || before.equals("through");
      if (deadline ? t.start() < q.start() && a.tokenAt(q.start()) - a.tokenAt(t.end() - 1) > 4 : after(t.value(), published)) continue;
      // "32 percent below 2005 levels": a year that measures is no as-of; "The Feb. 13 death of ...",
      // "Monday's debate": a day that dates a thing is not when the figure holds
      int next = a.tokenAt(t.end() - 1) + 1;
      if (next < a.tokenCount() && (a.lower(next).equals("levels") || a.lower(next).equals("level"))) continue;
      if (t.value().length() == 10 && next < a.tokenCount() && (a.pos(next).equals("NOUN") || possessive(a, next))) continue;
      // "the 1994 crime bill": a year that names a thing between a determiner and its noun is not when the figure holds
      if (tok > 0 && a.pos(tok - 1).equals("DET") && t.value().length() == 4 && next < a.tokenCount()
          && (a.pos(next).equals("NOUN") || a.pos(next).equals("PROPN"))) continue;
      if (separated(a, tok, a.tokenAt(q.start()))) continue; // "Last week X said ... ― 5,300 employees were fired"
      if (best == null || Math.abs(t.start() - q.start()) < Math.abs(best.start() - q.start())) best = t;
    }
    return best;
  }

  /**
   * The cue of a quote, or of the quote it goes on from (“A,” he said in August. “B.”), or null.
   */
  private static org.attest.model.Span cueOf(List<Quote> quotes, Quote quote) {
    if (quote == null || quote.cue() != null) return quote == null ? null : quote.cue();
    int i = lastStartingBefore(quotes, quote.start());
    for (int j = i; j >= 0 && j >= i - 3; j--) {
      Quote before = quotes.get(j);
      if (before == quote) continue;
      if (quote.start() - before.end() > 300 || !java.util.Objects.equals(before.speakerName(), quote.speakerName())) return null;
      if (before.cue() != null) return before.cue();
    }
    return null;
  }

  /**
   * The day or month a quote was said, right after its cue ("he said in August", "said Tuesday"):
   * the as-of of the quoted figures that have no date of their own. Null when the cue has none.
   */
  private static TimeExpression dateOfCue(Analysis a, List<TimeExpression> times, org.attest.model.Span cue, String published) {
    int after = a.tokenAt(cue.end() - 1) + 1;
    int lo = 0, hi = times.size();
    while (lo < hi) { // times are in text order: the first after the cue
      int mid = (lo + hi) >>> 1;
      if (times.get(mid).start() < cue.end()) lo = mid + 1;
      else hi = mid;
    }
    if (lo == times.size()) return null;
    TimeExpression t = times.get(lo);
    int tok = a.tokenAt(t.start());
    if (tok > after + 1 || a.sentenceOf(tok) != a.sentenceOf(after - 1)) return null; // not right after the cue, in its sentence
    if (!t.type().equals("DATE") || t.value() == null || t.value().length() < 7 || !Character.isDigit(t.value().charAt(0))) return null;
    return after(t.value(), published) ? null : t;
  }

  /**
   * Whether "since January 1" of the publication year counts the year to date: the figure holds for
   * the year ("thousands of shootings since January 1st" is that year's count).
   */
  private static boolean yearToDate(Analysis a, TimeExpression t, String published) {
    int tok = a.tokenAt(t.start());
    return tok > 0 && a.lower(tok - 1).equals("since") && t.value().length() == 10 && t.value().endsWith("-01-01")
        && published != null && published.startsWith(t.value().substring(0, 4));
  }

  /** Whether "from" before the date at tok opens a stretch ("from 2011 to 2016"), not a source ("tax returns from 1995"). */
  private static boolean stretch(Analysis a, int tok) {
    for (int k = tok + 1; k < a.tokenCount() && k <= tok + 5; k++) {
      String w = a.lower(k);
      if (w.equals("to") || w.equals("until") || w.equals("through") || w.equals("till") || w.equals("-") || w.equals("–")) return true;
    }
    return false;
  }

  /** Whether a dash, a semicolon or a colon stands between tokens i and j: they are in different clauses. */
  private static boolean separated(Analysis a, int i, int j) {
    for (int k = Math.min(i, j) + 1; k < Math.max(i, j); k++) {
      String w = a.token(k);
      if (w.equals(";") || w.equals(":") || w.equals("\u2015") || w.equals("\u2014") || w.equals("--")
          || w.equals("\u2013") && a.end(k - 1) != a.start(k)) return true;
    }
    return false;
  }

  /**
   * The last day a poll of the article was in the field: the latest day after "conducted",
   * "taken", "fielded" or "carried out" in a sentence about a poll or survey. Null when the
   * article gives none.
   */
  private TimeExpression fieldwork(Analysis a, List<TimeExpression> times, String published) {
    TimeExpression best = null;
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      if (t.value() == null || t.value().length() != 10 || !Character.isDigit(t.value().charAt(0))) continue;
      int tok = a.tokenAt(t.start());
      boolean marked = false;
      for (int k = tok - 1; k >= Math.max(0, tok - 4) && !marked; k--) marked = fieldVerbs.contains(a.lower(k));
      if (!marked) continue;
      int sentence = a.sentenceOf(tok);
      boolean poll = false;
      for (int k = a.sentenceStartToken(sentence); k < a.sentenceEndToken(sentence) && !poll; k++) poll = pollWords.contains(a.lower(k));
      if (!poll && sentence > 0) { // "The poll ... . It was conducted ..."
        for (int k = a.sentenceStartToken(sentence - 1); k < a.sentenceStartToken(sentence) && !poll; k++) poll = pollWords.contains(a.lower(k));
      }
      if (!poll) continue;
      TimeExpression end = t; // the range's last day: "September 16-19", "July 8 to 12"
      for (int j = i + 1; j < times.size() && a.sentenceOf(a.tokenAt(times.get(j).start())) == sentence; j++) {
        TimeExpression n = times.get(j);
        if (n.value() != null && n.value().length() == 10 && n.value().compareTo(end.value()) > 0 && a.tokenAt(n.start()) - a.tokenAt(end.end() - 1) <= 3) end = n;
      }
      if (published != null && end.value().compareTo(published) > 0) continue;
      best = end;
    }
    return best;
  }

  /**
   * Whether a date stands as an adverbial of its sentence, so that it may go on into the next:
   * "On Thursday, ...", "..., officials said Monday", not "The Feb. 13 death of ..." nor "Monday's debate".
   */
  private static boolean adverbial(Analysis a, TimeExpression t) {
    int first = a.tokenAt(t.start()), last = a.tokenAt(t.end() - 1);
    if (last + 1 < a.tokenCount() && (possessive(a, last + 1) || a.pos(last + 1).equals("NOUN"))) return false;
    if (first == a.sentenceStartToken(a.sentenceOf(first))) return true;
    String before = a.lower(first - 1);
    return before.equals("on") || before.equals("in") || before.equals("during") || before.equals("at") || before.equals(",")
        || a.pos(first - 1).equals("VERB");
  }

  private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile("\\d{3}|\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** Whether a calendar value ("2020", "202", "2016-11") lies wholly after the published day. */
  static boolean after(String value, String published) {
    if (published == null || published.length() < 10 || !CALENDAR.matcher(value).matches()) return false;
    String start = value.length() == 3 ? value + "0" : value; // the 2020s start in 2020
    return start.compareTo(published.substring(0, Math.min(start.length(), 10))) > 0;
  }

  /** "in Iraq and Syria", "in eastern Syria": the places after the figure in its sentence. */
  private static String place(Analysis a, Entities ents, Quantity q, int sentenceEnd) {
    int from = a.tokenAt(q.object() != null && q.object().end() > q.end() ? q.object().end() : q.end());
    for (int t = from; t < sentenceEnd - 1 && t < from + 12; t++) {
      if (!a.lower(t).equals("in")) continue;
      int k = t + 1;
      if (k < sentenceEnd && a.pos(k).equals("ADJ") && !a.isCapitalized(k)) k++; // "in eastern Syria"
      int m = ents.mentionStartingAt(k);
      if (m < 0 || !isPlace(ents, m)) continue;
      int last = ents.mentionEnd(m);
      // "Iraq and Syria"
      if (last + 1 < sentenceEnd && a.lower(last).equals("and")) {
        int m2 = ents.mentionStartingAt(last + 1);
        if (m2 >= 0 && isPlace(ents, m2)) last = ents.mentionEnd(m2);
      }
      return a.text().substring(a.start(t + 1), a.end(last - 1));
    }
    return null;
  }

  private static boolean isPlace(Entities ents, int mention) {
    String type = ents.entityType(ents.entityOf(mention));
    return Entity.GPE.equals(type) || Entity.LOC.equals(type);
  }
}
