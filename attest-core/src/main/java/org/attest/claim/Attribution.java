package org.attest.claim;

import org.attest.model.Source;

/**
 * A figure's source, how sure the rule that found it is, whether the source goes on to the figures
 * of the next sentence that name none, and the name of the rule ("claim.quote-speaker").
 */
record Attribution(Source source, double confidence, boolean goesOn, String rule) {}
