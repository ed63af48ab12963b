package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads Parquet tables as Spark writes them (a folder of part files; or one file) with parquet-hadoop's reader and a plain
 * configuration: no Hadoop at run time, as {@code attest export} writes Parquet. Pages compressed with Snappy, Zstandard, LZ4 or
 * gzip are decoded in Java (aircompressor, the JDK): no native library is loaded.
 */
final class ParquetRows {
  /** What to do with each row. */
  interface Sink {
    void row(Group row) throws IOException;
  }

  private ParquetRows() {}

  /** A table's data files, sorted: the folder's {@code .parquet} files but Spark's markers ({@code _SUCCESS}) and hidden ones. */
  static List<Path> files(Path table) throws IOException {
    if (Files.isRegularFile(table)) return List.of(table);
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(table)) {
      s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".parquet") && !n.startsWith("_") && !n.startsWith(".") && Files.isRegularFile(p);
      }).sorted().forEach(out::add);
    }
    return out;
  }

  /** Rows in a table: the sum of its files' row groups' counts, read from the footers alone. */
  static long count(Path table) throws IOException {
    long n = 0;
    for (Path f : files(table)) {
      try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(f), options())) {
        n += r.getRecordCount();
      }
    }
    return n;
  }

  /** Each row of {@code file}, with only the {@code columns} that the file has (the others are not read). */
  static void read(Path file, List<String> columns, Sink sink) throws IOException {
    try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file), options())) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      List<Type> fields = new ArrayList<>();
      for (String c : columns) if (schema.containsField(c)) fields.add(schema.getType(c));
      MessageType projection = new MessageType(schema.getName(), fields);
      r.setRequestedSchema(projection);
      var io = new ColumnIOFactory().getColumnIO(projection, schema);
      for (PageReadStore pages; (pages = r.readNextRowGroup()) != null; ) {
        RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(projection));
        for (long i = 0, n = pages.getRowCount(); i < n; i++) sink.row(records.read());
      }
    }
  }

  /** A column's string, or null when the row has none. */
  static String string(Group row, String column) {
    if (!row.getType().containsField(column) || row.getFieldRepetitionCount(column) == 0) return null;
    return row.getString(column, 0);
  }

  private static org.apache.parquet.ParquetReadOptions options() {
    return org.apache.parquet.HadoopFreeReadOptions.of(JavaCodecs.INSTANCE);
  }

  /** The codecs Spark writes with, decoded without native code; reading only. */
  static final class JavaCodecs implements CompressionCodecFactory {
    static final JavaCodecs INSTANCE = new JavaCodecs();

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
      throw new UnsupportedOperationException("attest reads Parquet here, it does not write it");
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
      return switch (codec) {
        case UNCOMPRESSED -> new Block(null);
        case SNAPPY -> new Block(new io.airlift.compress.snappy.SnappyDecompressor());
        case ZSTD -> new Block(new io.airlift.compress.zstd.ZstdDecompressor());
        case LZ4_RAW -> new Block(new io.airlift.compress.lz4.Lz4Decompressor());
        case GZIP -> new Gzip();
        default -> throw new UnsupportedOperationException("Parquet pages compressed with " + codec
            + " cannot be read here: write them with zstd, snappy, gzip, lz4_raw or none");
      };
    }

    @Override
    public void release() {}
  }

  /** A page decoded by a block decompressor (or copied when it is not compressed). */
  /** A page decompressor of byte arrays: the buffer form reads through the array form, nothing to release. */
  private abstract static class PageDecompressor implements CompressionCodecFactory.BytesInputDecompressor {
    @Override
    public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) throws IOException {
      byte[] in = new byte[compressedSize];
      input.get(in);
      output.put(decompress(BytesInput.from(in), uncompressedSize).toByteArray());
    }

    @Override
    public void release() {}
  }

  private static final class Block extends PageDecompressor {
    private final io.airlift.compress.Decompressor decompressor;

    Block(io.airlift.compress.Decompressor decompressor) {
      this.decompressor = decompressor;
    }

    @Override
    public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
      if (decompressor == null) return bytes;
      byte[] in = bytes.toByteArray();
      byte[] out = new byte[uncompressedSize];
      int n = decompressor.decompress(in, 0, in.length, out, 0, out.length);
      if (n != uncompressedSize) throw new IOException("a Parquet page decoded to " + n + " bytes, not " + uncompressedSize);
      return BytesInput.from(out);
    }
  }

  private static final class Gzip extends PageDecompressor {
    @Override
    public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
      try (InputStream in = new java.util.zip.GZIPInputStream(bytes.toInputStream())) {
        byte[] out = in.readNBytes(uncompressedSize);
        if (out.length != uncompressedSize) throw new IOException("a Parquet page decoded to " + out.length + " bytes, not " + uncompressedSize);
        return BytesInput.from(out);
      }
    }
  }
}
