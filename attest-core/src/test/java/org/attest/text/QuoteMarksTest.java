package org.attest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Quotation-mark pairing, as a table of text → quoted regions ("+" marks a run-on region). */
class QuoteMarksTest {
  record Case(String text, List<String> regions) {
    @Override
    public String toString() {
      return text.replace("\n", "⏎");
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("He said “yes” twice.", List.of("“yes”")),
        new Case("“A,” he said, “and B.”", List.of("“A,”", "“and B.”")),
        new Case("She said \"no\" and left.", List.of("\"no\"")),
        new Case("«Oui», dit-il.", List.of("«Oui»")),
        new Case("Er sagte „ja“ dazu.", List.of("„ja“")),
        new Case("‘We will win,’ said Smith.", List.of("‘We will win,’")),
        new Case("We’re sure it is Dickerson’s question.", List.of()),
        new Case("The players’ union met.", List.of()),
        new Case("“He called it ‘a mess’ today,” she said.", List.of("“He called it ‘a mess’ today,”")),
        new Case("“It is unusual,\" said Noble.", List.of("“It is unusual,\"")),
        new Case("“It's unusual,“ said Noble.", List.of("“It's unusual,“")),
        new Case("“The first part runs on.\n\n“The second part,” he added.", List.of("“The first part runs on.+", "“The second part,”")),
        new Case("He said 'yes' when asked.", List.of("'yes'")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pairs(Case c) {
    int[][] paragraphs = Paragraphs.split(c.text());
    List<String> found = QuoteMarks.find(c.text(), paragraphs[0], paragraphs[1]).stream()
        .map(r -> c.text().substring(r.start(), r.end()) + (r.closed() ? "" : "+"))
        .toList();
    assertEquals(c.regions(), found);
  }
}
