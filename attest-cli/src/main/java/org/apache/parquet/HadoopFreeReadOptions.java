package org.apache.parquet;

import java.util.HashMap;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;

/**
 * Read options made without Hadoop on the class path. parquet-hadoop 1.15's builder asks {@code ParquetInputFormat} (a Hadoop
 * {@code FileInputFormat}) for the record filter even with a plain configuration, so loading it needs Hadoop's MapReduce
 * classes; the options' constructor does not, and it is package-private: hence this class in Parquet's package. Its defaults
 * are the builder's; no filter, the codecs given. (Part of attest-cli, not of Parquet.)
 */
public final class HadoopFreeReadOptions {
  private HadoopFreeReadOptions() {}

  public static ParquetReadOptions of(CompressionCodecFactory codecs) {
    return new ParquetReadOptions(false, true, true, true, true, false, true, false, false, FilterCompat.NOOP,
        ParquetMetadataConverter.NO_FILTER, codecs, new HeapByteBufferAllocator(), 8 << 20, new HashMap<>(), null, null,
        new PlainParquetConfiguration());
  }
}
