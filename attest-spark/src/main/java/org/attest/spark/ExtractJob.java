package org.attest.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.attest.io.Dates;
import org.attest.io.InputProblem;

/**
 * {@code attest extract} over a corpus on a Spark cluster: reads JSON Lines, text, HTML pages and WARC files (plain or
 * {@code .gz}) from any path Spark reads, extracts each article with one Attest pipeline per executor thread, and writes one
 * Parquet table a kind of row (docs/SPARK.md: documents, entities, mentions, quotes, quantities, times, claims, errors).
 *
 * <pre>spark-submit --class org.attest.spark.ExtractJob attest-spark.jar --input PATH... --output DIR [--date YYYY-MM-DD]</pre>
 *
 * Reading happens per file (a file is read as {@code attest extract} reads it: the same ids, origins and problems), then the
 * articles are spread over {@code --partitions} partitions for extraction, so one large file still uses every core.
 */
public final class ExtractJob {
  /** The command line: inputs (files, folders or globs), the output folder, and how to write. */
  public record Options(List<String> inputs, String output, String date, int partitions, String compression) {
    static final String USAGE = "usage: spark-submit --class org.attest.spark.ExtractJob attest-spark.jar --input PATH... --output DIR"
        + " [--date YYYY-MM-DD] [--partitions N] [--compression zstd|snappy|gzip|none]";

    /** The options of a command line; a bad one is an {@link IllegalArgumentException} saying which. */
    public static Options parse(String... args) {
      List<String> inputs = new ArrayList<>();
      String output = null, date = null, compression = "zstd";
      int partitions = 0;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--input" -> {
            while (i + 1 < args.length && !args[i + 1].startsWith("--")) inputs.add(args[++i]);
          }
          case "--output" -> output = value(args, ++i, a);
          case "--date" -> {
            date = value(args, ++i, a);
            if (!Dates.isDate(date)) throw new IllegalArgumentException("--date: '" + InputProblem.escape(date) + "' is not a date YYYY-MM-DD");
          }
          case "--partitions" -> {
            try {
              partitions = Integer.parseInt(value(args, ++i, a));
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--partitions: not a number");
            }
            if (partitions < 1) throw new IllegalArgumentException("--partitions: at least 1");
          }
          case "--compression" -> {
            compression = value(args, ++i, a);
            if (!List.of("zstd", "snappy", "gzip", "none", "uncompressed").contains(compression)) {
              throw new IllegalArgumentException("--compression: zstd, snappy, gzip or none");
            }
          }
          default -> throw new IllegalArgumentException("unknown argument '" + InputProblem.escape(a) + "'");
        }
      }
      if (inputs.isEmpty()) throw new IllegalArgumentException("--input: at least one path");
      if (output == null) throw new IllegalArgumentException("--output: required");
      return new Options(List.copyOf(inputs), output, date, partitions, compression);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException(option + ": a value is required");
      return args[i];
    }
  }

  /** What a run wrote: rows a table (errors among them), and how long it took. */
  public record Summary(Map<String, Long> rows, double seconds, int cores) {
    public long documents() {
      return rows.getOrDefault(Tables.DOCUMENTS, 0L);
    }

    public long errors() {
      return rows.getOrDefault(Tables.ERRORS, 0L);
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("attest-spark: ").append(documents()).append(" documents, ").append(errors()).append(" errors (");
      boolean first = true;
      for (String t : Tables.SCHEMAS.keySet()) {
        if (t.equals(Tables.DOCUMENTS) || t.equals(Tables.ERRORS)) continue;
        b.append(first ? "" : ", ").append(t).append(' ').append(rows.getOrDefault(t, 0L));
        first = false;
      }
      return b.append(String.format(java.util.Locale.ROOT, ") in %.1f s: %.1f documents/s on %d cores", seconds, documents() / seconds, cores))
          .toString();
    }
  }

  private ExtractJob() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("attest-spark: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("attest extract").getOrCreate();
    try {
      System.out.println(run(spark, options));
    } catch (IOException e) {
      System.err.println("attest-spark: " + e.getMessage());
      System.exit(3);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job: reads, extracts and writes every table under {@code options.output()}, which must not exist yet. */
  public static Summary run(SparkSession spark, Options options) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = sc.hadoopConfiguration();
    // a folder's files at any depth, as attest extract walks it
    conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    Path out = new Path(options.output());
    if (out.getFileSystem(conf).exists(out)) throw new IOException(options.output() + " exists: the job writes a new folder");

    List<Read> missing = new ArrayList<>();
    List<SourceFiles.Input> files = new ArrayList<>();
    String date = options.date();
    for (String input : options.inputs()) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] found = fs.globStatus(p);
      if (found == null || found.length == 0) {
        missing.add(Read.problem(input, 0, new InputProblem(input, 0, "no such file or folder")));
        continue;
      }
      for (FileStatus f : found) {
        if (f.isFile()) files.add(new SourceFiles.Input(f.getPath().toString(), true)); // named (or matched): read whatever its name
        else walk(fs, f.getPath(), files, new java.util.HashSet<>(), missing);
      }
    }
    int partitions = options.partitions() > 0 ? options.partitions() : Math.max(1, sc.defaultParallelism() * 4);
    // the files are listed here and read in the tasks, spread over the partitions: Spark's own file listing (binaryFiles)
    // builds located statuses, whose permissions Hadoop's local file system reads by running `ls` once a file
    SerializableWritable<Configuration> taskConf = new SerializableWritable<>(conf);
    JavaRDD<Read> read = sc.parallelize(files, Math.max(1, Math.min(partitions, files.size())))
        .flatMap(file -> SourceFiles.read(file, taskConf.value(), date));
    if (!missing.isEmpty()) read = sc.union(read, sc.parallelize(missing, 1));

    // read per file, extracted spread over every core, kept (cached column by column, spilling to disk) while each table is
    // written from it: every article is extracted once
    Dataset<Row> extracted = spark.createDataFrame(read.repartition(partitions).map(Extraction::rowOf), Tables.EXTRACTED)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      String compression = options.compression().equals("none") ? "uncompressed" : options.compression();
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String table : Tables.SCHEMAS.keySet()) {
        Dataset<Row> rows;
        if (table.equals(Tables.DOCUMENTS)) {
          rows = extracted.where(col("error").isNull()).select(columns(Tables.SCHEMAS.get(table)));
        } else if (table.equals(Tables.ERRORS)) {
          rows = extracted.where(col("error").isNotNull()).select("error.*");
        } else {
          rows = extracted.select(col("doc"), col("article_id"), explode(col("rows_" + table)).as("row")).select("doc", "article_id", "row.*");
        }
        String path = new Path(out, table).toString();
        rows.write().option("compression", compression).parquet(path);
        counts.put(table, spark.read().parquet(path).count()); // from the files' footers
      }
      return new Summary(counts, (System.nanoTime() - t0) / 1e9, sc.defaultParallelism());
    } finally {
      extracted.unpersist(false);
    }
  }

  /**
   * The files of a folder at any depth, in name order, as attest extract walks it; hidden ones ({@code .x}, {@code _x}) left
   * out; a folder met again through a symbolic link (a loop) or one that cannot be read reported, as extract reports it.
   */
  private static void walk(FileSystem fs, Path folder, List<SourceFiles.Input> into, java.util.Set<String> seen, List<Read> problems) {
    String name = SourceFiles.name(folder.toString());
    if (!seen.add(realPath(folder))) {
      problems.add(Read.problem(name, 0, new InputProblem(name, 0, "a symbolic link loop, skipped")));
      return;
    }
    FileStatus[] entries;
    try {
      entries = fs.listStatus(folder);
    } catch (IOException e) {
      problems.add(Read.problem(name, 0, new InputProblem(name, 0, "cannot read folder, skipped (" + e.getMessage() + ")")));
      return;
    }
    java.util.Arrays.sort(entries, java.util.Comparator.comparing(FileStatus::getPath));
    for (FileStatus e : entries) {
      String n = e.getPath().getName();
      if (n.startsWith(".") || n.startsWith("_")) continue;
      if (e.isDirectory()) walk(fs, e.getPath(), into, seen, problems);
      else if (e.isFile()) into.add(new SourceFiles.Input(e.getPath().toString(), false));
    }
  }

  /** A local folder's real path (links resolved), so a loop through a link is seen; any other file system's path as it is. */
  private static String realPath(Path folder) {
    if (!"file".equals(folder.toUri().getScheme())) return folder.toString();
    try {
      return java.nio.file.Path.of(folder.toUri()).toRealPath().toString();
    } catch (IOException | RuntimeException e) {
      return folder.toString();
    }
  }

  private static Column[] columns(StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
  }
}
