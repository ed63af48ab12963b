package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attest.io.ArticleReader;
import org.attest.ledger.Ledger;
import org.attest.server.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the ledger in the browser (articles marked up, people, figure timelines, conflicts, search, extract) and as",
        "an HTTP API (JSON, described at /openapi.json). Read-only unless --allow-ingest is given with a token.",
        "It keeps answering while an 'attest ingest' writes the same ledger. Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;

  @Mixin LedgerOptions ledger;

  @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: 8080; 0: any free one).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--demo", description = "Serve a fresh ledger of the demo corpus (the example article and five invented reports), removed on exit.")
  boolean demo;

  @Option(names = "--allow-ingest", description = "Take articles at POST /api/ingest (JSON Lines), with the token of --token.")
  boolean allowIngest;

  @Option(names = "--token", paramLabel = "T", description = "The bearer token POST /api/ingest needs (with --allow-ingest).")
  String token;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (allowIngest && (token == null || token.length() < 8)) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--allow-ingest needs --token T of 8 characters or more");
    }
    if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--port: 0 to 65535");
    PrintStream out = Print.stdout(main);
    Path dir = demo ? Files.createTempDirectory("attest-demo") : null;
    String at = demo ? dir.toString() : ledger.existing();
    Server server;
    try {
      if (demo) {
        try (Ledger store = Ledger.open(dir); InputStream in = ServeCommand.class.getResourceAsStream(DemoCommand.CORPUS)) {
          IngestCommand.ingest(store, in, "demo corpus", ArticleReader.Format.JSONL, 100);
        }
      }
      server = Server.start(new Server.Options(at, host, port, allowIngest ? token : null));
    } catch (IOException | RuntimeException e) {
      if (demo) DemoCommand.delete(dir);
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> { // Ctrl-C: the server stops, the demo's ledger goes
      server.close();
      try {
        if (demo) DemoCommand.delete(dir);
      } catch (IOException ignored) {
        // a temporary folder left behind
      }
      stopped.countDown();
    }));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.println("Serving " + (demo ? "the demo ledger" : ledger.shown()) + " at http://" + shown + ":" + server.port() + "/ (API: /openapi.json)"
        + (allowIngest ? "; POST /api/ingest takes articles with the token" : "; read-only") + ". Ctrl-C stops it.");
    out.flush();
    stopped.await();
    return Main.OK;
  }
}
