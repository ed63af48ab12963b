package org.attest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private final TextAnalyzer analyzer = new TextAnalyzer();
  private final EntityExtractor extractor = new EntityExtractor();

  private List<Entity> entities(String text) {
    return extractor.extract(analyzer.analyze(text)).toModel();
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + entities.stream().map(Entity::name).toList()));
  }

  private static List<String> mentions(Entity e) {
    return e.mentions().stream().map(m -> m.text() + "/" + m.kind()).toList();
  }

  @Test
  void fullNameSurnameAndPronounAreOnePerson() {
    Entity e = named(entities("Secretary of State James Mattis spoke. Mattis said he was ready."), "James Mattis");
    assertEquals(Entity.PERSON, e.type());
    assertEquals("Secretary of State", e.titles().get(0).text());
    assertEquals(List.of("James Mattis/name", "Mattis/name", "he/pronoun"), mentions(e));
  }

  @Test
  void aRoleBeforeTheNameIsItsTitle() {
    Entity e = named(entities("He answered CBS host John Dickerson’s question."), "John Dickerson");
    assertEquals("CBS host", e.titles().get(0).text());
    assertEquals("President", named(entities("Areas controlled by President Bashar al-Assad."), "Bashar al-Assad").titles().get(0).text());
    // a pageant title is a role, not a part of the name
    assertEquals("Miss Universe", named(entities("Trump attacked former Miss Universe Alicia Machado."), "Alicia Machado").titles().get(0).text());
  }

  @Test
  void aNominalRefersToTheOrganisationItNames() {
    List<Entity> found = entities("The U.S.-led coalition estimated the figure. Later the coalition said it was wrong.");
    Entity coalition = named(found, "U.S.-led coalition");
    assertEquals(Entity.ORG, coalition.type());
    assertTrue(mentions(coalition).contains("the coalition/nominal"), mentions(coalition).toString());
  }

  @Test
  void organisationsPlacesAndGroupsAreTyped() {
    List<Entity> found = entities("Fighters of the Islamic State group remain in Iraq and Syria, according to Reuters.");
    assertEquals(Entity.ORG, named(found, "Islamic State group").type());
    assertEquals(Entity.GPE, named(found, "Iraq").type());
    assertEquals(Entity.ORG, named(found, "Reuters").type());
  }

  @Test
  void aPronounSkipsPeopleOfTheOtherGender() {
    Entity mary = named(entities("Mary Jones met John Smith. She said nothing."), "Mary Jones");
    assertTrue(mentions(mary).contains("She/pronoun"), mentions(mary).toString());
  }

  @Test
  void aSharedSurnameIsTheFirstIntroducedUnlessTheOtherIsNear() {
    String text = "Former President Bill Clinton spoke in Flint. He came for his wife Hillary Clinton. "
        + "The crowd was large. The hall was hot. The band played. Clinton said the system was crazy.";
    assertTrue(mentions(named(entities(text), "Bill Clinton")).contains("Clinton/name"));
    String near = "Gary Johnson spoke on Monday. The crowd was large. The hall was hot. The band played. The rain fell. "
        + "Reporters met Homeland Security Secretary Jeh Johnson. Johnson said the threat was real.";
    assertTrue(mentions(named(entities(near), "Jeh Johnson")).contains("Johnson/name"));
  }

  @Test
  void aPronounPrefersAPersonToANameOfUnknownKind() {
    List<Entity> found = entities("The former president Bill Clinton said Obamacare is failing. He said premiums doubled.");
    assertTrue(mentions(named(found, "Bill Clinton")).contains("He/pronoun"), found.toString());
  }

  @Test
  void aTitleCaseHeadlineNamesOnlyWhatTheBodyNames() {
    List<Entity> found = entities("Clinton Plan for Taxes Is Expansive but Complex\n\nHillary Clinton has a tax plan. Her plan raises taxes.");
    assertEquals(List.of("Hillary Clinton"), found.stream().map(Entity::name).toList());
    assertTrue(mentions(found.get(0)).contains("Clinton/name"), mentions(found.get(0)).toString());
  }

  @Test
  void aNumberWordOpeningASentenceIsNoName() {
    List<Entity> found = entities("Voters were polled. Sixty-two percent of Republicans agreed.");
    assertTrue(found.stream().noneMatch(e -> e.name().startsWith("Sixty")), found.toString());
  }

  @Test
  void anOrganisationBeforeATitleIsANameOfItsOwn() {
    List<Entity> found = entities("Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday.");
    assertEquals(Entity.ORG, named(found, "Wells Fargo").type());
    assertEquals(Entity.PERSON, named(found, "John Stumpf").type());
  }

  @Test
  void andOrToInsideAnOrganisationsName() {
    assertTrue(entities("A complaint was filed by the Securities and Exchange Commission.").stream()
        .anyMatch(e -> e.name().equals("Securities and Exchange Commission")));
    assertTrue(entities("Fighters remain, the Committee to Protect Journalists said.").stream()
        .anyMatch(e -> e.name().equals("Committee to Protect Journalists")));
    assertTrue(entities("The walk-in drew 100,000 people, according to the Alliance to Reclaim Our Schools.").stream()
        .anyMatch(e -> e.name().equals("Alliance to Reclaim Our Schools")));
    List<Entity> two = entities("Troops moved between Iraq and Syria.");
    assertTrue(two.stream().anyMatch(e -> e.name().equals("Iraq")) && two.stream().anyMatch(e -> e.name().equals("Syria")));
  }

  @Test
  void anOrganisationWordOpeningASentenceBeforeANounIsNoName() {
    List<Entity> found = entities("Wells Fargo fired 5,300 people. Bank executives were not fired.");
    assertTrue(found.stream().noneMatch(e -> e.name().equals("Bank")), found.toString());
  }

  @Test
  void aDayEndsAPlaceName() {
    List<Entity> found = entities("In a speech in Fort Pierce, Florida Friday, Clinton laid out her proposals.");
    assertEquals(Entity.GPE, named(found, "Fort Pierce").type());
    assertEquals(Entity.GPE, named(found, "Florida").type());
  }

  @Test
  void monthsAndPartyTagsAreNoNames() {
    List<Entity> found = entities("Rep. Gwen Moore (D-Wis.) spoke in May.");
    assertEquals(List.of("Gwen Moore"), found.stream().map(Entity::name).toList());
    assertEquals(Mention.NAME, found.get(0).mentions().get(0).kind());
  }

  private static List<String> names(List<Entity> entities) {
    return entities.stream().map(Entity::name).toList();
  }

  @Test
  void theHeadOfXOfYTypesTheName() {
    List<Entity> found = entities("The Church of Scientology sued. Students of the University of Southern Indiana met near the Plains of Arafat.");
    assertEquals(Entity.ORG, named(found, "Church of Scientology").type());
    assertEquals(Entity.ORG, named(found, "University of Southern Indiana").type());
    assertEquals(Entity.LOC, named(found, "Plains of Arafat").type());
  }

  @Test
  void facilitiesArePlaces() {
    assertEquals(Entity.LOC, named(entities("Fans filled the Fisht Stadium on Monday."), "Fisht Stadium").type());
  }

  @Test
  void namesOfThingsAreNoPeople() {
    List<Entity> found = entities("Microsoft wants users of Internet Explorer to upgrade. Nick Moreau agreed.");
    assertEquals(Entity.OTHER, named(found, "Internet Explorer").type());
    assertEquals(Entity.PERSON, named(found, "Nick Moreau").type());
  }

  @Test
  void aHyphenatedGivenNameStaysInTheName() {
    Entity lee = named(entities("Veteran Lee Cheuk-yan of the Labour Party lost his seat."), "Lee Cheuk-yan");
    assertEquals(Entity.PERSON, lee.type());
  }

  @Test
  void aNameBeforeAHyphenatedWordOrAfterProIsNoName() {
    List<Entity> found = entities("The Scientology-related group met the pro-Beijing camp.");
    assertTrue(names(found).stream().noneMatch(n -> n.contains("Scientology-") || n.contains("Beijing")), names(found).toString());
  }

  @Test
  void aPlaceBeforeATitleBelongsToTheTitle() {
    Entity obama = named(entities("The boy was invited by US President Barack Obama."), "Barack Obama");
    assertEquals("US President", obama.titles().get(0).text());
    assertEquals(List.of("US/name"), mentions(named(entities("The boy was invited by US President Barack Obama."), "US"))); // and a name of its own
    assertEquals(Entity.PERSON, named(entities("Texas student Ahmed Mohamed built a clock."), "Ahmed Mohamed").type());
  }

  @Test
  void aPlaceOfTwoWordsBeforeATitleBelongsToTheTitle() {
    Entity christie = named(entities("The crowd cheered New Jersey Gov. Chris Christie on Monday."), "Chris Christie");
    assertEquals("New Jersey Gov.", christie.titles().get(0).text());
  }

  @Test
  void aPlaceRunIntoAPersonsNameIsSplit() {
    List<Entity> found = entities("He met the envoy to the United States John Smith on Monday.");
    assertEquals(Entity.GPE, named(found, "United States").type());
    assertEquals(Entity.PERSON, named(found, "John Smith").type());
  }

  @Test
  void anAppositionMakesAPersonAndTheSurnameFollowsWhateverItsOwnType() {
    List<Entity> found = entities("Valeska Paris, an Australian woman, sued. Paris said her passport was taken.");
    Entity paris = named(found, "Valeska Paris");
    assertEquals(Entity.PERSON, paris.type());
    assertEquals(List.of("Valeska Paris/name", "Paris/name", "her/pronoun"), mentions(paris));
    assertEquals(Entity.LOC, named(entities("Troops left Western Iraq."), "Western Iraq").type()); // a region of a country, no polity
  }

  @Test
  void aNameAfterTheIsNoPerson() {
    assertTrue(!named(entities("She joined the Sea Org aged 14."), "Sea Org").type().equals(Entity.PERSON));
  }

  @Test
  void aPronounInALaterSentenceTakesTheFirstPersonOfTheNearestSentence() {
    List<Entity> found = entities("Daniel Montalvo said Mark Rathbun helped him. He then left the country.");
    assertTrue(mentions(named(found, "Daniel Montalvo")).contains("He/pronoun"), found.toString());
  }

  @Test
  void anAcronymOfTheAliasListIsTheOrganisation() {
    Entity is = named(entities("Mattis fought the Islamic State group. Fewer than 1,000 ISIS fighters remain."), "Islamic State group");
    assertTrue(mentions(is).contains("ISIS/name"), mentions(is).toString());
  }

  @Test
  void aPlaceOrAKnownNameLeadingALongerNameIsNamedToo() {
    List<Entity> found = entities("The US National Science Foundation paid. Google said its Google Science Fair was open.");
    assertEquals(List.of("US/name"), mentions(named(found, "US")));
    assertEquals(Entity.GPE, named(found, "US").type());
    assertTrue(mentions(named(found, "Google")).contains("Google/name"), found.toString());
    assertEquals(2, named(found, "Google").mentions().stream().filter(m -> m.kind().equals(Mention.NAME)).count(), found.toString());
  }

  @Test
  void aPlaceAfterOfInsideAnOrganisationIsNamedToo() {
    List<Entity> found = entities("Officials of the Municipality of Milan appealed.");
    assertEquals(Entity.ORG, named(found, "Municipality of Milan").type());
    assertEquals(Entity.GPE, named(found, "Milan").type());
  }

  @Test
  void noNameInsideTheHeadOfXOfYOrInsideAPlace() {
    List<Entity> found = entities("Hackers attacked the Church of Scientology in Washington D.C. on Monday.");
    assertTrue(found.stream().noneMatch(e -> e.name().equals("Church") || e.name().equals("Scientology") || e.name().equals("Washington")),
        found.toString());
  }

  @Test
  void capitalUsAndLaArePlaces() {
    List<Entity> found = entities("He flew from the US to LA on Monday.");
    assertEquals(Entity.GPE, named(found, "US").type());
    assertEquals(Entity.GPE, named(found, "LA").type());
  }

  @Test
  void orgIsAnOrganisationWord() {
    assertEquals(Entity.ORG, named(entities("She joined the Sea Org aged 14."), "Sea Org").type());
  }

  @Test
  void aCountryNextToAMatchScoreIsItsTeam() {
    List<Entity> found = entities("Tunisia lost 1 – 2 to England on Monday. England plays again in June. Troops left Iraq.");
    assertEquals(Entity.ORG, named(found, "Tunisia").type());
    assertEquals(Entity.ORG, named(found, "England").type());
    assertEquals(Entity.GPE, named(found, "Iraq").type());
  }

  @Test
  void anOrganisationWordAndALetterIsAnOrganisation() {
    assertEquals(Entity.ORG, named(entities("Sweden topped Group F on Monday."), "Group F").type());
  }

  @Test
  void aNameOfUnknownTypeWithMemberWordsIsAnOrganisation() {
    assertEquals(Entity.ORG, named(entities("He was questioned by Scientology officials on Monday."), "Scientology").type());
    assertEquals(Entity.ORG, named(entities("He contacted former members of Scientology on Monday."), "Scientology").type());
    assertEquals(Entity.ORG, named(entities("Later, Zeitgeist reporters attended the opening."), "Zeitgeist").type());
  }

  @Test
  void aNameBeforeACommaAndAKnownPlaceIsAPlace() {
    List<Entity> found = entities("Ahmed Mohamed lives in Irving, Texas, with his family.");
    assertEquals(Entity.GPE, named(found, "Irving").type());
    assertEquals(Entity.GPE, named(entities("She was kept in Clearwater, Florida until she was eighteen."), "Clearwater").type());
    assertEquals(Entity.PERSON, named(entities("After the match, Hernan Dario Gomez, Panama coach, said it was fair."), "Hernan Dario Gomez").type());
  }

  @Test
  void aPronounAfterAQuoteTakesThePersonTheQuoteNames() {
    List<Entity> found = entities("Mark Rathbun made a statement. \"Daniel Montalvo was picked up by an investigator.\" Instead, he was taken to an office.");
    assertTrue(mentions(named(found, "Daniel Montalvo")).contains("he/pronoun"), found.toString());
  }

  @Test
  void aFirstNameAloneGivesItsGender() {
    List<Entity> found = entities("Andy Warhol painted Marilyn in 1962. He sold the prints later.");
    assertTrue(mentions(named(found, "Andy Warhol")).contains("He/pronoun"), found.toString());
  }

  @Test
  void theyCanBeAGroupNamedInThePlural() {
    List<Entity> found = entities("Muslims travel to Mecca every year. Then they pray at the mosque.");
    assertTrue(mentions(named(found, "Muslims")).contains("they/pronoun"), found.toString());
  }

  @Test
  void aGroupAdjectiveBeforeARoleOrAnOrganisationWordIsNoName() {
    List<Entity> found = entities("The six-member Afghan team won. The Indonesian navy rescued them.");
    assertTrue(found.stream().noneMatch(e -> e.type().equals(Entity.PERSON) || e.type().equals(Entity.ORG)), found.toString());
  }

  @Test
  void capitalsWithDigitsOrARomanNumeralAreNoOrganisation() {
    List<Entity> found = entities("Users left IE6 for good, as Star Wars Episode IV showed. The CDC agreed.");
    assertTrue(!named(found, "IE6").type().equals(Entity.ORG), found.toString());
    assertTrue(found.stream().noneMatch(e -> e.name().contains("IV") && e.type().equals(Entity.ORG)), found.toString());
    assertEquals(Entity.ORG, named(found, "CDC").type());
  }

  @Test
  void australianStatesArePlacesAndACompassRegionIsNoPolity() {
    List<Entity> found = entities("Children in Victoria and Western Australia lack iodine, as in Southern Indiana.");
    assertEquals(Entity.GPE, named(found, "Victoria").type());
    assertEquals(Entity.GPE, named(found, "Western Australia").type());
    assertEquals(Entity.LOC, named(found, "Southern Indiana").type());
  }

  @Test
  void aNameAfterAPersonAndOfIsTheOrganisation() {
    List<Entity> found = entities("The seat went to Michael Chan of People Power.");
    assertEquals(Entity.ORG, named(found, "People Power").type());
    assertEquals(Entity.PERSON, named(found, "Michael Chan").type());
  }

  @Test
  void heInsideAQuoteIsNotItsSpeaker() {
    List<Entity> found = new org.attest.Attest().extract(new org.attest.model.Article("t",
        "Andy Warhol made prints of celebrities. Hilary Braysmith said, \"I think his work changed art.\"", "2014-01-28")).entities();
    assertTrue(mentions(named(found, "Andy Warhol")).contains("his/pronoun"), found.toString());
  }

  @Test
  void aHyphenatedGivenNameIsOneName() {
    assertEquals(Entity.PERSON, named(entities("The rally was led by Cheng Chung-tai on Sunday."), "Cheng Chung-tai").type());
    assertTrue(entities("Fans attacked the Scientology-owned building.").stream().noneMatch(e -> e.name().contains("owned")));
  }

  @Test
  void aFirstNameBeforeAWordOfThingsNamesAThing() {
    List<Entity> found = entities("Andy Warhol took photos. The Andy Warhol Photographic Legacy Program gave them away.");
    assertTrue(!named(found, "Andy Warhol Photographic Legacy Program").type().equals(Entity.PERSON), found.toString());
    assertEquals(Entity.PERSON, named(entities("The court heard Nathan Law on Monday."), "Nathan Law").type());
  }

  @Test
  void aPersonsSurnameBeforeANameMakesAThing() {
    List<Entity> found = entities("Andy Warhol liked cameras. Warhol took photos. A Warhol Polaroid sold well.");
    assertTrue(!named(found, "Warhol Polaroid").type().equals(Entity.PERSON), found.toString());
  }

  @Test
  void aSplitWordPrefixIsNoName() {
    List<Entity> found = entities("The boy was praised. Co-founder of Google, Sergey Brin, met him.");
    assertEquals(Entity.ORG, named(found, "Google").type());
    assertTrue(found.stream().noneMatch(e -> e.name().startsWith("Co-")), found.toString());
  }

  @Test
  void anOrganisationWordJoinsOfTheAndAName() {
    List<Entity> found = entities("Prints came from the Andy Warhol Foundation for the Visual Arts and Colorado State University of the US.");
    assertEquals(Entity.ORG, named(found, "Andy Warhol Foundation for the Visual Arts").type());
    assertEquals(Entity.GPE, named(found, "US").type()); // the place after "of the" inside the name
  }

  @Test
  void aKnownNameTheTaggerTakesForAFunctionWordIsAName() {
    List<Entity> found = entities("Ahmed Mohamed built a clock. Jafari said she felt Mohamed had been wronged. Twitter gave Mohamed the option.");
    assertEquals(List.of("Ahmed Mohamed/name", "Mohamed/name", "Mohamed/name"),
        mentions(named(found, "Ahmed Mohamed")).stream().filter(m -> m.endsWith("/name")).toList());
    assertEquals(Entity.GPE, named(entities("Boats were pushed toward Malaysia and then toward Indonesia by the navy."), "Indonesia").type());
  }

  @Test
  void anAcronymIsANameEvenWhereItSpellsAWord() {
    List<Entity> found = entities("The World Health Organisation (WHO) recommends iodised salt. WHO say deficiency is preventable.");
    assertEquals(2, found.stream().flatMap(e -> e.mentions().stream()).filter(m -> m.text().equals("WHO")).count(), found.toString());
    assertTrue(entities("I cannot believe a man with NO credentials runs, she said.").stream().noneMatch(e -> e.name().equals("NO")));
    Entity pence = named(entities("Mike Pence spoke at the debate.\n\nPENCE: Well, look, that is not true."), "Mike Pence");
    assertTrue(mentions(pence).contains("PENCE/name"), mentions(pence).toString()); // a transcript's speaker label
  }

  @Test
  void aKnownPlaceOrOrganisationOpeningASentenceIsAName() {
    assertEquals(Entity.GPE, named(entities("New Zealand begins process to consider changing its flag."), "New Zealand").type());
    assertEquals(Entity.ORG, named(entities("Wikinews has learned that the site was attacked."), "Wikinews").type());
  }

  @Test
  void anOrganisationOrPlaceNameOpeningASentenceOrParenthesisIsWhole() {
    List<Entity> found = entities("Civic Party's Jeremy Tam was elected. A hotel near the Masjid Al-Haram (Grand Mosque) collapsed.");
    assertEquals(Entity.ORG, named(found, "Civic Party").type());
    assertEquals(Entity.LOC, named(found, "Grand Mosque").type());
    assertTrue(entities("Former President Bill Clinton spoke.").stream().noneMatch(e -> e.name().startsWith("Former")));
  }

  @Test
  void aPossessiveInsideAnOrganisationsName() {
    List<Entity> found = entities("Eunice Yung of New People's Party won. Officers of the Korean People's Army fired. Britain's Labour Party lost.");
    assertEquals(Entity.ORG, named(found, "New People's Party").type());
    assertEquals(Entity.ORG, named(found, "Korean People's Army").type());
    assertEquals(Entity.GPE, named(found, "Britain").type());
    assertTrue(entities("He praised Tim Kaine's Senate record.").stream().anyMatch(e -> e.name().equals("Tim Kaine")));
  }

  @Test
  void aKnownPlaceInsideALongerNameIsNamedToo() {
    List<Entity> found = entities("The 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre. Students of the University of Texas Arlington met.");
    assertEquals(List.of("Canada/name"), mentions(named(found, "Canada")));
    assertEquals(Entity.GPE, named(found, "Toronto").type());
    assertEquals(Entity.GPE, named(found, "Texas").type());
    assertTrue(entities("The New York Times Company reported it.").stream().noneMatch(e -> e.name().equals("York")));
    List<Entity> none = entities("Students of the University of Southern Indiana met Valeska Paris on Monday.");
    assertTrue(none.stream().noneMatch(e -> e.name().equals("Indiana") || e.name().equals("Paris")), names(none).toString());
  }

  @Test
  void aNameAfterAWordOfSettlementIsAPlace() {
    List<Entity> found = entities("South Korea evacuated 80 people in the town of Yeoncheon. The request of the Municipality of Bogliasco was heard.");
    assertEquals(Entity.GPE, named(found, "Yeoncheon").type());
    assertEquals(Entity.ORG, named(found, "Municipality of Bogliasco").type());
    assertEquals(Entity.GPE, named(found, "Bogliasco").type());
  }

  @Test
  void facilitiesAndFeaturesByTheirHeadWord() {
    List<Entity> found = entities("She was kept at Flag Land Base in Florida. Fans met in Constitution Hall. John Park spoke.");
    assertEquals(Entity.LOC, named(found, "Flag Land Base").type());
    assertEquals(Entity.LOC, named(found, "Constitution Hall").type());
    assertEquals(Entity.PERSON, named(found, "John Park").type());
  }

  @Test
  void aWordTheArticleTagsAsANameElsewhereIsANameWhateverItsTagHere() {
    List<Entity> found = entities("Officials questioned Montalvo in Florida. Devocht, who had told Montalvo he would help, left.");
    assertEquals(2, mentions(named(found, "Montalvo")).stream().filter(m -> m.endsWith("/name")).count(), found.toString());
  }

  @Test
  void anHonorificOpeningANameOfAnInstitutionIsNoTitle() {
    Entity duke = named(entities("The prints came from Duke University in Durham."), "Duke University");
    assertEquals(Entity.ORG, duke.type());
    assertTrue(duke.titles().isEmpty());
  }

  @Test
  void acronymsAreInNoPersonsNameAndSomeNameThings() {
    List<Entity> found = entities("The FIRST Global competition opened. Players tried PlayStation VR. Fans got VIP passes. Study leader AS Heagle agreed.");
    assertTrue(!named(found, "FIRST Global").type().equals(Entity.PERSON));
    assertTrue(!named(found, "PlayStation VR").type().equals(Entity.PERSON));
    assertEquals(Entity.OTHER, named(found, "VIP").type());
    assertEquals(Entity.PERSON, named(found, "AS Heagle").type());
  }

  @Test
  void aCityATeamAndANewsAgencyByTheirWords() {
    List<Entity> found = entities("The Taipei City Lantern Festival opened. Team Estonia rebuilt its robot, Yonhap news agency said.");
    assertEquals(Entity.GPE, named(found, "Taipei City").type());
    assertEquals(Entity.ORG, named(found, "Team Estonia").type());
    assertEquals(Entity.ORG, named(entities("Students of the Instituto Gonzaga, a catholic school, paid US$ 300."), "Instituto Gonzaga").type());
    assertEquals(Entity.ORG, named(found, "Yonhap news agency").type());
  }

  @Test
  void aDayOrATimeZoneIsNoPerson() {
    List<Entity> found = entities("On Cinco de Mayo, Trump ate a taco bowl. All times are Eastern Standard Time. Anna Reyes said so.");
    assertEquals(Entity.OTHER, named(found, "Cinco de Mayo").type());
    assertTrue(found.stream().noneMatch(e -> Entity.PERSON.equals(e.type()) && e.name().contains("Time")));
    assertEquals(Entity.PERSON, named(found, "Anna Reyes").type());
  }

  @Test
  void aCityOfTheGazetteerIsAPlaceWhenNothingElseTypesIt() {
    List<Entity> found = entities("The first meeting is set to take place in Christchurch on May 16. England faced Tunisia at the Volgograd Arena.");
    assertEquals(Entity.GPE, named(found, "Christchurch").type());
    assertEquals(Entity.GPE, named(found, "Volgograd").type());
    List<Entity> more = entities("Researchers of the University of Sheffield met. The coal giant Peabody Energy agreed.");
    assertEquals(Entity.GPE, named(more, "Sheffield").type());
    assertTrue(more.stream().noneMatch(e -> e.name().equals("Peabody")), names(more).toString());
  }

  @Test
  void aOneWordNameThatSpeaksIsAPerson() {
    List<Entity> found = entities("Recipients must exhibit the works, said Mauer. \"He was a personality\", Water said. Since 2010 Firefox added tabs.");
    assertEquals(Entity.PERSON, named(found, "Mauer").type());
    assertEquals(Entity.PERSON, named(found, "Water").type());
    assertEquals(Entity.OTHER, named(found, "Firefox").type());
  }

  @Test
  void theAcronymOfANameOfSomethingElseIsThatThing() {
    List<Entity> found = entities("Microsoft wants users of Internet Explorer to upgrade. IE holds 56% of the market. IE is old.");
    Entity ie = named(found, "Internet Explorer");
    assertEquals(Entity.OTHER, ie.type());
    assertEquals(List.of("Internet Explorer/name", "IE/name", "IE/name"), mentions(ie));
  }

  @Test
  void aFacilityNamedAfterAPlaceNamesThePlaceToo() {
    List<Entity> found = entities("Crowds can be avoided by walking from Shandao Station. Belgium faced Panama at the Fisht Stadium in Sochi.");
    assertEquals(Entity.LOC, named(found, "Shandao Station").type());
    assertEquals(Entity.LOC, named(found, "Shandao").type());
    assertEquals(Entity.LOC, named(found, "Fisht").type());
    List<Entity> none = entities("The boy built a clock and visited the International Space Station.");
    assertTrue(none.stream().noneMatch(e -> e.name().equals("International Space")), names(none).toString());
  }

  @Test
  void aKnownOrganisationLeadingANameOfAThingIsNamedToo() {
    List<Entity> found = entities("Firefox is losing users while the recently released Google Chrome is gaining them.");
    assertEquals(Entity.ORG, named(found, "Google").type());
  }

  @Test
  void aTitleWordOpeningANameOfXOfYIsNoTitle() {
    List<Entity> found = entities("Other groups included the Ontario Ghostbusters, Doctor Who Society of Canada, and others.");
    assertEquals(Entity.ORG, named(found, "Doctor Who Society of Canada").type());
    assertEquals(Entity.GPE, named(found, "Canada").type());
  }

  @Test
  void aMemorialNamesThePersonItRemembers() {
    List<Entity> found = entities("Hundreds of thousands crowded onto the Chiang Kai Shek Memorial near downtown Taipei.");
    assertEquals(Entity.LOC, named(found, "Chiang Kai Shek Memorial").type());
    assertEquals(Entity.PERSON, named(found, "Chiang Kai Shek").type());
  }

  @Test
  void placesAndBodiesOfTheLexicons() {
    List<Entity> found = entities("The Border Force vessel sailed on the Solent. The ship Freewinds was in Bonaire, backed by the British Red Cross.");
    assertEquals(Entity.ORG, named(found, "Border Force").type());
    assertEquals(Entity.LOC, named(found, "Solent").type());
    assertEquals(Entity.GPE, named(found, "Bonaire").type());
    assertEquals(Entity.ORG, named(found, "British Red Cross").type());
  }

  @Test
  void aRegionOfAPlaceIsAPlaceButNoPolity() {
    List<Entity> found = entities("Children in mainland Australia are iodine deficient, and crowds filled downtown Taipei.");
    assertEquals(Entity.LOC, named(found, "mainland Australia").type());
    assertEquals(Entity.LOC, named(found, "downtown Taipei").type());
  }

  @Test
  void aKnownPlaceWinsOverTheWordsOfItsNameAndSomeFirstWordsMakePlaces() {
    List<Entity> found = entities("Migrants crossing the Channel rose. Talks on the West Bank resumed near the Masjid Al-Haram and Mount Everest.");
    assertEquals(Entity.LOC, named(found, "Channel").type());
    assertEquals(Entity.GPE, named(found, "West Bank").type());
    assertEquals(Entity.LOC, named(found, "Masjid Al-Haram").type());
    assertEquals(Entity.LOC, named(found, "Mount Everest").type());
  }

  @Test
  void theFirstWordOfANameTheArticleCapitalisesInsideSentencesOpensItAtASentenceStart() {
    List<Entity> found = entities("In the first half Dries Mertens scored a goal. Dries Mertens's attempt in the 18th minute failed.");
    assertEquals(List.of("Dries Mertens/name", "Dries Mertens/name"), mentions(named(found, "Dries Mertens")));
    List<Entity> none = entities("Mike Pence spoke.\n\nWARNING: the text is long.");
    assertTrue(none.stream().noneMatch(e -> e.name().equals("WARNING")), names(none).toString());
  }

  @Test
  void aTitleAloneIsTheLatestPersonWhoHoldsIt() {
    List<Entity> found = entities("The team was praised by President Donald Trump. The President later personally took action.");
    assertTrue(mentions(named(found, "Donald Trump")).contains("President/name"), found.toString());
    List<Entity> nobody = entities("The President later personally took action.");
    assertTrue(nobody.stream().noneMatch(e -> e.type().equals(Entity.PERSON)), nobody.toString());
  }

  @Test
  void aGroupWordBeforeAPersonsNameDescribesThePerson() {
    Entity cruise = named(entities("The video featured Scientologist Tom Cruise talking."), "Tom Cruise");
    assertEquals(Entity.PERSON, cruise.type());
    assertEquals("Scientologist", cruise.titles().get(0).text());
  }

  @Test
  void aTitledSurnameTwoPeopleShareGoesToTheOneOfItsGender() {
    List<Entity> found = entities("Bill Clinton spoke first. Hillary Clinton spoke later. Nothing else happened. The crowd left. It rained. "
        + "The day ended. Mrs. Clinton has embraced the plan.");
    assertEquals(List.of("Hillary Clinton", "Clinton"), named(found, "Hillary Clinton").mentions().stream().map(m -> m.text()).toList());
    assertEquals(List.of("Bill Clinton"), named(found, "Bill Clinton").mentions().stream().map(m -> m.text()).toList());
  }

  @Test
  void aTitledSurnameGoesToItsGenderEvenAfterTheBareSurnameWentToTheOther() {
    List<Entity> found = entities("Hillary Clinton spoke on Monday. Bill Clinton spoke on Tuesday. Clinton said the fund raised money. "
        + "Mrs. Clinton said the plan would cost more.");
    assertEquals(List.of("Hillary Clinton", "Clinton"), named(found, "Hillary Clinton").mentions().stream().map(m -> m.text()).toList());
  }
}
