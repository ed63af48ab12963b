package org.attest.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attest.io.InputProblem;
import org.attest.model.Article;
import org.attest.model.Origin;

/**
 * One thing read from an input file, as it crosses the cluster between reading and extraction: an article, or the problem
 * that stood in its place. {@code ordinal} counts what the file gave (articles and problems), so {@code source} and {@code
 * ordinal} name it whatever partition it lands in; {@code line} is the reader's line (a JSON Lines record's, 1 for a text, 0
 * for a page or a WARC record).
 */
final class Read implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  final String source;
  final long ordinal;
  final int line;
  /** The problem's message, or null for an article. */
  final String problem;

  private final String id, text, published, title, url, outlet, language;
  private final ArrayList<String> authors;
  private final String originFile, originWarc, originUrl, originFetched, originDate;
  private final Long originOffset;
  /** The article's meta as a JSON object, or null when it has none. */
  private final String meta;

  private Read(String source, long ordinal, int line, String problem, Article a) {
    this.source = source;
    this.ordinal = ordinal;
    this.line = line;
    this.problem = problem;
    this.id = a == null ? null : a.id();
    this.text = a == null ? null : a.text();
    this.published = a == null ? null : a.published();
    this.title = a == null ? null : a.title();
    this.url = a == null ? null : a.url();
    this.outlet = a == null ? null : a.outlet();
    this.language = a == null ? null : a.language();
    this.authors = a == null ? null : new ArrayList<>(a.authors());
    Origin o = a == null ? null : a.origin();
    this.originFile = o == null ? null : o.file();
    this.originWarc = o == null ? null : o.warc();
    this.originOffset = o == null ? null : o.offset();
    this.originUrl = o == null ? null : o.url();
    this.originFetched = o == null ? null : o.fetched();
    this.originDate = o == null ? null : o.date();
    this.meta = a == null || a.meta().isEmpty() ? null : json(a.meta());
  }

  static Read article(String source, long ordinal, int line, Article a) {
    return new Read(source, ordinal, line, null, a);
  }

  static Read problem(String source, long ordinal, InputProblem p) {
    return new Read(source, ordinal, p.line(), p.message(), null);
  }

  /** The article again, as it was read. */
  Article article() {
    Origin origin = originFile == null && originWarc == null && originUrl == null && originFetched == null && originDate == null
        && originOffset == null ? null : new Origin(originFile, originWarc, originOffset, originUrl, originFetched, originDate);
    return new Article(id, text, published, title, url, outlet, authors, language, origin, meta == null ? Map.of() : map(meta));
  }

  /** The meta of an article as the documents table keeps it: a JSON object, or null. */
  static String metaJson(Article a) {
    return a.meta().isEmpty() ? null : json(a.meta());
  }

  private static String json(Map<String, Object> meta) {
    try {
      return JSON.writeValueAsString(meta);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> map(String json) {
    try {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
