package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Written dates: input, whether the page writes the month first, the day found (empty: none). */
class DateTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2017-12-27T10:00:00+01:00 | false | 2017-12-27",
      "Posted on December 27, 2017 | false | 2017-12-27",
      "Dec. 27th, 2017 | false | 2017-12-27",
      "27th of December 2017 | false | 2017-12-27",
      "Mittwoch, 27. Dezember 2017 | false | 2017-12-27",
      "27. Dez. 2017 | false | 2017-12-27",
      "3. März 2018 | false | 2018-03-03",
      "publié le 27 décembre 2017 | false | 2017-12-27",
      "1er février 2018 | false | 2018-02-01",
      "15 de agosto de 2019 | false | 2019-08-15",
      "5 de março de 2018 | false | 2018-03-05",
      "14 gennaio 2020 | false | 2020-01-14",
      "12 dic 2019 | false | 2019-12-12",
      "3 maart 2021 | false | 2021-03-03",
      "15 августа 2016, 13:43 | false | 2016-08-15",
      "10 years ago 2019 | false | ",
      "27.12.2017 | false | 2017-12-27",
      "27.12.17, 11:05 Uhr | false | 2017-12-27",
      "12/27/2017 | true | 2017-12-27",
      "27/12/2017 | true | 2017-12-27",
      "05/04/2017 | true | 2017-05-04",
      "05/04/2017 | false | 2017-04-05",
      "2017/12/27 | false | 2017-12-27",
      "Version 3.6.0 from 10.11 | false | ",
      "Mai 2018 | false | ",
      "1.000.000 Euro | false | ",
  })
  void firstDate(String text, boolean monthFirst, String expected) {
    DateText.Hit h = DateText.TEXT.first(text, monthFirst);
    assertEquals(expected, h == null ? null : h.date().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "20171227 | 2017-12-27",
      "1514372400 | 2017-12-27",
      "2017-12-27T23:30:00.000-0500 | 2017-12-27",
      "Di., 25.01.2022 - 14:45 | 2022-01-25",
  })
  void attributeValues(String value, String expected) {
    assertEquals(expected, DateText.TEXT.attribute(value, false).date().toString());
  }
}
