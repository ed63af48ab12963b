package org.attest.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Article;

/**
 * Reads articles from plain text (one article, optional dateline) and JSON Lines (one article a
 * line, streamed in constant memory). Never throws on bad content: each bad article is reported
 * as an {@link InputProblem} naming the file and line, and reading goes on.
 */
public final class ArticleReader {
  /** The input formats; {@link #of} picks one from a file name. */
  public enum Format {
    TEXT, JSONL;

    public static Format of(String name) {
      String n = name.toLowerCase(java.util.Locale.ROOT);
      if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
      return n.endsWith(".jsonl") || n.endsWith(".ndjson") ? JSONL : TEXT;
    }
  }

  /** Where read articles go, each with the line it started on (1 for plain text). */
  public interface Sink {
    void article(Article article, int line);

    void problem(InputProblem problem);
  }

  private static final ObjectMapper JSON = JsonMapper.builder(
          JsonFactory.builder()
              // a corpus line may hold a whole book; the default cap is 20 M characters
              .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
              .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  /** "date", a space or a colon, and a token of digits and date separators: a dateline, good or bad. */
  private static final Pattern DATELINE = Pattern.compile("\\A\\s*date[ :]([0-9]+[-/.][0-9][0-9/.-]*)(?=\\s|\\z)");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ArticleReader() {}

  /**
   * Reads {@code in} (named {@code name} in messages; {@code id} is the article id for plain
   * text) and hands each article to {@code articles}, each problem to {@code problems}.
   */
  public static void read(InputStream in, String name, String id, Format format, Sink sink) throws IOException {
    if (format == Format.TEXT) {
      Object r = text(in.readAllBytes(), name, id);
      if (r instanceof Article a) sink.article(a, 1);
      else sink.problem((InputProblem) r);
    } else {
      jsonl(in, name, id, sink);
    }
  }

  /** The same, for callers that do not need line numbers. */
  public static void read(InputStream in, String name, String id, Format format, Consumer<Article> articles, Consumer<InputProblem> problems)
      throws IOException {
    read(in, name, id, format, new Sink() {
      @Override
      public void article(Article article, int line) {
        articles.accept(article);
      }

      @Override
      public void problem(InputProblem problem) {
        problems.accept(problem);
      }
    });
  }

  /** One plain-text article, or the problem with it. */
  static Object text(byte[] bytes, String name, String id) {
    if (bytes.length == 0) return new InputProblem(name, 0, "empty file");
    if (looksBinary(bytes, bytes.length)) return new InputProblem(name, 0, "binary file, not text");
    String s;
    try {
      s = decode(bytes, 0, bytes.length);
    } catch (CharacterCodingException e) {
      int at = badByte(bytes, 0, bytes.length);
      return new InputProblem(name, lineOf(bytes, at), "not valid UTF-8 (byte " + at + ")");
    }
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
    String published = null;
    Matcher m = DATELINE.matcher(s);
    if (m.find()) {
      String date = m.group(1);
      if (!ISO_DATE.matcher(date).matches() || !Dates.isValid(date)) {
        return new InputProblem(name, 1 + count(s, '\n', m.start(1)), "bad dateline \"" + s.substring(skipSpace(s, 0), m.end()) + "\": expected date YYYY-MM-DD");
      }
      published = date;
      s = s.substring(skipSpace(s, m.end()));
    }
    if (s.isBlank()) return new InputProblem(name, 0, "no article text");
    return new Article(id, s, published);
  }

  /** Lines end at \n, \r\n or a lone \r; each is decoded and parsed on its own. */
  private static void jsonl(InputStream in, String name, String defaultId, Sink sink) throws IOException {
    byte[] buffer = new byte[1 << 16];
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    int lineNo = 0;
    boolean afterCr = false;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b != '\n' && b != '\r') continue;
        if (b == '\n' && afterCr && i == from && line.size() == 0) { // the \n of a \r\n
          afterCr = false;
          from = i + 1;
          continue;
        }
        line.write(buffer, from, i - from);
        deliver(line.toByteArray(), name, defaultId, ++lineNo, sink);
        line.reset();
        afterCr = b == '\r';
        from = i + 1;
      }
      if (from < n) {
        line.write(buffer, from, n - from);
        afterCr = false;
      }
    }
    if (line.size() > 0) deliver(line.toByteArray(), name, defaultId, ++lineNo, sink);
  }

  private static void deliver(byte[] bytes, String name, String defaultId, int lineNo, Sink sink) {
    Object r = jsonLine(bytes, name, defaultId, lineNo);
    if (r instanceof Article a) sink.article(a, lineNo);
    else if (r instanceof InputProblem p) sink.problem(p);
  }

  /** One JSON Lines record: an article, a problem, or null for a blank line. */
  static Object jsonLine(byte[] bytes, String name, String defaultId, int lineNo) {
    int n = bytes.length;
    if (looksBinary(bytes, n)) return new InputProblem(name, lineNo, "binary data, not a JSON line");
    String s;
    try {
      s = decode(bytes, 0, n);
    } catch (CharacterCodingException e) {
      return new InputProblem(name, lineNo, "not valid UTF-8 (byte " + badByte(bytes, 0, n) + " of the line)");
    }
    if (lineNo == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
    if (s.isBlank()) return null;
    JsonNode node;
    try {
      node = JSON.readTree(s);
    } catch (JsonProcessingException e) {
      return new InputProblem(name, lineNo, "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) return new InputProblem(name, lineNo, "expected a JSON object");
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) return new InputProblem(name, lineNo, "missing \"text\" field");
    if (!text.isTextual()) return new InputProblem(name, lineNo, "\"text\" is not a string");
    if (text.asText().isBlank()) return new InputProblem(name, lineNo, "empty \"text\"");
    String published = string(node, "published");
    if (published != null && !Dates.isValid(published)) {
      return new InputProblem(name, lineNo, "bad \"published\" date \"" + published + "\": expected YYYY-MM-DD or an ISO date-time");
    }
    String id = string(node, "id");
    if (id == null) id = defaultId + "-" + lineNo;
    Map<String, Object> meta = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      switch (f.getKey()) {
        case "id", "text", "published", "title", "url", "outlet" -> {}
        default -> meta.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
      }
    }
    return new Article(id, text.asText(), published, string(node, "title"), string(node, "url"), string(node, "outlet"), meta);
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return d.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
  }

  private static int badByte(byte[] bytes, int from, int to) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(to - from + 1);
    d.decode(in, out, true);
    return in.position();
  }

  /** NUL bytes, or mostly control characters: an image, an archive, a binary. */
  private static boolean looksBinary(byte[] bytes, int n) {
    int control = 0, look = Math.min(n, 8192);
    for (int i = 0; i < look; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) return true;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
    }
    return look > 0 && control * 10 > look;
  }

  private static int lineOf(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at && i < bytes.length; i++) if (bytes[i] == '\n') line++;
    return line;
  }

  private static int count(String s, char c, int to) {
    int n = 0;
    for (int i = 0; i < to; i++) if (s.charAt(i) == c) n++;
    return n;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }
}
