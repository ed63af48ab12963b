package org.attest.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attest.text.Lexicon;

/**
 * The weights of the statistical name typer ({@code entity-types.txt}, written by {@code attest
 * train entity-types}): a multinomial logistic model over {@link NameFeatures}, one weight a
 * feature and outcome. Read once a language; evaluating it is a map lookup a feature.
 */
final class TypeModel {
  /** The outcomes, in the file's column order. */
  static final String[] OUTCOMES = {"PERSON", "ORG", "PLACE", "OTHER"};

  static final int PERSON = 0, ORG = 1, PLACE = 2, OTHER = 3;

  /** The file, in {@code org/attest/lang/<language>/}. */
  static final String FILE = "entity-types.txt";

  private final Map<String, float[]> weights;

  TypeModel(Map<String, float[]> weights) {
    this.weights = weights;
  }

  private static final Map<String, TypeModel> LOADED = new ConcurrentHashMap<>();

  static TypeModel of(String language) {
    return LOADED.computeIfAbsent(language, l -> parse(FILE, Lexicon.lines(l, FILE)));
  }

  /**
   * The model of lines: {@code outcomes} and the outcome names (as {@link #OUTCOMES}), then one
   * line a feature: the feature and a weight an outcome, tab-separated. A bad line fails with the
   * file and line.
   */
  static TypeModel parse(String file, List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals("outcomes\t" + String.join("\t", OUTCOMES))) {
      throw new IllegalStateException(file + ": the first line must be outcomes\t" + String.join("\t", OUTCOMES));
    }
    Map<String, float[]> weights = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length != OUTCOMES.length + 1) throw new IllegalStateException(file + ": line " + (i + 1) + ": expected a feature and " + OUTCOMES.length + " weights");
      float[] w = new float[OUTCOMES.length];
      try {
        for (int k = 0; k < w.length; k++) w[k] = Float.parseFloat(f[k + 1]);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(file + ": line " + (i + 1) + ": not a number: " + e.getMessage());
      }
      weights.put(f[0], w);
    }
    return new TypeModel(weights);
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  /** Adds the log-probability of each outcome given the features to {@code sum}. */
  void addLogProbabilities(List<String> features, double[] sum) {
    double[] score = new double[OUTCOMES.length];
    for (String f : features) {
      float[] w = weights.get(f);
      if (w == null) continue;
      for (int k = 0; k < score.length; k++) score[k] += w[k];
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double s : score) max = Math.max(max, s);
    double z = 0;
    for (double s : score) z += Math.exp(s - max);
    double log = max + Math.log(z);
    for (int k = 0; k < score.length; k++) sum[k] += score[k] - log;
  }
}
