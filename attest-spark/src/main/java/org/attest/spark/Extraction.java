package org.attest.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;
import scala.Tuple2;

/**
 * The extraction step of a partition: each article through this executor thread's own pipeline ({@link Attest} is not
 * thread-safe; its models and lexicons are loaded once per executor and shared), into table rows. A problem read in an article's
 * place, or an extraction that throws, becomes an {@code errors} row: one bad record never fails the job.
 */
final class Extraction {
  /** One pipeline a thread: an executor runs as many tasks at once as it has cores, each on a thread of its own. */
  private static final ThreadLocal<Attest> PIPELINES = ThreadLocal.withInitial(Attest::new);

  private Extraction() {}

  /** The rows of a partition's reads, produced as they are asked for. */
  static Iterator<Tuple2<String, Row>> rows(Iterator<Read> reads) {
    return new Iterator<>() {
      private final ArrayDeque<Tuple2<String, Row>> ready = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && reads.hasNext()) ready.addAll(rowsOf(reads.next()));
        return !ready.isEmpty();
      }

      @Override
      public Tuple2<String, Row> next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ready.poll();
      }
    };
  }

  /** One read's rows: a document's, or one error. */
  static java.util.List<Tuple2<String, Row>> rowsOf(Read read) {
    if (read.problem != null) return java.util.List.of(Tables.error(read.source, read.line, null, null, "read", read.problem));
    Article article = read.article();
    Document d;
    try {
      d = PIPELINES.get().extract(article);
      return Tables.rows(read, d);
    } catch (RuntimeException | StackOverflowError e) { // a bug meets one article: that article is reported, the others go on
      PIPELINES.remove(); // a pipeline that threw may hold half a document's state
      Long offset = article.origin() == null ? null : article.origin().offset();
      return java.util.List.of(Tables.error(read.source, read.line, offset, article.id(), "extract", e.toString()));
    }
  }
}
