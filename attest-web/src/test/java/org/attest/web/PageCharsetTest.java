package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding a page's bytes: BOM, then Content-Type, then meta, then sniffing. */
class PageCharsetTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String TEXT = "Café crème – naïve “quotes” €5";

  private static String page(String head) {
    return "<html><head>" + head + "</head><body><p>" + TEXT + "</p></body></html>";
  }

  private static String text(byte[] bytes, String contentType) {
    return Pages.read(bytes, contentType, null).text();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void aByteOrderMarkWinsOverEverythingElse() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] html = concat(bom, page("<meta charset='iso-8859-1'>").getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, text(html, "text/html; charset=windows-1252"));
    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page("").getBytes(StandardCharsets.UTF_16LE));
    assertEquals(TEXT, text(utf16, null));
  }

  @Test
  void theContentTypeCharsetWinsOverMeta() {
    byte[] html = page("<meta charset='utf-8'>").getBytes(CP1252);
    assertEquals(TEXT, text(html, "text/html; charset=\"Windows-1252\""));
    assertEquals(TEXT, text(page("").getBytes(CP1252), "text/html;charset=ISO-8859-1"));
  }

  @Test
  void metaCharsetAndHttpEquivAreRead() {
    assertEquals(TEXT, text(page("<meta charset=\"windows-1252\">").getBytes(CP1252), null));
    assertEquals(TEXT, text(page("<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>").getBytes(CP1252), "text/html"));
    String koreanText = "한국어 기사";
    byte[] euckr = ("<html><head><meta charset=euc-kr></head><body><p>" + koreanText + "</p></body></html>").getBytes(Charset.forName("EUC-KR"));
    assertEquals(koreanText, text(euckr, null));
  }

  @Test
  void withoutADeclarationValidUtf8IsUtf8AndAnythingElseWindows1252() {
    assertEquals(TEXT, text(page("").getBytes(StandardCharsets.UTF_8), null));
    assertEquals(TEXT, text(page("").getBytes(CP1252), null));
    assertTrue(PageCharset.isUtf8("naïve €".getBytes(StandardCharsets.UTF_8)));
    assertFalse(PageCharset.isUtf8("naïve".getBytes(CP1252)));
    assertFalse(PageCharset.isUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF, 'a'}), "an overlong slash is not UTF-8");
    assertTrue(PageCharset.isUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82}), "a sequence cut by the end of a download");
  }

  @Test
  void anUnknownLabelFallsThrough() {
    assertEquals(TEXT, text(page("<meta charset='no-such-charset'>").getBytes(StandardCharsets.UTF_8), "text/html; charset=bogus"));
  }
}
