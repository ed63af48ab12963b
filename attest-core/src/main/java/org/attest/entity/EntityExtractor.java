package org.attest.entity;

import java.util.List;
import org.attest.text.Analysis;

/**
 * Finds entity mentions without a statistical NER model and links them within the article. The
 * passes are the named stages of {@link #STAGES}, run in that order over one draft; the result is
 * an {@link Entities} no later stage changes ({@link QuotedSelf} makes the final one after quotes).
 * Thread-safe: all state is per call.
 */
public final class EntityExtractor {
  private final EntityLexicon lex;
  private final List<EntityStage> stages;

  public EntityExtractor() {
    this("en");
  }

  EntityExtractor(String language) {
    this.lex = EntityLexicon.of(language);
    this.stages = stages(lex);
  }

  /** The stages, in pipeline order. */
  static List<EntityStage> stages(EntityLexicon lex) {
    NameTypes types = new NameTypes(lex);
    TitleSplit titles = new TitleSplit(lex);
    TypeModel model = TypeModel.of(lex.language);
    return List.of(
        new NameChunks(lex, titles), // proper-name chunks, titles split off
        new NestedNames(types), // names inside names: "US National Science Foundation"
        new NameLinking(lex, types, titles), // typed, then linked by the name sieves
        new Retypes.TeamsByScore(), // post-passes that retype whole entities from context
        new Retypes.OrganisationsByContext(),
        new Retypes.CitiesByGazetteer(),
        new Retypes.SpeakingNames(),
        new Retypes.CitedNames(),
        new Retypes.Affiliations(),
        new Retypes.PlacesByContext(),
        new ModelTypes(model, new NameFeatures(types)), // each entity typed by the statistical model over its names
        new CueTypes(lex), // untyped entities of unknown words typed by the context cues of their names
        new Retypes.PlacesInPlaces(), // post-passes that retype what the model typed or left untyped
        new Retypes.CompassNames(),
        new Retypes.DefinedTerms(), // and untype what it must not retype
        new Retypes.ShoutedWords(),
        new Retypes.FigureUnits(),
        new PronounsAndNominals(),
        new Coreference()); // pronouns and nominals linked by their sieves
  }

  /** The names of the stages, in order. */
  static final List<String> STAGES = stages(EntityLexicon.of("en")).stream().map(EntityStage::name).toList();

  /** The draft once the stages before {@code stage} ran: what a stage reads (the typer's training). */
  Draft draftBefore(Analysis a, String stage) {
    Draft d = new Draft(a, lex);
    for (EntityStage s : stages) {
      if (s.name().equals(stage)) return d;
      s.run(d);
    }
    throw new IllegalArgumentException("no stage " + stage);
  }

  public Entities extract(Analysis a) {
    Draft d = new Draft(a, lex);
    for (EntityStage stage : stages) stage.run(d);
    return new Entities(a, lex, d.mentions, d.entities);
  }
}
