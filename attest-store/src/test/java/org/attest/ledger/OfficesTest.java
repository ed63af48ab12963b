package org.attest.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Offices as data: which titles name an office, and which two offices one person cannot hold at once. */
class OfficesTest {
  private final Offices offices = new Offices("en");

  @Test
  void descriptorsAreNoOffices() {
    for (String t : new String[] {"Democrat", "Republican", "businesswoman", "billionaire", "GOP frontrunner", "host", "counsel",
        "Republican presidential nominee", "presidential candidate", "campaign manager", "Mr.", "Mrs.", "tycoon", "running mate"}) {
      assertNull(offices.parse(t), t);
    }
  }

  @Test
  void anOfficeIsItsRoleAndItsPlace() {
    assertEquals("senator|florida", offices.parse("Florida Sen.").key());
    assertEquals("governor|ohio", offices.parse("Ohio Gov.").key());
    assertEquals("secretary of defense", offices.parse("Defense Secretary").key());
    assertEquals("secretary of defense", offices.parse("Secretary of Defense").key());
    assertEquals("speaker of the house", offices.parse("House Speaker").key());
    assertEquals("majority leader|senate", offices.parse("Senate Majority Leader").key());
    assertEquals("white house press secretary", offices.parse("White House press secretary").key());
    assertTrue(offices.parse("former Secretary of State").past());
    assertTrue(offices.parse("then-Sen.").past());
    assertTrue(offices.parse("Florida Gov.", "said former ").past(), "\"former\" just before the title");
    assertFalse(offices.parse("New Jersey Gov.", "introduced by former rival ").past(), "\"former\" of another word");
    assertTrue(offices.parse("one-time Sen.").past());
    assertTrue(offices.parse("Arkansas Gov.", "the one-time ").past());
    assertEquals("secretary general|u.n.", offices.parse("U.N. Secretary-General").key());
  }

  @Test
  void aBareRoleIsNoSpecificOffice() {
    assertFalse(offices.parse("Sen.").specific());
    assertFalse(offices.parse("President").specific());
    assertTrue(offices.parse("Vice President").specific());
    assertTrue(offices.parse("Arkansas Gov.").specific());
  }

  @Test
  void whichOfficesCannotBeHeldAtOnce() {
    assertTrue(offices.exclusive(offices.parse("Secretary of State"), offices.parse("Secretary of Defense")));
    assertTrue(offices.exclusive(offices.parse("Ohio Gov."), offices.parse("Texas Sen.")));
    assertFalse(offices.exclusive(offices.parse("Texas Sen."), offices.parse("Senate Majority Leader")), "a senator leads the majority");
    assertFalse(offices.exclusive(offices.parse("Sen."), offices.parse("Senator")), "one office written two ways");
    assertFalse(offices.exclusive(offices.parse("Texas Sen."), offices.parse("Republican Sen.")));
    assertFalse(offices.exclusive(offices.parse("Rep."), offices.parse("House Speaker")));
    assertFalse(offices.exclusive(offices.parse("Florida Senate President"), offices.parse("Florida Sen.")), "a body's president is no head of state");
    assertTrue(offices.exclusive(offices.parse("Russian President"), offices.parse("Florida Sen.")));
  }

  @Test
  void aTitleJoinsASurnameByItsRoleWord() {
    assertEquals("secretary", offices.head("Secretary"));
    assertEquals("secretary", offices.head("secretary of defense"));
    assertEquals("senator", offices.head("Sen."));
    assertEquals("senator", offices.head("Florida senator"));
  }
}
