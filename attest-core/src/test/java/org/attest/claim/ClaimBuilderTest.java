package org.attest.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/** Figure claims: source and its intermediaries, as-of, place and subject, each with its sentence. */
class ClaimBuilderTest {
  private static Claim only(String text) {
    Document d = new Attest().extract(new Article("t", text, "2017-12-27"));
    assertEquals(1, d.claims().size(), d.claims().toString());
    return d.claims().get(0);
  }

  @Test
  void accordingToGivesTheSourceAndPlace() {
    Claim c = only("Fewer than 1,000 fighters from the Islamic State group remain in Iraq and Syria, according to Reuters.");
    assertEquals("Reuters", c.source().name());
    assertEquals("Iraq and Syria", c.place());
    assertEquals("2017-12-27", c.asOf());
    assertEquals("fighters from the Islamic State group", c.subject());
  }

  @Test
  void aDocumentOfNoKnownAuthorIsTheSourceItself() {
    Claim c = only("According to exit polls, Mitt Romney had a 10-point lead among the group.");
    assertEquals("exit polls", c.source().name());
  }

  @Test
  void aDateOfTheSentenceIsTheAsOf() {
    Claim c = only("Three weeks ago, the U.S.-led coalition estimated that fewer than 3,000 fighters remained.");
    assertEquals("U.S.-led coalition", c.source().name());
    assertEquals("2017-W49", c.asOf());
  }

  @Test
  void theStartOfAStretchIsNoAsOf() {
    Claim c = only("Since 2014, the army has lost 400 tanks, officials said.");
    assertEquals("2017-12-27", c.asOf());
  }

  @Test
  void theIntermediaryIsKept() {
    assertEquals(List.of("Reuters"), only("The U.S.-led coalition struck. The coalition told Reuters that fewer than 3,000 fighters remained.")
        .source().via());
    assertEquals(List.of("Reuters"), only("The U.S.-led coalition struck. Some 5,000 fighters were killed, according to the coalition email sent to Reuters.")
        .source().via());
  }

  @Test
  void theNamedAuthorOfAReportIsTheSource() {
    Claim c = only("Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss of more than $915 million.");
    assertEquals("New York Times", c.source().name());
  }

  @Test
  void theOwnerOfAProposalIsTheSource() {
    assertEquals("Hillary Clinton", only("Hillary Clinton spoke. For the richest, she would impose a 4 percent surcharge.").source().name());
    assertEquals("Donald Trump", only("Donald Trump has called for taxing such income at a new low 15 percent rate.").source().name());
    assertEquals("Hillary Clinton", only("Hillary Clinton spoke. Mrs. Clinton's plan would also cap deductions at 28 percent.").source().name());
  }

  @Test
  void aPollByItsSponsorEvenWhenTheTaggerTakesPollForAVerb() {
    Claim c = only("A Quinnipiac University poll released in late August found that 74 percent of likely voters said Mr. Trump should release his returns.");
    assertEquals("Quinnipiac University", c.source().name());
    assertEquals("2017-08", c.asOf());
  }

  @Test
  void theHeadOfAnAtChainIsTheSource() {
    Claim c = only("The Tax Policy Center at the Urban Institute and Brookings Institution estimates that the plan would raise $1.1 trillion.");
    assertEquals("Tax Policy Center", c.source().name());
  }

  @Test
  void aVerbWithoutANamedSubjectLeavesTheSourceToAnEarlierOne() {
    Claim c = only("On Sunday, the New York Times published tax returns that showed the businessman lost nearly $916 million in a single year.");
    assertEquals("New York Times", c.source().name());
  }

  @Test
  void aDeadlineIsTheAsOfOfItsTargetAndAFutureStretchOfNone() {
    assertEquals("2030", only("The rules aim to cut emissions 32 percent by 2030.").asOf());
    assertEquals("2017-12-27", only("The plan would raise $1.1 trillion over the next decade.").asOf());
  }

  @Test
  void aYearThatNamesAThingIsNoAsOf() {
    assertEquals("2017-12-27", only("The 1994 crime bill put 100,000 more police officers on the streets.").asOf());
  }

  @Test
  void theDayOfThePreviousSentenceInTheParagraphHolds() {
    Document d = new Attest().extract(new Article("t", "On Thursday, parents took their grievances to school. "
        + "More than 100,000 people took part in the walk-in.", "2016-10-07"));
    assertEquals("2016-10-06", d.claims().get(0).asOf());
    Document year = new Attest().extract(new Article("t", "The program was created in 1990. It requires an investment of $500,000.", "2016-10-07"));
    assertEquals("2016-10-07", year.claims().get(0).asOf());
  }

  @Test
  void theSourceOfTheSentenceBeforeGoesOnInItsParagraph() {
    Document d = new Attest().extract(new Article("t", "A Quinnipiac University poll found that 74 percent of likely voters want the returns. "
        + "Sixty-two percent of Republicans agreed.\n\nThe city has 2.5 million residents.", "2016-09-30"));
    assertEquals(3, d.claims().size());
    assertEquals("Quinnipiac University", d.claims().get(1).source().name());
    assertNull(d.claims().get(2).source()); // a new paragraph starts afresh
  }

  @Test
  void aFigureInAFrontedPhraseBelongsToTheMainClausesProposal() {
    Document d = new Attest().extract(new Article("t", "Hillary Clinton spoke. For those with incomes of more than $5 million, "
        + "she would impose a surcharge.", "2016-09-16"));
    assertEquals("Hillary Clinton", d.claims().get(0).source().name());
  }

  @Test
  void thePollIsThePollNamedBefore() {
    Document d = new Attest().extract(new Article("t", "A Bloomberg poll shows that wealthy voters have left the party.\n\n"
        + "Clinton beats Trump by 46 percent to 42 percent, according to the poll.", "2016-09-20"));
    assertEquals("Bloomberg", d.claims().get(0).source().name());
  }

  @Test
  void accordingToNamesTheSourceOfAMixedQuote() {
    Claim c = only("More than 100,000 people took part in a nationwide “walk-in” at schools, according to Reuters.");
    assertEquals("Reuters", c.source().name());
  }

  @Test
  void aPollsSharesHoldForItsLastDayInTheField() {
    Document d = new Attest().extract(new Article("t", "Clinton beats Trump by 46 percent to 42 percent, according to the poll.\n\n"
        + "The survey was conducted September 16-19, using a panel of 600 respondents.", "2016-09-20"));
    assertEquals("2016-09-19", d.claims().get(0).asOf());
    Document none = new Attest().extract(new Article("t", "Clinton leads by 46 percent. The rally was held September 16-19.", "2016-09-20"));
    assertEquals("2016-09-20", none.claims().get(0).asOf(), "no poll, no fieldwork");
  }

  @Test
  void aDateOfAnotherClauseIsNoAsOf() {
    assertEquals("2016-09-20", new Attest().extract(new Article("t", "Last week Stumpf appeared to blame workers for the practice \u2015 "
        + "5,300 employees were fired.", "2016-09-20")).claims().get(0).asOf());
    assertEquals("2016-09-20", new Attest().extract(new Article("t", "In 2014, Obama unveiled the plan: rules that could close "
        + "hundreds of plants.", "2016-09-20")).claims().get(0).asOf());
    assertEquals("2014", new Attest().extract(new Article("t", "In 2014, the plan closed hundreds of plants.", "2016-09-20")).claims().get(0).asOf());
  }

  @Test
  void aFigureOfSomeonesPlanIsTheirsWhoeverReportsIt() {
    Claim c = only("The minister, Ildefonso Guajardo, argues there is little point in responding to Donald Trump's threats to wall off "
        + "the people and slap a 35 percent tariff on imports.");
    assertEquals("Donald Trump", c.source().name());
  }

  @Test
  void aCountedCrowdIsNoSource() {
    Claim c = only("More than 100,000 people took part in a nationwide “walk-in” at schools.");
    assertNull(c.source());
  }

  @Test
  void aFigureOnTheArticlesOwnAuthorityHasNoSource() {
    Claim c = only("The city has 2.5 million residents.");
    assertNull(c.source());
    assertNull(c.place());
  }

  @Test
  void aPossessorsStatementIsTheirsWhoeverReportsIt() {
    assertEquals("Donald Trump", only("Donald Trump spoke. Politifact then ruled that Trump’s statement about “thousands of shootings” in Chicago is true.")
        .source().name());
    assertEquals("John Stumpf", only("John Stumpf testified. Stumpf’s repeated emphasis that only 1 percent of the staff had been involved angered senators.")
        .source().name());
  }

  @Test
  void aVerbOfAccusationSourcesTheChargeNotItsObject() {
    Document d = new Attest().extract(new Article("t", "Federal prosecutors in April charged two Vermont developers with defrauding investors "
        + "from at least 74 countries.", "2016-09-12"));
    assertEquals(2, d.claims().size(), d.claims().toString());
    assertNull(d.claims().get(0).source(), "the accused are no figure of the charge");
    assertEquals("Federal prosecutors", d.claims().get(1).source().name());
  }

  @Test
  void theDocumentThatOpensTheSentenceIsItsAuthors() {
    Document d = new Attest().extract(new Article("t", "A slide from a presentation that Mr. Ildefonso Guajardo and his aides carry shows "
        + "what a car would cost: $30,253. Another slide shows that eight of 10 avocados consumed in the United States are grown "
        + "in Mexico.", "2016-09-28"));
    assertEquals(2, d.claims().size(), d.claims().toString()); // $30,253, "eight of 10" (one figure, per 10: NOTES.md)
    for (Claim c : d.claims()) assertEquals("Ildefonso Guajardo", c.source().name(), c.toString());
  }

  @Test
  void aFigureBesideTheQuoteButNotInItIsNotTheSpeakers() {
    assertNull(only("“We need the money,” said Amelize Joseph, who has four children.").source(), "a relative clause on the speaker");
    assertNull(only("Speaking to thousands of people on the Mall, President Obama said the museum would tell an American story.").source(),
        "a participle fronted before the speaker");
    assertNull(only("EB-5 requires an investment in a “targeted employment area,” an area with an unemployment rate of at least 150 percent.")
        .source(), "a term in scare quotes is no quote of the subject");
  }

  @Test
  void aPlanSetOutUnderItsOwnersNameGoesOnInItsConditionals() {
    Document d = new Attest().extract(new Article("t", "Hillary Clinton spoke. Under Mrs. Clinton's plan, taxpayers would pay their ordinary rate, "
        + "which currently goes as high as 39.6 percent. Gains held longer would be subject to a 36 percent rate, and the rate "
        + "would then fall until it reached the current long-term rate of 20 percent.", "2016-09-16"));
    assertEquals(3, d.claims().size(), d.claims().toString());
    assertNull(d.claims().get(0).source(), "what holds now is no part of the plan");
    assertEquals("Hillary Clinton", d.claims().get(1).source().name());
    assertNull(d.claims().get(2).source(), "the current rate is no part of the plan");
  }

  private static List<Claim> claims(String text, String published) {
    return new Attest().extract(new Article("t", text, published)).claims();
  }

  @Test
  void aCountSinceTheFirstOfJanuaryHoldsForTheYear() {
    assertEquals("2016", claims("In Chicago, they have had thousands of shootings since January 1st.", "2016-09-29").get(0).asOf());
    assertEquals("2016-09-29", claims("Since March 1, the city has had 300 shootings.", "2016-09-29").get(0).asOf(), "the start of a stretch");
  }

  @Test
  void fromAYearIsASourceUnlessAStretchFollows() {
    assertEquals("1995", claims("The Times published tax returns from 1995 that showed he lost nearly $916 million in a single year.", "2016-10-03")
        .get(0).asOf());
    assertNotEquals("2011", claims("From 2011 to 2016, the bank fired 5,300 employees.", "2016-10-03").get(0).asOf(), "the start of a stretch");
  }

  @Test
  void aQuotedFigureHoldsWhenItsQuoteWasSaid() {
    List<Claim> c = claims("“Look at how much our communities are suffering,” Donald Trump said in August. “You live in your poverty, "
        + "58 percent of your youth is unemployed.”", "2016-09-16");
    assertEquals("2016-08", c.get(0).asOf());
  }

  /** Sentences where a rule above must not fire (found in review): each figure here is the article's own or another's. */
  @Test
  void theRulesStopWhereTheirPhraseEnds() {
    assertNull(claims("Mr. Trump's claim of widespread fraud was rejected by state officials, and turnout in Georgia reached 5 million voters.",
        "2016-09-16").get(0).source(), "the statement ended before the figure");
    assertNull(claims("The New York Times obtained the records last week. A report that Donald Trump lost $916 million in 1995 stunned his aides.",
        "2016-09-16").get(0).source(), "what a report says is not who wrote it");
    assertNull(claims("A Reuters investigation in May found problems at the agency. The Labor Department released new data on Friday. "
        + "The data show 5,000 jobs were lost.", "2016-09-16").get(0).source(), "another kind of document is another document");
    assertNull(claims("The Securities and Exchange Commission charged the firm with fraud on Monday, and its shares fell 5 percent.", "2016-09-16")
        .get(0).source(), "the charge ended before the figure");
    assertNull(claims("The Federal Reserve raised rates on Wednesday, suggesting that inflation will reach 2 percent next year.", "2016-09-16")
        .get(0).source(), "'suggesting' reports no speech");
    assertEquals("Joseph Smith", claims("“We are growing,” said Joseph Smith, who added that the plant would employ 2,000 people.", "2016-09-16")
        .get(0).source().name(), "a figure inside a quote of the relative clause is the speaker's");
    assertEquals("2016-09-16", claims("“We have hired 500 workers,” Smith said. Last month, the plant closed.", "2016-09-16").get(0).asOf(),
        "the next sentence's date is not the cue's");
    assertEquals("2016-09-16", claims("There have been 3,000 shootings since Jan. 1, 2015.", "2016-09-16").get(0).asOf(),
        "a count since an earlier year's first day is no year's count");
  }
}
