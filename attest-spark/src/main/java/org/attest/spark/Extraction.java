package org.attest.spark;

import org.apache.spark.sql.Row;
import org.attest.Attest;
import org.attest.model.Article;
import org.attest.model.Document;

/**
 * The extraction step: each article through this executor thread's own pipeline ({@link Attest} is not
 * thread-safe; its models and lexicons are loaded once per executor and shared), into table rows. A problem read in an article's
 * place, or an extraction that throws, becomes an {@code errors} row: one bad record never fails the job.
 */
final class Extraction {
  /** One pipeline a thread: an executor runs as many tasks at once as it has cores, each on a thread of its own. */
  private static final ThreadLocal<Attest> PIPELINES = ThreadLocal.withInitial(Attest::new);

  private Extraction() {}

  /** One read's record: a document's, or an error's. */
  static Row rowOf(Read read) {
    if (read.problem != null) return Tables.error(read, null, null, "read", read.problem);
    Article article = read.article();
    Document d;
    try {
      d = PIPELINES.get().extract(article);
      return Tables.document(read, d);
    } catch (RuntimeException | StackOverflowError e) { // a bug meets one article: that article is reported, the others go on
      PIPELINES.remove(); // a pipeline that threw may hold half a document's state
      Long offset = article.origin() == null ? null : article.origin().offset();
      return Tables.error(read, offset, article.id(), "extract", e.toString());
    }
  }
}
