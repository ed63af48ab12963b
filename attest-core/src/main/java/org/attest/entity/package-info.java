/**
 * Entities: names, pronouns and nominals, typed and linked within the article.
 *
 * <p>{@link org.attest.entity.EntityExtractor} runs the named stages of {@code
 * EntityExtractor.stages} in order over one {@code Draft}: {@code names} (proper-name chunks, titles
 * split off by {@code TitleSplit}), {@code nested-names}, {@code link-names} (each name typed by
 * {@code NameTypes}, then linked by the ordered sieves of {@code NameSieves}), the post-passes that
 * retype whole entities ({@code Retypes}: {@code teams-by-score}, {@code orgs-by-context}, {@code
 * cities}, {@code speaking-names}, {@code affiliations}, {@code places-by-context}), {@code
 * model-types} (the statistical name typer, {@code TypeModel} over {@code NameFeatures}, for the
 * entities the rules leave untyped; {@code TypeModelTrainer} fits its weights, {@code attest train
 * entity-types}), the post-passes that untype what no rule nor the model may call an organisation
 * ({@code defined-terms}: "sea surface salinity (SSS)"; {@code shouted-words}: an upper-case heading; {@code figure-units}: "825 DKK per day"), {@code pronouns-and-nominals} and {@code
 * coreference} (the ordered sieves of {@code PronounSieves} and {@code NominalSieves}). It hands on
 * an {@link org.attest.entity.Entities} that nothing changes after; the quote extractor reads it, and
 * {@link org.attest.entity.QuotedSelf}, the stage after quotes, makes the final one ("I"/"we" of a
 * quote tied to its speaker; outside quotes, to the article's {@code Narrator}). Every sieve stamps its name on the mention it decides
 * ({@code Entities.ruleOf}, {@code Entities.quotedSelf}): the provenance {@code --explain} is to show.
 * Pronoun classes and genders are enums ({@code PronounClass}, {@code Gender}); every word a rule
 * compares with is a typed field of {@code EntityLexicon}, read from the entity files of
 * {@code org/attest/lang/en/} ({@code name-words.txt}, {@code coreference.txt}, the context files,
 * ...): a section it reads that is missing fails at load.
 *
 * <p>To add a rule: put it in its family: a sieve is a small package-private class extending the
 * {@code Sieve} of {@code NameSieves}, {@code PronounSieves} or {@code NominalSieves}, named in lower
 * case with hyphens ("same-name"), at its place in that list's {@code ORDER}; a pass over the whole
 * draft is an {@code EntityStage} at its place in {@code EntityExtractor.stages} (a retyping from
 * context extends {@code Retypes.ByContext}). Its words go in a section of an entity file read
 * through a typed field of {@code EntityLexicon} (and the section in {@code EntityLexiconTest.READ}).
 * Add the sentences it exists for to {@code src/test/resources/org/attest/entity/examples/<family>.txt}
 * ({@code + rule text mention entity type}, and {@code - rule text mention} for the near misses it
 * must leave alone); {@code EntityExamplesTest} checks each row is decided by its own sieve. Then run
 * {@code dev/golden-master} before and after and explain every line of the difference.
 */
package org.attest.entity;
