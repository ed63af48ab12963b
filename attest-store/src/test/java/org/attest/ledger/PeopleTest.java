package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attest.model.Mention;
import org.junit.jupiter.api.Test;

/** The identity policy for people: keys that keep namesakes apart, and clean canonical names. */
class PeopleTest {
  private final People people = new People("en");

  @Test
  void aPersonIsFirstAndLastNameWithTheFirstNameInFull() {
    assertEquals("james mattis", people.key("James Mattis"));
    assertEquals("james mattis", people.key("Jim Mattis"));
    assertEquals("james mattis", people.key("James N. Mattis"));
    assertEquals("donald trump", people.key("Donald J. Trump"));
    assertEquals("donald sussman", people.key("S. Donald Sussman"), "an initial before the first name");
    assertNull(people.key("Mattis"), "a surname alone is no one's key");
    assertNull(people.key("J. Smith"), "which J. is not known");
  }

  @Test
  void appositivesAndNameFormsTellNamesakesApart() {
    String text = "said Bob Mason, a retired Postal Service letter carrier who lined up. Robert Mason, 61, an University of Washington professor, agreed.";
    int bob = text.indexOf("Bob Mason");
    assertEquals(java.util.Set.of("letter", "carrier"), people.descriptor(text, new Mention(bob, bob + 9, "Bob Mason", Mention.NAME)));
    int rob = text.indexOf("Robert Mason");
    assertEquals(java.util.Set.of("professor"), people.descriptor(text, new Mention(rob, rob + 12, "Robert Mason", Mention.NAME)));
    String rep = "Rep. Mike McCaul (R-Texas) spoke.";
    assertEquals(java.util.Set.of(), people.descriptor(rep, new Mention(5, 16, "Mike McCaul", Mention.NAME)), "no appositive");
    assertTrue(people.variant("Bob Mason", "Robert Mason"));
    assertTrue(people.variant("Steve Rosenthal", "Steven M. Rosenthal"));
    assertFalse(people.variant("Hillary Clinton", "Hillary Rodham Clinton"), "a middle name");
    assertFalse(people.variant("Gene Sperling", "Gene B. Sperling"), "a middle initial by house style");
    assertFalse(people.variant("James Mattis", "JAMES MATTIS"));
    String award = "winners of the Edgar A. Poe award, and the Hastert rule.";
    int poe = award.indexOf("Edgar");
    assertTrue(people.namedAfter(award, new Mention(poe, poe + 12, "Edgar A. Poe", Mention.NAME)));
    assertFalse(people.namedAfter(text, new Mention(bob, bob + 9, "Bob Mason", Mention.NAME)));
  }

  @Test
  void aGenerationalSuffixIsAnotherPerson() {
    assertEquals("donald trump jr", people.key("Donald Trump Jr."));
    assertEquals("donald trump", people.key("Donald Trump"));
    assertEquals("brent bozell iii", people.key("Brent Bozell III"));
    assertEquals("trump", people.surname("Donald Trump Jr."));
    assertEquals("", people.initials("Donald Trump Jr."));
    assertEquals("hw", people.initials("George H. W. Bush"));
    String text = "Trump's children, Donald Trump, Jr. and Ivanka, spoke.";
    int at = text.indexOf("Donald Trump");
    assertEquals("donald trump jr", people.mentionKey(text, new Mention(at, at + 12, "Donald Trump", Mention.NAME)), "the suffix after the span");
    assertEquals("Donald Trump Jr.", people.clean(people.mentionName(text, new Mention(at, at + 12, "Donald Trump", Mention.NAME))));
  }

  @Test
  void aCanonicalNameIsClean() {
    assertEquals("Hillary Rodham Clinton", people.clean("Hillary Rodham Clinton:"));
    assertEquals("Donald Trump", people.clean("Donald Trump\u2014the"));
    assertEquals("Donald Trump", people.clean("Donald Trump\u2018s"));
    assertEquals("Donald Trump", people.clean("Donald\u00A0Trump"));
    assertEquals("Ted Cruz", people.clean("Senators Ted Cruz"));
    assertEquals("Jeb Bush", people.clean("Former Florida Gov. Jeb Bush"));
    assertEquals("Bernie Sanders", people.clean("Vermonter Bernie Sanders"));
    assertEquals("Jane Doe", people.clean("Jane Doe Says"));
    assertEquals("Ben Carson", people.clean("Ben Carson For Telling Supporters Carson Had Dropped"), "a headline went on");
    assertEquals("Barbara Boxer", people.clean("Barbara Boxer of California"));
    assertEquals("Dawn Lee", people.clean("of Dawn Lee"), "a lower-case word before the name");
    assertEquals("Chris Christie", people.clean("Chris Christie Addresses Heroin Epidemic"));
    assertEquals("Catherine of Aragon", people.clean("Catherine of Aragon"), "two words before it at least");
    assertEquals("Edgar Allen Poe", people.clean("EDGAR ALLEN POE"), "a shouted name as a reader writes it");
    assertEquals("AWR Hawkins", people.clean("AWR Hawkins"));
    assertEquals("Martin Luther King Jr.", people.clean("MARTIN LUTHER KING JR."));
    assertTrue(people.better("John McCain", "John Mccain"));
    assertEquals("François Hollande", people.clean("Fran\u00C3\u00A7ois Hollande"));
    assertEquals("Donald Trump Jr.", people.clean("Donald Trump Jr."));
    assertEquals("Amanda Terkel", people.clean("Amanda TerkelFlagShareLikeReplyMari Hayman"));
    assertEquals("Jason Cherkis", people.clean("Jason Cherkis FlagShareLikeReplyPaige Lavender"));
    assertEquals("John McCain", people.clean("John McCain"));
    assertEquals("JoAnn Smith", people.clean("JoAnn Smith"), "a capital inside a given name is no glue");
    assertEquals("Jim VandeHei", people.clean("Jim VandeHei"));
    assertEquals("RuPaul Charles", people.clean("RuPaul Charles"));
    assertEquals("Chris Christie", people.clean("PMChris Christie"), "a page's capitals glued before the name");
    assertEquals("Ani Vrabel", people.clean("FlagShareLikeReplyAni Vrabel"));
    assertEquals("Jon Strauss", people.clean("Jon StraussCinematography"));
    assertEquals("Frank VanderSloot", people.clean("Frank VanderSloot"));
    assertEquals("RoseAnn DeMoro", people.clean("RoseAnn DeMoro"));
    assertEquals("Martin Luther King Jr.", people.clean("Martin Luther King Jr."), "a title word inside a name");
    assertEquals("Hugo Chávez", people.clean("Hugo Ch\u00C3\u0083\u00C2\u00A1vez"), "encoded three times");
    assertEquals("Hillary Clinton", people.clean("Hillary Clinton Says EgyptAir Crash Seems"));
    assertEquals("Enrique Peña Nieto", people.clean("Enrique PeA\u0303\u0083A\u0302\u00B1a Nieto"), "mojibake written decomposed");
    assertEquals("George H. W. Bush", people.clean("George H. W. Bush"));
  }

  @Test
  void theMostCompleteCleanNameNamesThePerson() {
    assertTrue(people.isClean("Hillary Rodham Clinton"));
    assertTrue(people.isClean("John McCain"));
    assertTrue(people.isClean("Charles de Gaulle"));
    assertFalse(people.isClean("Hillary Rodham Clinton:"));
    assertFalse(people.isClean("Igor BobicFlagShare"));
    assertFalse(people.isClean("PMChris Christie"));
    assertTrue(people.better("Hillary Rodham Clinton", "Hillary Clinton"));
    assertFalse(people.better("Hillary Rodham Clinton:", "Hillary Clinton"), "clean before complete");
    assertTrue(people.titleOnly("President"));
    assertTrue(people.titleOnly("Mr."));
    assertFalse(people.titleOnly("Mr. Khan"));
  }

  @Test
  void anHonorificOfTheOtherGenderIsAnotherPerson() {
    String text = "Michelle Obama spoke. Mr. Obama listened.";
    int at = text.indexOf("Obama", 20);
    assertTrue(people.otherGender(text, new Mention(at, at + 5, "Obama", Mention.NAME), "Michelle Obama"));
    assertTrue(people.otherGender(text, new Mention(at - 4, at + 5, "Mr. Obama", Mention.NAME), "Michelle Obama"));
    assertFalse(people.otherGender(text, new Mention(at, at + 5, "Obama", Mention.NAME), "Barack Obama"));
    assertFalse(people.otherGender("Obama spoke.", new Mention(0, 5, "Obama", Mention.NAME), "Michelle Obama"));
  }

  @Test
  void aFamilyWordNamesARelative() {
    String text = "He came with his wife, Clinton, and their son.";
    int at = text.indexOf("Clinton");
    assertTrue(people.relative(text, new Mention(at, at + 7, "Clinton", Mention.NAME)));
    String other = "Clinton came with her husband.";
    assertFalse(people.relative(other, new Mention(0, 7, "Clinton", Mention.NAME)));
  }
}
