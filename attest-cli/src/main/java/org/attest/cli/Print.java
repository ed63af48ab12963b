package org.attest.cli;

import java.io.PrintStream;
import java.util.List;
import org.attest.ledger.Ledger;

/** How the ledger's answers read on a terminal. */
final class Print {
  private Print() {}

  /** The command's standard output as UTF-8 text. */
  static PrintStream stdout(Main main) {
    return new PrintStream(main.stdout, true, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A PrintStream keeps its write errors to itself: a full disk or a closed pipe must fail the command. */
  static void done(PrintStream out) throws java.io.IOException {
    out.flush();
    if (out.checkError()) throw new java.io.IOException("cannot write the output (a full disk or a closed pipe?)");
  }

  static void figures(PrintStream out, String subject, List<Ledger.Figure> figures) {
    if (figures.isEmpty()) {
      out.println("No figures about \"" + subject + "\" in the ledger.");
      return;
    }
    out.println("Figures about \"" + subject + "\", oldest first (" + figures.size() + "):");
    for (Ledger.Figure f : figures) {
      String source = f.source() == null ? "the article itself" : f.source();
      if (!f.via().isEmpty()) source += " via " + String.join(", ", f.via());
      String figure = f.text() + " (" + f.interval() + ")";
      out.printf("  as of %-10s  %-28s %s%s%n", f.asOf() == null ? "undated" : f.asOf(), figure, f.subject() == null ? "" : f.subject(), f.place() == null ? "" : " in " + f.place());
      out.printf("  %-10s    source: %s; %s, %s, %s%n", "", source, f.outlet() == null ? "unknown outlet" : f.outlet(), f.published(), f.article());
    }
  }

  static void conflicts(PrintStream out, List<Ledger.Conflict> conflicts) {
    if (conflicts.isEmpty()) {
      out.println("No conflicts found.");
      return;
    }
    out.println("Conflicts (" + conflicts.size() + "):");
    int i = 0;
    for (Ledger.Conflict c : conflicts) {
      String kind = switch (c.kind()) {
        case "figure" -> "figures that cannot both hold";
        case "title" -> "one person, different offices";
        case "quote" -> "one statement, worded differently";
        default -> c.kind();
      };
      out.printf("%n%d. %s: %s%n", ++i, kind, c.about());
      out.println("   " + c.left());
      out.println("      in " + c.leftWhere());
      out.println("   " + c.right());
      out.println("      in " + c.rightWhere());
      out.println("   " + (c.kind().equals("quote") ? "difference: " : "") + c.detail());
    }
  }
}
