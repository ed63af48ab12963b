package org.attest.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date forms real metadata uses, each written the ISO way; what cannot be read is null, never a guess. */
class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2017-12-27                        | 2017-12-27",
    "2017-12-27T10:32:29Z              | 2017-12-27T10:32:29Z",
    "2017-12-27T10:32:29+01:00         | 2017-12-27T10:32:29+01:00",
    "2017-12-27T10:32:29.123-05:00     | 2017-12-27T10:32:29.123-05:00",
    "2017-12-27T10:32:29+0100          | 2017-12-27T10:32:29+01:00",
    "2017-12-27T10:32                  | 2017-12-27T10:32",
    "2014-12-29 10:32:29               | 2014-12-29T10:32:29",
    "2014-12-29 10:32                  | 2014-12-29T10:32",
    "2014-12-29 10:32:29 +0000         | 2014-12-29T10:32:29Z",
    "2014-12-29 10:32:29Z              | 2014-12-29T10:32:29Z",
    "2014-12-29 10:32:29 UTC           | 2014-12-29T10:32:29Z",
    "Mon, 29 Dec 2014 10:32:29 GMT     | 2014-12-29T10:32:29Z",
    "Mon, 29 Dec 2014 10:32:29 +0100   | 2014-12-29T10:32:29+01:00",
    "Mon, 29 Dec 2014 10:32:29 EST     | 2014-12-29T10:32:29-05:00",
    "Tue, 6 Mar 2018 09:15 PDT         | 2018-03-06T09:15:00-07:00",
    "29 Dec 2014 10:32:29 -0500        | 2014-12-29T10:32:29-05:00",
    "29 December 2014                  | 2014-12-29",
    "Monday, 29 Dec 2014 10:32:29 GMT  | 2014-12-29T10:32:29Z",
  })
  void readsTheFormsMetadataUses(String given, String iso) {
    assertEquals(iso, Dates.normalize(given));
    assertEquals(true, Dates.isValid(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2017-13-45", "2017-02-30 10:00", "32 Dec 2014", "Mon, 29 Foo 2014 10:32:29 GMT",
      "29 Dec 2014 10:32:29 XYZ", "+10000-01-01", "14-12-29", "29/12/2014", ""})
  void whatCannotBeReadIsNull(String given) {
    assertNull(Dates.normalize(given));
  }

  @ParameterizedTest
  @CsvSource({"en,en", "en-US,en", "EN_gb,en", "fr-CA,fr", "eng,en", "deu,de"})
  void languagesAreIso6391(String tag, String code) {
    assertEquals(code, Languages.code(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "english", "x", "e1"})
  void notALanguage(String tag) {
    assertNull(Languages.code(tag));
  }
}
