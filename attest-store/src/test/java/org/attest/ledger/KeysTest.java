package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The keys that make one thing of many wordings, each with the wordings it exists for. */
class KeysTest {
  private final Keys keys = new Keys("en");

  @Test
  void aPersonIsFirstAndLastNameWithTheFirstNameInFull() {
    assertEquals("james mattis", keys.person("James Mattis"));
    assertEquals("james mattis", keys.person("Jim Mattis"));
    assertEquals("james mattis", keys.person("James N. Mattis"));
    assertEquals("donald trump", keys.person("Donald J. Trump"));
    assertNull(keys.person("Mattis"), "a surname alone is no one's key");
    assertEquals("hw", Keys.initials("George H. W. Bush"));
    assertEquals("hw", Keys.initials("George H.W. Bush"));
    assertEquals("", Keys.initials("James Mattis"));
    assertEquals("mattis", Keys.surname("Defense Secretary Mattis"));
  }

  @Test
  void organisationsAndPlacesGoByNameOrAlias() {
    assertEquals("islamic state", keys.named("ISIS"));
    assertEquals("islamic state", keys.named("the Islamic State group"));
    assertEquals("reuters", keys.named("Reuters"));
    assertEquals("united states", keys.named("U.S."));
  }

  @Test
  void aSubjectIsWhatIsCountedAndWhoseItIs() {
    Keys.Subject a = keys.subject("ISIS fighters"), b = keys.subject("fighters from the Islamic State group");
    assertEquals(new Keys.Subject("fighter", "islamic state"), a);
    assertEquals(a, b);
    assertEquals(a, keys.subject("ISIS terrorists"));
    assertTrue(keys.subject("fighters").sameAs(a), "a subject without its group still counts the same fighters");
    assertFalse(keys.subject("Taliban fighters").sameAs(keys.subject("soldiers")));
    assertEquals("vote", keys.subject("of the vote").head());
  }

  @Test
  void aPlaceIsItsPartsInAnyOrder() {
    assertEquals("iraq|syria", keys.place("Iraq and Syria"));
    assertEquals("iraq|syria", keys.place("Syria and Iraq"));
    assertEquals("", keys.place(null));
  }

  @Test
  void anOfficeWrittenTwoWaysIsOne() {
    assertEquals("secretary of defense", keys.office("Defense Secretary"));
    assertEquals("secretary of defense", keys.office("Secretary of Defense"));
    assertEquals("", keys.office("Mrs."), "an honorific is no office");
    assertTrue(keys.differ("secretary of state", "secretary of defense"));
    assertTrue(keys.differ("senator", "secretary of state"));
    assertFalse(keys.differ("democratic nominee", "presidential nominee"));
    assertFalse(keys.differ("president", "syrian president"));
  }
}
