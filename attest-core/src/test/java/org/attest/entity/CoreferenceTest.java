package org.attest.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Entity;
import org.junit.jupiter.api.Test;

/** Pronouns and their antecedents, through the whole pipeline (first-person pronouns need the quotes' speakers). */
class CoreferenceTest {
  private final Attest engine = new Attest();

  private List<Entity> entities(String text) {
    return engine.extract(new Article("t", text, "2018-06-24")).entities();
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + entities.stream().map(Entity::name).toList()));
  }

  private static List<String> mentions(Entity e) {
    return e.mentions().stream().map(m -> m.text() + "@" + m.start()).toList();
  }

  /** The mention string of the nth occurrence (from 0) of a whole word. */
  private static String at(String text, String word, int nth) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(text);
    for (int k = 0; k <= nth; k++) if (!m.find()) throw new AssertionError("no " + word + " #" + nth);
    return word + "@" + m.start();
  }

  @Test
  void theBankIsTheOrganisationJustNamed() {
    String text = "In the Wells Fargo scandal, customers were charged fees.\n\nThe bank said that it had fired 5,300 employees.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Wells Fargo")).contains(at(text, "The bank", 0)), found.toString());
  }

  @Test
  void aPersonOfTheSameNameKeepsTheShortForm() {
    String text = "Wells Fargo fired 5,300 workers. Rob Wells, an analyst, said the fine was small. Wells said the bank would survive.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Rob Wells")).contains(at(text, "Wells", 2)), found.toString());
  }

  @Test
  void anAgencyIsNoRepeatOfTheCompanyJustNamed() {
    String text = "Volkswagen admitted it cheated on emissions tests for years. The agency said it would seek billions in fines.";
    List<Entity> found = entities(text);
    assertTrue(!mentions(named(found, "Volkswagen")).contains(at(text, "The agency", 0)), found.toString());
  }

  @Test
  void aNominalWithTwoOrganisationsBeforeItStaysOpen() {
    String text = "Wells Fargo and Citigroup settled the case. The bank said it would appeal.";
    List<Entity> found = entities(text);
    assertTrue(found.stream().noneMatch(e -> mentions(e).contains(at(text, "The bank", 0))), found.toString());
  }

  @Test
  void theShortFormOfATwoWordOrganisationIsTheOrganisation() {
    // "Wells" alone is Wells Fargo; "the Wells Fargo board" does not rename it
    String text = "Wells Fargo fired 5,300 workers. The Wells Fargo board met on Friday. Wells has paid a fine.";
    List<Entity> found = entities(text);
    Entity wells = named(found, "Wells Fargo");
    assertTrue(mentions(wells).contains(at(text, "Wells", 2)), found.toString());
  }

  @Test
  void aQuoteLeftOpenRunsOnToItsClosingMark() {
    // the second paragraph continues the quote: its "I" is the speaker, its "he" someone else
    String text = "Andy Warhol took Polaroids of celebrities.\n\nHilary Braysmith said, \"I think his photographs matter.\n\n"
        + "In terms of experimentation, I think he was ground-breaking.\"\n\nThe show closes in May.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Hilary Braysmith")).contains(at(text, "I", 1)), found.toString());
    assertTrue(mentions(named(found, "Andy Warhol")).contains(at(text, "he", 0)), found.toString());
  }

  @Test
  void aParagraphWithoutAClosingMarkIsNoContinuation() {
    String text = "Hilary Braysmith said, \"I think his photographs matter.\n\nI was not there, the reporter wrote.";
    List<Entity> found = entities(text);
    assertTrue(!mentions(named(found, "Hilary Braysmith")).contains(at(text, "I", 1)), found.toString());
  }

  @Test
  void weInACoachsQuoteIsTheSideTheCoachSpeaksFor() {
    String text = "Tunisia lost to England on Monday. After the match, Tunisia's coach Nabil Maaloul said, \"We were playing a strong side.\"";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Tunisia")).contains(at(text, "We", 0)), found.toString());
    assertTrue(!mentions(named(found, "Nabil Maaloul")).contains(at(text, "We", 0)), found.toString());
  }

  @Test
  void aSpeakerNamedByARoleInAppositionIsThePersonBeforeIt() {
    String text = "Belgium beat Panama 3-0. After the match, Hernan Dario Gomez, Panama coach, said, \"I think we have learned a lot.\"";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Hernan Dario Gomez")).contains(at(text, "I", 0)), found.toString());
    assertTrue(mentions(named(found, "Panama")).contains(at(text, "we", 0)), found.toString());
  }

  @Test
  void weOfAPersonWithoutASideStaysUnresolved() {
    String text = "Mary Smith, a retired teacher, said, \"We never expected this.\"";
    List<Entity> found = entities(text);
    assertTrue(found.stream().noneMatch(e -> mentions(e).contains(at(text, "We", 0))), found.toString());
  }

  @Test
  void itCanBeANamedProductThatIsTheSubjectOfTheSentenceBefore() {
    String text = "Sony made the PlayStation Vita for gamers. The PlayStation Vita sold poorly in 2012. Then it was dropped.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "PlayStation Vita")).contains(at(text, "it", 0)), found.toString());
  }

  @Test
  void itOpeningTheClauseOfAReportingVerbIsItsSubject() {
    String text = "The South fired dozens of rounds. After the exchange of fire, North Korea stated it would attack the loudspeakers.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "North Korea")).contains(at(text, "it", 0)), found.toString());
  }

  @Test
  void aPronounInAnOpeningAdverbialRefersToTheSubjectAfterTheComma() {
    String text = "Mark Rathbun met the boy in Florida. After calling the church to speak with his mother, Daniel Montalvo was put through to a lawyer.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Daniel Montalvo")).contains(at(text, "his", 0)), found.toString());
  }

  @Test
  void anAppositionAfterTheAdverbialIsNotItsSubject() {
    String text = "Hillary Clinton wrote about her health. In her 2003 book, Living History, Clinton noted the clot.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Hillary Clinton")).contains(at(text, "her", 1)), found.toString());
  }

  @Test
  void anAdverbialThatNamesItsOwnPersonIsNoCataphora() {
    String text = "Anna Reyes spoke first. After Tom Hill lost his seat, Anna Reyes said nothing.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Tom Hill")).contains(at(text, "his", 0)), found.toString());
  }

  @Test
  void theyAfterACoordinationOfNamesIsTheCoordinationNamedByItsFirst() {
    String text = "Ubisoft, Microsoft, and Sony all had large areas set up for attendees to try their latest games.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Ubisoft")).contains(at(text, "their", 0)), found.toString());
  }

  @Test
  void theyAfterAnUnnamedPluralSubjectIsThatGroup() {
    String text = "Guests included Stan Lee, Mark Hamill, and Margaret Atwood. Thousands of fans donned costumes, many of which they made.";
    List<Entity> found = entities(text);
    assertTrue(found.stream().noneMatch(e -> mentions(e).contains(at(text, "they", 0))), found.toString());
  }

  @Test
  void aContractedPronounIsTheMentionOfItsPronounOnly() {
    String text = "Prime Minister John Key backs a new flag. Of the public process, he said, \"In the end I'll have one vote.\"";
    List<Entity> found = entities(text);
    List<String> key = mentions(named(found, "John Key"));
    assertTrue(key.contains(at(text, "I", 0)), found.toString());
  }

  @Test
  void firstPersonInAPullQuoteIsThePersonWhoSignsIt() {
    String text = "Mary Jones says she was held on the ship for years.\n\nI was told that my mother had attacked the church. Mary Jones\n\n"
        + "I was told that my mother had attacked the church.\n\nThe church denies it.";
    List<Entity> found = entities(text);
    List<String> jones = mentions(named(found, "Mary Jones"));
    assertTrue(jones.contains(at(text, "I", 0)) && jones.contains(at(text, "my", 0)) && jones.contains(at(text, "I", 1)), found.toString());
  }

  @Test
  void firstPersonOutsideQuotesWithoutASignatureStaysUnresolved() {
    String text = "Mary Jones says she was held on the ship for years.\n\nI spoke to her last week.";
    List<Entity> found = entities(text);
    assertTrue(found.stream().noneMatch(e -> mentions(e).contains(at(text, "I", 0))), found.toString());
  }

  @Test
  void heWithNoPersonNearIsTheTopicPersonRatherThanANameOfUnknownType() {
    String text = "Andy Warhol made prints. Warhol loved fame. Warhol took Polaroids of stars. Polaroids were cheap then. "
        + "Ten years later, the show opened at the University of Arkansas, Fayetteville. Cynthia Thompson, director of exhibits at the "
        + "University of Arkansas, Fayetteville, said, \"These images serve as documentation of people in his every day life.\"";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Andy Warhol")).contains(at(text, "his", 0)), found.toString());
  }

  @Test
  void weOfASpokespersonIsTheOrganisationOfTheApposition() {
    String text = "Washington urged action. Jeff Rathke, the State Department spokesperson, said, \"We urge the governments to act.\"";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "State Department")).contains(at(text, "We", 0)), found.toString());
  }

  @Test
  void aRunOnQuoteSignedAfterItsClosingMarkSpeaksForItsSigner() {
    String text = "Professor Cres Eastman said he is alarmed.\n\n\"Pregnant women are getting half of what they need.\n"
        + "So that alarms me, because the damage is serious,\" he said.\n\nThe report came out on Monday.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Cres Eastman")).contains(at(text, "me", 0)), found.toString());
  }

  @Test
  void aPossessiveTheTaggerTakesForAContractionIsStillAPronoun() {
    String text = "Daniel Montalvo, 19, a member of Scientology all his life, was arrested after leaving its elite group the Sea Org.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Scientology")).contains(at(text, "its", 0)), found.toString());
  }

  @Test
  void aPronounThatReportsSpeechIsTheSpeakerBeforeIt() {
    String text = "\"Shells fell near KPA posts 250 and 251,\" said KCNA. \"Provocation deserves punishment,\" it added.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "KCNA")).contains(at(text, "it", 0)), found.toString());
  }

  @Test
  void anObjectPronounIsNotTheSubjectOfItsOwnClause() {
    String text = "Daniel Montalvo left the group. He traveled to Florida to meet Tom Devocht, who had told Montalvo he would assist him.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Daniel Montalvo")).contains(at(text, "him", 0)), found.toString());
    assertTrue(mentions(named(found, "Tom Devocht")).contains(at(text, "he", 0)), found.toString());
  }

  @Test
  void itKeepsToTheThingItsChainIsAbout() {
    String text = "Sony made the PlayStation Vita for gamers. The PlayStation Vita sold poorly in 2012. But it outlived its rivals, and Sony no "
        + "longer wants to support it.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "PlayStation Vita")).contains(at(text, "it", 1)), found.toString());
  }

  @Test
  void theyOfAReportingVerbAfterAnAppositionIsItsSubject() {
    String text = "Professor Cres Eastman wants iodised salt. Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at guidelines.";
    List<Entity> found = entities(text);
    Entity fsanz = found.stream().filter(e -> e.name().startsWith("Food Standards")).findFirst().orElseThrow(() -> new AssertionError(found.toString()));
    assertTrue(mentions(fsanz).contains(at(text, "they", 0)), found.toString());
  }

  @Test
  void theyThatAlsoReportSpeechIsTheLastSpeaker() {
    String text = "In a statement to the ABC, the Church denied the allegations. Paris was never forced to work. They also claimed Paris was a volunteer.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Church")).contains(at(text, "They", 0)), found.toString());
  }

  @Test
  void youInAQuoteIsThePersonItAddressesByName() {
    String text = "Ahmed Mohamed built a clock. Barack Obama tweeted: \"Cool clock, Ahmed. We should inspire more kids like you to like science.\"";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Ahmed Mohamed")).contains(at(text, "you", 0)), found.toString());
  }

  @Test
  void youInAQuoteThatAddressesNoOneStaysUnresolved() {
    String text = "Barack Obama tweeted: \"We should inspire more kids like you to like science.\"";
    List<Entity> found = entities(text);
    assertTrue(found.stream().noneMatch(e -> mentions(e).contains(at(text, "you", 0))), found.toString());
  }

  @Test
  void aPronounOfTheHeadlineRefersForwardToTheLede() {
    String text = "Australian woman claims church imprisoned her for twelve years\n\nThursday, May 7, 2015\n\n"
        + "Valeska Paris, a former member, has claimed that the church held her aboard a cruise ship.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Valeska Paris")).contains(at(text, "her", 0)), found.toString());
  }

  @Test
  void weOfAPersonOfAnOrganisationIsThatOrganisation() {
    String text = "The Neo Democrats lost two seats. Gary Fan of the Neo Democrats said, \"We will rebuild.\"";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Neo Democrats")).contains(at(text, "We", 0)), found.toString());
  }

  @Test
  void weOfAPersonFromAPlaceIsNotThePlace() {
    String text = "Johnnie Wilson, of Springfield, Va., said, \"Back home we didn't have the rights.\"";
    List<Entity> found = entities(text);
    assertTrue(found.stream().noneMatch(e -> mentions(e).contains(at(text, "we", 0))), found.toString());
  }

  @Test
  void itTakesNoNamedThingMentionedOnceOrAContraction() {
    String text = "Clinton spoke on Monday. I’ll have more to say about it when we know the facts, she said.";
    List<Entity> found = entities(text);
    assertTrue(found.stream().noneMatch(e -> e.type().equals(Entity.OTHER) && mentions(e).contains(at(text, "it", 0))), found.toString());
  }

  @Test
  void firstPersonInAnInterviewAnswerIsTheLabelledSpeaker() {
    String text = "Wikinews spoke to the curator Kathryn Waters about the show.\n\nWikinews: Why Warhol?\n\n"
        + "Kathryn Waters: I think everybody knows his name, and my students love him.";
    List<Entity> found = entities(text);
    List<String> waters = mentions(named(found, "Kathryn Waters"));
    assertTrue(waters.contains(at(text, "I", 0)) && waters.contains(at(text, "my", 0)), found.toString());
  }

  @Test
  void heAfterTheAddresseeOfTellIsTheOneWhoTells() {
    String text = "Maria Lopez met the lawyer. John Devocht, who had told Lopez he would help her, did not come.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "John Devocht")).contains(at(text, "he", 0)), found.toString());
  }

  @Test
  void aOneWordPersonNamedOnceComesAfterTheNamedPeopleOfAQuote() {
    // "Water" (a typo, named once, no first name) is no likelier than the artist both quotes speak of
    String text = "Andy Warhol took Polaroids. \"Everybody knows Andy Warhol's name,\" Water said.\n\n"
        + "Hilary Braysmith said, \"I think his photography is influential.\"";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Andy Warhol")).contains(at(text, "his", 0)), found.toString());
  }

  @Test
  void aPronounOfTheOpeningSentencesWithNothingBeforeItLooksForward() {
    String text = "Former member arrested\n\nSaturday, October 9, 2010\n\nReports say a defector travelled back to the building, where he "
        + "was arrested.\n\nDaniel Montalvo had left the group in 2010.";
    List<Entity> found = entities(text);
    assertTrue(mentions(named(found, "Daniel Montalvo")).contains(at(text, "he", 0)), found.toString());
  }
}
