package org.attest.entity;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Entity;

/**
 * Stage "model-types": each entity the rules left untyped is typed by {@link TypeModel} over the
 * features of all its names (the sum of their log-probabilities) when the model's type is likelier
 * than OTHER by {@link #MARGIN} a name (a person typed by shape alone: {@link #UNTYPE_MARGIN}):
 * "Chao went to the United States ... Chao taught", "in Hadibo". A place is LOC when its last word is a feature's ("Creek", "Stadium"), else GPE.
 */
final class ModelTypes extends EntityStage {
  private final TypeModel model;
  private final NameFeatures features;

  ModelTypes(TypeModel model, NameFeatures features) {
    super("model-types");
    this.model = model;
    this.features = features;
  }

  @Override
  void run(Draft d) {
    if (model.isEmpty() || d.entities.isEmpty()) return;
    int n = d.entities.size();
    double[][] score = new double[n][];
    int[] counts = Entities.nameCounts(d.names, n), scored = new int[n];
    boolean[] open = open(d, features.types);
    List<String> f = new ArrayList<>();
    for (int i = 0; i < d.names.size(); i++) {
      Entities.M m = d.names.get(i);
      if (m.entity < 0 || !open[m.entity]) continue;
      f.clear();
      features.of(d, i, counts, f);
      if (score[m.entity] == null) score[m.entity] = new double[TypeModel.OUTCOMES.length];
      model.addLogProbabilities(f, score[m.entity]);
      scored[m.entity]++;
    }
    for (int e = 0; e < n; e++) {
      if (score[e] == null) continue;
      int best = 0;
      for (int k = 1; k < score[e].length; k++) if (score[e][k] > score[e][best]) best = k;
      Entities.E ent = d.entities.get(e);
      int rule = outcomeOf(ent.type);
      double margin = rule == TypeModel.OTHER ? MARGIN : UNTYPE_MARGIN;
      if (best != rule && (score[e][best] - score[e][rule]) / scored[e] > margin) ent.type = typeOf(d, ent, best);
    }
  }

  /**
   * How much likelier, in mean log-probability a name, the model's type must be than OTHER for the
   * model to type an entity the rules left untyped. With the English-word features (a name of common
   * words, of proper-name words) 0.5 → 0.0 took GUM written train's genre-balanced halves (each scored
   * by the model trained on the other half and the news train documents) from 0.693/0.694 to
   * 0.703/0.699 (0.707/0.701 with the pronoun rules of the same day), but typed "Batman" and "State
   * Department Spokesperson" persons, which then took gum-news pronouns (0.776 → 0.761: "she" of a
   * gamer to "Batman"); 0.2 keeps most of the gain (halves 0.700/0.700) and news pronouns at 0.776.
   */
  static final double MARGIN = 0.2;

  /**
   * The margin to change the type of a person the rules typed by the shape of its names alone
   * (2-fold cross-validated on GUM written train: 1.0 → 0.5 took the halves from 0.705/0.647 to
   * 0.707/0.652 and news from 0.874 to 0.875; 0.3 gains a little more on the written genres and
   * starts to lose on news). At 0.0 too it lost on news ("Carly Fiorina" a place in PolNeAR).
   */
  static final double UNTYPE_MARGIN = 0.5;

  /** The model's outcome for a type of the rules. */
  private static int outcomeOf(String type) {
    switch (type) {
      case Entity.PERSON:
        return TypeModel.PERSON;
      case Entity.ORG:
        return TypeModel.ORG;
      case Entity.GPE:
      case Entity.LOC:
        return TypeModel.PLACE;
      default:
        return TypeModel.OTHER;
    }
  }

  /**
   * The entities the model types: one the rules left untyped (OTHER), or typed a person by the
   * shape of its names alone ({@link NameTypes#shapeOnly}: "Case Grammar", "Dishwasher Bottle
   * Method"), with no title; never a title alone ("The President", whoever holds it: the sieve
   * title-alone links it). Given the people, organisations and places the rules typed by a
   * lexicon or context too, it gained on the written genres and lost more on news (GUM train,
   * cross-validated): those types stand.
   */
  static boolean[] open(Draft d, NameTypes types) {
    int n = d.entities.size();
    boolean[] open = new boolean[n], shaped = new boolean[n], other = new boolean[n];
    for (int e = 0; e < n; e++) {
      Entities.E ent = d.entities.get(e);
      open[e] = ent.type.equals(Entity.OTHER);
      shaped[e] = ent.type.equals(Entity.PERSON) && ent.titles.isEmpty();
    }
    TitleSplit titles = new TitleSplit(types.lex);
    for (int i = 0; i < d.names.size(); i++) {
      Entities.M m = d.names.get(i);
      if (m.entity >= 0 && titles.titleExactly(d.a, m.start, m.end)) open[m.entity] = false; // "The President later took action": no one's name
      if (m.entity < 0 || !shaped[m.entity] || other[m.entity]) continue;
      if (d.titleSpans.get(i) != null || !types.shapeOnly(d.a, m.start, m.end) || heOrSheNext(d, m, types.lex)) other[m.entity] = true;
    }
    for (int e = 0; e < n; e++) open[e] |= shaped[e] && !other[e];
    return open;
  }

  /**
   * He or she follows the name, in its sentence or opening the next one in its paragraph, with no
   * other person named between them: the name is a person's, whatever its shape ("Ichiyō Higuchi
   * wrote stories. She met ...", "Kiara Perkins, a second year USI art major, admitted she").
   */
  static boolean heOrSheNext(Draft d, Entities.M m, EntityLexicon lex) {
    int s = d.a.sentenceOf(m.start);
    int end = s + 1 < d.a.sentenceCount() ? d.a.sentenceStartToken(s + 1) + 1 : d.a.sentenceEndToken(s);
    end = Math.min(end, d.a.tokenCount());
    int pronoun = -1;
    for (int t = m.end; t < end && pronoun < 0; t++) {
      PronounClass c = lex.pronouns.get(d.a.lower(t));
      if (c != null && c.personal()) pronoun = t;
    }
    if (pronoun < 0 || d.a.paragraphOf(pronoun) != d.a.paragraphOf(m.start)) return false;
    for (Entities.M other : d.names) {
      if (other.start >= m.end && other.start < pronoun && other.entity >= 0 && other.entity != m.entity
          && d.entities.get(other.entity).type.equals(Entity.PERSON)) return false;
    }
    return true;
  }

  private static String typeOf(Draft d, Entities.E ent, int outcome) {
    switch (outcome) {
      case TypeModel.PERSON:
        return Entity.PERSON;
      case TypeModel.ORG:
        return Entity.ORG;
      case TypeModel.PLACE:
        if (ent.type.equals(Entity.GPE) || ent.type.equals(Entity.LOC)) return ent.type;
        return ent.lastToken != null && d.lex.locWords.contains(ent.lastToken) ? Entity.LOC : Entity.GPE;
      default:
        return Entity.OTHER;
    }
  }
}
