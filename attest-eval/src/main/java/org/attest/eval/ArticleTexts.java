package org.attest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a gold article by its id, read from the development data folder so that gold files
 * hold offsets and values only: a PolNeAR article is {@code polnear/dev/text/ID.txt} or
 * {@code polnear/train/text/ID.txt}; a web page is the {@code articleBody} of
 * {@code web/article-body/ground-truth.json} under its page id. An extra folder of {@code ID.txt}
 * files, when given, is looked in first.
 */
public final class ArticleTexts {
  private final List<Path> folders = new ArrayList<>();
  private final Path webTruth;
  private JsonNode web;

  private ArticleTexts(Path data, Path extra) {
    if (extra != null) folders.add(extra);
    if (data != null) {
      folders.add(data.resolve("polnear").resolve("dev").resolve("text"));
      folders.add(data.resolve("polnear").resolve("train").resolve("text"));
    }
    webTruth = data == null ? null : data.resolve("web").resolve("article-body").resolve("ground-truth.json");
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
    JsonNode page = webPages().get(id);
    return page == null || !page.has("articleBody") ? null : page.get("articleBody").asText();
  }

  /** Where {@link #text} looks, for an error message. */
  public String where() {
    StringBuilder s = new StringBuilder();
    for (Path f : folders) s.append(f).append("/ID.txt, ");
    return s.append(webTruth == null ? "" : webTruth + " (articleBody)").toString();
  }

  private JsonNode webPages() throws IOException {
    if (web == null) {
      web = webTruth != null && Files.isRegularFile(webTruth) ? new ObjectMapper().readTree(webTruth.toFile()) : new ObjectMapper().createObjectNode();
    }
    return web;
  }
}
