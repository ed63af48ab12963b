package org.attest.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.attest.io.DocumentWriter;
import org.attest.model.Article;
import org.attest.model.Claim;
import org.attest.model.Document;
import org.attest.model.Entity;
import org.attest.model.Mention;
import org.attest.model.Origin;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.model.Title;

/**
 * The job's Parquet tables: their schemas (one place; docs/SPARK.md lists every column) and a document's rows. Every row of every
 * table but {@code errors} starts with {@code doc} (the document's key, unique in one run's output: the same article id may come
 * from two files) and {@code article_id}; spans are character offsets into the article's text, as in attest/1.
 */
final class Tables {
  static final String DOCUMENTS = "documents";
  static final String ENTITIES = "entities";
  static final String MENTIONS = "mentions";
  static final String QUOTES = "quotes";
  static final String QUANTITIES = "quantities";
  static final String TIMES = "times";
  static final String CLAIMS = "claims";
  static final String ERRORS = "errors";

  private static final StructType TITLE = struct(field("text", StringType), field("start", IntegerType), field("end", IntegerType));

  /** The tables in the order they are written, each with its schema. */
  static final Map<String, StructType> SCHEMAS = schemas();

  private Tables() {}

  private static Map<String, StructType> schemas() {
    Map<String, StructType> s = new LinkedHashMap<>();
    s.put(DOCUMENTS, keyed(field("source", StringType), field("line", IntegerType), field("published", StringType), field("title", StringType),
        field("url", StringType), field("outlet", StringType), field("authors", DataTypes.createArrayType(StringType, false)),
        field("language", StringType), field("origin_file", StringType), field("origin_warc", StringType), field("origin_offset", LongType),
        field("origin_url", StringType), field("origin_fetched", StringType), field("origin_date", StringType), field("meta", StringType),
        field("text", StringType), field("entities", IntegerType), field("quotes", IntegerType), field("quantities", IntegerType),
        field("times", IntegerType), field("claims", IntegerType), field("json", StringType)));
    s.put(ENTITIES, keyed(field("entity", StringType), field("type", StringType), field("name", StringType),
        field("titles", DataTypes.createArrayType(TITLE, false)), field("mentions", IntegerType)));
    s.put(MENTIONS, keyed(field("entity", StringType), field("span_start", IntegerType), field("span_end", IntegerType), field("text", StringType),
        field("kind", StringType)));
    s.put(QUOTES, keyed(field("quote", StringType), field("type", StringType), field("span_start", IntegerType), field("span_end", IntegerType),
        field("text", StringType), field("cue_start", IntegerType), field("cue_end", IntegerType), field("cue_text", StringType),
        field("speaker_start", IntegerType), field("speaker_end", IntegerType), field("speaker_text", StringType),
        field("speaker_entity", StringType), field("speaker_name", StringType), field("confidence", DoubleType)));
    s.put(QUANTITIES, keyed(field("quantity", StringType), field("span_start", IntegerType), field("span_end", IntegerType),
        field("text", StringType), field("value", DoubleType), field("low", DoubleType), field("high", DoubleType), field("modifier", StringType),
        field("unit", StringType), field("object_start", IntegerType), field("object_end", IntegerType), field("object_text", StringType),
        field("relative_to", StringType), field("confidence", DoubleType)));
    s.put(TIMES, keyed(field("time", StringType), field("span_start", IntegerType), field("span_end", IntegerType), field("text", StringType),
        field("type", StringType), field("value", StringType), field("mod", StringType)));
    s.put(CLAIMS, keyed(field("claim", StringType), field("kind", StringType), field("quantity", StringType), field("subject", StringType),
        field("place", StringType), field("as_of", StringType), field("time", StringType), field("source_name", StringType),
        field("source_entity", StringType), field("source_via", DataTypes.createArrayType(StringType, false)), field("quote", StringType),
        field("span_start", IntegerType), field("span_end", IntegerType), field("confidence", DoubleType)));
    s.put(ERRORS, struct(field("source", StringType), field("line", IntegerType), field("offset", LongType), field("article_id", StringType),
        field("stage", StringType), field("message", StringType)));
    return java.util.Collections.unmodifiableMap(s);
  }

  /**
   * The key of the {@code ordinal}-th thing read from {@code source}: 16 hex digits of SHA-256, the same in every run over the
   * same files.
   */
  static String docKey(String source, long ordinal) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest((source + "\n" + ordinal).getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder(16);
      for (int i = 0; i < 8; i++) b.append(Character.forDigit((h[i] >> 4) & 0xf, 16)).append(Character.forDigit(h[i] & 0xf, 16));
      return b.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tables a document has rows in, besides {@code documents}: in the extracted row, each an array of its rows. */
  static final List<String> PARTS = List.of(ENTITIES, MENTIONS, QUOTES, QUANTITIES, TIMES, CLAIMS);

  /**
   * One extracted record, the shape the job keeps between extraction and writing: the documents columns, then for each of
   * {@link #PARTS} the array of its rows (their columns but {@code doc} and {@code article_id}: {@code rows_quotes}...), then
   * {@code error} (the errors columns; null for a document). Kept as a DataFrame, it is cached column by column, and each table
   * is a selection of it.
   */
  static final StructType EXTRACTED = extracted();

  private static StructType extracted() {
    List<StructField> fields = new ArrayList<>(List.of(SCHEMAS.get(DOCUMENTS).fields()));
    for (String t : PARTS) {
      StructField[] all = SCHEMAS.get(t).fields();
      StructType row = DataTypes.createStructType(java.util.Arrays.copyOfRange(all, 2, all.length));
      fields.add(field("rows_" + t, DataTypes.createArrayType(row, false)));
    }
    fields.add(field("error", SCHEMAS.get(ERRORS)));
    return DataTypes.createStructType(fields);
  }

  /** The extracted record of a document. */
  static Row document(Read read, Document d) {
    Article a = d.article();
    Origin o = a.origin();
    List<Row> entities = new ArrayList<>(), mentions = new ArrayList<>(), quotes = new ArrayList<>(), quantities = new ArrayList<>(),
        times = new ArrayList<>(), claims = new ArrayList<>();
    for (Entity e : d.entities()) {
      Row[] titles = new Row[e.titles().size()];
      for (int i = 0; i < titles.length; i++) {
        Title t = e.titles().get(i);
        titles[i] = RowFactory.create(t.text(), t.start(), t.end());
      }
      entities.add(RowFactory.create(e.id(), e.type(), e.name(), titles, e.mentions().size()));
      for (Mention m : e.mentions()) mentions.add(RowFactory.create(e.id(), m.start(), m.end(), m.text(), m.kind()));
    }
    for (Quote q : d.quotes()) {
      Span cue = q.cue(), speaker = q.speaker();
      quotes.add(RowFactory.create(q.id(), q.type(), q.start(), q.end(), q.text(), start(cue), end(cue), text(cue), start(speaker), end(speaker),
          text(speaker), q.speakerEntity(), q.speakerName(), q.confidence()));
    }
    for (Quantity n : d.quantities()) {
      Span obj = n.object();
      quantities.add(RowFactory.create(n.id(), n.start(), n.end(), n.text(), n.value(), n.low(), n.high(), n.modifier(), n.unit(), start(obj),
          end(obj), text(obj), n.relativeTo(), n.confidence()));
    }
    for (TimeExpression t : d.times()) times.add(RowFactory.create(t.id(), t.start(), t.end(), t.text(), t.type(), t.value(), t.mod()));
    for (Claim c : d.claims()) {
      claims.add(RowFactory.create(c.id(), c.kind(), c.quantity(), c.subject(), c.place(), c.asOf(), c.time(),
          c.source() == null ? null : c.source().name(), c.source() == null ? null : c.source().entity(),
          c.source() == null ? null : c.source().via().toArray(new String[0]), c.quote(), c.start(), c.end(), c.confidence()));
    }
    return RowFactory.create(docKey(read.source, read.ordinal), a.id(), read.source, read.line, a.published(), a.title(), a.url(), a.outlet(),
        a.authors().toArray(new String[0]), a.language(), o == null ? null : o.file(), o == null ? null : o.warc(),
        o == null ? null : o.offset(), o == null ? null : o.url(), o == null ? null : o.fetched(), o == null ? null : o.date(),
        Read.metaJson(a), a.text(), d.entities().size(), d.quotes().size(), d.quantities().size(), d.times().size(), d.claims().size(),
        json(d), entities.toArray(Row[]::new), mentions.toArray(Row[]::new), quotes.toArray(Row[]::new), quantities.toArray(Row[]::new),
        times.toArray(Row[]::new), claims.toArray(Row[]::new), null);
  }

  /** The extracted record of a problem met while reading ({@code stage} "read") or extracting ("extract"). */
  static Row error(Read read, Long offset, String articleId, String stage, String message) {
    Object[] values = new Object[EXTRACTED.size()];
    values[0] = docKey(read.source, read.ordinal);
    values[1] = articleId;
    values[values.length - 1] = RowFactory.create(read.source, read.line, offset, articleId, stage, message);
    return RowFactory.create(values);
  }

  /** The document as {@code attest extract --format jsonl} writes it, without the line end. */
  static String json(Document d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (DocumentWriter w = new DocumentWriter(out, DocumentWriter.Layout.JSONL, false)) {
      w.write(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String s = out.toString(StandardCharsets.UTF_8);
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  private static Integer start(Span s) {
    return s == null ? null : s.start();
  }

  private static Integer end(Span s) {
    return s == null ? null : s.end();
  }

  private static String text(Span s) {
    return s == null ? null : s.text();
  }

  private static StructType keyed(StructField... fields) {
    StructField[] all = new StructField[fields.length + 2];
    all[0] = DataTypes.createStructField("doc", StringType, false);
    all[1] = field("article_id", StringType);
    System.arraycopy(fields, 0, all, 2, fields.length);
    return DataTypes.createStructType(all);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
