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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Article;
import org.attest.model.Origin;

/**
 * Reads articles from plain text (one article, optional dateline) and JSON Lines (one article a
 * line, streamed in constant memory), in UTF-8, or UTF-16 or UTF-32 after a byte order mark. Never
 * throws on bad content: each bad article is reported as an {@link InputProblem} naming the file and
 * line, and reading goes on; an input that fails midway (a truncated .gz) is reported with the line
 * it reached, and what was read before is kept; an empty input is a problem too.
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
              // a key given twice is ambiguous: the line is reported, not read with the last value
              .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  /** "date" or "Date" at the start, then a colon or spaces: where a dateline may start. */
  private static final Pattern DATELINE = Pattern.compile("\\A\\s*[Dd]ate(?:([ \\t]*:)[ \\t]*|[ \\t]+)");
  /** After "date ": a token of digits and date separators, a dateline good or bad ("date 3 protesters" is text). */
  private static final Pattern DATE_TOKEN = Pattern.compile("([0-9]+[-/.][0-9][0-9/.-]*)(?=\\s|\\z)");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ArticleReader() {}

  /** The fields of a record that must be strings when present. */
  private static final String[] STRING_FIELDS = {"id", "published", "title", "url", "outlet", "language"};

  /**
   * Reads {@code in} (named {@code name} in messages; {@code id} is the article id for plain
   * text) and hands each article to {@code articles}, each problem to {@code problems}. A failure
   * of {@code in} itself (a truncated or damaged .gz, bad UTF-16) is a problem too: the articles
   * before it are kept. Throws only what the sink throws.
   */
  public static void read(InputStream in, String name, String id, Format format, Sink sink) throws IOException {
    InputStream decoded;
    try {
      decoded = decoded(in);
    } catch (IOException e) {
      sink.problem(new InputProblem(name, 1, failure(e) + "; nothing was read"));
      return;
    }
    if (format == Format.TEXT) {
      Object r = text(decoded, name, id);
      if (r instanceof Article a) sink.article(a, 1);
      else sink.problem((InputProblem) r);
    } else {
      jsonl(decoded, name, id, sink);
    }
  }

  /**
   * {@code in} as UTF-8 bytes: after a UTF-16 or UTF-32 byte order mark, the text decoded (strictly) and encoded again;
   * otherwise {@code in} (as it was read). The stream returned supports {@link InputStream#mark} when {@code in} does or
   * the text is transcoded, so standard input can be sniffed.
   */
  public static InputStream decoded(InputStream in) throws IOException {
    if (in instanceof Transcoded.Marked) return in;
    // no BufferedInputStream here: it drops the bytes it holds when the stream under it fails (a truncated .gz)
    InputStream buffered;
    byte[] head = new byte[4];
    int n;
    if (in.markSupported()) {
      buffered = in;
      in.mark(4);
      n = in.readNBytes(head, 0, 4);
      in.reset();
    } else {
      java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 4);
      n = p.readNBytes(head, 0, 4);
      if (n > 0) p.unread(head, 0, n);
      buffered = p;
    }
    int b0 = n > 0 ? head[0] & 0xff : -1, b1 = n > 1 ? head[1] & 0xff : -1, b2 = n > 2 ? head[2] & 0xff : -1, b3 = n > 3 ? head[3] & 0xff : -1;
    java.nio.charset.Charset charset;
    int bom;
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      charset = java.nio.charset.Charset.forName("UTF-32LE");
      bom = 4;
    } else if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      charset = java.nio.charset.Charset.forName("UTF-32BE");
      bom = 4;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else {
      return buffered;
    }
    buffered.skipNBytes(bom);
    return new Transcoded.Marked(new Transcoded(buffered, charset), 1 << 16);
  }

  /** What went wrong with an input stream, for a message. */
  private static String failure(IOException e) {
    if (e instanceof Transcoded.Malformed) return e.getMessage();
    String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return "input cut short or damaged (" + m + ")";
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

  /** The plain-text article of {@code in}, or the problem with it (an input that fails midway skips the article). */
  private static Object text(InputStream in, String name, String id) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
    byte[] buffer = new byte[1 << 16];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) bytes.write(buffer, 0, n);
    } catch (IOException e) {
      byte[] read = bytes.toByteArray();
      return new InputProblem(name, lineOf(read, read.length), failure(e) + "; the article is skipped");
    }
    return text(bytes.toByteArray(), name, id);
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
    if (m.lookingAt()) {
      int lineEnd = s.indexOf('\n', m.end());
      if (lineEnd < 0) lineEnd = s.length();
      String line = s.substring(m.end(), lineEnd).strip();
      String whole = Dates.normalize(line); // "date: Mon, 29 Dec 2014 10:32:29 GMT", "Date 2014-12-29 10:32:29"
      Matcher t = DATE_TOKEN.matcher(s).region(m.end(), s.length());
      if (whole != null) {
        published = whole;
        s = s.substring(skipSpace(s, lineEnd));
      } else if (t.lookingAt()) {
        String date = t.group(1);
        if (!ISO_DATE.matcher(date).matches() || !Dates.isValid(date)) {
          return new InputProblem(name, 1 + count(s, '\n', t.start(1)), "bad dateline \"" + s.substring(skipSpace(s, 0), t.end()) + "\": expected date YYYY-MM-DD");
        }
        published = date;
        s = s.substring(skipSpace(s, t.end()));
      } else if (m.group(1) != null) { // "Date:" promises a date: one that cannot be read is an error, not text
        return new InputProblem(name, 1 + count(s, '\n', m.end()), "bad dateline \"" + s.substring(skipSpace(s, 0), lineEnd).strip()
            + "\": expected a date (YYYY-MM-DD, an ISO date-time, or RFC 822 such as Mon, 29 Dec 2014 10:32:29 GMT)");
      }
    }
    if (s.isBlank()) return new InputProblem(name, 0, "no article text");
    return new Article(id, s, published, null, null, null, List.of(), "en", null, Map.of());
  }

  /**
   * Lines end at \n, \r\n or a lone \r; each is decoded and parsed on its own. An input that fails midway is reported at
   * the line it reached (a line cut short is not read); an input with no bytes or only blank lines is reported as such.
   */
  private static void jsonl(InputStream in, String name, String defaultId, Sink sink) {
    byte[] buffer = new byte[1 << 16];
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    int lineNo = 0;
    long total = 0;
    boolean afterCr = false, records = false;
    while (true) {
      int n;
      try {
        n = in.read(buffer);
      } catch (IOException e) {
        sink.problem(new InputProblem(name, lineNo + 1, failure(e) + "; the " + lineNo + " line(s) before it were read"));
        return;
      }
      if (n < 0) break;
      total += n;
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
        records |= deliver(line.toByteArray(), name, defaultId, ++lineNo, sink);
        line.reset();
        afterCr = b == '\r';
        from = i + 1;
      }
      if (from < n) {
        line.write(buffer, from, n - from);
        afterCr = false;
      }
    }
    if (line.size() > 0) records |= deliver(line.toByteArray(), name, defaultId, ++lineNo, sink);
    if (total == 0) sink.problem(new InputProblem(name, 0, "empty file"));
    else if (!records) sink.problem(new InputProblem(name, 0, "no articles, only blank lines"));
  }

  /** Whether the line held a record, good or bad (not a blank line). */
  private static boolean deliver(byte[] bytes, String name, String defaultId, int lineNo, Sink sink) {
    Object r = jsonLine(bytes, name, defaultId, lineNo);
    if (r instanceof Article a) sink.article(a, lineNo);
    else if (r instanceof InputProblem p) sink.problem(p);
    return r != null;
  }

  /** One JSON Lines record: an article, a problem, or null for a blank line. */
  static Object jsonLine(byte[] bytes, String name, String defaultId, int lineNo) {
    Object parsed = parse(bytes, name, lineNo);
    if (!(parsed instanceof JsonNode node)) return parsed;
    String problem = fieldProblem(node);
    if (problem != null) return new InputProblem(name, lineNo, problem);
    // "published", or else "date": the forms real metadata uses, written the ISO way
    String dateField = string(node, "published") != null ? "published" : "date";
    String given = string(node, dateField);
    String published = Dates.normalize(given);
    if (given != null && published == null) {
      return new InputProblem(name, lineNo, "bad \"" + dateField + "\" date \"" + given + "\": expected YYYY-MM-DD or an ISO date-time");
    }
    String language = string(node, "language");
    if (language != null) {
      language = Languages.code(language);
      if (language == null) {
        return new InputProblem(name, lineNo, "bad \"language\" \"" + string(node, "language") + "\": expected an ISO 639-1 code such as \"en\"");
      }
    }
    Object authors = authors(node.get("authors"));
    if (authors instanceof String p) return new InputProblem(name, lineNo, p);
    Object origin = origin(node.get("origin"));
    if (origin instanceof String p) return new InputProblem(name, lineNo, p);
    String id = string(node, "id");
    if (id == null) id = defaultId + "-" + lineNo;
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) authors;
    return new Article(id, node.get("text").asText(), published, string(node, "title"), string(node, "url"), string(node, "outlet"), names,
        language == null ? "en" : language, (Origin) origin, meta(node, dateField));
  }

  /** The line's JSON object, or the problem with it, or null for a blank line. */
  private static Object parse(byte[] bytes, String name, int lineNo) {
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
      String m = e.getOriginalMessage();
      if (m != null && m.startsWith("Duplicate field '") && m.endsWith("'")) {
        return new InputProblem(name, lineNo, "duplicate key \"" + m.substring(17, m.length() - 1) + "\"");
      }
      return new InputProblem(name, lineNo, "invalid JSON: " + m);
    }
    if (node == null || !node.isObject()) return new InputProblem(name, lineNo, "expected a JSON object");
    return node;
  }

  /** What is wrong with the text and string fields of a record, or null. */
  private static String fieldProblem(JsonNode node) {
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) return "missing \"text\" field";
    if (!text.isTextual()) return "\"text\" is not a string";
    if (text.asText().isBlank()) return "empty \"text\"";
    for (String field : STRING_FIELDS) {
      JsonNode v = node.get(field);
      if (v != null && !v.isNull() && !v.isTextual() && !(field.equals("id") && v.isIntegralNumber())) { // a numeric id is its digits
        return "\"" + field + "\" is not a string (" + kind(v) + ")";
      }
    }
    return null;
  }

  /** The fields of a record beyond the article's own (and its date field), kept as they are. */
  private static Map<String, Object> meta(JsonNode node, String dateField) {
    Map<String, Object> meta = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      switch (f.getKey()) {
        case "id", "text", "published", "title", "url", "outlet", "authors", "language", "origin" -> {}
        default -> {
          if (!f.getKey().equals(dateField)) meta.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
        }
      }
    }
    return meta;
  }

  /** "authors": a list of names, or one name as a string; else the problem with it. */
  private static Object authors(JsonNode v) {
    List<String> names = new ArrayList<>();
    if (v == null || v.isNull()) return names;
    if (v.isTextual()) {
      if (!v.asText().isBlank()) names.add(v.asText().strip());
      return names;
    }
    if (!v.isArray()) return "\"authors\" is not a list of names (" + kind(v) + ")";
    for (JsonNode a : v) {
      if (!a.isTextual()) return "\"authors\" holds " + kind(a) + ", not a name";
      if (!a.asText().isBlank()) names.add(a.asText().strip());
    }
    return names;
  }

  /** "origin": an object of file, warc, offset, url, fetched, date; null when absent; else the problem with it. */
  private static Object origin(JsonNode v) {
    if (v == null || v.isNull()) return null;
    if (!v.isObject()) return "\"origin\" is not an object (" + kind(v) + ")";
    JsonNode offset = v.get("offset");
    if (offset != null && !offset.isNull() && !offset.isIntegralNumber()) return "\"origin\" has an \"offset\" that is not a whole number";
    for (String f : new String[] {"file", "warc", "url", "fetched", "date"}) {
      JsonNode x = v.get(f);
      if (x != null && !x.isNull() && !x.isTextual()) return "\"origin\" has a \"" + f + "\" that is not a string";
    }
    return new Origin(string(v, "file"), string(v, "warc"), offset == null || offset.isNull() ? null : offset.asLong(), string(v, "url"),
        string(v, "fetched"), string(v, "date"));
  }

  private static String kind(JsonNode v) {
    if (v.isObject()) return "an object";
    if (v.isArray()) return "an array";
    if (v.isNumber()) return "a number";
    if (v.isBoolean()) return "a boolean";
    return "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
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
