package org.attest.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.attest.model.Entity;
import org.attest.text.Analysis;
import org.attest.text.TextAnalyzer;

/**
 * Trains {@link TypeModel} ({@code attest train entity-types}): every name the rules find in the
 * training texts, with its {@link NameFeatures}, is an event whose outcome is the type of the gold
 * name it matches (the same span once "the" and a possessive are trimmed, else the shortest gold
 * name holding it, else one it overlaps by half), or OTHER when it matches none; OpenNLP's maxent
 * trainer (L-BFGS with L1 and L2 costs, one thread: the same data give the same weights) fits the
 * weights, written one line a feature, sorted, zero weights left out. The names the rules typed
 * train it too, though it types only those they leave open ({@link ModelTypes#open}): their words
 * and contexts weigh the same in both (GUM written train halves, each typed by the model trained
 * on the other half and news train: 0.712/0.719 -> 0.715/0.724; gum-news typed by the model of
 * written train alone 0.853 -> 0.856, pronouns 0.773 -> 0.776). Letting the model overrule the rules'
 * types too gained on the halves (0.734/0.746 at no margin) and lost on that held-out news
 * (0.856 -> 0.780-0.795): the rules stand.
 */
public final class TypeModelTrainer {
  /** A gold name: characters [start, end) of the text, its type (PERSON, ORG, GPE, LOC, OTHER...). */
  public record Name(int start, int end, String type) {}

  /** A training text and its gold names. */
  public record Example(String text, List<Name> names) {}

  /** The training settings: a feature seen fewer than {@code cutoff} times is left out. */
  public record Settings(int cutoff, double l1, double l2, int iterations) {
    public static final Settings DEFAULT = new Settings(2, 0.5, 1.0, 300);
  }

  private TypeModelTrainer() {}

  /** The events of the examples: each name's features and gold outcome. */
  public static List<Event> events(List<Example> examples) {
    TextAnalyzer text = new TextAnalyzer();
    EntityExtractor extractor = new EntityExtractor();
    NameFeatures features = new NameFeatures(new NameTypes(EntityLexicon.of("en")));
    List<Event> out = new ArrayList<>();
    List<String> f = new ArrayList<>();
    for (Example ex : examples) {
      Analysis a = text.analyze(ex.text());
      Draft d = extractor.draftBefore(a, "model-types");
      int[] counts = Entities.nameCounts(d.names, d.entities.size());
      for (int i = 0; i < d.names.size(); i++) {
        Entities.M m = d.names.get(i);
        if (m.entity < 0) continue;
        f.clear();
        features.of(d, i, counts, f);
        out.add(new Event(outcome(ex, a.start(m.start), a.end(m.end - 1)), f.toArray(new String[0])));
      }
    }
    return out;
  }

  /** Trains on the examples and returns the lines of the model file (without its comment). */
  public static List<String> train(List<Example> examples, Settings settings) {
    return trainOn(events(examples), settings);
  }

  /** Trains on events and returns the lines of the model file (without its comment). */
  public static List<String> trainOn(List<Event> events, Settings settings) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    p.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    p.put(QNTrainer.L1COST_PARAM, settings.l1());
    p.put(QNTrainer.L2COST_PARAM, settings.l2());
    p.put(QNTrainer.THREADS_PARAM, 1);
    p.put("PrintMessages", false);
    AbstractModel model;
    try {
      QNTrainer trainer = new QNTrainer();
      trainer.init(p, null);
      model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines(model);
  }

  /** The model's weights as the lines {@link TypeModel#parse} reads. */
  @SuppressWarnings("unchecked")
  private static List<String> lines(AbstractModel model) {
    Object[] data = model.getDataStructures();
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    String[] names = (String[]) data[2];
    int[] column = new int[names.length];
    for (int k = 0; k < names.length; k++) column[k] = List.of(TypeModel.OUTCOMES).indexOf(names[k]);
    Map<String, float[]> sorted = new TreeMap<>();
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      float[] w = new float[TypeModel.OUTCOMES.length];
      boolean any = false;
      int[] outcomes = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        int c = column[outcomes[k]];
        if (c < 0) continue;
        w[c] = Math.round(params[k] * 10000) / 10000f;
        any |= w[c] != 0;
      }
      if (any) sorted.put(e.getKey(), w);
    }
    List<String> out = new ArrayList<>();
    out.add("outcomes\t" + String.join("\t", TypeModel.OUTCOMES));
    for (Map.Entry<String, float[]> e : sorted.entrySet()) {
      StringBuilder b = new StringBuilder(e.getKey());
      for (float w : e.getValue()) b.append('\t').append(String.format(Locale.ROOT, "%.4f", w));
      out.add(b.toString());
    }
    return out;
  }

  /** The outcome of the name of characters [start, end): the type of the gold name it matches, or OTHER. */
  static String outcome(Example ex, int start, int end) {
    String text = ex.text();
    int ps = trimStart(text, start, end), pe = trimEnd(text, ps, end);
    Name best = null;
    for (Name g : ex.names()) {
      int gs = trimStart(text, g.start(), g.end()), ge = trimEnd(text, gs, g.end());
      if (gs == ps && ge == pe) return outcomeOf(g.type());
      if (g.start() <= start && end <= g.end() && (best == null || g.end() - g.start() < best.end() - best.start())) best = g;
    }
    if (best != null) return outcomeOf(best.type());
    for (Name g : ex.names()) {
      int overlap = Math.min(end, g.end()) - Math.max(start, g.start());
      if (overlap > 0 && 2 * overlap >= Math.min(end - start, g.end() - g.start())) return outcomeOf(g.type());
    }
    return TypeModel.OUTCOMES[TypeModel.OTHER];
  }

  private static String outcomeOf(String type) {
    switch (type) {
      case Entity.PERSON:
        return TypeModel.OUTCOMES[TypeModel.PERSON];
      case Entity.ORG:
        return TypeModel.OUTCOMES[TypeModel.ORG];
      case Entity.GPE:
      case Entity.LOC:
        return TypeModel.OUTCOMES[TypeModel.PLACE];
      default:
        return TypeModel.OUTCOMES[TypeModel.OTHER];
    }
  }

  private static int trimStart(String text, int start, int end) {
    return end - start > 4 && (text.startsWith("the ", start) || text.startsWith("The ", start)) ? start + 4 : start;
  }

  private static int trimEnd(String text, int start, int end) {
    if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("\u2019s", end - 2))) end -= 2;
    else if (end - start > 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')) end -= 1;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end;
  }
}
