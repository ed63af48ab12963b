package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The text of a gold article by its id, read from the development data folder so that gold files
 * hold offsets and values only: a PolNeAR article is {@code polnear/dev/text/ID.txt} or
 * {@code polnear/train/text/ID.txt}; a web page is the {@code articleBody} of
 * {@code web/article-body/ground-truth.json} under its page id; a TempEval-3 document is the text of
 * {@code timeml/.../ID.tml} as {@link TimemlEval} reads it (the {@code <TEXT>} element without its
 * tags), its publication date the DCT's. An extra folder of {@code ID.txt} files, when given, is
 * looked in first.
 */
public final class ArticleTexts {
  private final List<Path> folders = new ArrayList<>();
  private final Path webTruth;
  private final Path timeml;
  private JsonNode web;
  private Map<String, Path> tml;

  private ArticleTexts(Path data, Path extra) {
    if (extra != null) folders.add(extra);
    if (data != null) {
      folders.add(data.resolve("polnear").resolve("dev").resolve("text"));
      folders.add(data.resolve("polnear").resolve("train").resolve("text"));
    }
    webTruth = data == null ? null : data.resolve("web").resolve("article-body").resolve("ground-truth.json");
    timeml = data == null ? null : data.resolve("timeml");
  }

  /** Texts from the data folder ({@code ../shared/data}), with {@code extra} (or null) looked in first. */
  public static ArticleTexts of(Path data, Path extra) {
    return new ArticleTexts(data, extra);
  }

  /**
   * The data folder a gold file sits in ({@code DATA/quantities-dev/gold.jsonl}: its folder's parent
   * when that holds {@code polnear/}), else {@code fallback}.
   */
  public static Path dataFolderOf(Path gold, Path fallback) {
    Path folder = gold.toAbsolutePath().getParent();
    Path data = folder == null ? null : folder.getParent();
    return data != null && Files.isDirectory(data.resolve("polnear")) ? data : fallback;
  }

  /** The article's text, or null when no folder holds it. */
  public String text(String id) throws IOException {
    if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.startsWith(".")) return null;
    for (Path folder : folders) {
      Path file = folder.resolve(id + ".txt");
      if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
    }
    TimemlEval.Gold doc = timemlDocument(id);
    if (doc != null) return doc.text();
    JsonNode page = webPages().get(id);
    return page == null || !page.has("articleBody") ? null : page.get("articleBody").asText();
  }

  /**
   * The publication date (YYYY-MM-DD) of a TempEval-3 document, its DCT as {@link TimemlEval} reads it;
   * null for an id that is no TimeML document (the other texts carry no date: the gold line gives it).
   */
  public String published(String id) throws IOException {
    TimemlEval.Gold doc = timemlDocument(id);
    return doc == null || doc.dct() == null ? null : doc.dct().substring(0, Math.min(10, doc.dct().length()));
  }

  private TimemlEval.Gold timemlDocument(String id) throws IOException {
    if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.startsWith(".")) return null;
    Path file = timemlFiles().get(id);
    return file == null ? null : TimemlEval.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The .tml files under {@code timeml/} (TimeBank, AQUAINT, ...) by name without extension. */
  private Map<String, Path> timemlFiles() throws IOException {
    if (tml == null) {
      tml = new HashMap<>();
      if (timeml != null && Files.isDirectory(timeml)) {
        try (Stream<Path> s = Files.walk(timeml)) {
          s.filter(f -> f.getFileName().toString().endsWith(".tml")).sorted().forEach(f -> {
            String name = f.getFileName().toString();
            tml.putIfAbsent(name.substring(0, name.length() - 4), f);
          });
        }
      }
    }
    return tml;
  }

  /** Where {@link #text} looks, for an error message. */
  public String where() {
    StringBuilder s = new StringBuilder();
    for (Path f : folders) s.append(f).append("/ID.txt, ");
    if (timeml != null) s.append(timeml).append("/**/ID.tml, ");
    return s.append(webTruth == null ? "" : webTruth + " (articleBody)").toString();
  }

  private JsonNode webPages() throws IOException {
    if (web == null) {
      web = webTruth != null && Files.isRegularFile(webTruth) ? new ObjectMapper().readTree(webTruth.toFile()) : new ObjectMapper().createObjectNode();
    }
    return web;
  }
}
