package org.attest.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout rule of the quote extractor with the sentences it exists for (Duckling's way):
 * the quoted words, the expected type, speaker name and, where the layout gives one, the speaker
 * mention (null: the speaker is inferred from the layout and has no mention). A row with a null
 * quote means the text holds no quote.
 */
class QuoteExtractorTest {
  record Case(String rule, String text, String quote, String type, String speakerName, String speaker) {
    @Override
    public String toString() {
      return rule;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("speaker after the quote", "John Smith spoke first. “We will win,” Smith said.", "We will win", "direct", "John Smith", "Smith"),
        new Case("cue before the speaker", "“We will win,” said John Smith.", "We will win", "direct", "John Smith", "John Smith"),
        new Case("colon introduction", "John Smith said: “We will win.”", "We will win", "direct", "John Smith", "John Smith"),
        new Case("speaker inside the quote, first part", "“We will win,” John Smith said, “and we will win big.”", "We will win,", "direct", "John Smith", "John Smith"),
        new Case("speaker inside the quote, second part", "“We will win,” John Smith said, “and we will win big.”", "and we will win big", "direct", "John Smith", "John Smith"),
        new Case("pronoun speaker", "Mary Jones spoke on Friday. “It is over,” she said.", "It is over", "direct", "Mary Jones", "she"),
        new Case("pronoun with an auxiliary", "Mary Jones spoke. “Be polite,” she was known to tell her staff.", "Be polite", "direct", "Mary Jones", "she"),
        new Case("organisation as speaker", "The Islamic State group lost ground. “We regret nothing,” the group said.", "We regret nothing", "direct", "Islamic State group", "the group"),
        new Case("a statement read", "The U.S.-led coalition struck. “We are winning,” an emailed statement from the coalition read.", "We are winning", "direct", "U.S.-led coalition", "the coalition"),
        new Case("continuation paragraph", "“A is true,” John Smith said.\n\n“B is also true.”", "B is also true", "direct", "John Smith", null),
        new Case("run-on paragraph", "John Smith said: “The first part goes on.\n\n“Our second part,” he added.", "The first part goes on", "direct", "John Smith", "John Smith"),
        new Case("run-on paragraph, next part", "John Smith said: “The first part goes on.\n\n“Our second part,” he added.", "Our second part", "direct", "John Smith", "he"),
        new Case("second quote of a paragraph", "“Nothing,” Jim Mattis responded. “I keep other people awake at night.”", "I keep other people awake", "direct", "Jim Mattis", null),
        new Case("interviewer's question", "Mattis replied to CBS host John Dickerson’s question: “What keeps you awake at night?”", "What keeps you awake", "direct", "John Dickerson", "John Dickerson"),
        new Case("nickname is no quote", "His frank remarks gave him the nick name “Mad Dog” in the Marines.", null, null, null, null),
        new Case("scare quote is no quote", "The so-called “reform” failed in the Senate last year.", null, null, null, null),
        new Case("speaker line after a dash", "“This was the best night of my life.” \u2015 Sonya Herridge", "best night", "direct", "Sonya Herridge", "Sonya Herridge"),
        new Case("according to, after", "Prices rose by a third in the spring, according to Reuters.", "Prices rose by a third", "indirect", "Reuters", "Reuters"),
        new Case("according to, before", "According to Reuters, prices rose by a third in the spring.", "prices rose by a third", "indirect", "Reuters", "Reuters"),
        new Case("reporting verb with a clause", "The Islamic State group said that the talks had failed.", "the talks had failed", "indirect", "Islamic State group", "The Islamic State group"),
        new Case("clause, then the speaker", "The talks had failed on Friday, officials said.", "The talks had failed", "indirect", null, "officials"),
        new Case("estimated", "Three weeks ago, the U.S.-led coalition estimated that fewer than 3,000 fighters remained.", "fewer than 3,000 fighters remained", "indirect", "U.S.-led coalition", "U.S.-led coalition"),
        new Case("characterisation in quotation marks", "Chris Christie called Hillary Clinton a “disgrace” on Monday.", "disgrace", "mixed", "Chris Christie", "Chris Christie"),
        new Case("mixed quote, sentence subject", "Jane Doe outlined the goal of the coalition that rivals “do not survive the fight.”", "do not survive the fight", "mixed", "Jane Doe", "Jane Doe"),
        new Case("mixed quote after a cue", "The coalition asserted that it would not “engage in public speculation” about the fighters.", "engage in public speculation", "mixed", null, "The coalition"),
        new Case("ASCII quotation marks", "\"We will win,\" said John Smith.", "We will win", "direct", "John Smith", "John Smith"),
        new Case("guillemets", "«We will win,» said John Smith.", "We will win", "direct", "John Smith", "John Smith"),
        new Case("German quotation marks", "„We will win,“ said John Smith.", "We will win", "direct", "John Smith", "John Smith"),
        new Case("single quotation marks", "‘We will win,’ said John Smith.", "We will win", "direct", "John Smith", "John Smith"),
        new Case("mixed marks typed “...\"", "“It is unusual,\" said Larry Noble, an attorney.", "It is unusual", "direct", "Larry Noble", "Larry Noble"),
        new Case("abbreviated title and party tag", "“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.", "a dog whistle", "direct", "Gwen Moore", "Gwen Moore"),
        new Case("apposition between speaker and cue", "“We will act,” Jim Clyburn, the assistant leader of the caucus, said.", "We will act", "direct", "Jim Clyburn", "Jim Clyburn"),
        new Case("participle after a clause", "Hillary Clinton mocked the complaint, saying anybody who complains “is not having a good night.”", "not having a good night", "mixed", "Hillary Clinton", "Hillary Clinton"),
        new Case("participle after before", "“Keep your hands in sight,” Mary J. Blige sings to Clinton before asking her, “Where do we go from here?”", "Where do we go", "direct", "Mary J. Blige", "Mary J. Blige"),
        new Case("a new sentence after the quote is not its attribution", "Marco Rubio arrived. The senator said his campaign was \"closing really strong.\" He noted that supporters came.", "closing really strong", "mixed", null, "The senator"),
        new Case("colon paragraph before the quote", "Pat Caddell continued:\n\n\"The health issue is a partisan issue, but not only that.\"", "The health issue", "direct", "Pat Caddell", "Pat Caddell"),
        new Case("characterisation through as", "Harry Reid has been steadily pounding Donald Trump as a “con artist” this year.", "con artist", "mixed", "Harry Reid", "Harry Reid"),
        new Case("a possessor's claim that", "Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago.", "thousands of shootings", "mixed", "Donald Trump", "Donald Trump"),
        new Case("a show title is no quote", "Kirsten Gillibrand spoke Friday on CNN’s “New Day,” a morning show.", null, null, null, null),
        new Case("told takes an addressee, not a speaker", "The results were close, Jane Doe told MSNBC as returns came in.", "The results were close", "indirect", "Jane Doe", "Jane Doe"),
        new Case("an adjunct between the cue and that", "John Stumpf said on Tuesday that the lowest-paid workers make $12 an hour.", "the lowest-paid workers make $12 an hour", "indirect", "John Stumpf", "John Stumpf"),
        new Case("clause, then a titled speaker", "Shifting monsoons could affect a billion people, Mr. Obama said in his interview.", "Shifting monsoons could affect a billion people", "indirect", "Obama", "Obama"),
        new Case("apposition between the speaker and an indirect cue", "Senator Dianne Feinstein, Democrat of California, said the EB-5 program has sent a terrible message.", "the EB-5 program has sent a terrible message", "indirect", "Dianne Feinstein", "Dianne Feinstein"),
        new Case("a preposition inside the reported subject", "Senator Jane Doe said the criticism from the Russian president would not change her view.", "the criticism from the Russian president would not change her view", "indirect", "Jane Doe", "Jane Doe"),
        new Case("a possessive inside the reported subject", "Chris Matthews said Pence’s performance should boost the ticket’s numbers.", "Pence’s performance should boost", "indirect", "Chris Matthews", "Chris Matthews"),
        new Case("there is a subject", "Senator Jane Doe says there are also national security concerns.", "there are also national security concerns", "indirect", "Jane Doe", "Jane Doe"),
        new Case("an adjunct, then a pronoun and its verb", "Senator Jane Doe said after the convention she would not endorse him.", "she would not endorse him", "indirect", "Jane Doe", "Jane Doe"),
        new Case("a study finds, with a clause", "A Reuters study found that most voters distrust both candidates.", "most voters distrust both candidates", "indirect", "Reuters", "Reuters"),
        new Case("a belief is attributed", "Many Republicans believe the election will be rigged.", "the election will be rigged", "indirect", "Republicans", "Many Republicans"),
        new Case("a noun phrase as the addressee of told", "Jane Doe told the debate audience that she would raise taxes.", "she would raise taxes", "indirect", "Jane Doe", "Jane Doe"),
        new Case("a pronoun glued to its auxiliary", "Ed Rendell said he’d battled through three bouts of pneumonia.", "he’d battled through three bouts of pneumonia", "indirect", "Ed Rendell", "Ed Rendell"),
        new Case("tweets after a modifier are a noun, no cue", "Jane Doe says John Roe’s flurry of late-night tweets was “unhinged, even for him.”", "unhinged, even for him", "mixed", "Jane Doe", "Jane Doe"),
        new Case("an apposition with a verb, then the cue and a clause", "But Megan Hester, senior associate for education organizing at the institute, said parents still want neighborhood schools.", "parents still want neighborhood schools", "indirect", "Megan Hester", "Megan Hester"),
        new Case("a day between the cue and its clause", "Jane Doe said Monday the plant will close in March.", "the plant will close in March", "indirect", "Jane Doe", "Jane Doe"),
        new Case("a title before the subject of a participle", "Senator Jane Doe addressed the crowd in Denver, saying that the plan would cost 300 jobs.", "the plan would cost 300 jobs", "indirect", "Jane Doe", "Jane Doe"),
        new Case("according to a noun phrase the tagger misreads", "According to exit polls, Mitt Romney had a ten-point lead among the group.", "Mitt Romney had a ten-point lead among the group", "indirect", null, "exit polls"),
        new Case("a hyphenated name before a cue that is also a noun", "Senator Jane Smith-Jones claims the program is wasteful.", "the program is wasteful", "indirect", "Jane Smith-Jones", "Jane Smith-Jones"),
        new Case("the writer speaks", "The judge looked at me. “Okay,” I said.", "“Okay,”", "direct", null, "I"),
        new Case("a statement is its issuer's", "Jessica Mackler issued a statement saying his comment \"has no place in American democracy.\"", "has no place in American democracy", "mixed", "Jessica Mackler", "Jessica Mackler"),
        new Case("a phrase in quotation marks takes the cue before it, not a later one", "Ted Cruz says he is “effectively tied for second place” with Marco Rubio, in a finish that he said defied expectations.", "effectively tied for second place", "mixed", "Ted Cruz", "Ted Cruz"),
        new Case("a dateline and an opening phrase hold no subject", "WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal, Hillary Clinton’s aide John Podesta rallied supporters, saying: “We have to be ready to stop him.”", "We have to be ready to stop him", "direct", "John Podesta", "John Podesta"),
        new Case("the and one word before the cue, however tagged", "“You guys are gonna be the most effective messengers,” the organizer told them.", "“You guys are gonna be the most effective messengers,”", "direct", null, "the organizer"),
        new Case("added to an outlet, right after a quote", "“It was 50 percent more than her show,” Donald Trump added to People.", "“It was 50 percent more than her show,”", "direct", "Donald Trump", "Donald Trump"),
        new Case("an article the tagger misses", "Police officials said a second device was also found in Chelsea.", "a second device was also found in Chelsea", "indirect", null, "Police officials"),
        new Case("a cue in -s tagged as a noun", "Bonuses were $500 to $2,000 every three months, The Wall Street Journal reports.", "Bonuses were $500 to $2,000", "indirect", "Wall Street Journal", "Wall Street Journal"),
        new Case("a relative pronoun before the cue", "They turned to the Chicago Police Department, which reported that 2,521 shootings took place.", "2,521 shootings took place", "indirect", "Chicago Police Department", "the Chicago Police Department"),
        new Case("according to an organisation with of in its name", "Prisons hold 25 percent of the world’s inmates, according to the Federal Bureau of Prisons.", "Prisons hold 25 percent", "indirect", "Federal Bureau of Prisons", "Federal Bureau of Prisons"),
        new Case("a plural noun after a name is no cue", "PolitiFact rated 22% of Democratic claims as true, compared to 11% of Republican claims.", null, null, null, null),
        new Case("a participle that reports, after a clause", "John Stumpf spoke for an hour, explaining the firings amounted to 1 percent of the staff.",
            "the firings amounted to 1 percent of the staff", "indirect", "John Stumpf", "John Stumpf"),
        new Case("a participle that reports, with that", "Mary Jones addressed the crowd on Friday, saying that 300 people had died.", "300 people had died", "indirect", "Mary Jones", "Mary Jones"),
        new Case("unnamed noun phrase as speaker", "As a phone rang, the announcer said, “It’s 3 a.m., and your children are asleep.”", "It’s 3 a.m.", "direct", null, "the announcer"));
  }

  @org.junit.jupiter.api.Test
  void verbsOfBeliefAndFindingCueNoQuotedWords() {
    // [indirect] verbs report a clause, never words in quotation marks, nor an object ("found the documents")
    List<Quote> quotes = new Attest().extract(new Article("t", "“It is over,” Jane Doe thought. Investigators found the documents in a safe.",
        "2017-12-27")).quotes();
    assertEquals(List.of(), quotes.stream().filter(q -> q.cue() != null).map(q -> q.cue().text()).toList());
    assertEquals(List.of(), quotes.stream().filter(q -> q.type().equals(Quote.DIRECT)).map(Quote::text).toList());
  }

  @org.junit.jupiter.api.Test
  void whenItWasSaidIsNoReportedClause() {
    List<Quote> quotes = new Attest().extract(new Article("t", "“Europe must defend itself,” François Hollande said Friday as he entered the talks.",
        "2017-12-27")).quotes();
    assertEquals(List.of("“Europe must defend itself,”"), quotes.stream().map(Quote::text).toList());
  }

  @org.junit.jupiter.api.Test
  void aReportedClauseEndsAtASemicolonBeforeAnotherClause() {
    List<Quote> quotes = new Attest().extract(new Article("t", "The Tax Policy Center estimates that the plan would raise $1.1 trillion;"
        + " the Tax Foundation puts the figure at $498 billion.", "2016-09-16")).quotes();
    assertEquals(List.of("the plan would raise $1.1 trillion"), quotes.stream().map(Quote::text).toList());
  }

  @org.junit.jupiter.api.Test
  void aTextEndingRightAfterTheSpeakerIsRead() {
    List<Quote> quotes = new Attest().extract(new Article("t", "The plant will close next year, said John Smith", "2016-09-16")).quotes();
    assertEquals(List.of("The plant will close next year"), quotes.stream().map(Quote::text).toList());
    assertEquals(List.of("Unemployment will rise next year"), new Attest().extract(new Article("t", "Unemployment will rise next year, said analysts",
        "2016-09-16")).quotes().stream().map(Quote::text).toList());
  }

  @org.junit.jupiter.api.Test
  void relativeClausesAndObjectsAreReadAsSuch() {
    // a relative clause inside the speaker's phrase or the subject; an object and a second verb after a clause-only cue
    assertEquals(List.of("Unemployment will rise sharply next year"), texts("Unemployment will rise sharply next year, said a spokesman for the group that runs it."));
    assertEquals(List.of("people who voted for Trump are angry"), texts("Jane Doe said people who voted for Trump are angry."));
    assertEquals(List.of(), texts("Police found a gun in his car and arrested him on the spot."));
    assertEquals(List.of(), texts("She knows the city well and has lived there for years."));
  }

  @org.junit.jupiter.api.Test
  void theReportedClauseStartsWhereItShould() {
    // exact spans: the day word, the adjunct, the addressee stay out; a day that is the subject stays in
    assertEquals(List.of("the plant will close in March"), texts("Jane Doe said Monday the plant will close in March."));
    assertEquals(List.of("the plant will close"), texts("Jane Doe said Friday night the plant will close."));
    assertEquals(List.of("Friday was her last day at the company"), texts("Jane Doe said Friday was her last day at the company."));
    assertEquals(List.of("she would not endorse him"), texts("Senator Jane Doe said after the convention she would not endorse him."));
    assertEquals(List.of("she would raise taxes"), texts("Jane Doe told the debate audience that she would raise taxes."));
    assertEquals(List.of("he’d battled through three bouts of pneumonia"), texts("Ed Rendell said he’d battled through three bouts of pneumonia."));
    assertEquals(List.of("there are also national security concerns"), texts("Senator Jane Doe says there are also national security concerns."));
  }

  @org.junit.jupiter.api.Test
  void aCueInARelativeClauseReportsUpToItsComma() {
    assertEquals(List.of("the war was over"), texts("John Smith, who thought the war was over, returned home in 1946."));
    assertEquals(List.of("2,521 shootings took place", "to comment"), texts("The Chicago Police Department, which reported that 2,521 shootings took place, declined to comment."));
  }

  @org.junit.jupiter.api.Test
  void aRelativeClauseWithAnAuxiliaryInsideTheSubjectAndTheWritersI() {
    assertEquals(List.of("a man who was seen near the scene is being sought"), texts("Police said a man who was seen near the scene is being sought."));
    assertEquals(List.of("one man who was shot died"), texts("Police said one man who was shot died."));
    // "I think ..., Smith said": the quoted person's "I" is no speaker; the writer speaks only after a quote
    List<Quote> quotes = new Attest().extract(new Article("t", "I think the plan will fail, Jane Doe said.", "2016-09-16")).quotes();
    assertEquals(List.of("Jane Doe"), quotes.stream().map(Quote::speakerName).toList());
  }

  private static List<String> texts(String text) {
    return new Attest().extract(new Article("t", text, "2016-09-16")).quotes().stream().map(Quote::text).toList();
  }

  @org.junit.jupiter.api.Test
  void anAdjunctAfterTheCueIsNoReportedClause() {
    // "Tuesday in a statement" is when and how she spoke, not what she said
    List<Quote> quotes = new Attest().extract(new Article("t", "Senator Jane Doe said Tuesday in a statement to reporters.", "2017-12-27")).quotes();
    assertEquals(List.of(), quotes.stream().map(Quote::text).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(Case c) {
    List<Quote> quotes = new Attest().extract(new Article("t", c.text(), "2017-12-27")).quotes();
    if (c.quote() == null) {
      assertEquals(List.of(), quotes.stream().filter(q -> !q.type().equals(Quote.INDIRECT)).toList(), c.text());
      return;
    }
    Quote q = quotes.stream().filter(x -> x.text().contains(c.quote())).findFirst().orElse(null);
    assertNotNull(q, "no quote holding «" + c.quote() + "» in " + quotes.stream().map(Quote::text).toList());
    assertEquals(c.type(), q.type(), q.text());
    assertEquals(c.speakerName(), q.speakerName(), q.text());
    if (c.speaker() != null) {
      assertNotNull(q.speaker(), "no speaker mention for " + q.text());
      assertEquals(c.speaker(), q.speaker().text(), q.text());
    } else {
      assertNull(q.speaker(), "a speaker inferred from the layout has no mention: " + q.text());
    }
    assertTrue(q.confidence() > 0 && q.confidence() <= 1);
  }
}
