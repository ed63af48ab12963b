package org.attest.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attest.model.Article;
import org.junit.jupiter.api.Test;

class ThreadBenchTest {
  private static final List<Article> CORPUS = List.of(
      new Article("a", "\"We will rebuild,\" the mayor said on Monday. About 300 homes were lost.", "2020-01-06"),
      new Article("b", "Fewer than 1,000 fighters remain, the coalition told Reuters.", "2020-01-06"));

  @Test
  void twoWorkersExtractAndAreTimed() throws Exception {
    ThreadBench.Run run = ThreadBench.measure(CORPUS, 2, 0, 0.3);
    assertTrue(run.articlesPerSecond() > 0, "articles/s " + run.articlesPerSecond());
    assertTrue(Double.isNaN(run.cores()) || run.cores() > 0, "cores " + run.cores());
  }

  @Test
  void benchPrintsOneThreadAgainstTwo() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    System.setOut(new java.io.PrintStream(bytes, true, "UTF-8"));
    try {
      ThreadBench.run(CORPUS, 2, 0.2, 0.2);
    } finally {
      System.setOut(old);
    }
    String out = bytes.toString("UTF-8");
    assertTrue(out.contains("1 thread") && out.contains("2 threads") && out.contains("one thread"), out);
  }
}
