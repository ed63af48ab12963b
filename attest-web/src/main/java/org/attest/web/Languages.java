package org.attest.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.text.Lexicon;

/**
 * The language of a text from its function words ({@code stopwords.txt}): each word of the first
 * thousand counts for the languages that have it (a shared word by a share); the best language
 * wins when it covers enough of the words and clearly beats the next.
 */
final class Languages {
  static final Languages INSTANCE = load("stopwords.txt");

  private static final int MAX_WORDS = 1000;
  private static final int MIN_WORDS = 12;

  private final List<String> codes;
  private final Map<String, double[]> weights; // word -> share a language

  private Languages(List<String> codes, Map<String, double[]> weights) {
    this.codes = codes;
    this.weights = weights;
  }

  /**
   * The page's language: the detected one when the text says clearly (a German page declared
   * "en" by its template is German), else the declared one, else null. Against a declaration the
   * text must say so at length: {@value #OVERRIDE_WORDS} words or more, and twice the declared
   * language's function words (a French sentence of sixteen words shares "a", "de", "la" with
   * Portuguese, Spanish and Italian).
   */
  String choose(String declared, String text) {
    if (text == null) return declared;
    double[] score = new double[codes.size()];
    int words = score(text, score);
    int best = best(score, words);
    if (best < 0) return declared;
    if (declared == null) return codes.get(best);
    int own = codes.indexOf(declared.toLowerCase(Locale.ROOT));
    if (own == best) return declared;
    if (own < 0) return codes.get(best); // declared in a language of no listed words, written in one of them
    return words >= OVERRIDE_WORDS && score[best] > 2 * score[own] ? codes.get(best) : declared;
  }

  /** The ISO 639-1 code of the text's language, or null when the text does not say clearly. */
  String detect(String text) {
    double[] score = new double[codes.size()];
    int best = best(score, score(text, score));
    return best < 0 ? null : codes.get(best);
  }

  private static final int OVERRIDE_WORDS = 30;

  /** Adds each function word's shares to the languages' scores; the number of words read. */
  private int score(String text, double[] score) {
    int words = 0;
    int i = 0;
    int n = text.length();
    StringBuilder w = new StringBuilder(16);
    while (i < n && words < MAX_WORDS) {
      while (i < n && !Character.isLetter(text.charAt(i))) i++;
      w.setLength(0);
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) w.append(Character.toLowerCase(text.charAt(i++)));
      if (w.length() == 0) break;
      words++;
      double[] s = weights.get(w.toString());
      if (s != null) for (int k = 0; k < s.length; k++) score[k] += s[k];
    }
    return words;
  }

  /** The clear winner's index, or -1: too few words, too few function words, or a close second. */
  private static int best(double[] score, int words) {
    if (words < MIN_WORDS || score.length == 0) return -1;
    int best = 0;
    int second = -1;
    for (int k = 1; k < score.length; k++) {
      if (score[k] > score[best]) {
        second = best;
        best = k;
      } else if (second < 0 || score[k] > score[second]) {
        second = k;
      }
    }
    double runnerUp = second < 0 ? 0 : score[second];
    return score[best] < 0.08 * words || score[best] < 1.5 * runnerUp ? -1 : best;
  }

  static Languages load(String resource) {
    String path = "/org/attest/web/" + resource;
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : Lexicon.sections(path, Lexicon.resource(path)).entrySet()) {
      List<String> words = new ArrayList<>();
      for (String line : e.getValue()) for (String word : line.split("\\s+")) words.add(word.toLowerCase(Locale.ROOT));
      lists.put(e.getKey(), words);
    }
    List<String> codes = new ArrayList<>(lists.keySet());
    Map<String, List<Integer>> owners = new HashMap<>();
    for (int k = 0; k < codes.size(); k++) {
      for (String word : lists.get(codes.get(k))) {
        List<Integer> o = owners.computeIfAbsent(word, x -> new ArrayList<>());
        if (!o.contains(k)) o.add(k);
      }
    }
    Map<String, double[]> weights = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : owners.entrySet()) {
      double[] s = new double[codes.size()];
      for (int k : e.getValue()) s[k] = 1.0 / e.getValue().size();
      weights.put(e.getKey(), s);
    }
    return new Languages(codes, weights);
  }
}
