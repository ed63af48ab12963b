package org.attest.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.confidence.ConfidenceTable.Kind;
import org.attest.entity.TypeModelTrainer;
import org.attest.eval.ConfidenceTraining;
import org.attest.eval.EntitiesEval;
import org.attest.eval.ArticleTexts;
import org.attest.eval.FigureCalibration;
import org.attest.eval.FiguresEval;
import org.attest.eval.PolnearEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Make the data and models the engine ships from training data kept outside the repository (README: Confidence, Entities).",
    subcommands = {TrainCommand.Confidence.class, TrainCommand.EntityTypes.class})
final class TrainCommand {
  @picocli.CommandLine.ParentCommand Main main;

  @Command(name = "confidence", mixinStandardHelpOptions = true,
      description = {"The confidence table: each quote speaker, figure and claim source the engine finds in training data is judged as",
          "`attest eval` judges it and counted under its rule and features; the table gives each key its share right, smoothed.",
          "Speakers from a PolNeAR split (train), figures and claim sources from gold figure files (quantities-dev format)."})
  static final class Confidence implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand TrainCommand train;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "The PolNeAR data folder; its texts are also searched for figure gold articles.")
    Path polnear;

    @Option(names = "--split", defaultValue = "train", paramLabel = "SPLIT", description = "The PolNeAR split the speakers are counted on (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--figures", paramLabel = "GOLD.jsonl", description = "Gold figures and claims (quantities-dev format), every article counted; may be repeated.")
    List<Path> figures = new ArrayList<>();

    @Option(names = "--figures-half", paramLabel = "GOLD.jsonl", description = "Gold figures and claims of which only the fit half of the articles is counted "
        + "(FigureCalibration.fitHalf: SHA-256 of the id), the other half left to check `attest eval figures` on: for a dev set; may be repeated.")
    List<Path> figuresHalf = new ArrayList<>();

    @Option(names = "--texts", paramLabel = "DIR", description = "A folder of ID.txt article texts for the figure gold, looked in before the data folder "
        + "that holds --polnear (PolNeAR texts, web pages' article bodies).")
    Path texts;

    @Option(names = "--skip", paramLabel = "GOLD.jsonl", description = "Gold files whose articles are never read, not even for the speakers: "
        + "the check parts put aside (only their ids are read); may be repeated.")
    List<Path> skip = new ArrayList<>();

    @Option(names = "--min-count", defaultValue = "25", paramLabel = "N", description = "Leave out keys seen fewer times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--items", paramLabel = "FILE", description = "Also write each judged item (kind, most specific key, right) to FILE, to study the keys.")
    Path items;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the table to OUT (atomically) instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
      if (minCount < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-count must be at least 1");
      if (figures.isEmpty() && figuresHalf.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --figures or --figures-half");
      // the figure gold's texts by id: PolNeAR's (the data folder is the one holding --polnear), web pages' article bodies
      ArticleTexts articleTexts = ArticleTexts.of(polnear.toAbsolutePath().getParent(), texts);
      try (PrintStream itemOut = items == null ? null : new PrintStream(java.nio.file.Files.newOutputStream(items), false, StandardCharsets.UTF_8)) {
        ConfidenceTraining t = new ConfidenceTraining(itemOut);
        java.util.Set<String> skipped = ids(skip);
        List<PolnearEval.Annotated> corpus = new ArrayList<>();
        for (PolnearEval.Annotated a : PolnearEval.read(polnear, split)) if (!skipped.contains(a.id())) corpus.add(a);
        t.speakers(corpus);
        List<String> about = new ArrayList<>();
        about.add("made by: attest " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        about.add("speakers: PolNeAR " + split + " (" + t.articles() + " articles, " + t.judged(Kind.SPEAKER) + " quotes judged)");
        for (Path gold : figures) figures(t, gold, articleTexts, false, about);
        for (Path gold : figuresHalf) figures(t, gold, articleTexts, true, about);
        about.add("judged: " + t.judged(Kind.FIGURE) + " figures, " + t.judged(Kind.CLAIM) + " claims; keys seen fewer than " + minCount + " times left out");
        try (ExtractCommand.AtomicOutput out = ExtractCommand.AtomicOutput.open(output, train.main.stdout)) {
          PrintStream p = new PrintStream(out.stream(), false, StandardCharsets.UTF_8);
          for (String line : t.table(about, minCount)) p.println(line);
          p.flush();
          out.commit();
        }
        for (String line : about) System.err.println("attest: " + line);
      }
      return Main.OK;
    }

    /** The article ids of gold files, read without their texts. */
    private static java.util.Set<String> ids(List<Path> golds) throws java.io.IOException {
      java.util.Set<String> out = new java.util.HashSet<>();
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      for (Path gold : golds) {
        int lineNo = 0;
        for (String line : java.nio.file.Files.readAllLines(gold, StandardCharsets.UTF_8)) {
          lineNo++;
          if (line.isBlank()) continue;
          try {
            out.add(json.readTree(line).path("id").asText());
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.IOException(gold + ":" + lineNo + ": not JSON: " + e.getOriginalMessage());
          }
        }
      }
      return out;
    }

    private static void figures(ConfidenceTraining t, Path gold, ArticleTexts texts, boolean half, List<String> about) throws java.io.IOException {
      List<FiguresEval.GoldArticle> articles = new ArrayList<>();
      for (FiguresEval.GoldArticle a : FiguresEval.read(gold, texts)) if (!half || FigureCalibration.fitHalf(a.id())) articles.add(a);
      t.figures(articles);
      about.add("figures and claim sources: " + gold.getFileName() + (half ? ", fit half" : "") + " (" + articles.size() + " articles)");
    }
  }

  @Command(name = "entity-types", mixinStandardHelpOptions = true,
      description = {"Train the name typer (attest-core's org/attest/lang/en/entity-types.txt) on GUM gold: each name the rules find,",
          "its features and the type of the gold name it matches. The shipped model: attest train entity-types",
          "../shared/data/gum-written/gum-written-train.jsonl ../shared/data/gum-news/gum-news-dev.jsonl --split train",
          "-o attest-core/src/main/resources/org/attest/lang/en/entity-types.txt"})
  static final class EntityTypes implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Gold entities in the GUM format (gum-news, gum-written).")
    List<Path> gold;

    @Option(names = "--split", paramLabel = "SPLIT", description = "Only the documents of this split (default: all).")
    String split;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The model file to write.")
    Path output;

    @Option(names = "--cutoff", defaultValue = "2", description = "Leave out features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--l1", defaultValue = "0.5", description = "L1 cost (default: ${DEFAULT-VALUE}).")
    double l1;

    @Option(names = "--l2", defaultValue = "1.0", description = "L2 cost (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--iterations", defaultValue = "300", description = "Most L-BFGS iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    public Integer call() throws Exception {
      List<TypeModelTrainer.Example> examples = new ArrayList<>();
      for (Path file : gold) {
        for (EntitiesEval.Gold g : EntitiesEval.read(file, split)) examples.add(example(g));
      }
      if (examples.isEmpty()) throw new IllegalArgumentException("no documents" + (split == null ? "" : " of split " + split));
      TypeModelTrainer.Settings settings = new TypeModelTrainer.Settings(cutoff, l1, l2, iterations);
      List<String> lines = new ArrayList<>();
      lines.add("# Name types: a logistic model over the entity package's NameFeatures (outcome columns; one line a feature).");
      lines.add("# Written by: attest train entity-types " + String.join(" ", gold.stream().map(p -> p.getFileName().toString()).toList())
          + (split == null ? "" : " --split " + split) + " --cutoff " + cutoff + " --l1 " + l1 + " --l2 " + l2 + " --iterations " + iterations);
      lines.add("# " + examples.size() + " documents. Data: GUM (Zeldes 2017), annotations CC BY 4.0; no text of it is kept here.");
      lines.addAll(TypeModelTrainer.train(examples, settings));
      Files.write(output, lines, StandardCharsets.UTF_8);
      System.err.println("entity-types: " + examples.size() + " documents, " + (lines.size() - 4) + " features -> " + output);
      return Main.OK;
    }

    private static TypeModelTrainer.Example example(EntitiesEval.Gold g) {
      List<TypeModelTrainer.Name> names = new ArrayList<>();
      for (EntitiesEval.GoldEntity e : g.entities()) {
        for (EntitiesEval.GoldMention m : e.mentions()) if (m.kind().equals("name")) names.add(new TypeModelTrainer.Name(m.start(), m.end(), e.type()));
      }
      return new TypeModelTrainer.Example(g.text(), names);
    }
  }
}
