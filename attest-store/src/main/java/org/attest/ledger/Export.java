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
        w.write(r.getString(1));
        w.write('\n');
      }
    }
    w.flush();
  }

  // the sentence is the one cut in Java at ingest: SQLite's substr counts code points, the spans count UTF-16 units, so cutting
  // the article text here would shift the sentence by one character for each emoji (or other non-BMP character) before it
  private static final String CLAIMS = "SELECT a.hash, " + firstAppearance("source_id") + ", " + firstAppearance("outlet")
      + ", " + firstAppearance("url") + ", a.published, q.text, q.value, q.low, q.high, q.modifier, q.unit, c.subject, c.place,"
      + " c.as_of, coalesce(k.name, c.source_name), c.via, c.sentence, c.cid, k.type, a.id"
      + " FROM claims c JOIN quantities q ON q.article = c.article AND q.nid = c.nid JOIN articles a ON a.id = c.article"
      + " LEFT JOIN canon k ON k.id = c.source_canon ORDER BY a.id, c.start";

  /** One figure claim a row (RFC 4180). */
  static void csv(Connection db, OutputStream out) throws SQLException, IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write("article_hash,appearance,outlet,url,published,figure,value,low,high,modifier,unit,subject,place,as_of,source,via,sentence\r\n");
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(CLAIMS)) {
      while (r.next()) {
        for (int i = 1; i <= 17; i++) {
          if (i > 1) w.write(',');
          String v = r.getString(i);
          if (i == 16 && v != null) v = v.replace('\u001f', ';');
          w.write(cell(v));
        }
        w.write("\r\n");
      }
    }
    w.flush();
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
    String[] names = {"article_hash", "appearance", "outlet", "url", "published", "figure", "value", "low", "high", "modifier", "unit", "subject",
        "place", "as_of", "source", "via", "sentence"};
    for (int i = 0; i < names.length; i++) {
      if (i >= 6 && i <= 8) {
        b.optional(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE).named(names[i]);
      } else {
        (i == 0 ? b.required(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY)
            : b.optional(org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY))
            .as(org.apache.parquet.schema.LogicalTypeAnnotation.stringType()).named(names[i]);
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
        for (int i = 1; i <= 17; i++) {
          String name = CLAIM_SCHEMA.getFieldName(i - 1);
          if (i >= 7 && i <= 9) {
            double v = r.getDouble(i);
            if (!r.wasNull()) row.append(name, v);
          } else {
            String v = r.getString(i);
            if (v != null) row.append(name, i == 16 ? v.replace('\u001f', ';') : v);
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
        g.writeStringField("claimReviewed", r.getString(17) == null ? r.getString(6) : r.getString(17).replaceAll("\\s+", " ").strip());
        g.writeObjectFieldStart("itemReviewed");
        g.writeStringField("@type", "Claim");
        if (r.getString(15) != null) {
          g.writeObjectFieldStart("author");
          g.writeStringField("@type", "PERSON".equals(r.getString(19)) ? "Person" : "Organization");
          g.writeStringField("name", r.getString(15));
          g.writeEndObject();
        }
        if (r.getString(14) != null) g.writeStringField("temporalCoverage", r.getString(14));
        if (r.getString(5) != null) g.writeStringField("datePublished", r.getString(5));
        g.writeArrayFieldStart("appearance"); // every outlet the text appeared in: a syndicated claim appeared twice
        appearances.setLong(1, r.getLong(20));
        try (ResultSet p = appearances.executeQuery()) {
          while (p.next()) {
            g.writeStartObject();
            g.writeStringField("@type", "CreativeWork");
            if (p.getString(2) != null) g.writeStringField("url", p.getString(2));
            g.writeStringField("identifier", p.getString(1));
            if (p.getString(3) != null) {
              g.writeObjectFieldStart("publisher");
              g.writeStringField("@type", "Organization");
              g.writeStringField("name", p.getString(3));
              g.writeEndObject();
            }
            if (p.getString(4) != null) g.writeStringField("datePublished", p.getString(4));
            g.writeEndObject();
          }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("identifier", r.getString(1) + "#" + r.getString(18));
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeRaw('\n');
    g.flush();
  }

}
