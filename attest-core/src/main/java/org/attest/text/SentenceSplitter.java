package org.attest.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's statistical sentence splitter ({@link SentenceDetectorME} with its
 * {@code DefaultSDContextGenerator}), decoded in time linear in the text. OpenNLP walks from
 * every candidate end ('.', '!', '?') to the white space on either side and builds the words
 * around it as strings: in a run without white space ("a.a.a.a…", 1,000 periods) each
 * candidate costs the whole run. Here the white space, the candidate ends and the trimmed word
 * bounds are looked up in tables made in one pass, and a word longer than any the model knows
 * for its feature is left out of the question (a feature the model does not know adds nothing),
 * so the answers are exactly OpenNLP's.
 */
final class SentenceSplitter {
  private final MaxentModel model;
  private final char[] eos;
  private final boolean useTokenEnd;
  private final int longestPrefix;
  private final int longestPrevious;
  private final int longestSuffix;
  private final int longestNext;
  private final List<String> features = new ArrayList<>(16);
  private long featureChars;

  // tables over the text being split, for the time of one call
  private int[] prevWs, nextWs, prevNonWs, nextNonWs, prevEos, nextEos, prevVisible, nextVisible;

  SentenceSplitter(SentenceModel sentenceModel) {
    if (sentenceModel.getAbbreviations() != null) {
      // SentenceDetectorME then vetoes breaks after abbreviations of its dictionary; not reproduced here
      throw new IllegalArgumentException("a sentence model with an abbreviation dictionary is not supported");
    }
    SentenceDetectorFactory factory = sentenceModel.getFactory();
    this.model = sentenceModel.getMaxentModel();
    this.eos = factory.getEOSCharacters() != null && factory.getEOSCharacters().length > 0
        ? factory.getEOSCharacters() : new char[] {'.', '!', '?'};
    this.useTokenEnd = factory.isUseTokenEnd();
    this.longestPrefix = Tokenizer.longestFeature(model, "x=");
    this.longestPrevious = Tokenizer.longestFeature(model, "v=");
    this.longestSuffix = Tokenizer.longestFeature(model, "s=");
    this.longestNext = Tokenizer.longestFeature(model, "n=");
  }

  /** The characters of all features put to the model so far: the splitter's work. */
  long featureChars() {
    return featureChars;
  }

  private boolean isEos(char c) {
    for (char e : eos) if (c == e) return true;
    return false;
  }

  /**
   * The sentences of {@code s} as {start, end} pairs, as {@code SentenceDetectorME.sentPosDetect(s)}
   * gives them (a span OpenNLP would leave empty, and then fail on, is dropped).
   */
  int[] split(String s) {
    tables(s);
    try {
      return decode(s);
    } finally {
      prevWs = nextWs = prevNonWs = nextNonWs = prevEos = nextEos = prevVisible = nextVisible = null;
    }
  }

  private int[] decode(String s) {
    int m = s.length();
    IntList positions = new IntList(16);
    IntList enders = new IntList(16);
    for (int i = 0; i < m; i++) if (isEos(s.charAt(i))) enders.add(i);
    for (int i = 0, end = enders.size(), index = 0; i < end; i++) {
      int cint = enders.get(i);
      int fws = firstWs(cint + 1, m);
      if (i + 1 < end && enders.get(i + 1) < fws) {
        int nextCharIdx = cint + 1;
        if (nextCharIdx >= m || !Character.isUpperCase(s.charAt(nextCharIdx))) continue;
      }
      if (positions.size() > 0 && cint < positions.get(positions.size() - 1)) continue;
      String best = model.getBestOutcome(model.eval(context(s, cint)));
      if (best.equals(SentenceDetectorME.SPLIT)) { // no abbreviation dictionary: every break is acceptable
        if (index != cint) positions.add(firstNonWs(useTokenEnd ? firstWs(cint + 1, m) : cint + 1, m));
        index = cint + 1;
      }
    }
    IntList out = new IntList(2 * positions.size() + 2);
    if (positions.size() == 0) {
      span(s, 0, m, out);
      return out.toArray();
    }
    for (int si = 0; si < positions.size(); si++) span(s, si == 0 ? 0 : positions.get(si - 1), positions.get(si), out);
    int last = positions.get(positions.size() - 1);
    if (last != m) span(s, last, m, out);
    return out.toArray();
  }

  /** The span [start, end) trimmed of white space, added when something is left. */
  private static void span(String s, int start, int end, IntList out) {
    while (start < end && StringUtil.isWhitespace(s.charAt(start))) start++;
    while (end > start && StringUtil.isWhitespace(s.charAt(end - 1))) end--;
    if (end > start) {
      out.add(start);
      out.add(end);
    }
  }

  private int firstWs(int i, int m) {
    return i >= m ? m : nextWs[i];
  }

  private int firstNonWs(int i, int m) {
    return i >= m ? m : nextNonWs[i];
  }

  /** One pass each way: the nearest white space, other character, end mark and visible character. */
  private void tables(String s) {
    int m = s.length();
    prevWs = new int[m];
    nextWs = new int[m];
    prevNonWs = new int[m];
    nextNonWs = new int[m];
    prevEos = new int[m];
    nextEos = new int[m];
    prevVisible = new int[m];
    nextVisible = new int[m];
    int ws = -1, nonWs = -1, end = -1, visible = -1;
    for (int i = 0; i < m; i++) {
      char c = s.charAt(i);
      if (StringUtil.isWhitespace(c)) ws = i;
      else nonWs = i;
      if (isEos(c)) end = i;
      if (c > ' ') visible = i;
      prevWs[i] = ws;
      prevNonWs[i] = nonWs;
      prevEos[i] = end;
      prevVisible[i] = visible;
    }
    ws = nonWs = end = visible = m;
    for (int i = m - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (StringUtil.isWhitespace(c)) ws = i;
      else nonWs = i;
      if (isEos(c)) end = i;
      if (c > ' ') visible = i;
      nextWs[i] = ws;
      nextNonWs[i] = nonWs;
      nextEos[i] = end;
      nextVisible[i] = visible;
    }
  }

  /**
   * {@code DefaultSDContextGenerator.previousSpaceIndex}: the start of the white space before the
   * word that {@code seek} is in or ends, or 0.
   */
  private int previousSpaceIndex(int seek) {
    if (seek <= 1) return 0;
    int w = prevWs[seek - 1];
    if (w <= 0) return 0;
    return prevNonWs[w] + 1; // the start of that run of white space
  }

  /** {@code DefaultSDContextGenerator.nextSpaceIndex}: the last white space after {@code seek}, or {@code lastIndex}. */
  private int nextSpaceIndex(int seek, int lastIndex, int m) {
    int from = seek + 1;
    if (from >= lastIndex) return lastIndex;
    int w = nextWs[from];
    if (w >= lastIndex) return lastIndex;
    return nextNonWs[w] - 1; // the last of that run of white space
  }

  /** The bounds of {@code s[from, to).trim()} as {start, end}. */
  private long trimmed(int from, int to) {
    int a = from < to ? nextVisible[from] : to;
    if (a >= to) return (long) to << 32 | to;
    int b = prevVisible[to - 1] + 1;
    return (long) a << 32 | b;
  }

  /** The features at each candidate end of {@code s}, for the tests that compare them with OpenNLP's. */
  List<String[]> contexts(String s) {
    tables(s);
    try {
      List<String[]> out = new ArrayList<>();
      for (int i = 0; i < s.length(); i++) if (isEos(s.charAt(i))) out.add(context(s, i));
      return out;
    } finally {
      prevWs = nextWs = prevNonWs = nextNonWs = prevEos = nextEos = prevVisible = nextVisible = null;
    }
  }

  /** The features of {@code DefaultSDContextGenerator.getContext(s, position)}, in its order. */
  private String[] context(String s, int position) {
    List<String> preds = features;
    preds.clear();
    int m = s.length();
    int lastIndex = m - 1;
    if (position > 0 && StringUtil.isWhitespace(s.charAt(position - 1))) preds.add("sp");
    if (position < lastIndex && StringUtil.isWhitespace(s.charAt(position + 1))) preds.add("sn");
    char eosChar = s.charAt(position);
    preds.add("eos=" + (eosChar == '\n' ? "<LF>" : eosChar == '\r' ? "<CR>" : String.valueOf(eosChar)));

    int prefixStart = previousSpaceIndex(position);
    if (position > 0) {
      int c = prevEos[position - 1];
      if (c > prefixStart) prefixStart = c; // the word is cut at the end mark before the candidate
    }
    long prefix = trimmed(prefixStart, position);
    int prevStart = previousSpaceIndex(prefixStart);
    long previous = trimmed(prevStart, prefixStart);

    long suffix, next;
    if (position == lastIndex) {
      suffix = next = 0;
    } else {
      int suffixEnd = nextSpaceIndex(position, lastIndex, m);
      int c = position + 1 < m ? nextEos[position + 1] : m;
      if (c < suffixEnd) suffixEnd = c; // and at the end mark after it
      int nextEnd = nextSpaceIndex(suffixEnd + 1, lastIndex + 1, m);
      suffix = trimmed(position + 1, suffixEnd);
      next = trimmed(suffixEnd + 1, nextEnd);
    }

    int prefixLength = length(prefix);
    word(s, "x=", prefix, longestPrefix, preds);
    if (prefixLength > 0) {
      preds.add(Integer.toString(prefixLength));
      if (Character.isUpperCase(s.charAt(start(prefix)))) preds.add("xcap");
    }
    word(s, "v=", previous, longestPrevious, preds);
    if (length(previous) > 0 && Character.isUpperCase(s.charAt(start(previous)))) preds.add("vcap");
    word(s, "s=", suffix, longestSuffix, preds);
    if (length(suffix) > 0 && Character.isUpperCase(s.charAt(start(suffix)))) preds.add("scap");
    word(s, "n=", next, longestNext, preds);
    if (length(next) > 0 && Character.isUpperCase(s.charAt(start(next)))) preds.add("ncap");
    String[] out = preds.toArray(new String[0]);
    for (String f : out) featureChars += f.length();
    return out;
  }

  private static int start(long bounds) {
    return (int) (bounds >>> 32);
  }

  private static int length(long bounds) {
    return (int) bounds - (int) (bounds >>> 32);
  }

  /** The feature key + word, when the model knows words that long. */
  private static void word(String s, String key, long bounds, int longest, List<String> preds) {
    if (length(bounds) <= longest) preds.add(key + s.substring(start(bounds), (int) bounds));
  }
}
