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
  void aSubjectKeepsItsQualifiers() {
    assertEquals("democratic primary", keys.subject("Democratic primary voters").qualifiers());
    assertEquals("voter", keys.subject("Democratic primary voters").head());
    assertEquals("florida", keys.subject("voters in Florida").qualifiers());
    assertEquals("", keys.subject("the remaining fighters").qualifiers(), "a stop word does not change what is counted");
  }
}
