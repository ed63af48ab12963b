package org.attest.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attest.eval.PolnearCorpus;
import org.attest.eval.LedgerEval;
import org.attest.eval.PolnearEval;
import org.attest.eval.TimemlEval;
import org.attest.eval.WebBodyEval;
import org.attest.eval.WebDateEval;
import org.attest.eval.ArticleTexts;
import org.attest.eval.FiguresEval;
import org.attest.eval.EntitiesEval;
import org.attest.eval.RecognizersEval;
import org.attest.eval.RecognizersTimeEval;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score the extractors against development data and print the figures.",
    subcommands = {EvalCommand.Quotes.class, EvalCommand.Timeml.class, EvalCommand.Figures.class, EvalCommand.Entities.class, EvalCommand.Recognizers.class,
        EvalCommand.Corpus.class, EvalCommand.LedgerJudged.class, EvalCommand.WebBody.class, EvalCommand.WebDate.class})
final class EvalCommand {
  @picocli.CommandLine.ParentCommand Main main;

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Quotes and speakers against PolNeAR: recall (all, quoted subset), precision, source accuracy.")
  static final class Quotes implements Callable<Integer> {
    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "The PolNeAR data folder (holding train/, dev/, metadata.tsv).")
    Path polnear;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT", description = "train or dev (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--errors", description = "Also list every missed, spurious and wrongly attributed quote, then a table of the errors by the rule that decided them (as extract --explain names it).")
    boolean errors;

    @Override
    public Integer call() throws Exception {
      PolnearEval.Result r = PolnearEval.run(polnear, split, errors ? System.out : null);
      PolnearEval.print(r, System.out);
      return Main.OK;
    }
  }

  @Command(name = "timeml", mixinStandardHelpOptions = true,
      description = "Time expressions against TimeML files (TempEval-3): strict and relaxed span P/R/F1, value F1, type F1.")
  static final class Timeml implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A folder of .tml files (searched recursively), e.g. ../shared/data/timeml.")
    Path dir;

    @Option(names = "--per-file", description = "Also print the figures of each file.")
    boolean perFile;

    @Option(names = "--errors", description = "Also list every missed, spurious and wrongly normalised expression, then a table of the errors by the rule that decided them (as extract --explain names it).")
    boolean errors;

    @Override
    public Integer call() throws Exception {
      TimemlEval.Score s = TimemlEval.run(dir, perFile ? System.out : null, errors ? System.out : null);
      TimemlEval.print(s, 0, System.out);
      return Main.OK;
    }
  }

  @Command(name = "figures", mixinStandardHelpOptions = true,
      description = {"Figures against gold in the quantities-dev format: found P/R/F1, fully right, unit right, claim source and as-of.",
          "Gold lines hold offsets and values; the article texts are read by id from the data folder (PolNeAR train or dev texts,",
          "web pages' articleBody). Several gold files: each file's figures, then the total."})
  static final class Figures implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl",
        description = "Gold figures, e.g. ../shared/data/quantities-dev/polnear-dev-quantities.jsonl attest-eval/gold/figures/web-figures.jsonl.")
    java.util.List<Path> golds;

    @Option(names = "--data", paramLabel = "DIR",
        description = "The development data folder holding polnear/ and web/article-body/ (default: the one the first gold file sits in, else ../shared/data).")
    Path data;

    @Option(names = "--texts", paramLabel = "DIR", description = "A folder of ID.txt article texts, looked in before the data folder.")
    Path texts;

    @Option(names = "--errors", description = "Also list every missed, spurious and wrong figure, then a table of the errors by the rule that decided them (as extract --explain names it).")
    boolean errors;

    @Option(names = "--check-gold", description = "Only check the gold lines against their texts and count them; extract nothing (for annotators).")
    boolean checkGold;

    @Override
    public Integer call() throws Exception {
      Path dir = data != null ? data : ArticleTexts.dataFolderOf(golds.get(0), Path.of("..", "shared", "data"));
      if (checkGold) {
        FiguresEval.printChecked(FiguresEval.check(golds, ArticleTexts.of(dir, texts)), System.out);
        return Main.OK;
      }
      java.util.List<FiguresEval.FileScore> s = FiguresEval.run(golds, ArticleTexts.of(dir, texts), errors ? System.out : null);
      FiguresEval.print(s, System.out);
      return Main.OK;
    }
  }

  @Command(name = "entities", mixinStandardHelpOptions = true,
      description = "Entities against GUM news gold: named-mention P/R/F1 by type (exact or head-name span, typed; exact-only printed too), pronoun resolution accuracy.")
  static final class Entities implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD.jsonl", description = "Gold entities in the GUM news format, e.g. ../shared/data/gum-news/gum-news-dev.jsonl.")
    Path gold;

    @Option(names = "--errors", description = "Also list every missed, spurious and wrongly typed name and every wrongly resolved pronoun, then a table of the errors by the rule that decided them (as extract --explain names it).")
    boolean errors;

    @Option(names = "--split", paramLabel = "SPLIT", description = "Only the documents of this split (their \"split\" field: train, dev); default: all.")
    String split;

    @Override
    public Integer call() throws Exception {
      EntitiesEval.Score s = EntitiesEval.run(gold, split, errors ? System.out : null);
      EntitiesEval.print(s, System.out);
      return Main.OK;
    }
  }

  @Command(name = "recognizers", mixinStandardHelpOptions = true,
      description = "The number normaliser against the Recognizers-Text English Number, NumberRange, Percent and Currency suites, "
          + "and the time extractor against the DateTime suites (TIMEX3 type and value): cases in scope and passed.")
  static final class Recognizers implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The Recognizers-Text specs folder (holding Number/, NumberWithUnit/ and DateTime/), e.g. ../shared/data/recognizers.")
    Path dir;

    @Option(names = "--errors", description = "Also list every failing in-scope case: input, expected, got.")
    boolean errors;

    @Option(names = "--scope", description = "Also count the out-of-scope cases by reason.")
    boolean scope;

    @Option(names = "--suites", defaultValue = "all", paramLabel = "KIND", description = "number, datetime or all (default: ${DEFAULT-VALUE}).")
    String suites;

    @Override
    public Integer call() throws Exception {
      if (!suites.equals("all") && !suites.equals("number") && !suites.equals("datetime")) {
        System.err.println("--suites must be number, datetime or all");
        return Main.USAGE;
      }
      if (!suites.equals("datetime")) {
        java.util.List<RecognizersEval.SuiteScore> s = RecognizersEval.run(dir, errors ? System.out : null);
        RecognizersEval.print(s, System.out, scope);
      }
      if (!suites.equals("number")) {
        java.util.List<RecognizersTimeEval.FileScore> t = RecognizersTimeEval.run(dir, errors ? System.out : null);
        RecognizersTimeEval.print(t, System.out, scope);
      }
      return Main.OK;
    }
  }

  @Command(name = "corpus", mixinStandardHelpOptions = true,
      description = "The PolNeAR train and dev articles as Attest input (JSON Lines: id, outlet, published, title, text; train first, "
          + "each in file-name order), e.g. to ingest them into a ledger; how many were written goes to stderr.")
  static final class Corpus implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand EvalCommand eval;

    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "The PolNeAR data folder (holding train/, dev/, metadata.tsv).")
    Path polnear;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT (atomically: complete or not at all) instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
      int n;
      try (ExtractCommand.AtomicOutput out = ExtractCommand.AtomicOutput.open(output, eval.main.stdout)) {
        n = PolnearCorpus.write(polnear, out.stream());
        out.commit();
      }
      System.err.println("attest: " + n + " articles written" + (output != null ? " to " + output : ""));
      return Main.OK;
    }
  }

  @Command(name = "ledger", mixinStandardHelpOptions = true,
      description = {"The ledger's cross-article judgments against judged items (conflicts judged real or spurious, must-flag pairs,",
          "identity merges judged right or wrong: article id + character span + verdict), per conflict kind: precision, must-flag",
          "recall; merges: wrong merges still merged. --set check scores the third put aside; look at it only at the end."})
  static final class LedgerJudged implements Callable<Integer> {
    @Parameters(paramLabel = "JUDGED", description = "The judged items, JSON Lines (e.g. attest-eval/judged/polnear-ledger.jsonl).")
    Path judged;

    @picocli.CommandLine.Mixin LedgerOptions ledger;

    @Option(names = "--set", defaultValue = "dev", paramLabel = "SET", description = "dev (two thirds), check (one third) or all (default: ${DEFAULT-VALUE}).")
    String set;

    @Option(names = "--min-confidence", defaultValue = "0.5", paramLabel = "X", description = "Score the conflicts `attest conflicts` shows at this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Override
    public Integer call() throws Exception {
      java.util.List<LedgerEval.Judged> items = LedgerEval.select(LedgerEval.read(judged), set);
      try (org.attest.ledger.Ledger store = ledger.open()) {
        java.util.List<LedgerEval.Flagged> flagged = new java.util.ArrayList<>();
        for (org.attest.ledger.Ledger.Conflict c : ConflictsCommand.select(store.conflicts(org.attest.ledger.Ledger.CONFLICT_KINDS), org.attest.ledger.Ledger.CONFLICT_KINDS, minConfidence)) {
          flagged.add(new LedgerEval.Flagged(c.kind(), span(c.left()), span(c.right()), c.confidence()));
        }
        LedgerEval.Result r = LedgerEval.score(items, flagged, s -> store.identityAt(s.article(), s.start(), s.end()).map(i -> i.canon()).orElse(null));
        System.out.println("set " + set + ", conflicts of confidence " + minConfidence + " or more");
        LedgerEval.print(r, System.out);
      }
      return Main.OK;
    }

    /** A side's article as the judged items name it: the id it was given ("breitbart:breitbart_2016-..." is "breitbart_2016-..."). */
    private static LedgerEval.Span span(org.attest.ledger.Ledger.Side s) {
      String a = s.article();
      int colon = a.indexOf(':');
      if (colon >= 0 && !a.contains("://")) a = a.substring(colon + 1);
      return new LedgerEval.Span(a, s.start(), s.end());
    }
  }

  @Command(name = "web-body", mixinStandardHelpOptions = true,
      description = {"Article bodies of web pages against ../shared/data/web/article-body, by the benchmark's own metric",
          "(4-word shingles, precision and recall averaged over pages, F1 of the averages)."})
  static final class WebBody implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The benchmark folder (holding ground-truth.json and html/).")
    Path dir;

    @picocli.CommandLine.Mixin PageSet pages;

    @Option(names = "--errors", description = "Also print each page's precision and recall.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
      WebBodyEval.print(WebBodyEval.run(dir, pages.set), System.out, errors);
      return Main.OK;
    }
  }

  @Command(name = "web-date", mixinStandardHelpOptions = true,
      description = "Publication dates of web pages against ../shared/data/web/pub-date: accuracy of the day.")
  static final class WebDate implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The evaluation folder (holding dates.json and pages/).")
    Path dir;

    @picocli.CommandLine.Mixin PageSet pages;

    @Option(names = "--errors", description = "Also list every page whose date is wrong or missing.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
      WebDateEval.print(WebDateEval.run(dir, pages.set), System.out, errors);
      return Main.OK;
    }
  }

  /** Which pages of a web benchmark to score: the set of a page is fixed by its id. */
  static final class PageSet {
    @Option(names = "--set", defaultValue = "all", paramLabel = "SET", description = "dev (two thirds), check (one third) or all (default: ${DEFAULT-VALUE}).")
    String set;
  }
}
