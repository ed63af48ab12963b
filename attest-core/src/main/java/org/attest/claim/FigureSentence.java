package org.attest.claim;

import org.attest.entity.Entities;
import org.attest.model.Quote;
import org.attest.text.Analysis;

/**
 * A figure in its sentence, as the source rules see it: its first token {@code tok}, the sentence's
 * tokens [from, to) (at most 40 words either side: an endless sentence is no clause), and the quote
 * that makes it its speaker's, or null.
 */
record FigureSentence(Analysis a, Entities ents, Quote quote, int from, int to, int tok) {}
