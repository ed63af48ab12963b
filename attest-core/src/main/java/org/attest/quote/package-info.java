/**
 * Quotes: direct, mixed and indirect quotations and their speakers.
 *
 * <p>{@link org.attest.quote.QuoteExtractor} is the one public class. Attribution is an ordered
 * list of named sieves, in one place ({@code Sieves}), as in CoreNLP's quote attribution: each
 * quoted region is read once into a {@code QuoteFrame} (its tokens, paragraph, the words before
 * and after it, the start of its sentence) and goes through the cue sieves ({@code CUE}); the
 * first that decides it stamps its name on it. Quotes no cue decided go through the layout sieves
 * ({@code LAYOUT}); every sentence's reporting cues through the indirect rules ({@code
 * INDIRECT}): first the attributions beyond speech as PolNeAR annotates them (intent, belief,
 * stance, claim nouns, a name and a colon, questions; {@code Holding} is what they share), then
 * findings and speech. The speaker finders ({@code Speakers}) and clause tests ({@code Clauses}) are shared;
 * the words they compare with are sections of {@code cues.txt}, typed fields of {@code CueLexicon}.
 *
 * <p>To add a sieve or rule: write a small package-private class extending {@code CueSieve},
 * {@code LayoutSieve} or {@code IndirectRule} with its name (lower case, hyphens: "cue-after"), put
 * it at its place in the lists of {@code Sieves}, put any word it compares with in a
 * {@code cues.txt} section read through {@code CueLexicon} (a missing section fails at load), and
 * add {@code src/test/resources/org/attest/quote/examples/<name>.txt} with the sentences it exists
 * for (positive rows, and negative rows it must not decide); {@code QuoteExamplesTest} checks each
 * positive row is decided by it. Then run {@code dev/golden-master} to see what it changed.
 */
package org.attest.quote;
