package org.attest.ledger;

/**
 * The judgments a ledger makes, whatever database holds it: what a name, an office, a figure's
 * variable and a quote's variant are. They read no SQL; the ledger's parts hand them rows.
 */
record Policies(Keys keys, People people, Offices offices, Variables variables, QuoteVariants quotes) {
  /** The policies of a language, from its resource files. */
  static Policies of(String language) {
    Keys keys = new Keys(language);
    return new Policies(keys, new People(language), new Offices(language), new Variables(language, keys), new QuoteVariants(language));
  }
}
