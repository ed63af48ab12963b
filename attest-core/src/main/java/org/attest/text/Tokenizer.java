package org.attest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's statistical tokenizer ({@link TokenizerME} with its {@code DefaultTokenContextGenerator}),
 * decoded in time linear in the text. OpenNLP asks its model at every character of a
 * white-space-delimited chunk, and each question carries the whole chunk before and after that
 * character ("p=" + prefix, "s=" + suffix): a pasted base64 image, one chunk of 100,000
 * characters, costs 10^10 character copies. A feature the model does not know adds nothing to
 * its sum, and the model knows no prefix or suffix longer than its longest one (69 characters
 * for the UD English model): those are left out, so every question has a bounded size and the
 * answers are exactly OpenNLP's.
 */
final class Tokenizer {
  private final MaxentModel model;
  private final Pattern alphanumeric;
  private final boolean alphanumericOptimization;
  private final int longestPrefix;
  private final int longestSuffix;
  private final List<String> features = new ArrayList<>(24);
  private long featureChars;

  Tokenizer(TokenizerModel tokenizerModel) {
    if (tokenizerModel.getAbbreviations() != null) {
      // TokenizerME then keeps a chunk whole when the dictionary holds it; not reproduced here
      throw new IllegalArgumentException("a tokenizer model with an abbreviation dictionary is not supported");
    }
    this.model = tokenizerModel.getMaxentModel();
    TokenizerFactory factory = tokenizerModel.getFactory();
    this.alphanumeric = factory.getAlphaNumericPattern();
    this.alphanumericOptimization = factory.isUseAlphaNumericOptimization();
    this.longestPrefix = longestFeature(model, "p=");
    this.longestSuffix = longestFeature(model, "s=");
  }

  /**
   * The length of the longest value of the model's features named {@code key} ("p=" + value). A
   * maximum-entropy model (GIS, uniform prior) adds up the weights of the features it knows and
   * skips the others, so leaving out a longer one changes no answer.
   */
  static int longestFeature(MaxentModel model, String key) {
    if (!(model instanceof GISModel m) || !(m.getDataStructures()[1] instanceof Map<?, ?> predicates)) {
      throw new IllegalArgumentException("cannot read the features of " + model.getClass().getName());
    }
    int longest = 0;
    for (Object name : predicates.keySet()) {
      String s = (String) name;
      if (s.startsWith(key)) longest = Math.max(longest, s.length() - key.length());
    }
    return longest;
  }

  /** The characters of all features put to the model so far: the tokenizer's work. */
  long featureChars() {
    return featureChars;
  }

  /**
   * Tokenizes {@code text[from, to)} as {@code TokenizerME.tokenizePos(text.substring(from, to))}
   * does, adding each token's offsets (in {@code text}) to {@code starts} and {@code ends}.
   */
  void tokenize(String text, int from, int to, IntList starts, IntList ends) {
    int i = from;
    while (i < to) {
      while (i < to && StringUtil.isWhitespace(text.charAt(i))) i++;
      if (i >= to) break;
      int s = i;
      while (i < to && !StringUtil.isWhitespace(text.charAt(i))) i++;
      chunk(text, s, i, starts, ends);
    }
  }

  /** One white-space-delimited chunk [s, e). */
  private void chunk(String text, int s, int e, IntList starts, IntList ends) {
    if (e - s < 2 || alphanumericOptimization && alphanumeric.matcher(text.subSequence(s, e)).matches()) {
      starts.add(s);
      ends.add(e);
      return;
    }
    int start = s;
    for (int j = s + 1; j < e; j++) {
      if (model.getBestOutcome(model.eval(context(text, s, e, j - s))).equals(TokenizerME.SPLIT)) {
        starts.add(start);
        ends.add(j);
        start = j;
      }
    }
    starts.add(start);
    ends.add(e);
  }

  /**
   * The features of {@code DefaultTokenContextGenerator.createContext(chunk, index)} in its order,
   * without the prefix and suffix features longer than any the model knows.
   */
  String[] context(String text, int s, int e, int index) {
    List<String> preds = features;
    preds.clear();
    int at = s + index;
    int length = e - s;
    if (index <= longestPrefix) preds.add("p=" + text.substring(s, at));
    if (length - index <= longestSuffix) preds.add("s=" + text.substring(at, e));
    char c = text.charAt(at);
    if (index > 0) {
      char p1 = text.charAt(at - 1);
      addCharPreds("p1", p1, preds);
      if (index > 1) {
        char p2 = text.charAt(at - 2);
        addCharPreds("p2", p2, preds);
        preds.add("p21=" + p2 + p1);
      } else {
        preds.add("p2=bok");
      }
      preds.add("p1f1=" + p1 + c);
    } else {
      preds.add("p1=bok");
    }
    addCharPreds("f1", c, preds);
    if (index + 1 < length) {
      char f2 = text.charAt(at + 1);
      addCharPreds("f2", f2, preds);
      preds.add("f12=" + c + f2);
    } else {
      preds.add("f2=bok");
    }
    if (text.charAt(s) == '&' && text.charAt(e - 1) == ';') preds.add("cc");
    String[] out = preds.toArray(new String[0]);
    for (String f : out) featureChars += f.length();
    return out;
  }

  private static void addCharPreds(String key, char c, List<String> preds) {
    preds.add(key + "=" + c);
    if (Character.isLetter(c)) {
      preds.add(key + "_alpha");
      if (Character.isUpperCase(c)) preds.add(key + "_caps");
    } else if (Character.isDigit(c)) {
      preds.add(key + "_num");
    } else if (StringUtil.isWhitespace(c)) {
      preds.add(key + "_ws");
    } else if (c == '.' || c == '?' || c == '!') {
      preds.add(key + "_eos");
    } else if (c == '`' || c == '"' || c == '\'') {
      preds.add(key + "_quote");
    } else if (c == '[' || c == '{' || c == '(') {
      preds.add(key + "_lp");
    } else if (c == ']' || c == '}' || c == ')') {
      preds.add(key + "_rp");
    }
  }
}
