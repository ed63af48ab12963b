package org.attest.web;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a page's bytes, decoded as a browser would: a byte-order mark, else the charset of
 * the HTTP Content-Type, else a {@code <meta charset>} or http-equiv Content-Type in the first
 * bytes, else sniffing (valid UTF-8 is UTF-8, anything else windows-1252). Labels follow the
 * WHATWG Encoding standard where it differs from Java (latin1 and ascii are windows-1252).
 */
final class PageCharset {
  private PageCharset() {}

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int META_SCAN = 4096;
  private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)");
  private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  static String decode(byte[] bytes, String contentType) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, n - 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
    return new String(bytes, of(bytes, contentType));
  }

  /** The charset of bytes without a byte-order mark. */
  static Charset of(byte[] bytes, String contentType) {
    Charset declared = contentType == null ? null : charsetParam(contentType);
    if (declared == null) declared = fromMeta(bytes);
    if (declared != null) return declared;
    return isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  private static Charset charsetParam(String s) {
    Matcher m = CHARSET_PARAM.matcher(s.toLowerCase(Locale.ROOT));
    return m.find() ? forLabel(m.group(1)) : null;
  }

  private static Charset fromMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    while (m.find()) {
      String tag = m.group().toLowerCase(Locale.ROOT);
      if (!tag.contains("charset")) continue;
      Charset c = charsetParam(tag);
      if (c == null) continue;
      // a page that says UTF-16 in ASCII bytes is not UTF-16 (WHATWG)
      return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
    }
    return null;
  }

  static Charset forLabel(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "latin1": case "latin-1": case "iso-8859-1": case "iso8859-1": case "l1": case "ascii":
      case "us-ascii": case "cp1252": case "windows-1252": case "x-cp1252":
        return WINDOWS_1252;
      case "utf8": case "unicode-1-1-utf-8":
        return StandardCharsets.UTF_8;
      case "gb2312": case "gbk": case "x-gbk":
        l = "gb18030";
        break;
      case "ks_c_5601-1987": case "korean":
        l = "euc-kr";
        break;
      default:
        break;
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Whether the bytes are well-formed UTF-8 (no overlongs, no surrogates; a sequence cut at the end is allowed). */
  static boolean isUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + len >= n) return true; // truncated download: the rest was valid
      int cp = c & (0x3F >> len);
      for (int k = 1; k <= len; k++) {
        int d = b[i + k] & 0xFF;
        if ((d & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (d & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
      i += len + 1;
    }
    return true;
  }
}
