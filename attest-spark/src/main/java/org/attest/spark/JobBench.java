package org.attest.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The job's throughput in local mode with 1 and with N cores on the same input, in one JVM:
 * {@code java <Java 17 flags> -cp ... org.attest.spark.JobBench --input PATH... [--cores 1,2]} (docs/SPARK.md). Each run writes
 * to a fresh temporary folder, removed after; it prints documents/s, the process's processor seconds, and the ratio of the last
 * to the first.
 */
public final class JobBench {
  private JobBench() {}

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>();
    List<Integer> cores = List.of(1, 2);
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--cores") && i + 1 < args.length) cores = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
      else rest.add(args[i]);
    }
    var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double first = 0, last = 0;
    for (int n : cores) {
      Path out = Files.createTempDirectory("attest-bench");
      Files.delete(out);
      List<String> a = new ArrayList<>(rest);
      a.addAll(List.of("--output", out.toString()));
      SparkSession spark = SparkSession.builder().master("local[" + n + "]").appName("attest bench").config("spark.ui.enabled", "false").getOrCreate();
      long cpu0 = cpu.getProcessCpuTime();
      ExtractJob.Summary s;
      try {
        s = ExtractJob.run(spark, ExtractJob.Options.parse(a.toArray(String[]::new)));
      } finally {
        spark.stop();
      }
      double rate = s.documents() / s.seconds();
      System.out.printf(java.util.Locale.ROOT, "local[%d]: %d documents in %.1f s: %.1f documents/s; %.1f processor s (%.1f documents a processor s)%n",
          n, s.documents(), s.seconds(), rate, (cpu.getProcessCpuTime() - cpu0) / 1e9, s.documents() / ((cpu.getProcessCpuTime() - cpu0) / 1e9));
      if (first == 0) first = rate;
      last = rate;
      try (var files = Files.walk(out)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    if (cores.size() > 1) System.out.printf(java.util.Locale.ROOT, "ratio: %.2f%n", last / first);
  }
}
