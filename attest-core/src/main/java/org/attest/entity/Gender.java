package org.attest.entity;

/** The gender a first name or a title gives a person ({@code first-names.txt}: m, f, u). */
enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** The gender of a code of {@code first-names.txt}; "u" (unisex) and anything else is unknown. */
  static Gender of(String code) {
    return code.equals("m") ? MALE : code.equals("f") ? FEMALE : UNKNOWN;
  }

  /** Whether a person of this gender can be one of {@code other}: unknown goes with either. */
  boolean fits(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
