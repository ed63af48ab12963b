package org.attest.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The ledger written out: documents as JSON Lines, claims as CSV or Parquet, claims as schema.org ClaimReview JSON-LD. */
final class Export {
  private Export() {}

  private static final String FIRST_APPEARANCE = "(SELECT %s FROM appearances p WHERE p.article = a.id ORDER BY p.rowid LIMIT 1)";

  /** SQL for a column of the first appearance of article {@code a}: its outlet, its id. */
  static String firstAppearance(String column) {
    return String.format(FIRST_APPEARANCE, column);
  }

  /** One attest/1 document a line, in the order the articles were stored. */
  static void jsonl(Connection db, OutputStream out) throws SQLException, IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT document FROM articles ORDER BY id")) {
      while (r.next()) {
        w.write(r.getString("document"));
        w.write('\n');
      }
    }
    w.flush();
  }

  // the sentence is the one cut in Java at ingest: SQLite's substr counts code points, the spans count UTF-16 units, so cutting
  // the article text here would shift the sentence by one character for each emoji (or other non-BMP character) before it
  /** The columns of a claim written out: the CSV's header and the Parquet schema's fields, in order. */
  private static final String[] COLUMNS = {"article_hash", "appearance", "outlet", "url", "published", "figure", "value", "low", "high",
      "modifier", "unit", "subject", "place", "as_of", "source", "via", "sentence"};

  private static final String CLAIMS = "SELECT a.hash AS article_hash, " + firstAppearance("source_id") + " AS appearance, "
      + firstAppearance("outlet") + " AS outlet, " + firstAppearance("url") + " AS url, a.published AS published, q.text AS figure,"
      + " q.value AS value, q.low AS low, q.high AS high, q.modifier AS modifier, q.unit AS unit, c.subject AS subject, c.place AS place,"
      + " c.as_of AS as_of, coalesce(k.name, c.source_name) AS source, c.via AS via, c.sentence AS sentence, c.cid AS cid,"
      + " k.type AS source_type, a.id AS article"
      + " FROM claims c JOIN quantities q ON q.article = c.article AND q.nid = c.nid JOIN articles a ON a.id = c.article"
      + " LEFT JOIN canon k ON k.id = c.source_canon ORDER BY a.id, c.start";

  /** One figure claim a row (RFC 4180). */
  static void csv(Connection db, OutputStream out) throws SQLException, IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write(String.join(",", COLUMNS) + "\r\n");
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(CLAIMS)) {
      while (r.next()) {
        for (int i = 0; i < COLUMNS.length; i++) {
          if (i > 0) w.write(',');
          w.write(cell(value(r, COLUMNS[i])));
        }
        w.write("\r\n");
      }
    }
    w.flush();
  }

  /** A claim's column as text: the sources it came through ("via") joined by semicolons. */
  private static String value(ResultSet r, String column) throws SQLException {
    if (number(column)) { // a double written as Java writes it, whichever store held it ("1000.0")
      double d = r.getDouble(column);
      return r.wasNull() ? null : String.valueOf(d);
    }
    String v = r.getString(column);
    return "via".equals(column) && v != null ? v.replace('\u001f', ';') : v;
  }

  /** The figure's numbers: doubles in Parquet. */
  private static boolean number(String column) {
    return column.equals("value") || column.equals("low") || column.equals("high");
  }

  /** A CSV cell; one a spreadsheet could take for a formula is prefixed with an apostrophe (no formula from article text). */
  static String cell(String v) {
    if (v == null) return "";
    if (formula(v)) v = "'" + v;
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  /**
   * Whether a spreadsheet could read the cell as a formula: it starts with =, +, -, @, a tab or a carriage return (OWASP's list),
   * or with one of =, +, -, @ after white space; a plain number ("-5", "+1,000.5") is left alone.
   */
  static boolean formula(String v) {
    if (v.isEmpty()) return false;
    if (v.charAt(0) == '\t' || v.charAt(0) == '\r') return true;
    int i = 0;
    while (i < v.length() && (v.charAt(i) == ' ' || v.charAt(i) == '\n')) i++;
    return i < v.length() && "=+-@".indexOf(v.charAt(i)) >= 0 && !v.matches("[-+]?[0-9.,]+");
  }

  /** The CSV's columns as Parquet: strings (optional but the hash), the figure's numbers as doubles. */
  private static final org.apache.parquet.schema.MessageType CLAIM_SCHEMA = claimSchema();

  private static org.apache.parquet.schema.MessageType claimSchema() {
    var b = org.apache.parquet.schema.Types.buildMessage();
    for (int i = 0; i < COLUMNS.length; i++) {
      if (number(COLUMNS[i])) {
        b.optional(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE).named(COLUMNS[i]);
      } else {
        (i == 0 ? b.required(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY)
            : b.optional(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY))
            .as(org.apache.parquet.schema.LogicalTypeAnnotation.stringType()).named(COLUMNS[i]);
      }
    }
    return b.named("claim");
  }

  /** One figure claim a row, the CSV's columns, in one Parquet file (uncompressed, no Hadoop at run time). */
  static void parquet(Connection db, OutputStream out) throws SQLException, IOException {
    try {
      writeParquet(db, out);
    } catch (RuntimeException e) { // the writer wraps a failed write in its own unchecked exceptions (closing the file, a full disk, a closed pipe)
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof IOException io) throw io;
      }
      throw e;
    }
  }

  private static void writeParquet(Connection db, OutputStream out) throws SQLException, IOException {
    var factory = new org.apache.parquet.example.data.simple.SimpleGroupFactory(CLAIM_SCHEMA);
    try (var writer = org.apache.parquet.hadoop.example.ExampleParquetWriter.builder(new StreamOutputFile(out))
            .withConf(new org.apache.parquet.conf.PlainParquetConfiguration()).withType(CLAIM_SCHEMA)
            .withCompressionCodec(org.apache.parquet.hadoop.metadata.CompressionCodecName.UNCOMPRESSED).build();
        Statement s = db.createStatement(); ResultSet r = s.executeQuery(CLAIMS)) {
      while (r.next()) {
        var row = factory.newGroup();
        for (String name : COLUMNS) {
          if (number(name)) {
            double v = r.getDouble(name);
            if (!r.wasNull()) row.append(name, v);
          } else {
            String v = value(r, name);
            if (v != null) row.append(name, v);
          }
        }
        writer.write(row);
      }
    }
  }

  /** A Parquet output file over a stream (a temporary file to be moved in place, or stdout). */
  private static final class StreamOutputFile implements org.apache.parquet.io.OutputFile {
    private final OutputStream out;

    StreamOutputFile(OutputStream out) {
      this.out = out;
    }

    @Override
    public org.apache.parquet.io.PositionOutputStream create(long blockSizeHint) {
      return new org.apache.parquet.io.PositionOutputStream() {
        private long pos;

        @Override
        public long getPos() {
          return pos;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          pos++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          pos += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.flush(); // the caller owns the stream
        }
      };
    }

    @Override
    public org.apache.parquet.io.PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }

  /**
   * Each figure claim as a schema.org ClaimReview: the claim (its sentence), who made it, where it
   * appeared and when. Attest rates nothing, so there is no reviewRating: the record is for
   * fact-checkers to complete.
   */
  static void claimReview(Connection db, OutputStream out) throws SQLException, IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonGenerator g = mapper.getFactory().createGenerator(out);
    g.setCharacterEscapes(org.attest.io.JsonEscapes.INSTANCE); // the JSON-LD goes into web pages: article text must not close their <script>
    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    g.useDefaultPrettyPrinter();
    g.writeStartArray();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(CLAIMS);
        java.sql.PreparedStatement appearances = db.prepareStatement("SELECT source_id, url, outlet, published FROM appearances WHERE article = ? ORDER BY rowid")) {
      while (r.next()) {
        g.writeStartObject();
        g.writeStringField("@context", "https://schema.org");
        g.writeStringField("@type", "ClaimReview");
        g.writeStringField("claimReviewed", r.getString("sentence") == null ? r.getString("figure") : r.getString("sentence").replaceAll("\\s+", " ").strip());
        g.writeObjectFieldStart("itemReviewed");
        g.writeStringField("@type", "Claim");
        if (r.getString("source") != null) {
          g.writeObjectFieldStart("author");
          g.writeStringField("@type", "PERSON".equals(r.getString("source_type")) ? "Person" : "Organization");
          g.writeStringField("name", r.getString("source"));
          g.writeEndObject();
        }
        if (r.getString("as_of") != null) g.writeStringField("temporalCoverage", r.getString("as_of"));
        if (r.getString("published") != null) g.writeStringField("datePublished", r.getString("published"));
        g.writeArrayFieldStart("appearance"); // every outlet the text appeared in: a syndicated claim appeared twice
        appearances.setLong(1, r.getLong("article"));
        try (ResultSet p = appearances.executeQuery()) {
          while (p.next()) {
            g.writeStartObject();
            g.writeStringField("@type", "CreativeWork");
            if (p.getString("url") != null) g.writeStringField("url", p.getString("url"));
            g.writeStringField("identifier", p.getString("source_id"));
            if (p.getString("outlet") != null) {
              g.writeObjectFieldStart("publisher");
              g.writeStringField("@type", "Organization");
              g.writeStringField("name", p.getString("outlet"));
              g.writeEndObject();
            }
            if (p.getString("published") != null) g.writeStringField("datePublished", p.getString("published"));
            g.writeEndObject();
          }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("identifier", r.getString("article_hash") + "#" + r.getString("cid"));
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeRaw('\n');
    g.flush();
  }

}
