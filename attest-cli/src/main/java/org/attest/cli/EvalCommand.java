package org.attest.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attest.eval.PolnearEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score the extractors against development data and print the figures.",
    subcommands = {EvalCommand.Quotes.class})
final class EvalCommand {
  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "Quotes and speakers against PolNeAR: recall (all, quoted subset), precision, source accuracy.")
  static final class Quotes implements Callable<Integer> {
    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "The PolNeAR data folder (holding train/, dev/, metadata.tsv).")
    Path polnear;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT", description = "train or dev (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--errors", description = "Also list every missed, spurious and wrongly attributed quote.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
      PolnearEval.Result r = PolnearEval.run(polnear, split, errors ? System.out : null);
      PolnearEval.print(r, System.out);
      return Main.OK;
    }
  }
}
