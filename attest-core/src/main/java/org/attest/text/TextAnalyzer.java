package org.attest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Splits a text into paragraphs, sentences and tokens and tags each token, with the OpenNLP
 * English UD models shipped in the Maven model jars. One instance per thread (the OpenNLP
 * taggers keep state); the models themselves are loaded once and shared.
 */
public final class TextAnalyzer {
  /** The models, loaded once (package-visible for the tests that compare the decoders with OpenNLP's). */
  static final class Models {
    static final SentenceModel SENTENCE = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    static final TokenizerModel TOKENIZER = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
        in -> new TokenizerModel(withManifest(in, "useAlphaNumericOptimization", "true")));
    static final POSModel POS = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", in -> new POSModel(withManifest(in, "BeamSize", "1")));
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * A model package with one manifest property changed, rewritten in memory. Both changes are
   * decoding settings measured on the PolNeAR dev texts (3,491 sentences, 78,165 tokens): the POS
   * tagger with beam 1 instead of 3 gives the same tags in half the time; the tokenizer that keeps
   * plain alphanumeric words whole gives the same tokens three times faster.
   */
  private static InputStream withManifest(InputStream model, String property, String value) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 21);
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(model);
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          java.util.Properties manifest = new java.util.Properties();
          manifest.load(new java.io.ByteArrayInputStream(content));
          manifest.setProperty(property, value);
          java.io.ByteArrayOutputStream rewritten = new java.io.ByteArrayOutputStream();
          manifest.store(rewritten, null);
          content = rewritten.toByteArray();
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    return new java.io.ByteArrayInputStream(bytes.toByteArray());
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
    }
  }

  private final SentenceSplitter sentences = new SentenceSplitter(Models.SENTENCE);
  private final Tokenizer tokenizer = new Tokenizer(Models.TOKENIZER);
  private final IntList chunkStart = new IntList(64);
  private final IntList chunkEnd = new IntList(64);
  private final POSTaggerME tagger = new POSTaggerME(Models.POS, POSTagFormat.UD);

  /** The longest stretch tagged at once: the tagger's time grows with the square of it. */
  private static final int TAG_WINDOW = 200;

  /** Tags a sentence; one without end (a list, a table, no punctuation) is tagged in windows. */
  private String[] tag(String[] words) {
    if (words.length <= TAG_WINDOW) return tagger.tag(words);
    String[] out = new String[words.length];
    for (int from = 0; from < words.length; from += TAG_WINDOW) {
      String[] window = java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + TAG_WINDOW));
      System.arraycopy(tagger.tag(window), 0, out, from, window.length);
    }
    return out;
  }

  /** Cuts the tags left in the text out of the tokens [starts, ends): how many tokens are left. */
  private static int withoutMarkup(int[] markup, IntList starts, IntList ends) {
    int kept = 0;
    for (int i = 0; i < starts.size(); i++) { // "pm\">We": a token glued to a tag keeps its part outside
      int s0 = starts.get(i), e0 = ends.get(i);
      for (int tagEnd; s0 < e0 && (tagEnd = Markup.endOfTagAt(markup, s0)) > 0; ) s0 = tagEnd;
      int tagStart = s0 < e0 ? Markup.tagStartIn(markup, s0, e0) : -1;
      if (tagStart > 0) e0 = tagStart;
      if (s0 >= e0) continue;
      starts.set(kept, s0);
      ends.set(kept++, e0);
    }
    starts.truncate(kept);
    ends.truncate(kept);
    return kept;
  }

  public Analysis analyze(String text) {
    int[][] paragraphs = Paragraphs.split(text);
    IntList tokStart = new IntList(text.length() / 5 + 16);
    IntList tokEnd = new IntList(text.length() / 5 + 16);
    IntList tokPara = new IntList(text.length() / 5 + 16);
    IntList sentFirst = new IntList(64);
    List<String> tags = new ArrayList<>(text.length() / 5 + 16);
    IntList sentTokStart = new IntList(64);
    IntList sentTokEnd = new IntList(64);
    int[] markup = Markup.find(text); // tags left in the text are no tokens: no extractor reads them
    for (int p = 0; p < paragraphs[0].length; p++) {
      int ps = paragraphs[0][p], pe = paragraphs[1][p];
      String para = text.substring(ps, pe);
      int[] found = sentences.split(para); // start, end pairs
      for (int k = 0; k < found.length; k += 2) {
        int ss = ps + found[k], se = ps + found[k + 1];
        while (k + 2 < found.length && Sentences.continues(text, se, ps + found[k + 2])) {
          k += 2;
          se = ps + found[k + 1]; // the model split after "Rep." or "(D-Wis.)"
        }
        sentTokStart.clear();
        sentTokEnd.clear();
        chunkStart.clear();
        chunkEnd.clear();
        tokenizer.tokenize(text, ss, se, chunkStart, chunkEnd);
        for (int t = 0; t < chunkStart.size(); t++) Tokens.split(text, chunkStart.get(t), chunkEnd.get(t), sentTokStart, sentTokEnd);
        if (markup.length > 0 && withoutMarkup(markup, sentTokStart, sentTokEnd) == 0) continue;
        if (sentTokStart.size() == 0) continue;
        Tokens.repairSurrogates(text, sentTokStart, sentTokEnd);
        Tokens.joinDigits(text, sentTokStart, sentTokEnd);
        Tokens.joinAbbreviations(text, sentTokStart, sentTokEnd);
        Tokens.splitFinalPeriod(text, sentTokStart, sentTokEnd);
        String[] words = new String[sentTokStart.size()];
        for (int i = 0; i < words.length; i++) words[i] = text.substring(sentTokStart.get(i), sentTokEnd.get(i));
        String[] tagged = tag(words);
        Retags.apply(words, tagged);
        sentFirst.add(tokStart.size());
        for (int i = 0; i < words.length; i++) {
          tokStart.add(sentTokStart.get(i));
          tokEnd.add(sentTokEnd.get(i));
          tokPara.add(p);
          tags.add(Tokens.retag(words[i], tagged[i]));
        }
      }
    }
    sentFirst.add(tokStart.size());
    return new Analysis(
        text,
        tokStart.toArray(),
        tokEnd.toArray(),
        tags.toArray(new String[0]),
        sentFirst.toArray(),
        tokPara.toArray(),
        paragraphs[0],
        paragraphs[1],
        QuoteMarks.find(text, paragraphs[0], paragraphs[1], markup));
  }
}
