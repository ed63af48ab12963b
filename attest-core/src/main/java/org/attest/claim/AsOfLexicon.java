package org.attest.claim;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.text.Lexicon;

/** The as-of rules' sections of {@code cues.txt} ({@link AsOf}), typed; read with the rest by {@link ClaimLexicon}. */
final class AsOfLexicon {
  final Set<String> fieldOpeners; // "from", "between": before the days a poll was in the field, further from its verb
  final Set<String> forecasts; // "forecast", "projected": a sentence that forecasts
  final Set<String> forecastIn; // "in": "growth of 2.1 percent in 2027"
  final Set<String> toDate; // "so far": "so far this year" is a total to date
  final Set<String> pairJoins; // "December and January": one period, ending with the second
  final Set<String> baselines; // "from the last time ... in December": a comparison's baseline
  final Set<String> restatements; // "or": ", or 48 cents a share,", a figure restated, which a baseline's clause runs across
  final Set<String> deadlines; // "by 2030", "until": a date that ends a target
  final Set<String> dateRelatives; // "when": after a date and a comma, opens the clause the date dates ("since January, when ...")
  final Set<String> deadlineOpeners; // ";", "that": before a deadline that opens its clause ("By 2028, ...")
  final Set<String> measuring; // "2005 levels": a year that measures
  final Set<String> dateAdverbials; // "On Thursday, ...", "in May": before a date that is an adverbial
  final Set<String> presentTense; // "is", "has": a clause of now, which takes no date from the sentence before
  final Set<String> pastTense; // "was", "won": a clause of the past, which an earlier sentence's opening year may date
  final String pastEnding; // "ed": a verb in the past tense
  final Set<String> presentBack; // "that", "it": a subject that points back to the sentence before ("That's down 16 percent")
  final Set<String> stretchStarts; // "since": "since its attack last month", a date that starts a stretch
  final Set<String> resultsBaselines; // "from": "fell to $123.1 million from $145.7 million", the same period a year before
  final List<String> resultsToDate; // "nine months": results to the end of the article's quarter
  final Set<String> quarterEnded; // "ended": "the quarter ended Sept. 29", a fiscal quarter's last day
  final List<String> yearBack; // "a year earlier", "last year": a date of a change's other end, a year before the results' period

  AsOfLexicon(Map<String, List<String>> cues) {
    fieldOpeners = words(cues, "field-opener");
    toDate = Set.copyOf(Lexicon.required("cues.txt", cues, "to-date"));
    forecasts = words(cues, "forecast");
    forecastIn = words(cues, "forecast-in");
    baselines = words(cues, "baseline");
    restatements = words(cues, "restatement");
    pairJoins = words(cues, "pair-join");
    deadlines = words(cues, "deadline");
    deadlineOpeners = words(cues, "deadline-opener");
    dateRelatives = words(cues, "date-relative");
    measuring = words(cues, "measuring");
    dateAdverbials = words(cues, "date-adverbial");
    presentTense = words(cues, "present-tense");
    presentBack = words(cues, "present-back");
    pastTense = words(cues, "past-tense");
    pastEnding = Lexicon.requiredWord("cues.txt", cues, "past-ending");
    stretchStarts = words(cues, "stretch-start");
    resultsBaselines = words(cues, "results-baseline");
    resultsToDate = List.copyOf(Lexicon.required("cues.txt", cues, "results-to-date"));
    quarterEnded = words(cues, "quarter-ended");
    yearBack = List.copyOf(Lexicon.required("cues.txt", cues, "year-back"));
  }

  private static Set<String> words(Map<String, List<String>> sections, String section) {
    return Lexicon.requiredWords("cues.txt", sections, section);
  }
}
