package org.attest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.attest.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
    description = "A stored article with what was found in it, as attest/1 JSON (by id, outlet:id, URL or hash prefix).")
final class ShowCommand implements Callable<Integer> {
  @picocli.CommandLine.ParentCommand Main main;
  @Mixin LedgerOptions ledger;

  @Parameters(paramLabel = "ARTICLE", description = "The article's id, outlet:id, URL, or at least 8 characters of its hash.")
  String article;

  @Override
  public Integer call() throws IOException {
    try (Ledger store = ledger.open()) {
      var json = store.show(article);
      if (json.isEmpty()) {
        System.err.println(Print.message("attest: no article " + article + " in " + ledger.shown()));
        return Main.SKIPPED;
      }
      // the stored JSON read and written again: escaped for a terminal (C0 and C1 controls, DEL), whatever the article holds
      com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
      PrintStream out = Print.stdout(main);
      out.println(m.writer(org.attest.io.JsonEscapes.INSTANCE).withDefaultPrettyPrinter().writeValueAsString(m.readTree(json.get())));
      Print.done(out);
    }
    return Main.OK;
  }
}
