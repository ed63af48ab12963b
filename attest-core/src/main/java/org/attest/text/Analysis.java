package org.attest.text;

/**
 * The text layer of one document: paragraphs, sentences and tokens as offsets into the text, with
 * a part-of-speech tag (Universal Dependencies UPOS) per token. Immutable once built; tokens are
 * indices, never copies of the text (spaCy's {@code Doc}).
 */
public final class Analysis {
  private final String text;
  private final int[] tokenStart;
  private final int[] tokenEnd;
  private final String[] tokens;
  private final String[] lower;
  private final String[] pos;
  private final int[] sentenceFirstToken; // length sentences + 1
  private final int[] tokenParagraph;
  private final int[] paragraphStart;
  private final int[] paragraphEnd;
  private final int[] quoteStart;
  private final int[] quoteEnd;
  private final boolean[] quoteClosed;
  private final int[] tokenQuote;
  private final int[] tokenQuotation;

  Analysis(
      String text,
      int[] tokenStart,
      int[] tokenEnd,
      String[] pos,
      int[] sentenceFirstToken,
      int[] tokenParagraph,
      int[] paragraphStart,
      int[] paragraphEnd,
      java.util.List<QuoteMarks.Region> quotes) {
    this.text = text;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.pos = pos;
    this.sentenceFirstToken = sentenceFirstToken;
    this.tokenParagraph = tokenParagraph;
    this.paragraphStart = paragraphStart;
    this.paragraphEnd = paragraphEnd;
    int n = tokenStart.length;
    this.quoteStart = new int[quotes.size()];
    this.quoteEnd = new int[quotes.size()];
    this.quoteClosed = new boolean[quotes.size()];
    this.tokenQuote = new int[n];
    java.util.Arrays.fill(tokenQuote, -1);
    for (int q = 0, t = 0; q < quotes.size(); q++) {
      QuoteMarks.Region r = quotes.get(q);
      quoteStart[q] = r.start();
      quoteEnd[q] = r.end();
      quoteClosed[q] = r.closed();
      while (t < n && tokenStart[t] < r.start()) t++;
      for (; t < n && tokenStart[t] < r.end(); t++) tokenQuote[t] = q;
    }
    this.tokens = new String[n];
    this.lower = new String[n];
    for (int i = 0; i < n; i++) {
      tokens[i] = text.substring(tokenStart[i], tokenEnd[i]);
      lower[i] = Lexicon.normalize(tokens[i]);
    }
    this.tokenQuotation = Quotations.of(tokenQuote, quoteClosed, quoteEnd, this);
  }

  public String text() {
    return text;
  }

  public int tokenCount() {
    return tokenStart.length;
  }

  public int start(int token) {
    return tokenStart[token];
  }

  public int end(int token) {
    return tokenEnd[token];
  }

  public String token(int token) {
    return tokens[token];
  }

  /** The token lower-cased, with typographic apostrophes made ASCII. */
  public String lower(int token) {
    return lower[token];
  }

  /** UPOS tag: NOUN, PROPN, VERB, AUX, PRON, DET, ADP, PUNCT... */
  public String pos(int token) {
    return pos[token];
  }

  public boolean isCapitalized(int token) {
    return Character.isUpperCase(text.charAt(tokenStart[token]));
  }

  public int sentenceCount() {
    return sentenceFirstToken.length - 1;
  }

  public int sentenceStartToken(int sentence) {
    return sentenceFirstToken[sentence];
  }

  /** Exclusive. */
  public int sentenceEndToken(int sentence) {
    return sentenceFirstToken[sentence + 1];
  }

  /** The sentence holding this token. */
  public int sentenceOf(int token) {
    int lo = 0, hi = sentenceCount() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentenceFirstToken[mid] <= token) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  public int paragraphCount() {
    return paragraphStart.length;
  }

  public int paragraphStart(int paragraph) {
    return paragraphStart[paragraph];
  }

  public int paragraphEnd(int paragraph) {
    return paragraphEnd[paragraph];
  }

  public int paragraphOf(int token) {
    return tokenParagraph[token];
  }

  /** The first token that ends after {@code offset}, or tokenCount(). */
  public int tokenAt(int offset) {
    int lo = 0, hi = tokenStart.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenEnd[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Quoted regions, in text order: [start, end) includes the quotation marks. */
  public int quoteCount() {
    return quoteStart.length;
  }

  public int quoteStart(int quote) {
    return quoteStart[quote];
  }

  public int quoteEnd(int quote) {
    return quoteEnd[quote];
  }

  /** False when the quote runs on to the end of its paragraph without a closing mark. */
  public boolean quoteClosed(int quote) {
    return quoteClosed[quote];
  }

  /** The quoted region holding this token (its marks included), or -1. */
  public int quoteOf(int token) {
    return tokenQuote[token];
  }

  /**
   * The quotation this token is inside, or -1: its quoted region, or the region of a quote left open that runs on across
   * the paragraphs after it up to its lone closing mark ({@link Quotations}: the one definition of "inside a quotation").
   */
  public int quotation(int token) {
    return tokenQuotation[token];
  }

  /** Whether this token is inside a quotation ({@link #quotation}). */
  public boolean quoted(int token) {
    return tokenQuotation[token] >= 0;
  }
}
