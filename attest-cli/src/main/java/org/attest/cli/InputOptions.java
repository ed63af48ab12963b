package org.attest.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attest.io.InputProblem;
import org.attest.web.Fetcher;
import org.attest.web.Inputs;
import picocli.CommandLine.Option;

/** How extract and ingest read their inputs: the kind when names do not tell, URL lists, feeds' linked pages, politeness. */
final class InputOptions implements AutoCloseable {
  @Option(names = "--input-format", paramLabel = "text|jsonl|html|warc|feed",
      description = "Input kind when the file name does not tell (default: by extension, then by content: a page is never read as text; stdin: sniffed).")
  Inputs.Kind kind;

  @Option(names = "--urls", paramLabel = "LIST", description = "A file of URLs to fetch and read, one a line ('#' starts a comment).")
  Path urls;

  @Option(names = "--follow", description = "For feed items without their full text: fetch the linked page and read it.")
  boolean follow;

  @Option(names = "--delay", paramLabel = "MS", description = "Pause between two requests to one host, in milliseconds (default: ${DEFAULT-VALUE}).")
  long delay = 1000;

  private Fetcher fetcher;

  /** The inputs given and those of the --urls list; a list that cannot be read is reported and counted as one skipped input. */
  List<String> inputs(List<String> given, Runnable skipped) {
    List<String> all = new ArrayList<>(given);
    if (urls != null) {
      try {
        all.addAll(Inputs.urls(urls));
      } catch (IOException e) {
        ExtractCommand.report(new InputProblem(urls.toString(), 0, "cannot read the URL list: " + Inputs.reason(e)));
        skipped.run();
      }
    }
    return all;
  }

  /** The reading options; the fetcher is made on first use (no URL, no client). */
  Inputs.Options options(List<String> inputs) {
    boolean fetching = follow || inputs.stream().anyMatch(Fetcher::isUrl);
    if (fetching && fetcher == null) {
      fetcher = new Fetcher(Duration.ofMillis(Math.max(0, delay)), Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20);
    }
    return new Inputs.Options(kind, fetcher, follow);
  }

  @Override
  public void close() {
    if (fetcher != null) fetcher.close();
  }
}
