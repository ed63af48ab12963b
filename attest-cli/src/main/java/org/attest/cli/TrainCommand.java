package org.attest.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.confidence.ConfidenceTable.Kind;
import org.attest.eval.ConfidenceTraining;
import org.attest.eval.ArticleTexts;
import org.attest.eval.FigureCalibration;
import org.attest.eval.FiguresEval;
import org.attest.eval.PolnearEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Make the data the engine ships from training data (README: Confidence).",
    subcommands = {TrainCommand.Confidence.class})
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
}
