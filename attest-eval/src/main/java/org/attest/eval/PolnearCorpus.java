package org.attest.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the PolNeAR train and dev articles as Attest input, JSON Lines, one article a line, train
 * first, each split in file-name order:
 * {@code {"id": "nyt_2016-10-01_a-title", "outlet": "nyt", "published": "2016-10-01", "title": "A Title", "text": "..."}}.
 * The id is the text file's name without ".txt"; outlet, published and title come from the
 * {@code publisher}, {@code publication_date} and {@code title} columns of {@code metadata.tsv}
 * (PolNeAR's "None" or an empty cell is written as null); the text is the file's, unchanged, so
 * character offsets into it are offsets into the ledger's {@code articles.text}. Written by
 * Jackson's generator, as {@code DocumentWriter} writes documents.
 */
public final class PolnearCorpus {
  static final List<String> SPLITS = List.of("train", "dev");

  /** The metadata of one article. */
  record Meta(String publisher, String published, String title) {}

  private PolnearCorpus() {}

  /** Writes the articles to {@code out} (left open) and returns how many were written. */
  public static int write(Path polnear, OutputStream out) throws IOException {
    Map<String, Meta> meta = metadata(polnear.resolve("metadata.tsv"));
    int written = 0;
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.setRootValueSeparator(null);
      for (String split : SPLITS) {
        Path dir = polnear.resolve(split).resolve("text");
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": no such folder (is " + polnear + " the PolNeAR data folder, holding train/ and dev/?)");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
          files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
          String name = file.getFileName().toString();
          String id = name.substring(0, name.length() - ".txt".length());
          Meta m = meta.get(id);
          if (m == null) throw new IOException(polnear.resolve("metadata.tsv") + ": no row for " + split + "/text/" + name);
          String text;
          try {
            text = Files.readString(file, StandardCharsets.UTF_8);
          } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ": not valid UTF-8");
          }
          g.writeStartObject();
          g.writeStringField("id", id);
          g.writeStringField("outlet", m.publisher());
          g.writeStringField("published", m.published());
          g.writeStringField("title", m.title());
          g.writeStringField("text", text);
          g.writeEndObject();
          g.flush();
          out.write('\n');
          written++;
        }
      }
    }
    out.flush();
    return written;
  }

  /**
   * metadata.tsv by file name (without ".txt"): a header naming the columns (at least
   * {@code filename}, {@code publisher}, {@code publication_date}, {@code title}), then one row an
   * article: {@code "train\tnyt_2016-10-01_a-title\t...\tnyt\t2016-10-01\tJane Doe\tA Title\t..."}.
   */
  static Map<String, Meta> metadata(Path tsv) throws IOException {
    if (!Files.exists(tsv)) throw new IOException(tsv + ": no such file (is " + tsv.getParent() + " the PolNeAR data folder?)");
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) throw new IOException(tsv + ": empty file");
    String[] header = lines.get(0).split("\t", -1);
    int file = column(tsv, header, "filename"), publisher = column(tsv, header, "publisher"), date = column(tsv, header, "publication_date"),
        title = column(tsv, header, "title");
    int needed = Math.max(Math.max(file, publisher), Math.max(date, title));
    Map<String, Meta> out = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) continue;
      String[] cols = line.split("\t", -1);
      if (cols.length <= needed) throw new IOException(tsv + ":" + (i + 1) + ": " + cols.length + " columns, the header names " + header.length);
      out.put(cols[file], new Meta(value(cols[publisher]), value(cols[date]), value(cols[title])));
    }
    return out;
  }

  private static int column(Path tsv, String[] header, String name) throws IOException {
    for (int i = 0; i < header.length; i++) if (header[i].strip().equals(name)) return i;
    throw new IOException(tsv + ":1: no \"" + name + "\" column in the header");
  }

  private static String value(String cell) {
    String s = cell.strip();
    return s.isEmpty() || s.equals("None") ? null : s;
  }
}
