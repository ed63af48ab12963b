package org.attest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Title;
import org.junit.jupiter.api.Test;

/** The GUM-news entity scorer on a document the test writes: span trimming, titles, types, pronouns. */
class EntitiesEvalTest {
  static final String TEXT = "Facebook co-founder Mark Zuckerberg met the UK's envoy.\nHe spoke in Paris about Chrome.";

  static String mention(String text, String kind) {
    int s = TEXT.indexOf(text);
    return "{\"start\": " + s + ", \"end\": " + (s + text.length()) + ", \"text\": \"" + text + "\", \"kind\": \"" + kind + "\"}";
  }

  static final String LINE = "{\"id\": \"d\", \"split\": \"dev\", \"published\": \"2020-01-01\", \"text\": \"" + TEXT.replace("\n", "\\n") + "\", \"entities\": ["
      + "{\"id\": \"e1\", \"type\": \"PERSON\", \"gum_type\": \"person\", \"mentions\": [" + mention("Facebook co-founder Mark Zuckerberg", "name") + ", "
      + mention("He", "pronoun") + "]},"
      + "{\"id\": \"e2\", \"type\": \"GPE\", \"gum_type\": \"place\", \"mentions\": [" + mention("the UK's", "name") + "]},"
      + "{\"id\": \"e3\", \"type\": \"GPE\", \"gum_type\": \"place\", \"mentions\": [" + mention("Paris", "name") + "]},"
      + "{\"id\": \"e4\", \"type\": \"OTHER\", \"gum_type\": \"object\", \"mentions\": [" + mention("Chrome", "name") + "]}]}";

  static Mention m(String text, String kind) {
    int s = TEXT.indexOf(text);
    return new Mention(s, s + text.length(), text, kind);
  }

  @Test
  void scoresExactTypedNamesAndPronouns() throws Exception {
    EntitiesEval.Gold g = EntitiesEval.parse(new ObjectMapper().readTree(LINE));
    assertEquals(4, g.entities().size());
    int title = TEXT.indexOf("Facebook co-founder");
    List<Entity> predicted = List.of(
        new Entity("e1", Entity.PERSON, "Mark Zuckerberg", List.of(new Title("Facebook co-founder", title, title + 19)),
            List.of(m("Mark Zuckerberg", Mention.NAME), m("He", Mention.PRONOUN))), // title + name = the gold span; pronoun right
        new Entity("e2", Entity.GPE, "UK", List.of(), List.of(m("UK", Mention.NAME))), // "the" and "'s" trimmed
        new Entity("e3", Entity.PERSON, "Paris", List.of(), List.of(m("Paris", Mention.NAME))), // span right, type wrong
        new Entity("e4", Entity.ORG, "Chrome", List.of(), List.of(m("Chrome", Mention.NAME)))); // gold OTHER: not scored, spurious ORG
    EntitiesEval.Score s = EntitiesEval.score(g, predicted, null);
    assertEquals(3, s.goldAll());
    assertEquals(4, s.predictedAll());
    assertEquals(2, s.rightAll());
    assertEquals(3, s.spanRight);
    assertEquals(1, s.otherGold);
    assertEquals(1, s.otherFound);
    assertEquals(1, s.pronouns);
    assertEquals(1, s.pronounsRight);
    assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), s.f1(), 1e-9);
  }

  @Test
  void aGoldWithoutLocScoresPlacesAsOneType(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    EntitiesEval.Gold g = EntitiesEval.parse(new ObjectMapper().readTree(LINE));
    List<Entity> predicted = List.of(new Entity("e3", Entity.LOC, "Paris", List.of(), List.of(m("Paris", Mention.NAME))));
    assertEquals(0, EntitiesEval.score(g, predicted, null).rightAll());
    assertEquals(1, EntitiesEval.score(g, EntitiesEval.placesAsGpe(predicted), null).rightAll());
    java.nio.file.Path file = dir.resolve("gold.jsonl");
    java.nio.file.Files.writeString(file, LINE + "\n" + LINE.replace("\"d\"", "\"d2\"").replace("\"dev\"", "\"train\"") + "\n");
    assertEquals(2, EntitiesEval.read(file, null).size());
    assertEquals("d2", EntitiesEval.read(file, "train").get(0).id());
    EntitiesEval.Score s = EntitiesEval.run(file, "dev", null);
    assertEquals(1, s.documents);
    assertEquals(true, s.placesAsOne);
  }

  @Test
  void theDataReadmeRulesAreLooser() throws Exception {
    EntitiesEval.Gold g = EntitiesEval.parse(new ObjectMapper().readTree(LINE));
    // "co-founder Mark" overlaps the gold "Facebook co-founder Mark Zuckerberg" by all of itself: a README match, no head match;
    // its entity's "He" is right by the README (a mention overlapping a gold name), not by the head rule
    List<Entity> predicted = List.of(new Entity("e1", Entity.PERSON, "Mark", List.of(),
        List.of(m("co-founder Mark", Mention.NAME), m("He", Mention.PRONOUN))));
    EntitiesEval.Score s = EntitiesEval.score(g, predicted, null);
    assertEquals(0, s.rightAll());
    assertEquals(1, s.relaxedRight);
    assertEquals(0, s.pronounsRight);
    assertEquals(1, s.pronounsOverlapRight);
    assertEquals(true, EntitiesEval.overlapsByHalf(0, 10, 5, 30));
    assertEquals(false, EntitiesEval.overlapsByHalf(0, 10, 6, 30));
  }

  @Test
  void aLongerGoldSpanIsNoExactMatch() {
    EntitiesEval.GoldMention gold = new EntitiesEval.GoldMention(0, 35, "Facebook co-founder Mark Zuckerberg", "name");
    Entity noTitle = new Entity("e1", Entity.PERSON, "Mark Zuckerberg", List.of(), List.of());
    assertEquals(false, EntitiesEval.matches(TEXT, gold, m("Mark Zuckerberg", Mention.NAME), noTitle));
  }

  static boolean head(String text, String gold, String predicted) {
    int g = text.indexOf(gold), p = text.indexOf(predicted, g);
    return EntitiesEval.headMatches(text, new EntitiesEval.GoldMention(g, g + gold.length(), gold, "name"),
        new Mention(p, p + predicted.length(), predicted, Mention.NAME));
  }

  @Test
  void aLongerGoldSpanMatchesItsHeadName() {
    String t = "They met Gary Chan of DAB, DAB's Ben Chan and Leung Che-cheung, an Andy Warhol exhibit in Hong Kong and Aceh, Indonesia.";
    assertEquals(true, head(t, "Gary Chan of DAB", "Gary Chan")); // post-modifier
    assertEquals(false, head(t, "Gary Chan of DAB", "DAB")); // after "of": no head
    assertEquals(true, head(t, "DAB's Ben Chan and Leung Che-cheung", "Ben Chan")); // possessor, then coordination
    assertEquals(false, head(t, "DAB's Ben Chan and Leung Che-cheung", "DAB")); // the possessor
    assertEquals(false, head(t, "an Andy Warhol exhibit", "Andy Warhol")); // a compound modifier
    assertEquals(false, head(t, "Hong Kong", "Kong")); // part of the name
    assertEquals(true, head(t, "Aceh, Indonesia", "Aceh"));
    assertEquals(false, head(t, "Aceh, Indonesia", "Indonesia"));
  }

  @Test
  void aCapitalisedDeterminerOrALeadingTheIsNoPartOfTheName() {
    String t = "Dear Jean, Many Americans agree. Both Chao and Yang came. The Albanian Government and society did. Hong Kong.";
    assertEquals(true, head(t, "Dear Jean", "Jean"));
    assertEquals(true, head(t, "Many Americans", "Americans"));
    assertEquals(true, head(t, "Both Chao and Yang", "Chao"));
    assertEquals(true, head(t, "The Albanian Government and society", "Albanian Government"));
    assertEquals(false, head(t, "The Albanian Government and society", "Government")); // part of the name
    assertEquals(false, head(t, "Hong Kong", "Kong"));
  }

  @Test
  void aPronounIsRightWhenItsEntityHoldsTheHeadNameOfAGoldName() throws Exception {
    String text = "Gary Chan of DAB won. He thanked voters.";
    int he = text.indexOf("He");
    String line = "{\"id\": \"d\", \"published\": \"2020-01-01\", \"text\": \"" + text + "\", \"entities\": [{\"id\": \"e1\", \"type\": \"PERSON\", \"mentions\": ["
        + "{\"start\": 0, \"end\": 16, \"text\": \"Gary Chan of DAB\", \"kind\": \"name\"}, {\"start\": " + he + ", \"end\": " + (he + 2)
        + ", \"text\": \"He\", \"kind\": \"pronoun\"}]}]}";
    EntitiesEval.Gold g = EntitiesEval.parse(new ObjectMapper().readTree(line));
    List<Entity> predicted = List.of(new Entity("e1", Entity.PERSON, "Gary Chan", List.of(),
        List.of(new Mention(0, 9, "Gary Chan", Mention.NAME), new Mention(he, he + 2, "He", Mention.PRONOUN))));
    EntitiesEval.Score s = EntitiesEval.score(g, predicted, null);
    assertEquals(1, s.right[0]);
    assertEquals(0, s.exactRight[0]);
    assertEquals(1, s.pronounsRight);
  }
}
