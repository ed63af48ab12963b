package org.attest.entity;

/** The reference class of a personal pronoun ({@code pronouns.txt}: m, f, n, p, 1s, 1p, 2). */
enum PronounClass {
  MASCULINE("m"), FEMININE("f"), NEUTER("n"), PLURAL("p"), FIRST_SINGULAR("1s"), FIRST_PLURAL("1p"), SECOND("2");

  private final String code;

  PronounClass(String code) {
    this.code = code;
  }

  /** The class of a code of {@code pronouns.txt}; an unknown code is an error of the file. */
  static PronounClass of(String code) {
    for (PronounClass c : values()) if (c.code.equals(code)) return c;
    throw new IllegalStateException("pronouns.txt: no pronoun class " + code);
  }

  /** he/she: a person of a gender. */
  boolean personal() {
    return this == MASCULINE || this == FEMININE;
  }

  /** The gender of he and she; unknown for the others. */
  Gender gender() {
    return this == MASCULINE ? Gender.MALE : this == FEMININE ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /** Third person: the pronouns coreference resolves in the article (he, she, it, they). */
  boolean thirdPerson() {
    return personal() || this == NEUTER || this == PLURAL;
  }
}
